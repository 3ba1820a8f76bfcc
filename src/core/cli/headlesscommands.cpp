#include "headlesscommands.h"
#include "searchcommand.h"
#include "pages/projectcheck.h"
#include "pages/graphviz.h"
#include "pages/pagerenderer.h"
#include "pages/sitewriter.h"

#include "doctree/pseudoxml.h"
#include "html/htmlwriter.h"
#include "resources.h"
#include "rst/parser.h"
#include "transforms/transforms.h"
#include "rst/registry.h"
#include "rst/sphinxregistry.h"
#include "sphinx/project.h"
#include "sphinx/readscope.h"
#include "sphinx/treefiles.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QFileInfo>
#include <QStringDecoder>
#include <QTextStream>

#include <cstdio>

namespace Docent {
namespace {

std::optional<QString> readInput(const QString &path, QTextStream &err)
{
    if (path == u"-") {
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly)) {
            err << "docent: cannot read standard input\n";
            return std::nullopt;
        }
        const QByteArray bytes = in.readAll();
        if (bytes.contains('\0')) {
            err << "docent: standard input is binary, not reStructuredText\n";
            return std::nullopt;
        }
        return QString::fromUtf8(bytes);
    }
    if (QFileInfo(path).isDir()) {
        err << "docent: " << path << ": is a folder; give a .rst file\n";
        return std::nullopt;
    }
    QString error;
    auto text = TreeFiles::readText(path, &error);
    if (!text)
        err << "docent: " << error << '\n';
    return text;
}

// --allow-outside's folders, for whichever tree is opened.
Project::AllowedOutside allowedBy(const CommandLine &command)
{
    return [dirs = command.allowedOutside](const QString &) { return dirs; };
}

// A file parsed outside a project (dump, render of a lone file): Sphinx's directives, with
// literalinclude reading what a tree rooted at the file's folder may read.
std::shared_ptr<Registry> loneFileRegistry(const QString &source, const QStringList &allowed)
{
    auto registry = std::make_shared<Registry>(Registry::sphinx());
    const QString folder = source == u"-" ? QDir::currentPath() : QFileInfo(source).absolutePath();
    auto scope = std::make_shared<ReadScope>(folder, allowed);
    registerSphinxCodeDirectives(*registry, QString(), [scope](const QString &canonical, const QString &shown) {
        scope->check(QStringLiteral("Include file"), shown, canonical);
    });
    return registry;
}

// `docent check TREE`: every problem of the tree with file:line; exit status 1 when any is an error.
int check(const CommandLine &command, QTextStream &out, QTextStream &err)
{
    const QString &tree = command.path;
    const bool json = command.json;
    QString error;
    const auto project = Project::open(tree, &error, allowedBy(command));
    if (!project) {
        err << "docent: " << error << '\n';
        return 1;
    }
    const QList<Problem> problems = checkProject(*project);
    const QDir root(project->root());
    int errors = 0, warnings = 0, notices = 0;
    QJsonArray list;
    for (const Problem &p : problems) {
        switch (p.severity) {
        case Problem::Severity::Error:
            ++errors;
            break;
        case Problem::Severity::Warning:
            ++warnings;
            break;
        case Problem::Severity::Notice:
            ++notices;
            break;
        }
        const QString file = p.file.isEmpty() ? QString() : root.relativeFilePath(p.file);
        if (json) {
            list.append(QJsonObject{{QStringLiteral("file"), file},
                                    {QStringLiteral("line"), p.line},
                                    {QStringLiteral("severity"), Problem::severityName(p.severity)},
                                    {QStringLiteral("kind"), p.kind},
                                    {QStringLiteral("message"), p.message}});
        } else {
            out << file;
            if (p.line > 0)
                out << ':' << p.line;
            out << ": " << Problem::severityName(p.severity) << ": " << p.message << " [" << p.kind << "]\n";
        }
    }
    if (json) {
        const QJsonObject doc{{QStringLiteral("root"), project->root()},
                              {QStringLiteral("documents"), int(project->docnames().size())},
                              {QStringLiteral("errors"), errors},
                              {QStringLiteral("warnings"), warnings},
                              {QStringLiteral("notices"), notices},
                              {QStringLiteral("problems"), list}};
        QJsonObject refs;
        const auto counts = countReferences(*project);
        for (auto it = counts.cbegin(); it != counts.cend(); ++it)
            refs.insert(it.key(), QJsonObject{{QStringLiteral("total"), it->total}, {QStringLiteral("resolved"), it->resolved}});
        QJsonObject withRefs = doc;
        withRefs.insert(QStringLiteral("references"), refs);
        out << QJsonDocument(withRefs).toJson(QJsonDocument::Indented);
    } else {
        const auto counts = countReferences(*project);
        QStringList refs;
        for (auto it = counts.cbegin(); it != counts.cend(); ++it)
            refs << QStringLiteral(":%1: %2/%3").arg(it.key()).arg(it->resolved).arg(it->total);
        out << "references resolved: " << refs.join(QStringLiteral(", ")) << '\n';
        out << project->docnames().size() << " documents: " << errors << " errors, " << warnings << " warnings, "
            << notices << " notices\n";
    }
    return errors ? 1 : 0;
}

// `docent render TREE -o DIR`: every page of the tree as static HTML, in one process.
int renderSite(const CommandLine &command, QTextStream &out, QTextStream &err)
{
    QString error;
    const auto project = Project::open(command.path, &error, allowedBy(command));
    if (!project) {
        err << "docent: " << error << '\n';
        return 1;
    }
    const SiteReport report = writeSite(*project, QDir(command.output).absolutePath());
    if (!report.error.isEmpty()) {
        err << "docent: " << report.error << '\n';
        return 1;
    }
    out << report.pages << " pages and " << report.images << " images written to " << command.output << '\n';
    return 0;
}

} // namespace

bool isHeadlessCommand(CommandLine::Command command)
{
    return command == CommandLine::Command::Dump || command == CommandLine::Command::Render ||
           command == CommandLine::Command::Check || command == CommandLine::Command::Search;
}

int runHeadlessCommand(const QStringList &args, QTextStream &out, QTextStream &err)
{
    const ParsedCommandLine parsed = parseCommandLine(args, out, err);
    if (!parsed.commandLine)
        return parsed.status;
    if (!isHeadlessCommand(parsed.commandLine->command)) {
        err << "docent: " << args.value(0) << ": not a command that runs without a display\n";
        return 2;
    }
    return runHeadlessCommand(*parsed.commandLine, out, err);
}

int runHeadlessCommand(const CommandLine &command, QTextStream &out, QTextStream &err)
{
    initCoreResources();
    if (command.command == CommandLine::Command::Check)
        return check(command, out, err);
    if (command.command == CommandLine::Command::Render && !command.output.isEmpty())
        return renderSite(command, out, err);
    if (command.command == CommandLine::Command::Search)
        return runSearchCommand(command, out, err);
    const QString &path = command.path;
    const auto text = readInput(path, err);
    if (!text)
        return 1;
    const std::shared_ptr<Registry> sphinx = command.docutils ? nullptr : loneFileRegistry(path, command.allowedOutside);
    const Registry &registry = command.docutils ? Registry::docutils() : *sphinx;
    const QString source = path == u"-" ? QStringLiteral("<stdin>") : path;
    const auto doc = parseRst(*text, source, registry);
    if (command.command == CommandLine::Command::Dump) {
        out << toPseudoXml(*doc);
        return 0;
    }
    // render: within a project when the file belongs to one, so :doc: links resolve.
    if (path != u"-") {
        QString error;
        if (auto project = Project::open(path, &error, allowedBy(command))) {
            if (project->document(project->openedDoc())) {
                out << PageRenderer(*project).page(project->openedDoc(), PageMode::Standalone);
                return 0;
            }
        } else if (QFileInfo(path).isSymLink()) {
            // A link its tree refuses to read as a page (it points outside) is not shown here either.
            err << "docent: " << error << '\n';
            return 1;
        }
    }
    applyDocutilsTransforms(*doc, {});
    HtmlOptions o;
    o.title = QFileInfo(source).completeBaseName();
    o.drawGraph = Graphviz::toSvg;
    out << HtmlWriter::page(*doc, o);
    return 0;
}

} // namespace Docent
