// The one reader of Docent's command line: `docent [PATH]` and its sub-commands, each with its
// own options and complete --help text. main() and every sub-command take what it read.
#pragma once

#include <QString>
#include <QStringList>

#include <optional>

class QTextStream;

namespace Docent {

/// What `docent …` was asked to do.
struct CommandLine {
    enum class Command { Open, Dump, Render, Check, ExportPdf, Search, IntersphinxFetch };
    Command command = Command::Open;
    /// Open: PATH (empty: the manual); dump and render: FILE or "-"; check, search and
    /// intersphinx fetch: TREE; export-pdf: PATH.
    QString path;
    bool docutils = false; ///< dump --docutils: plain docutils semantics
    bool json = false;     ///< check and search --format json
    QString query;         ///< search: the words after TREE
    int limit = 20;        ///< search --limit N
    QString output;        ///< export-pdf -o FILE; render -o DIR (every page of the tree)
    QString subtree;       ///< export-pdf --subtree NODE
    /// --allow-outside DIR, absolute: folders outside the tree and its repository whose files
    /// the tree's include, literalinclude, csv-table and raw directives may read
    QStringList allowedOutside;
};

/// Reads `args` (the words after the program's name). When there is nothing to run (--help,
/// --version, a usage error) the text has gone to `out` or `err` and `status` is the exit status:
/// 0 for help and version, 2 for a usage error.
struct ParsedCommandLine {
    std::optional<CommandLine> commandLine;
    int status = 0;
};
ParsedCommandLine parseCommandLine(const QStringList &args, QTextStream &out, QTextStream &err);

} // namespace Docent
