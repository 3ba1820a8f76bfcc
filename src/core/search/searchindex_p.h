// What the index's writing and its searching share: how rows and title paths are stored.
#pragma once

#include <QChar>
#include <QString>
#include <QStringList>

namespace Docent {

/// A document's sections are rows id * kRowsPerDocument + n.
constexpr qint64 kRowsPerDocument = qint64(1) << 20;

/// A title path in one column: the titles apart by the unit separator, which no title holds.
inline QString joinTitlePath(const QStringList &titles)
{
    return titles.join(QChar(0x1F));
}

inline QStringList splitTitlePath(const QString &path)
{
    return path.isEmpty() ? QStringList() : path.split(QChar(0x1F));
}

/// The order of hits, FTS5's `rank` of the sections table: bm25 with each column's weight in the
/// table's order. docname, anchor, page and path are not searched; a title counts far above
/// prose, code below it. Kept in the table's config, so that `ORDER BY rank` lets FTS5 sort the
/// matches itself and SQLite makes snippets for the rows returned only.
constexpr const char *kRankFunction = "bm25(0, 0, 0, 0, 10.0, 2.5, 6.0, 1.0, 0.6)";

/// Where FTS5's snippet() marks a matched word: private-use characters no page holds.
constexpr char16_t kMarkStart = 0xE000;
constexpr char16_t kMarkEnd = 0xE001;

} // namespace Docent
