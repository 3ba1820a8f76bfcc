// The bookmarks on disk: one SQLite file, every change in its own transaction, so a crash or a
// kill during a write loses nothing that was already saved. Only a damaged file is set aside (kept,
// renamed) and reported; one that another program holds, that cannot be read or written, or that
// sits on a full disk is reported and left alone, and opening it can be tried again.
#pragma once

#include "bookmark.h"

#include <QList>
#include <QSqlError>
#include <QString>

#include <chrono>

namespace Docent {

class BookmarkStore final
{
    Q_DISABLE_COPY_MOVE(BookmarkStore)
public:
    /// Opens (or creates) the store at `path`; see opening() and isOpen(). `patience` is how long
    /// a step waits for another program that holds the file, here and in every later change.
    explicit BookmarkStore(const QString &path, std::chrono::milliseconds patience = std::chrono::seconds(5));
    ~BookmarkStore();

    /// The usual place: bookmarks.sqlite in the application's data folder.
    static QString defaultPath();

    /// How opening went, for the reader to be told.
    enum class Opening {
        Fine,
        SetAside,   ///< the file was damaged: it was renamed to backupPath() and a new one begun
        Busy,       ///< another program holds the file: left alone, bookmarks are off until retry()
        DiskFull,   ///< the disk is full: nothing could be written, bookmarks are off until retry()
        Unreadable, ///< the file or its folder cannot be read or written (or it is another program's
                    ///< database): left alone, bookmarks are off until retry()
        TooNew,     ///< written by a newer Docent: left alone, bookmarks are off
    };
    Opening opening() const { return m_opening; }
    /// False when the store cannot be used (Busy, DiskFull, Unreadable, TooNew). Nothing is
    /// written then.
    bool isOpen() const { return m_open; }
    /// Opens again a store that was Busy, DiskFull or Unreadable, waiting at most `patience` for
    /// another program this time; true once it is open.
    bool retry(std::chrono::milliseconds patience = std::chrono::milliseconds(200));
    /// Where a damaged store was moved to.
    const QString &backupPath() const { return m_backup; }
    /// Details of what went wrong on opening (SQLite's words), for the curious.
    const QString &detail() const { return m_detail; }
    /// The reason the last change failed.
    const QString &lastError() const { return m_lastError; }
    const QString &path() const { return m_path; }

    /// Every bookmark and folder not deleted, by tree, then folder, then position.
    QList<Bookmark> items() const;
    /// Stores a new bookmark or folder at the end of its parent (position is ignored); returns
    /// its id, or 0 on failure.
    qint64 add(const Bookmark &bookmark);
    /// Saves title, note and target of an existing bookmark (not its place: see move()).
    bool update(const Bookmark &bookmark);
    /// Moves a bookmark or folder into `parent` (0: the top of its tree) before `row`.
    bool move(qint64 id, qint64 parent, int row);
    /// Deletes a bookmark or a folder with everything in it; returns a token for undo(), or 0.
    qint64 remove(qint64 id);
    /// Brings back what remove() took away, in its old places.
    bool undoRemove(qint64 token);
    /// Adds many items in one transaction, keeping their folders (ids and parents are those of
    /// `items`, renumbered on the way in; a folder's items in the order of their positions, after
    /// what the folder already holds). Nothing is added when one fails.
    bool addAll(const QList<Bookmark> &items);

private:
    bool open(std::chrono::milliseconds patience);
    // These say what opening() should be: SetAside for a damaged file, not set aside yet.
    Opening inspect();
    Opening failure(const QSqlError &error);
    Opening enableWal();
    bool createSchema();
    bool setAside();
    void closeConnection();
    bool fail(const QString &what);
    bool fail(const QSqlError &error);
    template<typename F> bool inTransaction(F &&work);

    QString m_path;
    QString m_connection;
    std::chrono::milliseconds m_patience;
    QString m_backup;
    QString m_detail;
    Opening m_opening = Opening::Fine;
    QString m_lastError;
    QSqlError m_lastSqlError; ///< SQLite's error behind m_lastError, when there was one
    bool m_open = false;
};

} // namespace Docent
