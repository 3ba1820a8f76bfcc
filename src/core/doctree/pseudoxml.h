// Prints a doctree in docutils' pseudo-XML format (document.pformat()), the format of `docent dump`.
#pragma once

#include <QString>

namespace Docent {

class Node;

/// <paragraph>\n    Text\n ... with four spaces per level, attributes sorted by name.
QString toPseudoXml(const Node &root);

} // namespace Docent
