// autosummary's summary column without importing anything: the first sentence of the object's
// description in the tree, as Sphinx takes the first sentence of a docstring.
#include "xrefresolvers.h"

#include "doctree/node.h"
#include "inventory.h"
#include "project.h"

#include <QRegularExpression>

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

// "Return the path. Unlike ..." -> "Return the path."
QString firstSentence(QString text)
{
    static const QRegularExpression whitespace(QStringLiteral("\\s+"));
    text = text.replace(whitespace, QStringLiteral(" ")).trimmed();
    const qsizetype end = text.indexOf(QStringLiteral(". "));
    return end < 0 ? text : text.left(end + 1);
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
    const Node *paragraph = target && target->node ? firstParagraph(*target->node) : nullptr;
    if (paragraph)
        summary.append(Node::text(firstSentence(paragraph->astext()), xref.line()));
}

} // namespace Docent
