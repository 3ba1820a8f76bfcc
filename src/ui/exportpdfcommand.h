// `docent export-pdf PATH [-o FILE] [--subtree NODE]`: a page, a subtree or a whole tree to PDF,
// without a display (the web engine runs offscreen).
#pragma once

#include "cli/commandline.h"

namespace Docent {

/// Runs `command` (an ExportPdf one, read by parseCommandLine); argc and argv are for
/// QApplication. Returns the process exit status.
int runExportPdf(int argc, char *argv[], const CommandLine &command);

} // namespace Docent
