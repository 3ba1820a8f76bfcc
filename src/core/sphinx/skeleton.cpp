#include "skeleton_p.h"

#include "doctree/node.h"

#include <QStringList>

#include <optional>

namespace Docent {
namespace {

// Kept whole: small, and read in full (a title's inline markup is shown in toctrees, a todo
// note in todo lists, a message's text in the problem list).
bool keptWhole(const Node &n)
{
    if (n.is(u"title"))
        return n.parent() && (n.parent()->is(u"section") || n.parent()->is(u"table"));
    if (n.is(u"toctree") || n.is(u"todo_node") || n.is(u"docent_notice") || n.is(u"caption"))
        return true;
    // A list item's lead paragraph naming a page: the navigation groups a landing page's links.
    if (n.is(u"paragraph") && n.parent() && n.parent()->is(u"list_item") && n.parent()->child(0) == &n)
        return n.childCount() && n.child(0)->is(u"pending_xref") &&
               n.child(0)->attribute(QStringLiteral("reftype")) == u"doc";
    return false;
}

// Kept as a bare element: what numbering counts, the problem list reports and toctrees list
// (object descriptions with a name for the table of contents).
bool keptBare(const Node &n)
{
    if (n.is(u"section") || n.is(u"only") || n.is(u"image") || n.is(u"figure") || n.is(u"table") ||
        n.is(u"graphviz") || n.is(u"placeholder") || n.is(u"extension_role") || n.is(u"desc"))
        return true;
    if (n.is(u"desc_signature"))
        return n.hasAttribute(QStringLiteral("docent:tocname"));
    if (n.is(u"target"))
        return n.hasAttribute(QStringLiteral("module"));
    if (n.is(u"literal_block"))
        return n.hasAttribute(QStringLiteral("caption"));
    if (n.is(u"literal"))
        return n.hasAttribute(QStringLiteral("role")) && n.classes.contains(QStringLiteral("domain-role"));
    return false;
}

// The one attribute the table of contents reads of an object description (toctreeitems.cpp), or
// null for any other element, which keeps all of its own. A description carries many (domain,
// types, full name, module, class, its object's key) and a tree of Python's API thousands of them.
std::optional<QString> onlyAttributeRead(const Node &n)
{
    if (n.is(u"desc"))
        return QStringLiteral("nocontentsentry"); // a literal: no copy of the name for each node
    if (n.is(u"desc_signature"))
        return QStringLiteral("docent:tocname");
    return std::nullopt;
}

std::unique_ptr<Node> bare(const Node &n)
{
    auto copy = Node::element(n.tag(), n.line());
    copy->setSerial(n.serial());
    copy->ids = n.ids;
    if (const std::optional<QString> only = onlyAttributeRead(n)) {
        if (n.hasAttribute(*only))
            copy->setAttribute(*only, n.attribute(*only));
        return copy; // nor names and classes: only the ids are read
    }
    copy->names = n.names;
    copy->classes = n.classes;
    for (const auto &[name, value] : n.attributes())
        copy->setAttribute(name, value);
    return copy;
}

// A parser message as the problem list reads it (projectcheck.cpp): its level, line and text, one
// line of it; none below level 2, which the list leaves out. The message's paragraph and the
// literal block quoting the source it complains about are not kept.
std::unique_ptr<Node> messageOf(const Node &n)
{
    const QString level = n.attribute(QStringLiteral("level"));
    if (level.toInt() < 2)
        return nullptr;
    auto copy = Node::element(n.tag(), n.line());
    copy->setSerial(n.serial());
    copy->setAttribute(QStringLiteral("level"), level);
    if (n.hasAttribute(QStringLiteral("line")))
        copy->setAttribute(QStringLiteral("line"), n.attribute(QStringLiteral("line")));
    if (n.childCount())
        copy->append(Node::text(n.child(0)->astext().simplified(), n.child(0)->line()));
    return copy;
}

// The skeleton of `n`'s subtree, or null when nothing in it is kept. Its index entries are added
// to `indexEntries` instead, in document order.
std::unique_ptr<Node> skeletonOf(const Node &n, QStringList &indexEntries)
{
    if (n.isText() || n.is(u"substitution_definition"))
        return nullptr; // a definition's content is read where the transforms copied it
    if (n.is(u"system_message"))
        return messageOf(n);
    if (n.is(u"index")) {
        if (const QString entries = n.attribute(QStringLiteral("entries")); !entries.isEmpty())
            indexEntries << entries;
        return nullptr;
    }
    if (keptWhole(n))
        return n.clone();
    std::unique_ptr<Node> copy;
    for (const auto &c : n.children()) {
        std::unique_ptr<Node> kept = skeletonOf(*c, indexEntries);
        if (!kept)
            continue;
        if (!copy)
            copy = bare(n);
        copy->append(std::move(kept));
    }
    if (!copy && keptBare(n))
        copy = bare(n);
    return copy;
}

} // namespace

std::unique_ptr<Node> makeSkeleton(const Node &doctree)
{
    QStringList indexEntries;
    std::unique_ptr<Node> skeleton = skeletonOf(doctree, indexEntries);
    if (!skeleton)
        skeleton = bare(doctree);
    // One index node for the document, last, with all of its entries: the general index reads
    // them in document order (indices.cpp), and nothing reads where they stood. An API page has
    // one beside each object description, and a node for each cost more than its entries.
    if (!indexEntries.isEmpty())
        skeleton->append(Node::element(QStringLiteral("index")))
            ->setAttribute(QStringLiteral("entries"), indexEntries.join(u' '));
    return skeleton;
}

} // namespace Docent
