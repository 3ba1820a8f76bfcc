// The sub-commands that need no display: `docent dump`, `docent render` and `docent check`.
#pragma once

#include <QStringList>

class QTextStream;

namespace Docent {

/// True when `args` (without the program name) start with a headless sub-command.
bool isHeadlessCommand(const QStringList &args);
/// Runs it; returns the process exit status. Output goes to `out`, problems to `err`.
int runHeadlessCommand(const QStringList &args, QTextStream &out, QTextStream &err);

} // namespace Docent
