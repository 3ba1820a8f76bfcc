// `docent search TREE QUERY`: the tree's sections that match, best first, without a display.
#pragma once

#include "commandline.h"

class QTextStream;

namespace Docent {

/// Prints the hits to `out` (text or json); returns 1 when nothing matches or the tree cannot be
/// read, 0 otherwise.
int runSearchCommand(const CommandLine &command, QTextStream &out, QTextStream &err);

} // namespace Docent
