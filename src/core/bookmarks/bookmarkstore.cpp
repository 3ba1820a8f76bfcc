#include "bookmarkstore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QVariant>

#include <algorithm>

namespace Docent {
namespace {

// Stored in SQLite's user_version; a file with a larger number comes from a newer Docent.
constexpr int kSchemaVersion = 1;

constexpr const char *kColumns = "id, parent, position, folder, tree, tree_title, title, note, docname, anchor, "
                                 "section, context, created";

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

} // namespace

BookmarkStore::BookmarkStore(const QString &path)
    : m_path(path), m_connection(QStringLiteral("docent-bookmarks-%1").arg(quintptr(this), 0, 16))
{
    m_open = open();
}

BookmarkStore::~BookmarkStore()
{
    QSqlDatabase::database(m_connection, false).close();
    QSqlDatabase::removeDatabase(m_connection);
}

QString BookmarkStore::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/bookmarks.sqlite");
}

bool BookmarkStore::fail(const QString &what)
{
    m_lastError = what;
    return false;
}

bool BookmarkStore::open()
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
        if (!db.open()) {
            m_opening = Opening::Unreadable;
            m_detail = db.lastError().text();
            return false;
        }
    }
    switch (inspect()) {
    case Health::Damaged:
        return setAside();
    case Health::TooNew:
        m_opening = Opening::TooNew;
        QSqlDatabase::database(m_connection, false).close(); // nothing may be written to it
        return false;
    case Health::Fine:
        return true;
    }
    return false;
}

BookmarkStore::Health BookmarkStore::inspect()
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    // quick_check reads every page: a truncated or overwritten file shows here, not mid-session.
    QSqlQuery check(db);
    const bool healthy = check.exec(QStringLiteral("PRAGMA quick_check")) && check.next() &&
                         check.value(0).toString() == u"ok";
    if (!healthy) {
        m_detail = check.lastError().text().isEmpty() ? check.value(0).toString() : check.lastError().text();
        return Health::Damaged;
    }
    QSqlQuery version(db);
    version.exec(QStringLiteral("PRAGMA user_version"));
    const int schema = version.next() ? version.value(0).toInt() : 0;
    if (schema > kSchemaVersion) {
        m_detail = QStringLiteral("schema version %1, this Docent knows %2").arg(schema).arg(kSchemaVersion);
        return Health::TooNew;
    }
    QSqlQuery q(db);
    // WAL with full sync: a committed change survives a kill or a power cut; readers never block.
    q.exec(QStringLiteral("PRAGMA journal_mode=WAL"));
    q.exec(QStringLiteral("PRAGMA synchronous=FULL"));
    if (schema == 0 && !createSchema())
        return Health::Damaged;
    if (!q.exec(QStringLiteral("SELECT %1, deleted FROM bookmarks LIMIT 0").arg(QLatin1String(kColumns)))) {
        m_detail = q.lastError().text();
        return Health::Damaged;
    }
    // What was deleted in an earlier session can no longer be undone.
    q.exec(QStringLiteral("DELETE FROM bookmarks WHERE deleted != 0"));
    return Health::Fine;
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
    }) || (m_detail = m_lastError, false);
}

bool BookmarkStore::setAside()
{
    // The damaged file is kept beside the new one under a dated name, with its journal files.
    QSqlDatabase::database(m_connection, false).close();
    QSqlDatabase::removeDatabase(m_connection);
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
    if (!open())
        return false;
    m_opening = Opening::SetAside;
    m_detail = why;
    return true;
}

template<typename F> bool BookmarkStore::inTransaction(F &&work)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    m_lastError.clear();
    if (!db.isOpen())
        return fail(QStringLiteral("the bookmark store is not open"));
    if (!db.transaction())
        return fail(db.lastError().text());
    QSqlQuery q(db);
    if (!work(q)) {
        QString why = q.lastError().text();
        if (why.trimmed().isEmpty())
            why = m_lastError.isEmpty() ? QStringLiteral("the change was refused") : m_lastError;
        db.rollback();
        return fail(why);
    }
    if (!db.commit()) {
        const QString why = db.lastError().text();
        db.rollback();
        return fail(why);
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

namespace {

bool insertRow(QSqlQuery &q, const Bookmark &b, qint64 parent, qint64 *id)
{
    q.prepare(QStringLiteral(
        "INSERT INTO bookmarks (parent, position, folder, tree, tree_title, title, note, docname, anchor, section,"
        " context, created) VALUES (?, (SELECT COALESCE(MAX(position) + 1, 0) FROM bookmarks"
        " WHERE parent = ? AND tree = ? AND deleted = 0), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    const QDateTime created = b.created.isValid() ? b.created : QDateTime::currentDateTimeUtc();
    for (const QVariant &v : {QVariant(parent), QVariant(parent), text(b.tree), QVariant(int(b.folder)), text(b.tree),
                              text(b.treeTitle), text(b.title), text(b.note), text(b.docname), text(b.anchor),
                              text(b.section), text(b.context), text(created.toUTC().toString(Qt::ISODateWithMs))})
        q.addBindValue(v);
    if (!q.exec())
        return false;
    *id = q.lastInsertId().toLongLong();
    return true;
}

} // namespace

qint64 BookmarkStore::add(const Bookmark &bookmark)
{
    qint64 id = 0;
    inTransaction([&](QSqlQuery &q) { return insertRow(q, bookmark, bookmark.parent, &id); });
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
        // Parents go in before their children, siblings in their order.
        QList<Bookmark> pending = items;
        std::stable_sort(pending.begin(), pending.end(),
                         [](const Bookmark &a, const Bookmark &b) { return a.position < b.position; });
        QHash<qint64, qint64> newIds;
        newIds.insert(0, 0);
        while (!pending.isEmpty()) {
            const qsizetype before = pending.size();
            for (qsizetype i = 0; i < pending.size();) {
                const Bookmark &b = pending[i];
                if (!newIds.contains(b.parent)) {
                    ++i;
                    continue;
                }
                qint64 id = 0;
                if (!insertRow(q, b, newIds.value(b.parent), &id))
                    return false;
                newIds.insert(b.id, id);
                pending.removeAt(i);
            }
            if (pending.size() == before)
                return (m_lastError = QStringLiteral("bookmarks whose folder is missing"), false);
        }
        return true;
    });
}

} // namespace Docent
