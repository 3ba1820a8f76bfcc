// The single transforms applyDocutilsTransforms runs, in this order.
#pragma once

#include "transforms.h"

namespace Docent {

/// Each substitution reference becomes a copy of its definition's content (exact name first, then
/// case-insensitively, as docutils looks them up), or the project's text for |version| and the like.
void substituteReferences(Node &document, const QHash<QString, QString> &substitutions, QList<TransformIssue> &issues);
/// Automatic footnotes get their numbers and symbols as labels, every footnote or citation
/// reference a `refid` and an id, and every note the ids of its references as `backrefs`.
void linkFootnotes(Node &document, QList<TransformIssue> &issues);
/// References by name and anonymous references get the `refuri` or `refid` of their target.
void resolveHyperlinks(Node &document, QList<TransformIssue> &issues);

} // namespace Docent
