// Finds a bookmark's target again in the tree as it is now. A section keeps its place when lines
// are added above it or it moves within its page (its id goes with it); when its id changed, the
// section with the same title in the same page is it; when it is gone, the nearest match is
// offered, never taken silently.
#pragma once

#include "bookmark.h"

#include <QString>

#include <optional>

namespace Docent {

class Project;

/// A section (or the whole page) as a bookmark remembers it.
struct SectionInfo {
    QString docname;
    QString anchor; ///< empty for the whole page
    QString title;  ///< the section's title, or the page's
    QString context; ///< the start of its text, whitespace collapsed
};

/// What a new bookmark on `anchor` of `docname` remembers; nullopt when the page or anchor is not there.
std::optional<SectionInfo> describeTarget(const Project &project, const QString &docname, const QString &anchor);

struct Landing {
    enum class Kind {
        Exact,   ///< the target is where the bookmark says
        Moved,   ///< the same section under a new id or in a renamed file: go there, update the bookmark
        Missing, ///< gone; `nearest` is the best guess, if any, to be offered to the reader
        Opening, ///< (the window) its tree is being opened; it lands when the tree is read
    };
    Kind kind = Kind::Missing;
    SectionInfo target;                 ///< where to go (Exact, Moved)
    std::optional<SectionInfo> nearest; ///< Missing: the most similar section left, if any is similar
};

Landing locate(const Project &project, const Bookmark &bookmark);

} // namespace Docent
