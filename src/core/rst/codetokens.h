// Syntax tokens for docutils' "code" directive and role: the doctree docutils builds from
// Pygments' token stream (one inline per run of equal token types, classed by the type's long
// name), from the lexers of src/core/lexers.
#pragma once

#include "registry.h"

#include <QString>

#include <optional>

namespace Docent {

/// The children of a code literal_block for `code` in `language`: bare text for untyped tokens and
/// <inline classes="..."> for the others. An unknown language gives the code as one text node.
/// With `numberLinesFrom` set, each line starts with an <inline classes="ln"> line number, as
/// docutils' :number-lines: option does; `lineCount` sets the numbers' width.
NodeList tokenizeCode(const QString &code, const QString &language, int line,
                      std::optional<int> numberLinesFrom = {}, int lineCount = 0);

} // namespace Docent
