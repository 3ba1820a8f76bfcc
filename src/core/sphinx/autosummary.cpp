// autosummary's summary column without importing anything: the first sentence of the object's
// description in the tree, as Sphinx takes the first sentence of a docstring.
#include "xrefresolvers.h"

#include "doctree/node.h"
#include "inventory.h"
#include "project.h"

#include <algorithm>

namespace Docent {
namespace {

// The first paragraph of the description whose signature is `signature` (its desc_content).
const Node *firstParagraph(const Node &signature)
{
    const Node *desc = signature.parent();
    if (!desc)
        return nullptr;
    for (const auto &child : desc->children())
        if (child->is(u"desc_content")) {
            for (const auto &block : child->children())
                if (block->is(u"paragraph"))
                    return block.get();
            return nullptr;
        }
    return nullptr;
}

// "Return the path. Unlike ..." -> "Return the path.", whitespace runs made one space. By hand:
// every Python object of a tree goes through here at open.
QString firstSentence(const QString &text)
{
    QString out;
    out.reserve(std::min<qsizetype>(text.size(), 200));
    bool space = false;
    for (const QChar c : text) {
        if (c.isSpace()) {
            space = !out.isEmpty();
            continue;
        }
        if (space) {
            if (out.endsWith(u'.'))
                return out;
            out += u' ';
            space = false;
        }
        out += c;
    }
    return out;
}

} // namespace

void fillAutosummarySummary(const Project &project, const QString &fromDoc, Node &xref)
{
    if (!xref.hasAttribute(QStringLiteral("docent:autosummary")))
        return;
    // the reference stands in the first cell's paragraph; the summary cell follows that cell
    Node *cell = xref.parent() ? xref.parent()->parent() : nullptr;
    Node *row = cell ? cell->parent() : nullptr;
    if (!row || row->childCount() < 2 || row->child(1)->childCount() < 1)
        return;
    Node &summary = *row->child(1)->child(0);
    if (summary.childCount())
        return; // filled by an earlier pass
    const XrefContext context{project, fromDoc, xref, xref.attribute(QStringLiteral("reftarget")), xref.astext(),
                              false};
    const InventoryTarget *target = findPythonObject(context);
    if (target && !target->summary.isEmpty())
        summary.append(Node::text(target->summary, xref.line()));
}

QString descriptionSummary(const Node &signature)
{
    const Node *paragraph = firstParagraph(signature);
    return paragraph ? firstSentence(paragraph->astext()) : QString();
}

} // namespace Docent
