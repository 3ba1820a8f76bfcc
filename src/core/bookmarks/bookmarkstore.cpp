#include "bookmarkstore.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QThread>
#include <QVariant>

#include <algorithm>
#include <vector>

namespace Docent {
namespace {

// Stored in SQLite's user_version; a file with a larger number comes from a newer Docent.
constexpr int kSchemaVersion = 1;

constexpr const char *kColumns = "id, parent, position, folder, tree, tree_title, title, note, docname, anchor, "
                                 "section, context, created";

// Appends an item to its folder. The index on (parent, tree, deleted, position) finds the last
// position without reading the siblings, so adding thousands at once stays linear.
constexpr const char *kInsert =
    "INSERT INTO bookmarks (parent, position, folder, tree, tree_title, title, note, docname, anchor, section,"
    " context, created) VALUES (?, (SELECT COALESCE(MAX(position) + 1, 0) FROM bookmarks"
    " WHERE parent = ? AND tree = ? AND deleted = 0), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

// SQLite's primary result codes (sqlite3.h). Qt's driver reports them, possibly extended (the
// primary code is the low byte), as the error's native code.
enum SqliteCode { Busy = 5, Locked = 6, Corrupt = 11, Full = 13, NotADatabase = 26 };

int primaryCode(const QSqlError &error) { return error.nativeErrorCode().toInt() & 0xff; }

Bookmark readRow(const QSqlQuery &q)
{
    Bookmark b;
    b.id = q.value(0).toLongLong();
    b.parent = q.value(1).toLongLong();
    b.position = q.value(2).toInt();
    b.folder = q.value(3).toBool();
    b.tree = q.value(4).toString();
    b.treeTitle = q.value(5).toString();
    b.title = q.value(6).toString();
    b.note = q.value(7).toString();
    b.docname = q.value(8).toString();
    b.anchor = q.value(9).toString();
    b.section = q.value(10).toString();
    b.context = q.value(11).toString();
    b.created = QDateTime::fromString(q.value(12).toString(), Qt::ISODateWithMs);
    return b;
}

// A null QString would be bound as SQL NULL; the columns hold empty text instead.
QVariant text(const QString &s) { return s.isNull() ? QVariant(QStringLiteral("")) : QVariant(s); }

// `q` holds kInsert, prepared.
bool insertRow(QSqlQuery &q, const Bookmark &b, qint64 parent, qint64 *id)
{
    const QDateTime created = b.created.isValid() ? b.created : QDateTime::currentDateTimeUtc();
    int i = 0;
    for (const QVariant &v : {QVariant(parent), QVariant(parent), text(b.tree), QVariant(int(b.folder)), text(b.tree),
                              text(b.treeTitle), text(b.title), text(b.note), text(b.docname), text(b.anchor),
                              text(b.section), text(b.context), text(created.toUTC().toString(Qt::ISODateWithMs))})
        q.bindValue(i++, v);
    if (!q.exec())
        return false;
    *id = q.lastInsertId().toLongLong();
    return true;
}

} // namespace

BookmarkStore::BookmarkStore(const QString &path, std::chrono::milliseconds patience)
    : m_path(path), m_connection(QStringLiteral("docent-bookmarks-%1").arg(quintptr(this), 0, 16)),
      m_patience(patience)
{
    m_open = open(patience);
}

BookmarkStore::~BookmarkStore() { closeConnection(); }

QString BookmarkStore::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/bookmarks.sqlite");
}

void BookmarkStore::closeConnection()
{
    QSqlDatabase::database(m_connection, false).close();
    QSqlDatabase::removeDatabase(m_connection);
}

bool BookmarkStore::fail(const QString &what)
{
    m_lastError = what;
    return false;
}

bool BookmarkStore::fail(const QSqlError &error)
{
    m_lastSqlError = error;
    switch (primaryCode(error)) {
    case Busy:
    case Locked:
        return fail(QStringLiteral("another program is using the bookmark file (%1)").arg(error.text()));
    case Full:
        return fail(QStringLiteral("the disk is full (%1)").arg(error.text()));
    default:
        return fail(error.text());
    }
}

bool BookmarkStore::retry(std::chrono::milliseconds patience)
{
    if (m_open)
        return true;
    if (m_opening == Opening::TooNew)
        return false;
    closeConnection();
    m_detail.clear();
    m_opening = Opening::Fine;
    m_open = open(patience);
    return m_open;
}

bool BookmarkStore::open(std::chrono::milliseconds patience)
{
    const QFileInfo file(m_path);
    if (!QDir().mkpath(file.absolutePath()) || !QFileInfo(file.absolutePath()).isWritable()) {
        m_opening = Opening::Unreadable;
        m_detail = QStringLiteral("the folder %1 cannot be written").arg(file.absolutePath());
        return false;
    }
    if (file.exists() && (!file.isFile() || !file.isReadable() || !file.isWritable())) {
        m_opening = Opening::Unreadable;
        m_detail = QStringLiteral("%1 is not a file Docent can read and write").arg(m_path);
        return false;
    }
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
        db.setDatabaseName(m_path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(patience.count()));
        if (!db.open()) {
            m_opening = Opening::Unreadable;
            m_detail = db.lastError().text();
            return false;
        }
    }
    // SQLite answers "busy" at once, without waiting, where waiting could deadlock (two programs
    // creating the store together): such a step is tried again until the patience is used up.
    const QDeadlineTimer deadline(patience);
    m_opening = inspect();
    while (m_opening == Opening::Busy && !deadline.hasExpired()) {
        QThread::msleep(20);
        m_opening = inspect();
    }
    if (m_opening == Opening::Fine) {
        if (patience != m_patience)
            QSqlQuery(QSqlDatabase::database(m_connection, false))
                .exec(QStringLiteral("PRAGMA busy_timeout = %1").arg(m_patience.count()));
        return true;
    }
    if (m_opening == Opening::SetAside)
        return setAside();
    closeConnection(); // nothing may be written to it
    return false;
}

BookmarkStore::Opening BookmarkStore::failure(const QSqlError &error)
{
    m_detail = error.text();
    switch (primaryCode(error)) {
    case Corrupt:
    case NotADatabase:
        return Opening::SetAside;
    case Busy:
    case Locked:
        return Opening::Busy;
    case Full:
        return Opening::DiskFull;
    default:
        return Opening::Unreadable;
    }
}

BookmarkStore::Opening BookmarkStore::inspect()
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    // quick_check reads every page: a truncated or overwritten file shows here, not mid-session.
    // Its rows say what is damaged. An error says only that the file could not be read (held by
    // another program, an I/O error), unless SQLite calls the file corrupt or not a database.
    QStringList problems;
    {
        QSqlQuery check(db);
        if (!check.exec(QStringLiteral("PRAGMA quick_check")))
            return failure(check.lastError());
        while (check.next()) {
            if (const QString row = check.value(0).toString(); row != u"ok")
                problems.append(row);
        }
        if (check.lastError().isValid())
            return failure(check.lastError());
    }
    if (!problems.isEmpty()) {
        m_detail = problems.mid(0, 3).join(QStringLiteral("; "));
        return Opening::SetAside;
    }
    int schema = 0;
    {
        QSqlQuery version(db);
        if (!version.exec(QStringLiteral("PRAGMA user_version")) || !version.next())
            return failure(version.lastError());
        schema = version.value(0).toInt();
    }
    if (schema > kSchemaVersion) {
        m_detail = QStringLiteral("schema version %1, this Docent knows %2").arg(schema).arg(kSchemaVersion);
        return Opening::TooNew;
    }
    if (const Opening wal = enableWal(); wal != Opening::Fine)
        return wal;
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA synchronous=FULL")))
        return failure(q.lastError());
    if (schema == 0 && !createSchema())
        return m_lastSqlError.isValid() ? failure(m_lastSqlError)
                                        : (m_detail = m_lastError, Opening::Unreadable);
    // A table without Docent's columns (another program's file) is reported, not set aside: only
    // SQLite can tell damage.
    if (!q.exec(QStringLiteral("SELECT %1, deleted FROM bookmarks LIMIT 0").arg(QLatin1String(kColumns))))
        return failure(q.lastError());
    if (!q.exec(QStringLiteral("CREATE INDEX IF NOT EXISTS bookmarks_siblings"
                               " ON bookmarks (parent, tree, deleted, position)")))
        return failure(q.lastError());
    // What was deleted in an earlier session can no longer be undone (left for the next time when
    // another program holds the file now).
    q.exec(QStringLiteral("DELETE FROM bookmarks WHERE deleted != 0"));
    return Opening::Fine;
}

BookmarkStore::Opening BookmarkStore::enableWal()
{
    // Write-ahead logging with full sync: a committed change survives a kill or a power cut, and
    // readers never wait for a writer. SQLite switches only while no other statement of this
    // connection is open, and says whether it did by the mode it returns, not by an error.
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (!q.exec(QStringLiteral("PRAGMA journal_mode=WAL")) || !q.next())
        return failure(q.lastError());
    if (const QString mode = q.value(0).toString(); mode != u"wal") // a file system without shared memory
        qWarning("Bookmarks: %s stays in journal mode %s; changes are still synced", qPrintable(m_path),
                 qPrintable(mode));
    return Opening::Fine;
}

bool BookmarkStore::createSchema()
{
    return inTransaction([](QSqlQuery &q) {
        return q.exec(QStringLiteral(
                   "CREATE TABLE IF NOT EXISTS bookmarks ("
                   " id INTEGER PRIMARY KEY AUTOINCREMENT, parent INTEGER NOT NULL DEFAULT 0,"
                   " position INTEGER NOT NULL DEFAULT 0, folder INTEGER NOT NULL DEFAULT 0, tree TEXT NOT NULL,"
                   " tree_title TEXT NOT NULL DEFAULT '', title TEXT NOT NULL DEFAULT '',"
                   " note TEXT NOT NULL DEFAULT '', docname TEXT NOT NULL DEFAULT '', anchor TEXT NOT NULL DEFAULT '',"
                   " section TEXT NOT NULL DEFAULT '', context TEXT NOT NULL DEFAULT '',"
                   " created TEXT NOT NULL DEFAULT '', deleted INTEGER NOT NULL DEFAULT 0)")) &&
               q.exec(QStringLiteral("PRAGMA user_version = %1").arg(kSchemaVersion));
    });
}

bool BookmarkStore::setAside()
{
    // The damaged file is kept beside the new one under a dated name, with its journal files.
    closeConnection();
    const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    m_backup = m_path + QStringLiteral(".damaged-") + stamp;
    for (const char *suffix : {"", "-wal", "-shm"}) {
        const QString from = m_path + QLatin1String(suffix);
        if (QFile::exists(from) && !QFile::rename(from, m_backup + QLatin1String(suffix))) {
            m_opening = Opening::Unreadable;
            m_detail += QStringLiteral("; %1 could not be renamed").arg(from);
            return false;
        }
    }
    const QString why = m_detail;
    if (!open(m_patience))
        return false;
    m_opening = Opening::SetAside;
    m_detail = why;
    return true;
}

template<typename F> bool BookmarkStore::inTransaction(F &&work)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    m_lastError.clear();
    m_lastSqlError = QSqlError();
    if (!db.isOpen())
        return fail(QStringLiteral("the bookmark store is not open"));
    QSqlQuery q(db);
    // IMMEDIATE takes the write lock before anything is read: two programs writing at once wait for
    // each other, where a deferred transaction could fail at once.
    if (!q.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return fail(q.lastError());
    if (!work(q)) {
        const QSqlError error = q.lastError();
        const QString refused = m_lastError.isEmpty() ? QStringLiteral("the change was refused") : m_lastError;
        QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
        return error.isValid() ? fail(error) : fail(refused);
    }
    q.finish();
    if (!q.exec(QStringLiteral("COMMIT"))) {
        const QSqlError error = q.lastError();
        QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
        return fail(error);
    }
    m_lastError.clear();
    return true;
}

QList<Bookmark> BookmarkStore::items() const
{
    QList<Bookmark> all;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (!m_open || !q.exec(QStringLiteral("SELECT %1 FROM bookmarks WHERE deleted = 0 "
                                          "ORDER BY tree, parent, position, id")
                               .arg(QLatin1String(kColumns))))
        return all;
    while (q.next())
        all.append(readRow(q));
    return all;
}

qint64 BookmarkStore::add(const Bookmark &bookmark)
{
    qint64 id = 0;
    inTransaction([&](QSqlQuery &q) {
        return q.prepare(QLatin1String(kInsert)) && insertRow(q, bookmark, bookmark.parent, &id);
    });
    return m_lastError.isEmpty() ? id : 0;
}

bool BookmarkStore::update(const Bookmark &b)
{
    return inTransaction([&](QSqlQuery &q) {
        q.prepare(QStringLiteral("UPDATE bookmarks SET title = ?, note = ?, docname = ?, anchor = ?, section = ?,"
                                 " context = ?, tree_title = ? WHERE id = ?"));
        for (const QVariant &v : {text(b.title), text(b.note), text(b.docname), text(b.anchor), text(b.section),
                                  text(b.context), text(b.treeTitle), QVariant(b.id)})
            q.addBindValue(v);
        return q.exec() && (q.numRowsAffected() == 1 || (m_lastError = QStringLiteral("no such bookmark"), false));
    });
}

bool BookmarkStore::move(qint64 id, qint64 parent, int row)
{
    return inTransaction([&](QSqlQuery &q) {
        q.prepare(QStringLiteral("SELECT tree FROM bookmarks WHERE id = ? AND deleted = 0"));
        q.addBindValue(id);
        if (!q.exec() || !q.next())
            return false;
        const QString tree = q.value(0).toString();
        // A folder cannot go into itself or one of its own folders; the target must be a folder
        // of the same tree.
        for (qint64 up = parent; up != 0;) {
            if (up == id)
                return false;
            q.prepare(QStringLiteral("SELECT parent, folder, tree FROM bookmarks WHERE id = ? AND deleted = 0"));
            q.addBindValue(up);
            if (!q.exec() || !q.next() || (up == parent && (!q.value(1).toBool() || q.value(2).toString() != tree)))
                return false;
            up = q.value(0).toLongLong();
        }
        q.prepare(QStringLiteral("SELECT id FROM bookmarks WHERE parent = ? AND tree = ? AND deleted = 0 "
                                 "ORDER BY position, id"));
        q.addBindValue(parent);
        q.addBindValue(tree);
        if (!q.exec())
            return false;
        QList<qint64> siblings;
        while (q.next())
            siblings.append(q.value(0).toLongLong());
        // `row` counts the moved item too when it already sits in this folder (Qt's convention).
        int at = std::clamp(row, 0, int(siblings.size()));
        if (const qsizetype was = siblings.indexOf(id); was >= 0) {
            siblings.removeAt(was);
            if (was < at)
                --at;
        }
        siblings.insert(at, id);
        for (int i = 0; i < siblings.size(); ++i) {
            q.prepare(QStringLiteral("UPDATE bookmarks SET position = ?, parent = ? WHERE id = ?"));
            q.addBindValue(i);
            q.addBindValue(parent);
            q.addBindValue(siblings[i]);
            if (!q.exec())
                return false;
        }
        return true;
    });
}

qint64 BookmarkStore::remove(qint64 id)
{
    qint64 token = 0;
    inTransaction([&](QSqlQuery &q) {
        if (!q.exec(QStringLiteral("SELECT COALESCE(MAX(deleted), 0) + 1 FROM bookmarks")) || !q.next())
            return false;
        token = q.value(0).toLongLong();
        q.prepare(QStringLiteral("WITH RECURSIVE doomed(id) AS (SELECT ? UNION SELECT b.id FROM bookmarks b"
                                 " JOIN doomed ON b.parent = doomed.id)"
                                 " UPDATE bookmarks SET deleted = ? WHERE deleted = 0 AND id IN doomed"));
        q.addBindValue(id);
        q.addBindValue(token);
        return q.exec() && (q.numRowsAffected() > 0 || (m_lastError = QStringLiteral("no such bookmark"), false));
    });
    return m_lastError.isEmpty() ? token : 0;
}

bool BookmarkStore::undoRemove(qint64 token)
{
    return inTransaction([&](QSqlQuery &q) {
        q.prepare(QStringLiteral("UPDATE bookmarks SET deleted = 0 WHERE deleted = ?"));
        q.addBindValue(token);
        return q.exec() && q.numRowsAffected() > 0;
    });
}

bool BookmarkStore::addAll(const QList<Bookmark> &items)
{
    return inTransaction([&](QSqlQuery &q) {
        // Each folder's items in their order; they go in once the folder itself is in, folder by
        // folder from the top (no recursion: an import may nest deeply).
        QHash<qint64, QList<const Bookmark *>> inside;
        for (const Bookmark &b : items)
            inside[b.parent].append(&b);
        for (auto &list : inside) {
            std::stable_sort(list.begin(), list.end(),
                             [](auto *x, auto *y) { return x->position < y->position; });
        }
        if (!q.prepare(QLatin1String(kInsert)))
            return false;
        QHash<qint64, qint64> newIds{{0, 0}};
        std::vector<qint64> folders{0}; // whose items go in next, by their ids in `items`
        while (!folders.empty()) {
            const qint64 folder = folders.back();
            folders.pop_back();
            for (const Bookmark *b : inside.take(folder)) {
                qint64 id = 0;
                if (!insertRow(q, *b, newIds.value(folder), &id))
                    return false;
                newIds.insert(b->id, id);
                if (b->folder)
                    folders.push_back(b->id);
            }
        }
        if (!inside.isEmpty())
            return (m_lastError = QStringLiteral("bookmarks whose folder is missing"), false);
        return true;
    });
}

} // namespace Docent
