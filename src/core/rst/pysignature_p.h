// Python signatures taken apart the way Sphinx shows them: parameters with their annotations and
// defaults, "[optional]" groups, and type annotations whose names are references.
#pragma once

#include <QString>

#include <functional>
#include <memory>

namespace Docent {

class Node;

/// Makes the reference node for a type name in an annotation ("str", "os.PathLike").
using TypeXref = std::function<std::unique_ptr<Node>(const QString &name)>;

/// Appends the desc_parameterlist of `arglist` (the text between the parentheses) to `signature`.
void appendPyParameters(Node &signature, const QString &arglist, const TypeXref &xref, int line);
/// Appends an annotation: dotted names become references, the rest punctuation and spaces.
void appendPyAnnotation(Node &parent, const QString &annotation, const TypeXref &xref, int line);

} // namespace Docent
