// Which pages a node of the navigation stands for when it is printed as a book.
#pragma once

#include "navigationtree.h"
#include "pages/book.h"

namespace Docent {

/// The pages of `node` and everything under it, in reading order, titled like the node. A group
/// (a section of a landing page) adds the pages it holds, not its landing page; the navigation's
/// root stands for the whole tree.
BookSpec bookFor(const NavNode &node);
/// The first node under `root` in reading order, `root` included, titled `name` or showing the
/// whole page `name` (case-insensitive): "Internals", "reference/index". Null when there is none.
const NavNode *findNode(const NavNode &root, const QString &name);

} // namespace Docent
