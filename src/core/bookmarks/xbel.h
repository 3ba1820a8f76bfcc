// XBEL, the bookmark exchange format of browsers and Qt Assistant. Docent writes each tree as a
// folder and keeps what only it knows (target, section title, context) in XBEL's metadata, so an
// export read back gives the same bookmarks.
#pragma once

#include "bookmark.h"

#include <QByteArray>
#include <QList>

#include <optional>

namespace Docent::Xbel {

/// `items` as BookmarkStore::items() gives them (parents by id, positions within a folder).
QByteArray write(const QList<Bookmark> &items);

struct ReadResult {
    QList<Bookmark> items; ///< ids and parents numbered within the file, for BookmarkStore::addAll
    int skipped = 0;       ///< entries that are not Docent bookmarks (a browser's web pages)
};
/// Parses an XBEL document; on malformed XML returns nullopt with the line and reason in `error`.
std::optional<ReadResult> read(const QByteArray &xml, QString *error);

} // namespace Docent::Xbel
