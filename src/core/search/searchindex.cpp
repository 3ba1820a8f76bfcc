#include "searchindex.h"

#include "searchindex_p.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QVariant>

#include <atomic>

namespace Docent {
namespace {

// Bumped whenever the tables or what goes into them change: an older file is made again.
constexpr int kSchemaVersion = 3;

const char *const kSchema[] = {
    // One row a section. Its rowid is the document's id times kRowsPerDocument plus the
    // section's number, so one document's rows go with one range delete.
    "CREATE VIRTUAL TABLE sections USING fts5(docname UNINDEXED, anchor UNINDEXED, page UNINDEXED, "
    "path UNINDEXED, title, parents, names, body, code, "
    "tokenize = 'porter unicode61 remove_diacritics 2', prefix = '2 3')",
    // Names and glossary terms, matched whole ahead of any ranking.
    "CREATE TABLE names(docid INTEGER NOT NULL, key TEXT NOT NULL, name TEXT NOT NULL, docname TEXT NOT NULL, "
    "anchor TEXT NOT NULL, section TEXT NOT NULL, page TEXT NOT NULL, path TEXT NOT NULL, summary TEXT NOT NULL)",
    "CREATE INDEX names_key ON names(key)",
    "CREATE INDEX names_doc ON names(docid)",
    // What each document's rows were read from: its file's size and mtime.
    "CREATE TABLE files(id INTEGER PRIMARY KEY, docname TEXT UNIQUE NOT NULL, stamp TEXT NOT NULL)",
    "CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL)",
};

bool exec(QSqlDatabase db, const QString &statement, QString *error = nullptr)
{
    QSqlQuery q(db);
    if (q.exec(statement))
        return true;
    if (error)
        *error = q.lastError().text();
    return false;
}

} // namespace

SearchIndex::SearchIndex(const QString &root, const QString &cacheFolder) : m_root(root)
{
    static std::atomic<int> connections{0};
    m_connection = QStringLiteral("docent-search-%1").arg(++connections);
    if (cacheFolder.isEmpty()) {
        openDatabase(QStringLiteral(":memory:"));
        createSchema();
        return;
    }
    if (!QDir().mkpath(cacheFolder)) {
        keepInMemory(QStringLiteral("cannot create the folder %1").arg(QDir::toNativeSeparators(cacheFolder)));
        return;
    }
    const QString file = cacheFile(root, cacheFolder);
    if (openDatabase(file) && createSchema()) {
        m_file = file;
        return;
    }
    // A damaged file (or one of another program) is made again from nothing.
    QSqlDatabase::database(m_connection, false).close();
    QFile::remove(file);
    if (openDatabase(file) && createSchema()) {
        m_file = file;
        return;
    }
    const QString error = QSqlDatabase::database(m_connection, false).lastError().text();
    keepInMemory(QStringLiteral("cannot write %1 (%2)").arg(QDir::toNativeSeparators(file), error));
}

SearchIndex::~SearchIndex()
{
    QSqlDatabase::database(m_connection, false).close();
    QSqlDatabase::removeDatabase(m_connection);
}

QString SearchIndex::defaultCacheFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + QStringLiteral("/search");
}

QString SearchIndex::cacheFile(const QString &root, const QString &cacheFolder)
{
    const QByteArray hash = QCryptographicHash::hash(QFileInfo(root).absoluteFilePath().toUtf8(), QCryptographicHash::Sha1);
    return cacheFolder + u'/' + QString::fromLatin1(hash.toHex().left(20)) + QStringLiteral(".sqlite");
}

bool SearchIndex::openDatabase(const QString &file)
{
    QSqlDatabase db = QSqlDatabase::contains(m_connection) ? QSqlDatabase::database(m_connection, false)
                                                           : QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    db.setDatabaseName(file);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=2000"));
    if (!db.open())
        return false;
    // A cache: losing it to a crash costs one rebuild, so writes need not wait for the disk.
    exec(db, QStringLiteral("PRAGMA journal_mode = WAL"));
    exec(db, QStringLiteral("PRAGMA synchronous = OFF"));
    return true;
}

bool SearchIndex::createSchema()
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return false; // not a database
    if (q.value(0).toInt() == kSchemaVersion) {
        QSqlQuery root(db);
        if (root.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'root'")) && root.next() &&
            root.value(0).toString() == m_root)
            return true;
    }
    q.finish();
    // Another version's tables, or another tree's (two roots with one hash): start afresh.
    for (const char *table : {"sections", "names", "files", "meta"})
        if (!exec(db, QStringLiteral("DROP TABLE IF EXISTS %1").arg(QLatin1String(table))))
            return false;
    for (const char *statement : kSchema)
        if (!exec(db, QString::fromLatin1(statement)))
            return false;
    if (!exec(db, QStringLiteral("INSERT INTO sections(sections, rank) VALUES('rank', '%1')").arg(QLatin1String(kRankFunction))))
        return false;
    QSqlQuery meta(db);
    meta.prepare(QStringLiteral("INSERT INTO meta(key, value) VALUES('root', ?)"));
    meta.addBindValue(m_root);
    return meta.exec() && exec(db, QStringLiteral("PRAGMA user_version = %1").arg(kSchemaVersion));
}

void SearchIndex::keepInMemory(const QString &reason)
{
    m_notKept = reason;
    m_file.clear();
    QSqlDatabase::database(m_connection, false).close();
    openDatabase(QStringLiteral(":memory:"));
    createSchema();
}

void SearchIndex::clear()
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    for (const char *table : {"sections", "names", "files"})
        exec(db, QStringLiteral("DELETE FROM %1").arg(QLatin1String(table)));
}

QString SearchIndex::fileStamp(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return {};
    return QStringLiteral("%1:%2").arg(info.size()).arg(info.lastModified().toMSecsSinceEpoch());
}

QString SearchIndex::documentStamp(const SearchDocument &document)
{
    QString stamp = fileStamp(document.path);
    if (stamp.isEmpty())
        return {};
    // An included file that changed, appeared or went changes the page's rows as its own
    // file would: each one's path and stamp are part of the page's.
    for (const QString &file : document.readFiles)
        stamp += u'|' + file + u':' + fileStamp(file);
    return stamp;
}

qint64 SearchIndex::documentId(const QString &docname, bool create)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT id FROM files WHERE docname = ?"));
    q.addBindValue(docname);
    if (q.exec() && q.next())
        return q.value(0).toLongLong();
    if (!create)
        return -1;
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral("INSERT INTO files(docname, stamp) VALUES(?, '')"));
    insert.addBindValue(docname);
    if (!insert.exec())
        return -1;
    return insert.lastInsertId().toLongLong();
}

void SearchIndex::deleteRows(qint64 docId)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery rows(db);
    rows.prepare(QStringLiteral("DELETE FROM sections WHERE rowid >= ? AND rowid < ?"));
    rows.addBindValue(docId * kRowsPerDocument);
    rows.addBindValue((docId + 1) * kRowsPerDocument);
    rows.exec();
    QSqlQuery names(db);
    names.prepare(QStringLiteral("DELETE FROM names WHERE docid = ?"));
    names.addBindValue(docId);
    names.exec();
}

void SearchIndex::writeDocument(const SearchDocument &document, const Node &doctree, qint64 docId)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery row(db);
    row.prepare(QStringLiteral("INSERT INTO sections(rowid, docname, anchor, page, path, title, parents, names, body, code) "
                               "VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    QSqlQuery name(db);
    name.prepare(QStringLiteral("INSERT INTO names(docid, key, name, docname, anchor, section, page, path, summary) "
                                "VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    const QList<SearchSection> sections = searchSections(doctree);
    for (qsizetype i = 0; i < sections.size() && i < kRowsPerDocument; ++i) {
        const SearchSection &s = sections[i];
        const QString path = joinTitlePath(s.titles);
        QStringList nameTexts;
        for (const SearchSection::Name &n : s.names)
            nameTexts << n.text;
        row.addBindValue(docId * kRowsPerDocument + i);
        row.addBindValue(document.docname);
        row.addBindValue(s.anchor);
        row.addBindValue(document.title);
        row.addBindValue(path);
        row.addBindValue(s.titles.isEmpty() ? document.title : s.titles.last());
        row.addBindValue(s.titles.mid(0, s.titles.size() - 1).join(u' '));
        row.addBindValue(nameTexts.join(QStringLiteral(" ; ")));
        row.addBindValue(s.body);
        row.addBindValue(s.code);
        row.exec();
        for (const SearchSection::Name &n : s.names) {
            const QString key = nameKey(n.text);
            if (key.isEmpty())
                continue;
            for (const QVariant &value : {QVariant(docId), QVariant(key), QVariant(n.text), QVariant(document.docname),
                                          QVariant(n.anchor), QVariant(s.anchor), QVariant(document.title), QVariant(path),
                                          QVariant(n.summary)})
                name.addBindValue(value);
            name.exec();
        }
    }
}

SearchIndex::Sync SearchIndex::synchronize(const QList<SearchDocument> &documents, const std::function<bool()> &cancelled)
{
    Sync sync;
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    // conf.py decides how every page reads: when it changed, nothing indexed before holds.
    const QString confStamp = fileStamp(m_root + QStringLiteral("/conf.py"));
    QSqlQuery conf(db);
    conf.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'conf'"));
    const bool confSame = conf.next() && conf.value(0).toString() == confStamp;
    conf.finish();
    db.transaction();
    if (!confSame) {
        clear();
        QSqlQuery meta(db);
        meta.prepare(QStringLiteral("INSERT OR REPLACE INTO meta(key, value) VALUES('conf', ?)"));
        meta.addBindValue(confStamp);
        meta.exec();
    }
    QHash<QString, std::pair<qint64, QString>> known; // docname -> id, stamp
    QSqlQuery files(db);
    files.exec(QStringLiteral("SELECT id, docname, stamp FROM files"));
    while (files.next())
        known.insert(files.value(1).toString(), {files.value(0).toLongLong(), files.value(2).toString()});
    files.finish();

    QSqlQuery stamp(db);
    stamp.prepare(QStringLiteral("UPDATE files SET stamp = ? WHERE id = ?"));
    bool stopped = false;
    for (const SearchDocument &document : documents) {
        if (cancelled && cancelled()) {
            stopped = true;
            break;
        }
        if (!document.exists())
            continue;
        const QString now = documentStamp(document);
        const auto old = known.constFind(document.docname);
        if (old != known.cend() && !now.isEmpty() && old->second == now) {
            ++sync.reused;
            known.remove(document.docname);
            continue;
        }
        // Read now and dropped after its rows are written: one page in memory at a time.
        const std::shared_ptr<const Node> doctree = document.tree();
        if (!doctree) { // its project was closed: this build is moot
            stopped = true;
            break;
        }
        const qint64 id = old != known.cend() ? old->first : documentId(document.docname, true);
        known.remove(document.docname);
        deleteRows(id);
        writeDocument(document, *doctree, id);
        stamp.addBindValue(now);
        stamp.addBindValue(id);
        stamp.exec();
        ++sync.indexed;
    }
    if (!stopped) {
        for (auto it = known.cbegin(); it != known.cend(); ++it) {
            removeDocument(it.key());
            ++sync.removed;
        }
    }
    db.commit();
    return sync;
}

void SearchIndex::updateDocument(const SearchDocument &document)
{
    const std::shared_ptr<const Node> doctree = document.tree();
    if (!doctree) {
        removeDocument(document.docname);
        return;
    }
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    db.transaction();
    const qint64 id = documentId(document.docname, true);
    deleteRows(id);
    writeDocument(document, *doctree, id);
    QSqlQuery stamp(db);
    stamp.prepare(QStringLiteral("UPDATE files SET stamp = ? WHERE id = ?"));
    stamp.addBindValue(documentStamp(document));
    stamp.addBindValue(id);
    stamp.exec();
    db.commit();
}

void SearchIndex::removeDocument(const QString &docname)
{
    const qint64 id = documentId(docname, false);
    if (id < 0)
        return;
    deleteRows(id);
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("DELETE FROM files WHERE id = ?"));
    q.addBindValue(id);
    q.exec();
}

int SearchIndex::sectionCount() const
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    return q.exec(QStringLiteral("SELECT count(*) FROM sections")) && q.next() ? q.value(0).toInt() : 0;
}

} // namespace Docent
