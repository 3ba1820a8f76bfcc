// Project::openFirstPage: the start page of a big tree and the pages its toctrees list, read
// before the rest so a window can show something at once (project.h).
#include "project.h"

#include "openlocation_p.h"
#include "readscope.h"
#include "treefiles.h"
#include "treeregistry.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>

namespace Docent {
namespace {

// The documents a toctree entry of the first reading names among the tree's files: globs are
// matched against every file, as the whole tree's toctreeDocs would.
QStringList entryFiles(const QString &entry, const QHash<QString, QString> &pathOf)
{
    static const QString globPrefix = QStringLiteral("glob:");
    if (!entry.startsWith(globPrefix))
        return pathOf.contains(entry) ? QStringList{entry} : QStringList();
    const QRegularExpression re(QRegularExpression::wildcardToRegularExpression(entry.mid(globPrefix.size())));
    QStringList names;
    for (auto it = pathOf.cbegin(); it != pathOf.cend(); ++it)
        if (re.match(it.key()).hasMatch())
            names << it.key();
    names.sort();
    return names;
}

} // namespace

bool Project::canOpen(const QString &path, QString *error) { return locateOpenPath(path, error).has_value(); }

std::optional<Project> Project::openFirstPage(const QString &path, const AllowedOutside &allowed, qint64 budget,
                                              qint64 treeSize)
{
    const std::optional<OpenLocation> location = locateOpenPath(path, nullptr);
    if (!location || location->isResource)
        return std::nullopt;
    Project p;
    p.m_root = TreeFiles::findRoot(location->dir, false);
    // Only a Sphinx tree: a lone file's folder is small or not a tree at all.
    if (!QFileInfo::exists(p.m_root + QStringLiteral("/conf.py")))
        return std::nullopt;
    p.m_conf = ConfFacts::read(p.m_root + QStringLiteral("/conf.py"));
    const std::vector<TreeFiles::SourceFile> files = TreeFiles::documentFiles(p.m_root, p.m_conf);
    QHash<QString, QString> pathOf;
    qint64 size = 0;
    QString start;
    for (const TreeFiles::SourceFile &f : files) {
        pathOf.insert(f.docname, f.path);
        size += QFileInfo(f.path).size();
        if (f.path == location->file)
            start = f.docname;
    }
    if (size <= treeSize)
        return std::nullopt;
    if (start.isEmpty())
        start = pathOf.contains(p.m_conf.rootDoc) ? p.m_conf.rootDoc : QString();
    if (start.isEmpty())
        return std::nullopt; // open() picks a root among the files read; not guessed here
    p.m_scope = std::make_shared<ReadScope>(p.m_root, allowed ? allowed(p.m_root) : QStringList());
    p.prepareReading();

    // Breadth first, so the entries of the start page's own toctrees come before theirs.
    QStringList queue{start};
    QSet<QString> queued{start};
    qint64 read = 0;
    for (qsizetype i = 0; i < queue.size() && read < budget; ++i) {
        const QString &docname = queue[i];
        const QString &file = pathOf[docname];
        QString err;
        const std::optional<QString> text = TreeFiles::readPage(p.m_root, file, &err);
        if (!text) {
            if (i == 0)
                return std::nullopt;
            continue;
        }
        addPlaceholders(*p.m_registry, *text);
        p.loadDocument(docname, file, *text);
        p.m_order << docname;
        p.m_inventory.addDocument(docname, *p.m_live[docname].doctree);
        read += text->size();
        for (const QString &entry : p.m_documents[docname].toctree)
            for (const QString &listed : entryFiles(entry, pathOf))
                if (!queued.contains(listed)) {
                    queued.insert(listed);
                    queue << listed;
                }
    }
    p.m_startDoc = start;
    p.m_openedDoc = location->file.isEmpty() ? QString() : start;
    p.renumber();
    p.m_linkInventories.load(p.m_root, p.m_conf, *p.m_scope);
    p.resolveReferences();
    for (auto it = p.m_live.cbegin(); it != p.m_live.cend(); ++it)
        p.makeSkeleton(p.m_documents[it.key()], *it->doctree);
    p.m_firstPageOnly = true;
    return p;
}

} // namespace Docent
