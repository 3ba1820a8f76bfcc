// One entry of Sphinx's general index, as an `index` node's "entries" attribute carries it: the
// index directive and role, and every object description, write them; the general index reads them.
#pragma once

#include <QList>
#include <QString>

namespace Docent {

struct IndexEntry {
    QString type;     ///< single, pair, triple, see, seealso
    QString value;    ///< "foo; bar" (the parts the type takes, separated by ";")
    QString targetId; ///< the id on the page the entry links to ("index-0", "os.path.join")
    QString main;     ///< "main" for an entry written with "!" (shown in bold), else empty
    QString key;      ///< the letter heading it is grouped under, when it is not its first letter

    bool operator==(const IndexEntry &) const = default;
};

/// Sphinx's pseudo-XML spelling of the attribute, so that a dump reads as Sphinx's:
/// `['single',\ 'foo;\ bar',\ 'index-0',\ '',\ None]` for each entry, space-separated.
QString formatIndexEntries(const QList<IndexEntry> &entries);
/// Reads that spelling back, and the Python one as well ("('single', 'foo', 'id', '', None)").
QList<IndexEntry> parseIndexEntries(const QString &attribute);
/// The entries one line of an index directive (or an :index: role's target) stands for, as Sphinx
/// reads them: "pair: a; b", "!single: x", "module: os" (a pair "module; os"), "a, b" (two singles).
QList<IndexEntry> indexEntriesFromText(const QString &line, const QString &targetId);

} // namespace Docent
