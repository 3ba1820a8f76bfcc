#include "headlesscommands.h"

#include "doctree/pseudoxml.h"
#include "html/htmlwriter.h"
#include "resources.h"
#include "rst/parser.h"
#include "rst/registry.h"
#include "sphinx/project.h"

#include <QFile>
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
    auto text = Project::readText(path, &error);
    if (!text)
        err << "docent: " << error << '\n';
    return text;
}

int usage(QTextStream &err)
{
    err << "usage: docent dump [--docutils] FILE|-\n"
           "       docent render FILE|-\n";
    return 2;
}

} // namespace

bool isHeadlessCommand(const QStringList &args)
{
    return !args.isEmpty() && (args.first() == u"dump" || args.first() == u"render");
}

int runHeadlessCommand(const QStringList &args, QTextStream &out, QTextStream &err)
{
    initCoreResources();
    const QString command = args.value(0);
    QStringList rest = args.mid(1);
    const bool docutilsOnly = rest.removeAll(QStringLiteral("--docutils")) > 0;
    if (rest.size() != 1 || (command == u"render" && docutilsOnly))
        return usage(err);
    const QString path = rest.first();
    const auto text = readInput(path, err);
    if (!text)
        return 1;
    const Registry &registry = docutilsOnly ? Registry::docutils() : Registry::sphinx();
    const QString source = path == u"-" ? QStringLiteral("<stdin>") : path;
    const auto doc = parseRst(*text, source, registry);
    if (command == u"dump") {
        out << toPseudoXml(*doc);
        return 0;
    }
    // render: within a project when the file belongs to one, so :doc: links resolve.
    if (path != u"-") {
        QString error;
        if (auto project = Project::open(path, &error)) {
            const QString docname = project->startDoc();
            if (project->document(docname)) {
                out << project->pageHtml(docname, QString());
                return 0;
            }
        }
    }
    HtmlOptions o;
    o.title = QFileInfo(source).completeBaseName();
    out << HtmlWriter::page(*doc, o);
    return 0;
}

} // namespace Docent
