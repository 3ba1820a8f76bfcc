// Starts the desktop application: checks for a display, sets up WebEngine and opens the window.
#pragma once

namespace Docent {

/// Handles --help/--version and `docent [PATH]`; returns the process exit status.
int runApplication(int argc, char *argv[]);
/// WebEngine set-up that must happen before the QApplication exists (also used by the UI tests).
void prepareWebEngine();

} // namespace Docent
