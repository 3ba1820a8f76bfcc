#include "commandline.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QTextStream>

#include <array>

namespace Docent {
namespace {

using Command = CommandLine::Command;

QString tr(const char *text) { return QCoreApplication::translate("Docent::CommandLine", text); }

// One sub-command: its word, its synopsis and what it does, for its own help and the app's.
struct CommandSpec {
    Command command;
    const char *name;
    const char *synopsis;
    const char *summary;
};

const std::array<CommandSpec, 6> kCommands{{
    {Command::Dump, "dump", "docent dump [--docutils] [--allow-outside DIR] FILE|-",
     QT_TRANSLATE_NOOP("Docent::CommandLine", "Print the doctree of a file as docutils pseudo-XML.")},
    {Command::Render, "render", "docent render [--allow-outside DIR] FILE|-\n       docent render [--allow-outside DIR] TREE -o DIR",
     QT_TRANSLATE_NOOP("Docent::CommandLine",
                       "Print the page of a file as HTML, within its tree when it has one; with -o, write every "
                       "page of a tree (and its index pages) into a folder as static HTML.")},
    {Command::Check, "check", "docent check [--format text|json] [--allow-outside DIR] TREE",
     QT_TRANSLATE_NOOP("Docent::CommandLine",
                       "List every broken reference and problem of a tree, with file:line; the exit status is 1 "
                       "when any is an error.")},
    {Command::ExportPdf, "export-pdf", "docent export-pdf PATH [-o FILE.pdf] [--subtree NODE] [--allow-outside DIR]",
     QT_TRANSLATE_NOOP("Docent::CommandLine",
                       "Write a page, a part of a tree or a whole tree as one PDF (no display needed).")},
    {Command::Search, "search", "docent search [--limit N] [--format text|json] [--allow-outside DIR] TREE QUERY...",
     QT_TRANSLATE_NOOP("Docent::CommandLine",
                       "Print the sections of a tree that match QUERY, best first, as docname#anchor, title path and "
                       "snippet; the exit status is 1 when nothing matches.")},
    {Command::IntersphinxFetch, "intersphinx", "docent intersphinx fetch [--allow-outside DIR] TREE",
     QT_TRANSLATE_NOOP("Docent::CommandLine",
                       "Fetch the inventories (objects.inv) of the other projects TREE's conf.py names in "
                       "intersphinx_mapping into Docent's cache, so that references to them become links; the exit "
                       "status is 1 when any project is left without one.")},
}};

const char *kOpenSynopsis = "docent [PATH]";

// The parser's own help without its first line, which names the executable by its full path;
// the synopses written here come first instead.
QString helpText(const QCommandLineParser &parser, const QStringList &synopses, const QString &more = {})
{
    const QString text = parser.helpText();
    return QStringLiteral("usage: ") + synopses.join(QStringLiteral("\n       ")) + QStringLiteral("\n\n") +
           text.mid(text.indexOf(u'\n') + 1) + more;
}

int usageError(const QString &message, const QString &synopsis, const QString &helpCommand, QTextStream &err)
{
    err << "docent: " << message << '\n'
        << "usage: " << synopsis << '\n'
        << tr("Try '%1 --help'.").arg(helpCommand) << '\n';
    return 2;
}

const QString kAllowOutside = QStringLiteral("allow-outside");

// The option of every command that reads a tree: files beyond the tree and its repository.
QCommandLineOption allowOutsideOption()
{
    return {kAllowOutside,
            tr("Let the include, literalinclude, csv-table and raw directives read files in DIR, a folder "
               "outside the tree and its repository (by default they read only files of the tree and of the "
               "repository holding it: the nearest folder above it with .git, .hg or .svn). May be given more "
               "than once."),
            QStringLiteral("DIR")};
}

// The options of one sub-command, added to `parser`.
void addOptions(Command command, QCommandLineParser &parser)
{
    if (command != Command::Open)
        parser.addOption(allowOutsideOption());
    switch (command) {
    case Command::Open:
        parser.addPositionalArgument(QStringLiteral("PATH"),
                                     tr("A documentation folder (the tree whose root holds conf.py) or a .rst "
                                        "file, shown within its tree; FILE#section opens at that section. "
                                        "Without it, Docent's manual opens."),
                                     QStringLiteral("[PATH]"));
        break;
    case Command::Dump:
        parser.addOption({QStringLiteral("docutils"), tr("Parse with plain docutils semantics, no Sphinx roles "
                                                         "or directives (for comparison with docutils).")});
        parser.addPositionalArgument(QStringLiteral("FILE"), tr("A .rst file, or - for standard input."));
        break;
    case Command::Render:
        parser.addOption({{QStringLiteral("o"), QStringLiteral("output")},
                          tr("Write every page of the tree as DIR/DOCNAME.html (the names of Sphinx's HTML "
                             "build), with relative links, instead of printing one page."),
                          QStringLiteral("DIR")});
        parser.addPositionalArgument(QStringLiteral("FILE"),
                                     tr("A .rst file, or - for standard input; with -o, a documentation folder."));
        break;
    case Command::IntersphinxFetch:
        parser.addPositionalArgument(QStringLiteral("fetch"), tr("What to do: fetch is the one action."));
        parser.addPositionalArgument(
            QStringLiteral("TREE"),
            tr("A documentation folder or a file of one. Only the URLs its conf.py names are fetched (each "
               "project's objects.inv), with a 10-second timeout; a local inventory conf.py names is used as "
               "it is. The window fetches them too when its setting allows it."));
        break;
    case Command::Check:
        parser.addOption({QStringLiteral("format"), tr("The report as text (the default) or as json."),
                          QStringLiteral("text|json"), QStringLiteral("text")});
        parser.addPositionalArgument(QStringLiteral("TREE"), tr("A documentation folder or a file of one."));
        break;
    case Command::ExportPdf:
        parser.addOption({{QStringLiteral("o"), QStringLiteral("output")},
                          tr("Where to write the PDF (default: NAME.pdf in the current folder)."),
                          QStringLiteral("FILE")});
        parser.addOption({QStringLiteral("subtree"),
                          tr("A node of the section tree, by title or page name: it and everything under "
                             "it, as one book (e.g. --subtree Internals, --subtree reference/index)."),
                          QStringLiteral("NODE")});
        parser.addPositionalArgument(QStringLiteral("PATH"),
                                     tr("A .rst file (that page) or a documentation folder (the whole tree)."));
        break;
    case Command::Search:
        parser.addOption({QStringLiteral("limit"), tr("At most N hits (default 20)."), QStringLiteral("N"),
                          QStringLiteral("20")});
        parser.addOption({QStringLiteral("format"), tr("The hits as text (the default) or as json."),
                          QStringLiteral("text|json"), QStringLiteral("text")});
        parser.addPositionalArgument(QStringLiteral("TREE"), tr("A documentation folder or a file of one."));
        parser.addPositionalArgument(
            QStringLiteral("QUERY"),
            tr("Words that must all be in a section (the last may be the start of a word only when typed in the "
               "window); \"a phrase\" in quotes; -word for sections without it; title:word for a word of the "
               "section's title. A name or glossary term typed whole (os.path.join) ranks its entry first."),
            QStringLiteral("QUERY..."));
        break;
    }
}

// The app's synopsis names every sub-command too, and its help ends with what each does.
QStringList allSynopses()
{
    QStringList synopses{QString::fromLatin1(kOpenSynopsis)};
    for (const CommandSpec &c : kCommands)
        synopses << QString::fromLatin1(c.synopsis);
    return synopses << QStringLiteral("docent COMMAND --help");
}

QString commandList()
{
    QString text = u'\n' + tr("Commands:") + u'\n';
    for (const CommandSpec &c : kCommands)
        text += QStringLiteral("  %1  %2\n").arg(QString::fromLatin1(c.name).leftJustified(10), tr(c.summary));
    return text + tr("Each command has its own help: docent COMMAND --help.") + u'\n';
}

} // namespace

ParsedCommandLine parseCommandLine(const QStringList &args, QTextStream &out, QTextStream &err)
{
    CommandLine line;
    QString synopsis = QString::fromLatin1(kOpenSynopsis);
    QString helpCommand = QStringLiteral("docent");
    QStringList words = args;
    for (const CommandSpec &c : kCommands) {
        if (args.value(0) == QLatin1String(c.name)) {
            line.command = c.command;
            synopsis = QString::fromLatin1(c.synopsis);
            helpCommand += u' ' + QLatin1String(c.name);
            words.removeFirst();
        }
    }
    const bool isOpen = line.command == Command::Open;

    QCommandLineParser parser;
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help."));
    const QCommandLineOption version(QStringLiteral("version"), tr("Show Docent's version."));
    parser.addOption(help);
    if (isOpen) {
        parser.setApplicationDescription(tr("Docent shows reStructuredText and Sphinx documentation trees, "
                                            "rendered and cross-linked, without a Sphinx build."));
        parser.addOption(version);
    } else {
        for (const CommandSpec &c : kCommands) {
            if (c.command == line.command)
                parser.setApplicationDescription(tr(c.summary));
        }
    }
    addOptions(line.command, parser);

    // QCommandLineParser skips the first word: the program's name.
    if (!parser.parse(QStringList{helpCommand} + words))
        return {std::nullopt, usageError(parser.errorText(), synopsis, helpCommand, err)};
    if (parser.isSet(help)) {
        out << (isOpen ? helpText(parser, allSynopses(), commandList()) : helpText(parser, {synopsis}));
        return {std::nullopt, 0};
    }
    if (isOpen && parser.isSet(version)) {
        out << "docent " << DOCENT_VERSION << '\n';
        return {std::nullopt, 0};
    }

    const QStringList positional = parser.positionalArguments();
    // A file manager may hand several files at once (Exec=docent %F); the window opens the first.
    if (isOpen) {
        line.path = positional.value(0);
        return {line, 0};
    }
    if (line.command == Command::Search) {
        if (positional.size() < 2)
            return {std::nullopt, usageError(positional.isEmpty() ? tr("a tree and a query are missing") : tr("the query is missing"),
                                             synopsis, helpCommand, err)};
        line.query = positional.mid(1).join(u' ');
        bool ok = false;
        line.limit = parser.value(QStringLiteral("limit")).toInt(&ok);
        if (!ok || line.limit < 1)
            return {std::nullopt, usageError(tr("--limit wants a number above 0"), synopsis, helpCommand, err)};
    } else if (line.command == Command::IntersphinxFetch) {
        if (positional.value(0) != u"fetch")
            return {std::nullopt, usageError(positional.isEmpty() ? tr("fetch and a tree are missing")
                                                                   : tr("unknown action '%1'").arg(positional.first()),
                                             synopsis, helpCommand, err)};
        if (positional.size() != 2)
            return {std::nullopt, usageError(positional.size() < 2 ? tr("a tree is missing") : tr("one tree only, please"),
                                             synopsis, helpCommand, err)};
    } else if (positional.size() != 1) {
        return {std::nullopt, usageError(positional.isEmpty() ? tr("a path is missing") : tr("one path only, please"),
                                         synopsis, helpCommand, err)};
    }
    line.path = line.command == Command::IntersphinxFetch ? positional.at(1) : positional.first();
    line.docutils = line.command == Command::Dump && parser.isSet(QStringLiteral("docutils"));
    if (line.command == Command::Check || line.command == Command::Search) {
        const QString format = parser.value(QStringLiteral("format"));
        if (format != u"text" && format != u"json")
            return {std::nullopt, usageError(tr("unknown format '%1'").arg(format), synopsis, helpCommand, err)};
        line.json = format == u"json";
    }
    for (const QString &dir : parser.values(kAllowOutside)) {
        if (!QFileInfo(dir).isDir())
            return {std::nullopt, usageError(tr("--allow-outside %1: no such folder").arg(dir), synopsis, helpCommand, err)};
        line.allowedOutside << QFileInfo(dir).absoluteFilePath();
    }
    if (line.command == Command::Render) {
        line.output = parser.value(QStringLiteral("output"));
        if (!line.output.isEmpty() && line.path == u"-")
            return {std::nullopt, usageError(tr("-o writes a whole tree; give its folder, not -"), synopsis, helpCommand, err)};
    }
    if (line.command == Command::ExportPdf) {
        line.output = parser.value(QStringLiteral("output"));
        line.subtree = parser.value(QStringLiteral("subtree"));
    }
    return {line, 0};
}

} // namespace Docent
