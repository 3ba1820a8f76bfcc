// docutils' transforms over one parsed document, run once before anything reads it: substitution
// references are replaced by their definitions' content, footnotes and citations are numbered and
// linked both ways, and named and anonymous references are matched with their targets. Whatever
// cannot be resolved is left as the parser made it and reported; the HTML writer and `docent check`
// only read the result, so they cannot disagree.
#pragma once

#include <QHash>
#include <QList>
#include <QString>

namespace Docent {

class Node;

/// Something a transform could not resolve, at a line of the document.
struct TransformIssue {
    int line = 0;
    QString kind;    ///< "substitution", "reference", "footnote"
    QString message; ///< docutils' wording where it has one
};

/// Runs the transforms on `document` in docutils' order. `substitutions` are those every document
/// has (Sphinx's |version|, |release|, |today|), used where the document defines none of the name.
QList<TransformIssue> applyDocutilsTransforms(Node &document, const QHash<QString, QString> &substitutions);

/// Sphinx's SmartQuotes: quotes curled for `language` (conf.py's, "en" when empty), "--"/"---" as
/// en/em dashes, "..." as an ellipsis, outside code, math, raw output and signatures. A language
/// Sphinx has no quotation marks for is left as written.
void applySmartQuotes(Node &document, const QString &language);

} // namespace Docent
