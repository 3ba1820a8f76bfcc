#include "bookselection.h"

namespace Docent {
namespace {

void collect(const NavNode &node, QStringList &docnames)
{
    // A group is a section of its landing page, not a page of its own.
    const bool group = node.kind == NavNode::Kind::Group;
    if (!group && !node.docname.isEmpty() && !docnames.contains(node.docname))
        docnames.append(node.docname);
    for (const NavNode &c : node.children)
        collect(c, docnames);
}

} // namespace

BookSpec bookFor(const NavNode &node)
{
    BookSpec book;
    book.title = node.title;
    collect(node, book.docnames);
    return book;
}

const NavNode *findNode(const NavNode &root, const QString &name)
{
    if (root.title.compare(name, Qt::CaseInsensitive) == 0 ||
        (root.anchor.isEmpty() && root.docname.compare(name, Qt::CaseInsensitive) == 0))
        return &root;
    for (const NavNode &c : root.children)
        if (const NavNode *found = findNode(c, name))
            return found;
    return nullptr;
}

} // namespace Docent
