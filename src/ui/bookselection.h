// Which pages a node of the section tree stands for when it is printed as a book.
#pragma once

#include "pages/book.h"

#include <QModelIndex>

namespace Docent {

class SectionTreeModel;

/// The pages under `index` in reading order, titled like the node. The root page's row stands
/// for the whole tree.
BookSpec bookFor(const SectionTreeModel &model, const QModelIndex &index);
/// The first node, in reading order, titled `name` or showing the page `name` (case-insensitive).
QModelIndex findNode(const SectionTreeModel &model, const QString &name);

} // namespace Docent
