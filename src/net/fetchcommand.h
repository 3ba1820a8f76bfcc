// `docent intersphinx fetch TREE`: fetches the inventories of the other projects TREE's conf.py
// names (intersphinx_mapping) into Docent's cache, where the window and `docent check` find them.
#pragma once

class QTextStream;

namespace Docent {

struct CommandLine;

/// Runs in a QCoreApplication's event loop; 0 when every project has an inventory afterwards,
/// 1 when any has none (each failure a line on `err`), 2 when TREE is no tree.
int runIntersphinxFetch(const CommandLine &command, QTextStream &out, QTextStream &err);

} // namespace Docent
