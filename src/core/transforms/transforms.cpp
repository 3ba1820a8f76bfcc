#include "transforms_p.h"

#include "doctree/node.h"

namespace Docent {
namespace {

// Which transforms a document needs, from one walk over it: most pages have no substitution or
// footnote at all, and each transform is a walk of its own. Definitions' content is counted too,
// for substitution copies it into the document.
struct Needs {
    bool substitutions = false;
    bool footnotes = false;
    bool hyperlinks = false;
};

Needs needsOf(const Node &document)
{
    Needs needs;
    document.forEach([&](const Node &n) {
        if (n.isText())
            return;
        if (n.is(u"substitution_reference"))
            needs.substitutions = true;
        else if (n.is(u"footnote") || n.is(u"citation") || n.is(u"footnote_reference") || n.is(u"citation_reference"))
            needs.footnotes = true;
        else if ((n.is(u"reference") || n.is(u"target")) &&
                 (n.hasAttribute(QStringLiteral("refname")) || n.hasAttribute(QStringLiteral("anonymous"))))
            needs.hyperlinks = true;
    });
    return needs;
}

} // namespace

QList<TransformIssue> applyDocutilsTransforms(Node &document, const QHash<QString, QString> &substitutions)
{
    QList<TransformIssue> issues;
    const Needs needs = needsOf(document);
    // Substitutions first: a definition's content may hold footnote references and hyperlinks,
    // which are then linked where they end up.
    if (needs.substitutions)
        substituteReferences(document, substitutions, issues);
    if (needs.footnotes)
        linkFootnotes(document, issues);
    if (needs.hyperlinks)
        resolveHyperlinks(document, issues);
    return issues;
}

} // namespace Docent
