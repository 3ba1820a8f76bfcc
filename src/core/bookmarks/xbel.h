// XBEL, the bookmark exchange format of browsers and Qt Assistant. Docent writes each tree as a
// folder and keeps what only it knows (target, section title, context) in XBEL's metadata, so an
// export read back gives the same bookmarks.
#pragma once

#include "bookmark.h"

#include <QByteArray>
#include <QList>

#include <functional>
#include <optional>

namespace Docent::Xbel {

/// `items` as BookmarkStore::items() gives them (parents by id, positions within a folder).
QByteArray write(const QList<Bookmark> &items);

/// Told now and then how far reading has got (`done` of `total` bytes); returning false stops it.
using Progress = std::function<bool(qint64 done, qint64 total)>;

struct ReadResult {
    QList<Bookmark> items; ///< ids and parents numbered within the file, for BookmarkStore::addAll
    int skipped = 0;       ///< entries that are not Docent bookmarks (a browser's web pages)
    int shortened = 0;     ///< titles longer than 1,000 characters, cut to that
};
/// Parses an XBEL document; on malformed XML, folders nested more than 200 deep or when `progress`
/// (told the bytes read) says stop, returns nullopt with the line and reason in `error`.
std::optional<ReadResult> read(const QByteArray &xml, QString *error, const Progress &progress = {});

} // namespace Docent::Xbel
