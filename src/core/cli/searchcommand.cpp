#include "searchcommand.h"

#include "search/searchindex.h"
#include "sphinx/project.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace Docent {
namespace {

QString target(const SearchHit &hit)
{
    return hit.anchor.isEmpty() ? hit.docname : hit.docname + u'#' + hit.anchor;
}

QString titlePath(const SearchHit &hit)
{
    QStringList path = hit.titles;
    if (path.isEmpty() || path.first() != hit.pageTitle)
        path.prepend(hit.pageTitle);
    return path.join(QStringLiteral(" › "));
}

// The snippet with its matched words between ** (as Markdown would make them bold).
QString markedSnippet(const SearchHit &hit)
{
    QString text = hit.snippet;
    for (auto it = hit.marks.crbegin(); it != hit.marks.crend(); ++it) {
        text.insert(it->first + it->second, QStringLiteral("**"));
        text.insert(it->first, QStringLiteral("**"));
    }
    return text;
}

QJsonObject toJson(const SearchHit &hit)
{
    QJsonArray marks;
    for (const auto &[start, length] : hit.marks)
        marks.append(QJsonArray{start, length});
    return {{QStringLiteral("target"), target(hit)},
            {QStringLiteral("docname"), hit.docname},
            {QStringLiteral("anchor"), hit.anchor},
            {QStringLiteral("page"), hit.pageTitle},
            {QStringLiteral("titles"), QJsonArray::fromStringList(hit.titles)},
            {QStringLiteral("snippet"), hit.snippet},
            {QStringLiteral("marks"), marks},
            {QStringLiteral("name"), hit.nameMatch}};
}

} // namespace

int runSearchCommand(const CommandLine &command, QTextStream &out, QTextStream &err)
{
    QString error;
    const QStringList allowed = command.allowedOutside;
    const auto project = Project::open(command.path, &error, [allowed](const QString &) { return allowed; });
    if (!project) {
        err << "docent: " << error << '\n';
        return 1;
    }
    SearchIndex index(project->root(), SearchIndex::defaultCacheFolder());
    if (!index.notKeptReason().isEmpty())
        err << "docent: the search index is not kept: " << index.notKeptReason() << '\n';
    const SearchIndex::Sync sync = index.synchronize(searchDocuments(*project));
    const QList<SearchHit> hits = index.search(command.query, command.limit);
    if (command.json) {
        QJsonArray list;
        for (const SearchHit &hit : hits)
            list.append(toJson(hit));
        // Where the index is kept and how much of it a previous run (or the window) left usable.
        const QJsonObject cache{{QStringLiteral("file"), index.filePath()},
                                {QStringLiteral("reused"), sync.reused},
                                {QStringLiteral("indexed"), sync.indexed}};
        out << QJsonDocument(QJsonObject{{QStringLiteral("root"), project->root()},
                                         {QStringLiteral("query"), command.query},
                                         {QStringLiteral("index"), cache},
                                         {QStringLiteral("hits"), list}})
                   .toJson(QJsonDocument::Indented);
    } else {
        for (const SearchHit &hit : hits)
            out << target(hit) << "  " << titlePath(hit) << "\n    " << markedSnippet(hit) << '\n';
        if (hits.isEmpty())
            err << "docent: nothing matches " << command.query << '\n';
    }
    return hits.isEmpty() ? 1 : 0;
}

} // namespace Docent
