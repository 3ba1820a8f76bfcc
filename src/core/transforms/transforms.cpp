#include "transforms_p.h"

namespace Docent {

QList<TransformIssue> applyDocutilsTransforms(Node &document, const QHash<QString, QString> &substitutions)
{
    QList<TransformIssue> issues;
    // Substitutions first: a definition's content may hold footnote references and hyperlinks,
    // which are then linked where they end up.
    substituteReferences(document, substitutions, issues);
    linkFootnotes(document, issues);
    resolveHyperlinks(document, issues);
    return issues;
}

} // namespace Docent
