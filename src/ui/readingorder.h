// The tree's pages in reading order, as Sphinx links them (its "previous", "next" and "up"): the
// root document, then the pages its toctrees list, each followed by the pages its own toctrees
// list. Pages that no toctree reaches have no place in it.
#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

namespace Docent {

class Project;

class ReadingOrder final
{
public:
    ReadingOrder() = default;
    explicit ReadingOrder(const Project &project);

    const QStringList &pages() const { return m_pages; }
    /// The page before / after `docname` in reading order; empty at either end or off the order.
    QString previous(const QString &docname) const;
    QString next(const QString &docname) const;
    /// The page whose toctree lists `docname`; empty for the root and for pages off the order.
    QString up(const QString &docname) const { return m_parent.value(docname); }

private:
    void visit(const Project &project, const QString &docname);

    QStringList m_pages;
    QHash<QString, qsizetype> m_position;
    QHash<QString, QString> m_parent;
};

} // namespace Docent
