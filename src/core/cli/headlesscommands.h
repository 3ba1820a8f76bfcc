// The sub-commands that need no display: `docent dump`, `render`, `check` and `search`.
#pragma once

#include "commandline.h"

#include <QStringList>

class QTextStream;

namespace Docent {

/// True for the sub-commands run here.
bool isHeadlessCommand(CommandLine::Command command);
/// Runs one; returns the process exit status. Output goes to `out`, problems to `err`.
int runHeadlessCommand(const CommandLine &command, QTextStream &out, QTextStream &err);
/// The same from the words after the program's name, read as `docent` reads them (help and
/// usage errors included): for tests and callers that hold a command line as text.
int runHeadlessCommand(const QStringList &args, QTextStream &out, QTextStream &err);

} // namespace Docent
