// A whole tree as static HTML in a folder (`docent render TREE -o DIR`): the Sphinx-free build.
#pragma once

#include <QString>

namespace Docent {

class Project;

struct SiteReport {
    int pages = 0;  ///< HTML files written
    int images = 0; ///< image files of the tree copied beside them
    QString error;  ///< the first failure; empty when everything was written
};

/// Writes every document as DIR/DOCNAME.html (Sphinx's output names, so links between pages are
/// the same relative links), the index pages, and the tree's images the pages show at the same
/// relative paths. DIR is created when missing.
SiteReport writeSite(const Project &project, const QString &dir);

} // namespace Docent
