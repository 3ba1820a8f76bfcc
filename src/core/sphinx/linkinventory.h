// Another project's objects.inv, the file Sphinx writes for intersphinx: what that project
// describes (its labels, terms, documents, Python objects ...) and where each is on its pages.
#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>

namespace Docent {

class LinkInventory final
{
public:
    struct Entry {
        QString location; ///< relative to the project's base URI, "$" already replaced by the name
        QString dispname; ///< what a reference without its own title shows; empty for "-"
    };
    /// The largest inventory read (compressed or not): a bigger one is refused, not read.
    static constexpr qsizetype kMaxSize = 64 << 20;

    /// Reads Sphinx's inventory format, version 2 (a zlib stream of "name domain:role priority
    /// uri dispname" lines) or version 1. A damaged, truncated or oversized file gives nullopt
    /// and a message in `error`, never a crash.
    static std::optional<LinkInventory> parse(const QByteArray &data, QString *error);
    static std::optional<LinkInventory> read(const QString &path, QString *error);

    const QString &project() const { return m_project; }
    const QString &version() const { return m_version; }
    qsizetype size() const { return m_size; }

    /// The entry of `objtype` ("py:class", "std:label") named `name`; for "std:term" a name
    /// differing only in case is found too, as Sphinx finds it.
    const Entry *find(const QString &objtype, const QString &name) const;

private:
    QString m_project;
    QString m_version;
    qsizetype m_size = 0;
    QHash<QString, QHash<QString, Entry>> m_byType;
    QHash<QString, QString> m_termsLowercase; ///< lowercased term -> as the inventory spells it
};

} // namespace Docent
