// `docent export-pdf PATH [-o FILE] [--subtree NODE]`: a page, a subtree or a whole tree to PDF,
// without a display (the web engine runs offscreen).
#pragma once

namespace Docent {

/// argv[1] is "export-pdf". Returns the process exit status.
int runExportPdf(int argc, char *argv[]);

} // namespace Docent
