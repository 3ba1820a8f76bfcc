// A reader's bookmark (or a folder of them): where it points and enough about the target to find
// it again after the file has been edited.
#pragma once

#include <QDateTime>
#include <QString>

namespace Docent {

struct Bookmark {
    qint64 id = 0;
    qint64 parent = 0; ///< the folder holding it; 0 at the top of its tree
    int position = 0;  ///< order among its siblings
    bool folder = false;
    QString tree;      ///< the tree's root folder (":/manual" for Docent's manual)
    QString treeTitle; ///< the tree's title when the bookmark was made, to group other trees
    QString title;     ///< shown to the reader; editable
    QString note;      ///< the reader's own note; may be empty
    QString docname;   ///< "reference/rpc"
    QString anchor;    ///< section id or label in the page; empty for the whole page
    QString section;   ///< the target section's title when bookmarked
    QString context;   ///< the start of the section's text, to recognise the section after edits
    QDateTime created;

    bool operator==(const Bookmark &) const = default;
};

} // namespace Docent
