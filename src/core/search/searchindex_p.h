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

/// Where FTS5's snippet() marks a matched word: private-use characters no page holds.
constexpr char16_t kMarkStart = 0xE000;
constexpr char16_t kMarkEnd = 0xE001;

} // namespace Docent
