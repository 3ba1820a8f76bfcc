#include "treewatcher.h"

#include "sphinx/project.h"

#include <QDir>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QThread>
#include <QTimer>

#include <memory>

namespace Docent {

TreeWatcher::TreeWatcher(QObject *parent)
    : QObject(parent), m_watcher(new QFileSystemWatcher(this)), m_settle(new QTimer(this)), m_poll(new QTimer(this))
{
    // Saves arrive as bursts of events (truncate, write, rename); one pass handles the burst.
    m_settle->setSingleShot(true);
    m_settle->setInterval(5);
    connect(m_settle, &QTimer::timeout, this, [this] { flush(); });
    m_poll->setInterval(2000);
    connect(m_poll, &QTimer::timeout, this, &TreeWatcher::poll);
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

TreeWatcher::~TreeWatcher()
{
    if (m_sweep) {
        m_sweep->wait();
        delete m_sweep;
    }
}

void TreeWatcher::setPollInterval(int ms)
{
    m_poll->setInterval(ms);
}

bool TreeWatcher::polling() const
{
    return m_poll->isActive();
}

TreeWatcher::Stamp TreeWatcher::stampOf(const QString &path)
{
    const QFileInfo info(path);
    return info.exists() ? Stamp{info.size(), info.lastModified()} : Stamp{};
}

bool TreeWatcher::addWatches(const QStringList &paths)
{
    if (paths.isEmpty())
        return true;
    if (m_simulateLimit)
        return false;
    return m_watcher->addPaths(paths).isEmpty();
}

void TreeWatcher::clear()
{
    ++m_generation;
    if (!m_watcher->files().isEmpty())
        m_watcher->removePaths(m_watcher->files());
    if (!m_watcher->directories().isEmpty())
        m_watcher->removePaths(m_watcher->directories());
    m_poll->stop();
    m_docnames.clear();
    m_stamps.clear();
    m_folders.clear();
    m_listings.clear();
    m_dependents.clear();
    m_dependencyStamps.clear();
    m_changedFiles.clear();
    m_treeChanged = false;
    m_watchesRefused = false;
}

TreeWatcher::Snapshot TreeWatcher::snapshot(const Project &project)
{
    Snapshot s;
    if (project.root().startsWith(u':'))
        return s;
    for (const QString &docname : project.docnames()) {
        if (const Project::Document *doc = project.document(docname)) {
            s.docnames.insert(doc->path, docname);
            s.stamps.insert(doc->path, stampOf(doc->path));
            s.files << doc->path;
            // Its folder and those above it up to the root: a page may appear in any of them.
            for (QString folder = QFileInfo(doc->path).absolutePath();
                 folder.size() >= project.root().size() && !s.folders.contains(folder);
                 folder = QFileInfo(folder).absolutePath())
                s.folders.insert(folder);
        }
    }
    // A folder's own files now: an excluded page (CPython's README.rst) is no new page later.
    for (const QString &folder : std::as_const(s.folders))
        s.listings.insert(folder, pagesIn(folder));
    return s;
}

void TreeWatcher::watch(const Project &project) { watch(project, snapshot(project)); }

void TreeWatcher::watch(const Project &project, Snapshot snapshot)
{
    clear();
    if (project.root().startsWith(u':'))
        return;
    const QStringList files = std::move(snapshot.files);
    m_docnames = std::move(snapshot.docnames);
    m_stamps = std::move(snapshot.stamps);
    m_folders = std::move(snapshot.folders);
    m_listings = std::move(snapshot.listings);
    m_watchesRefused = !addWatches(m_folders.values());
    // A page written in place changes no folder: small trees watch each page too, big ones poll.
    const bool watchFiles = !m_watchesRefused && files.size() <= m_fileWatchBudget;
    if (watchFiles)
        m_watchesRefused = !addWatches(files);
    if (!watchFiles || m_watchesRefused)
        m_poll->start();
    for (const QString &docname : project.docnames())
        if (const Project::Document *doc = project.document(docname))
            addDependencies(docname, doc->readFiles, doc->missingFiles);
    if (m_watchesRefused)
        Q_EMIT notice(tr("The system allows no more file watches: changes to this tree are checked every %n second(s).",
                         nullptr, m_poll->interval() / 1000 ? m_poll->interval() / 1000 : 1));
}

QStringList TreeWatcher::pagesIn(const QString &folder)
{
    return QDir(folder).entryList({QStringLiteral("*.rst")}, QDir::Files, QDir::Name);
}

bool TreeWatcher::pagesAddedOrRemoved() const { return pagesAddedOrRemoved(m_docnames, m_folders, m_listings); }

bool TreeWatcher::pagesAddedOrRemoved(const QHash<QString, QString> &docnames, const QSet<QString> &folders,
                                      const QHash<QString, QStringList> &listings)
{
    for (auto it = docnames.cbegin(); it != docnames.cend(); ++it)
        if (!QFileInfo::exists(it.key()))
            return true;
    for (const QString &folder : folders)
        if (pagesIn(folder) != listings.value(folder))
            return true;
    return false;
}

void TreeWatcher::updateDocument(const Project &project, const QString &docname)
{
    for (auto it = m_dependents.begin(); it != m_dependents.end();) {
        it->remove(docname);
        if (it->isEmpty()) {
            m_dependencyStamps.remove(it.key());
            it = m_dependents.erase(it);
        } else {
            ++it;
        }
    }
    if (const Project::Document *doc = project.document(docname))
        addDependencies(docname, doc->readFiles, doc->missingFiles);
}

void TreeWatcher::addDependencies(const QString &docname, const QStringList &read, const QStringList &missing)
{
    for (const QStringList *files : {&read, &missing}) {
        for (const QString &path : *files) {
            m_dependents[path].insert(docname);
            if (!m_dependencyStamps.contains(path)) {
                m_dependencyStamps.insert(path, stampOf(path));
                watchDependency(path);
            }
        }
    }
}

void TreeWatcher::watchDependency(const QString &path)
{
    if (m_watchesRefused)
        return; // polled
    // The file itself when pages are watched one by one, and the nearest folder there is: a file
    // replaced on save, or one that appears, shows there.
    if (QFileInfo::exists(path) && !m_poll->isActive() && !m_watcher->files().contains(path))
        m_watcher->addPath(path);
    QString folder = QFileInfo(path).absolutePath();
    while (!QFileInfo(folder).isDir() && QFileInfo(folder).absolutePath() != folder)
        folder = QFileInfo(folder).absolutePath();
    if (!m_watcher->directories().contains(folder))
        m_watcher->addPath(folder);
}

QSet<QString> TreeWatcher::dependentsChanged()
{
    QSet<QString> docnames;
    for (auto it = m_dependencyStamps.begin(); it != m_dependencyStamps.end(); ++it) {
        const Stamp now = stampOf(it.key());
        if (now == it.value()) {
            if (now.size < 0)
                watchDependency(it.key()); // a folder on its way to it may have appeared
            continue;
        }
        it.value() = now;
        docnames.unite(m_dependents.value(it.key()));
        watchDependency(it.key()); // replaced, appeared, or its folder came or went
    }
    return docnames;
}

// What a comparison reads (copies: the window's thread goes on meanwhile) and what it found.
struct TreeWatcher::Sweep {
    QHash<QString, Stamp> stamps, dependencyStamps;
    QHash<QString, QString> docnames;
    QSet<QString> folders;
    QHash<QString, QStringList> listings;
    bool lookForNewPages = false; ///< no folder watches tell of them

    QSet<QString> changedFiles;
    bool pageVanished = false, dependencyChanged = false, addedOrRemoved = false;

    void run()
    {
        for (auto it = stamps.cbegin(); it != stamps.cend(); ++it) {
            const Stamp now = stampOf(it.key());
            if (now == it.value())
                continue;
            if (now.size < 0)
                pageVanished = true;
            else
                changedFiles.insert(it.key());
        }
        for (auto it = dependencyStamps.cbegin(); it != dependencyStamps.cend() && !dependencyChanged; ++it)
            dependencyChanged = !(stampOf(it.key()) == it.value());
        if (pageVanished || lookForNewPages)
            addedOrRemoved = pagesAddedOrRemoved(docnames, folders, listings);
    }
};

void TreeWatcher::poll()
{
    if (m_sweep)
        return; // the last comparison is still running: a slow disk
    auto sweep = std::make_shared<Sweep>();
    sweep->stamps = m_stamps;
    sweep->dependencyStamps = m_dependencyStamps;
    sweep->docnames = m_docnames;
    sweep->folders = m_folders;
    sweep->listings = m_listings;
    sweep->lookForNewPages = m_watchesRefused;
    m_sweep = QThread::create([sweep] { sweep->run(); });
    connect(m_sweep, &QThread::finished, this, [this, sweep, generation = m_generation] {
        QThread *done = std::exchange(m_sweep, nullptr);
        done->wait(); // it is past its work: this returns at once
        delete done;
        if (generation == m_generation)
            sweepDone(*sweep);
    });
    m_sweep->start(QThread::LowPriority);
}

void TreeWatcher::sweepDone(const Sweep &sweep)
{
    if (sweep.addedOrRemoved) {
        m_changedFiles.clear();
        m_treeChanged = false;
        Q_EMIT treeChanged();
        return;
    }
    m_changedFiles.unite(sweep.changedFiles);
    if (sweep.dependencyChanged || !m_changedFiles.isEmpty())
        flush(true);
}

void TreeWatcher::flush(bool pagesJustCompared)
{
    const QSet<QString> changed = std::exchange(m_changedFiles, {});
    if (std::exchange(m_treeChanged, false) && pagesAddedOrRemoved()) {
        Q_EMIT treeChanged();
        return;
    }
    // An editor that saves by replacing the file makes the watcher drop it, sometimes with only a
    // folder event to show for it: a page whose size or time moved is reloaded, and watched
    // again when pages are watched one by one. After a sweep every page was just compared: its
    // changes are in `changed` already, and a second stat of each would be on the window's thread.
    const QStringList watchedList = m_watcher->files();
    const QSet<QString> watched(watchedList.cbegin(), watchedList.cend());
    const bool watchFiles = !watched.isEmpty();
    QSet<QString> reload = changed;
    for (auto it = m_stamps.begin(); it != m_stamps.end(); ++it) {
        if (watchFiles && !watched.contains(it.key()))
            reload.insert(it.key());
        else if (!pagesJustCompared && !reload.contains(it.key()) && !(stampOf(it.key()) == it.value()))
            reload.insert(it.key());
    }
    QStringList docnames;
    for (const QString &path : std::as_const(reload)) {
        if (!m_docnames.contains(path))
            continue; // an included file: its stamp tells below
        if (watchFiles && QFileInfo::exists(path) && !watched.contains(path))
            m_watcher->addPath(path);
        m_stamps[path] = stampOf(path);
        docnames << m_docnames.value(path);
    }
    // A page that includes a changed file is read again once, however many of its files changed.
    for (const QString &docname : dependentsChanged())
        if (!docnames.contains(docname))
            docnames << docname;
    for (const QString &docname : std::as_const(docnames))
        Q_EMIT documentChanged(docname);
}

} // namespace Docent
