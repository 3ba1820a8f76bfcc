#include "treewatcher.h"

#include "sphinx/project.h"

#include <QDir>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QTimer>

namespace Docent {

TreeWatcher::TreeWatcher(QObject *parent)
    : QObject(parent), m_watcher(new QFileSystemWatcher(this)), m_settle(new QTimer(this))
{
    // Saves arrive as bursts of events (truncate, write, rename); one pass handles the burst.
    m_settle->setSingleShot(true);
    m_settle->setInterval(5);
    connect(m_settle, &QTimer::timeout, this, &TreeWatcher::flush);
    connect(m_watcher, &QFileSystemWatcher::fileChanged, this, [this](const QString &path) {
        m_changedFiles.insert(path);
        m_settle->start();
    });
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, this, [this](const QString &) {
        // A folder changes on every atomic save too; only a new or vanished page matters.
        m_treeChanged = true;
        m_settle->start();
    });
}

void TreeWatcher::watch(const Project &project)
{
    if (!m_watcher->files().isEmpty())
        m_watcher->removePaths(m_watcher->files());
    if (!m_watcher->directories().isEmpty())
        m_watcher->removePaths(m_watcher->directories());
    m_docnames.clear();
    m_changedFiles.clear();
    m_treeChanged = false;
    if (project.root().startsWith(u':'))
        return;
    QSet<QString> folders;
    QStringList files;
    for (const QString &docname : project.docnames()) {
        if (const Project::Document *doc = project.document(docname)) {
            m_docnames.insert(doc->path, docname);
            files << doc->path;
            folders.insert(QFileInfo(doc->path).absolutePath());
        }
    }
    if (!files.isEmpty())
        m_watcher->addPaths(files);
    if (!folders.isEmpty())
        m_watcher->addPaths(folders.values());
}

void TreeWatcher::flush()
{
    const QSet<QString> changed = std::exchange(m_changedFiles, {});
    if (std::exchange(m_treeChanged, false)) {
        // A folder also changes on every atomic save; only a page that vanished or appeared
        // changes the tree.
        bool differs = false;
        for (auto it = m_docnames.cbegin(); it != m_docnames.cend() && !differs; ++it)
            differs = !QFileInfo::exists(it.key());
        for (const QString &folder : m_watcher->directories()) {
            for (const QString &name : QDir(folder).entryList({QStringLiteral("*.rst")}, QDir::Files))
                differs = differs || !m_docnames.contains(folder + u'/' + name);
        }
        if (differs) {
            Q_EMIT treeChanged();
            return;
        }
    }
    // An editor that saves by replacing the file makes the watcher drop it, sometimes with only a
    // folder event to show for it: every page no longer watched is watched again and reloaded.
    QSet<QString> reload = changed;
    for (auto it = m_docnames.cbegin(); it != m_docnames.cend(); ++it)
        if (!m_watcher->files().contains(it.key()))
            reload.insert(it.key());
    for (const QString &path : std::as_const(reload)) {
        if (QFileInfo::exists(path) && !m_watcher->files().contains(path))
            m_watcher->addPath(path);
        const QString docname = m_docnames.value(path);
        if (!docname.isEmpty())
            Q_EMIT documentChanged(docname);
    }
}

} // namespace Docent
