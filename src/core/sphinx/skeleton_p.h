// A document's skeleton: the part of its doctree that what lists or numbers the whole tree reads,
// kept for the tree's life while the full doctree is released and parsed again when a page needs
// it (Project::doctree). Navigation, numbering, the general and module indices, todo lists,
// bookmarks and the problem list read skeletons; pages, search and graphs read full doctrees.
#pragma once

#include <memory>

namespace Docent {

class Node;

/// The skeleton of `doctree` (a resolved doctree): a tree of the same shape holding, whole,
/// section titles, toctrees, todo notes and notices, and the first paragraph of a
/// list item that opens with a :doc: link; parser messages of level 2 and up as their level, line
/// and one line of text; as bare elements (tag, ids, names, classes, attributes, line and serial,
/// no children of their own), sections, `only` blocks, module targets, images, figures, tables,
/// captioned code blocks, graphs, placeholders and unresolved roles; object descriptions and their
/// signatures named for the table of contents with their ids and the one attribute it reads;
/// and the bare ancestors of all of these; last, one index node holding the entries of all the
/// document's index nodes (but those within what is kept whole), in document order. Everything
/// else is left out.
std::unique_ptr<Node> makeSkeleton(const Node &doctree);

} // namespace Docent
