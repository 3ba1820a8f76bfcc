// Starts the desktop application: checks for a display, sets up WebEngine and opens the window.
#pragma once

#include <QString>

namespace Docent {

/// Opens the window on `path` (a tree, a file, FILE#section; empty: the manual), as read from
/// the command line; returns the process exit status.
int runApplication(int argc, char *argv[], QString path);
/// WebEngine set-up that must happen before the QApplication exists (also used by the UI tests).
void prepareWebEngine();
/// Whether a start error must be shown in a dialog as well: started by the file manager or a
/// desktop launcher (GIO names the desktop file it started), or with neither standard input nor
/// standard error on a terminal, where a line on stderr reaches nobody.
bool startedWithoutTerminal(bool stdinIsTerminal, bool stderrIsTerminal, bool launchedFromDesktopFile);

} // namespace Docent
