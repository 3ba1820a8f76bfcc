// A toctree directive expanded as Sphinx renders it in a page.
#pragma once

#include "html/htmlwriter.h"

#include <vector>

namespace Docent {

class Node;
class Project;

/// The entries of a toctree of `fromDoc` (glob, self, reversed, external links), each with its
/// sections and sub-documents down to :maxdepth: (:titlesonly: keeps documents only; :numbered:
/// prefixes section numbers).
std::vector<TocItem> toctreeItems(const Project &project, const QString &fromDoc, const Node &toctree);

} // namespace Docent
