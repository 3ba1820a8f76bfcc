// Watches the open tree on disk: an edited page is reported by name; a file added or removed
// means the tree itself changed. Editors that save by replacing the file are followed.
//
// Folders are watched, not files, so that a tree of thousands of pages does not use up the
// system's file watches (inotify's limit is per user, shared by every program). A folder tells of
// pages added, removed or replaced; a page written in place is seen by its own watch while the
// tree is small, and by comparing size and modification time on a timer when it is not, or when
// the system refuses a watch (then with a notice saying so).
//
// The files a page's directives read (include, literalinclude, csv-table and raw :file:) are
// watched the same way, and so are the folders of those it asked for and did not find: when one
// changes or appears, the pages that read it or looked for it are reported changed.
#pragma once

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QSet>

class QFileSystemWatcher;
class QThread;
class QTimer;

namespace Docent {

class Project;

class TreeWatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TreeWatcher)
public:
    explicit TreeWatcher(QObject *parent = nullptr);
    /// Waits for a comparison in progress (a few stats a page; never long).
    ~TreeWatcher() override;
    /// Starts over with the documents and folders of `project` (an embedded tree is not watched).
    void watch(const Project &project);
    /// Watches nothing (a tree is being read, the one left is not followed any more).
    void clear();
    /// The page `docname` was read again: the files it reads, or misses, are now these.
    void updateDocument(const Project &project, const QString &docname);

    /// Trees with more pages than this are not given a watch per page (tests lower it).
    void setFileWatchBudget(int files) { m_fileWatchBudget = files; }
    /// Makes every watch fail, as when the system's limit is reached (for tests).
    void simulateWatchLimit(bool reached) { m_simulateLimit = reached; }
    /// How often pages are compared when they are polled, in milliseconds.
    void setPollInterval(int ms);
    /// Whether pages are compared on a timer (a big tree, or watches refused).
    bool polling() const;

Q_SIGNALS:
    void documentChanged(const QString &docname);
    void treeChanged();
    /// One line for the status bar: watching degraded to polling.
    void notice(const QString &message);

public:
    struct Stamp {
        qint64 size = -1;
        QDateTime modified;
        bool operator==(const Stamp &o) const { return size == o.size && modified == o.modified; }
    };
    /// What watching a tree starts from, read off the disk: its pages' sizes and times, and the
    /// folders that hold them with their pages. Safe on any thread, so a big tree's (thousands of
    /// files) is made on the opener's worker, not the window's.
    struct Snapshot {
        QStringList files;                  ///< the pages, in the tree's order
        QHash<QString, QString> docnames;   ///< file path -> docname
        QHash<QString, Stamp> stamps;       ///< file path -> size and time
        QSet<QString> folders;              ///< the pages' folders and those above them up to the root
        QHash<QString, QStringList> listings; ///< folder -> its .rst files
    };
    static Snapshot snapshot(const Project &project);
    /// watch() from a snapshot made earlier.
    void watch(const Project &project, Snapshot snapshot);

private:
    static Stamp stampOf(const QString &path);
    bool addWatches(const QStringList &paths);
    /// Reports what changed since the last time. `pagesJustCompared`: a sweep has just compared
    /// every page's stamp, so they are not compared again.
    void flush(bool pagesJustCompared = false);
    /// Starts comparing every page's size and time on a thread of its own (at 5,000 pages the
    /// stats held the window's thread for 50 ms every poll); sweepDone() takes the answer.
    void poll();
    struct Sweep;
    void sweepDone(const Sweep &sweep);
    /// Whether a watched folder gained or lost a page.
    bool pagesAddedOrRemoved() const;
    static bool pagesAddedOrRemoved(const QHash<QString, QString> &docnames, const QSet<QString> &folders,
                                    const QHash<QString, QStringList> &listings);
    /// The .rst files of `folder`, sorted.
    static QStringList pagesIn(const QString &folder);
    /// Notes the files `docname` reads and misses, and watches them (or the folder a missing one
    /// would appear in).
    void addDependencies(const QString &docname, const QStringList &read, const QStringList &missing);
    void watchDependency(const QString &path);
    /// The pages that read a file whose size or time moved, or that looked for one that appeared.
    QSet<QString> dependentsChanged();

    QFileSystemWatcher *m_watcher = nullptr;
    QThread *m_sweep = nullptr; ///< the comparison in progress, if any
    quint64 m_generation = 0;   ///< moves on clear(): a comparison begun before is dropped
    QTimer *m_settle = nullptr;
    QTimer *m_poll = nullptr;
    QHash<QString, QString> m_docnames; ///< file path -> docname
    QHash<QString, Stamp> m_stamps;     ///< file path -> size and time when last seen
    QSet<QString> m_folders;
    QHash<QString, QStringList> m_listings; ///< folder -> its .rst files when watching started
    QHash<QString, QSet<QString>> m_dependents; ///< a file pages read or missed -> their docnames
    QHash<QString, Stamp> m_dependencyStamps;
    QSet<QString> m_changedFiles;
    bool m_treeChanged = false;
    bool m_watchesRefused = false;
    int m_fileWatchBudget = 1000;
    bool m_simulateLimit = false;
};

} // namespace Docent
