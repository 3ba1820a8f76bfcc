// The bookmark store, its XBEL exchange and finding a bookmark's target again after edits.
// Run with --write-forever PATH it is also the child process of the kill -9 test.
#include "bookmarks/bookmarklocator.h"
#include "bookmarks/bookmarkstore.h"
#include "bookmarks/xbel.h"
#include "sphinx/project.h"
#include "testsupport.h"

#include <QCoreApplication>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <cstdio>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

using namespace Docent;

namespace {

Bookmark makeBookmark(const QString &title, qint64 parent = 0, const QString &tree = QStringLiteral("/t"))
{
    Bookmark b;
    b.tree = tree;
    b.treeTitle = QStringLiteral("Tree T");
    b.title = title;
    b.parent = parent;
    b.docname = QStringLiteral("index");
    b.anchor = title.toLower();
    b.section = title;
    b.context = QStringLiteral("Some text of ") + title;
    b.note = QStringLiteral("why: ") + title;
    return b;
}

Bookmark makeFolder(const QString &title, qint64 parent = 0)
{
    Bookmark f;
    f.folder = true;
    f.tree = QStringLiteral("/t");
    f.treeTitle = QStringLiteral("Tree T");
    f.title = title;
    f.parent = parent;
    return f;
}

QStringList words(const char *spaced) { return QString::fromLatin1(spaced).split(u' '); }

QStringList titles(const QList<Bookmark> &items, qint64 parent)
{
    QList<Bookmark> inside;
    for (const Bookmark &b : items) {
        if (b.parent == parent)
            inside.append(b);
    }
    std::sort(inside.begin(), inside.end(), [](auto &a, auto &b) { return a.position < b.position; });
    QStringList out;
    for (const Bookmark &b : inside)
        out << b.title;
    return out;
}

// Adds bookmarks forever, printing each id once its transaction has committed.
int writeForever(const QString &path)
{
    BookmarkStore store(path);
    if (!store.isOpen())
        return 2;
    for (int i = 0;; ++i) {
        const qint64 id = store.add(makeBookmark(QStringLiteral("B%1").arg(i)));
        if (id == 0)
            return 3;
        std::printf("%lld\n", static_cast<long long>(id));
        std::fflush(stdout);
    }
}

const char *kTree = R"(Guide
=====

Intro text.

Install
-------

Install it with the package manager of your system.

Configure
---------

Configure the service by editing the main file.

.. _tuning:

Tuning for speed
----------------

Tuning makes the service fast under heavy load.
)";

} // namespace

class TestBookmarks : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void addMoveRemoveUndo();
    void survivesReopening();
    void moveRefusesCycles();
    void damagedStoreIsSetAside_data();
    void damagedStoreIsSetAside();
    void newerStoreIsLeftAlone();
    void unreadableStoreIsReported();
    void lockedStoreIsNotSetAside();
    void concurrentCreationSucceeds();
    void fullDiskOnFirstStartIsReported();
    void storeIsInWalMode();
    void killDuringWritesLosesNothing();
    void xbelRoundTripIsExact();
    void xbelSkipsForeignEntries();
    void xbelBookmarkWithTreeMetadataIsForeign();
    void xbelRejectsMalformed();
    void xbelNestingIsLimited_data();
    void xbelNestingIsLimited();
    void xbelImportsManyBookmarks();
    void xbelLongTitlesAreShortened();
    void xbelCarriageReturnsSurviveExport();
    void landsAfterEdits_data();
    void landsAfterEdits();

private:
    QTemporaryDir m_dir;
};

void TestBookmarks::addMoveRemoveUndo()
{
    BookmarkStore store(m_dir.filePath(QStringLiteral("amr.sqlite")));
    QVERIFY2(store.isOpen(), qPrintable(store.detail()));
    QCOMPARE(store.opening(), BookmarkStore::Opening::Fine);
    const qint64 a = store.add(makeBookmark(QStringLiteral("A")));
    const qint64 folder = store.add(makeFolder(QStringLiteral("F")));
    const qint64 b = store.add(makeBookmark(QStringLiteral("B")));
    const qint64 c = store.add(makeBookmark(QStringLiteral("C"), folder));
    QVERIFY(a && folder && b && c);
    QCOMPARE(titles(store.items(), 0), words("A F B"));

    QVERIFY(store.move(b, 0, 0)); // to the front
    QCOMPARE(titles(store.items(), 0), words("B A F"));
    QVERIFY(store.move(b, 0, 3)); // to the end: the row counts the item itself (Qt's convention)
    QCOMPARE(titles(store.items(), 0), words("A F B"));
    QVERIFY(store.move(a, folder, 0)); // into the folder, before C
    QCOMPARE(titles(store.items(), folder), words("A C"));

    const qint64 token = store.remove(folder); // the folder goes with what it holds
    QVERIFY(token);
    QCOMPARE(titles(store.items(), 0), words("B"));
    QCOMPARE(store.items().size(), 1);
    QVERIFY(store.undoRemove(token));
    QCOMPARE(titles(store.items(), folder), words("A C"));

    Bookmark edited = store.items().constFirst();
    edited.title = QStringLiteral("Renamed");
    edited.note = QStringLiteral("a note\nover two lines");
    QVERIFY(store.update(edited));
    bool found = false;
    for (const Bookmark &x : store.items())
        found |= x.id == edited.id && x.title == u"Renamed" && x.note == edited.note;
    QVERIFY(found);
}

void TestBookmarks::survivesReopening()
{
    const QString path = m_dir.filePath(QStringLiteral("reopen.sqlite"));
    QList<Bookmark> before;
    qint64 doomed = 0;
    {
        BookmarkStore store(path);
        store.add(makeBookmark(QStringLiteral("One")));
        store.add(makeBookmark(QStringLiteral("Two")));
        doomed = store.add(makeBookmark(QStringLiteral("Gone")));
        QVERIFY(store.remove(doomed));
        before = store.items();
    }
    BookmarkStore again(path);
    QCOMPARE(again.opening(), BookmarkStore::Opening::Fine);
    QCOMPARE(again.items(), before);
    QCOMPARE(titles(again.items(), 0), words("One Two"));
}

void TestBookmarks::moveRefusesCycles()
{
    BookmarkStore store(m_dir.filePath(QStringLiteral("cycle.sqlite")));
    const qint64 outer = store.add(makeFolder(QStringLiteral("Outer")));
    const qint64 inner = store.add(makeFolder(QStringLiteral("Inner"), outer));
    const qint64 leaf = store.add(makeBookmark(QStringLiteral("Leaf")));
    QVERIFY(!store.move(outer, inner, 0));
    QVERIFY(!store.move(outer, outer, 0));
    QVERIFY(!store.move(leaf, leaf, 0)); // a bookmark is not a folder
    Bookmark other = makeFolder(QStringLiteral("Elsewhere"));
    other.tree = QStringLiteral("/other");
    const qint64 foreign = store.add(other);
    QVERIFY(!store.move(leaf, foreign, 0)); // another tree's folder
    QVERIFY(!store.lastError().isEmpty());
    QCOMPARE(titles(store.items(), outer), words("Inner"));
}

void TestBookmarks::damagedStoreIsSetAside_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::newRow("text file") << QByteArray("these are not the bookmarks you are looking for\n");
    QTest::newRow("truncated") << QByteArray("SQLite format 3\0\x10\0\x01\x01\0@  ", 24);
}

void TestBookmarks::damagedStoreIsSetAside()
{
    QFETCH(QByteArray, content);
    const QString path = m_dir.filePath(QStringLiteral("damaged-%1.sqlite").arg(QLatin1String(QTest::currentDataTag())).replace(u' ', u'-'));
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
    }
    BookmarkStore store(path);
    QCOMPARE(store.opening(), BookmarkStore::Opening::SetAside);
    QVERIFY(store.isOpen());
    QVERIFY(!store.backupPath().isEmpty());
    QFile backup(store.backupPath());
    QVERIFY(backup.open(QIODevice::ReadOnly));
    QCOMPARE(backup.readAll(), content); // kept as it was, byte for byte
    QVERIFY(store.add(makeBookmark(QStringLiteral("Fresh"))));
    QCOMPARE(store.items().size(), 1);
}

void TestBookmarks::newerStoreIsLeftAlone()
{
    const QString path = m_dir.filePath(QStringLiteral("newer.sqlite"));
    {
        BookmarkStore store(path);
        store.add(makeBookmark(QStringLiteral("Kept")));
    }
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("bump"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery(db).exec(QStringLiteral("PRAGMA user_version = 99"));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("bump"));
    const QByteArray before = DocentTest::readFile(path).toUtf8();
    BookmarkStore store(path);
    QCOMPARE(store.opening(), BookmarkStore::Opening::TooNew);
    QVERIFY(!store.isOpen());
    QCOMPARE(store.add(makeBookmark(QStringLiteral("Refused"))), 0);
    QVERIFY(store.items().isEmpty());
    QCOMPARE(DocentTest::readFile(path).toUtf8(), before);
}

void TestBookmarks::unreadableStoreIsReported()
{
    // A folder where the file should be: no one, root included, can use that.
    const QString folder = m_dir.filePath(QStringLiteral("a-folder.sqlite"));
    QVERIFY(QDir().mkpath(folder));
    BookmarkStore blocked(folder);
    QCOMPARE(blocked.opening(), BookmarkStore::Opening::Unreadable);
    QVERIFY(!blocked.isOpen());
    QVERIFY(QFileInfo(folder).isDir()); // left as it was
#ifdef Q_OS_UNIX
    if (geteuid() == 0)
        QSKIP("file permissions do not bind root: the unreadable-file half is not checked");
#endif
    const QString path = m_dir.filePath(QStringLiteral("locked.sqlite"));
    {
        BookmarkStore store(path);
        store.add(makeBookmark(QStringLiteral("Mine")));
    }
    QFile::setPermissions(path, QFileDevice::WriteOwner);
    BookmarkStore store(path);
    QCOMPARE(store.opening(), BookmarkStore::Opening::Unreadable);
    QVERIFY(!store.isOpen());
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QCOMPARE(BookmarkStore(path).items().size(), 1); // left alone, not emptied
}

void TestBookmarks::lockedStoreIsNotSetAside()
{
    const QString path = m_dir.filePath(QStringLiteral("held.sqlite"));
    {
        BookmarkStore store(path);
        QVERIFY(store.add(makeBookmark(QStringLiteral("Mine"))));
    }
    // Another program holds the file for longer than the store waits: an exclusive lock.
    {
        QSqlDatabase holder = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("holder"));
        holder.setDatabaseName(path);
        QVERIFY(holder.open());
        QSqlQuery q(holder);
        QVERIFY(q.exec(QStringLiteral("PRAGMA locking_mode=EXCLUSIVE")));
        QVERIFY2(q.exec(QStringLiteral("BEGIN EXCLUSIVE")), qPrintable(q.lastError().text()));
        QVERIFY2(q.exec(QStringLiteral("UPDATE bookmarks SET note = note")), qPrintable(q.lastError().text()));

        BookmarkStore store(path, std::chrono::milliseconds(300));
        QCOMPARE(store.opening(), BookmarkStore::Opening::Busy);
        QVERIFY(store.backupPath().isEmpty());
        QVERIFY(!store.isOpen());
        QVERIFY(!store.add(makeBookmark(QStringLiteral("Refused"))));
        QVERIFY(!store.retry()); // still held
        QCOMPARE(store.opening(), BookmarkStore::Opening::Busy);
        QVERIFY(q.exec(QStringLiteral("ROLLBACK")));
        q.finish();
        holder.close();
        QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral("held.sqlite.damaged*")}), QStringList());
        QVERIFY2(store.retry(), qPrintable(store.detail())); // let go: the same store opens
        QCOMPARE(store.opening(), BookmarkStore::Opening::Fine);
        QCOMPARE(titles(store.items(), 0), words("Mine"));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("holder"));
}

void TestBookmarks::concurrentCreationSucceeds()
{
    // Two programs start on a machine without a store at once: each waits for a go on its input
    // so that both create the file at the same moment. Several rounds make a lucky pass unlikely.
    for (int round = 0; round < 12; ++round) {
        const QString path = m_dir.filePath(QStringLiteral("race-%1.sqlite").arg(round));
        QProcess first, second;
        for (QProcess *p : {&first, &second}) {
            p->start(QCoreApplication::applicationFilePath(), {QStringLiteral("--open-store"), path});
            QVERIFY(p->waitForStarted());
        }
        for (QProcess *p : {&first, &second})
            QVERIFY(p->waitForReadyRead(10000)); // "ready"
        for (QProcess *p : {&first, &second})
            p->write("go\n");
        for (QProcess *p : {&first, &second})
            QVERIFY(p->waitForBytesWritten(10000)); // both, before either is waited for
        for (QProcess *p : {&first, &second}) {
            QVERIFY(p->waitForFinished(60000));
            const QString said = QString::fromUtf8(p->readAllStandardOutput()).trimmed();
            QVERIFY2(p->exitCode() == 0, qPrintable(QStringLiteral("round %1: %2").arg(round).arg(said)));
        }
        QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral("race-%1.sqlite.damaged*").arg(round)}), QStringList());
        BookmarkStore store(path);
        QCOMPARE(store.items().size(), 2); // the bookmark of each
    }
}

void TestBookmarks::fullDiskOnFirstStartIsReported()
{
#ifndef Q_OS_LINUX
    QSKIP("needs a tiny tmpfs of its own (Linux mount namespace)");
#else
    // A disk that is full when Docent starts for the first time: a 64 KiB tmpfs filled up, in a
    // mount namespace of the child's own (needs unshare and mount; skipped where they are refused).
    const QString folder = m_dir.filePath(QStringLiteral("full"));
    QVERIFY(QDir().mkpath(folder));
    const QString script = QStringLiteral(
        "mount -t tmpfs -o size=64k docent-full \"$1\" || exit 77; "
        "head -c 1048576 /dev/zero > \"$1/filler\" 2>/dev/null; "
        "echo go | exec \"$2\" --open-store \"$1/bookmarks.sqlite\"");
    QProcess child;
    child.start(QStringLiteral("unshare"), {QStringLiteral("--map-root-user"), QStringLiteral("--mount"),
                                            QStringLiteral("sh"), QStringLiteral("-c"), script, QStringLiteral("sh"),
                                            folder, QCoreApplication::applicationFilePath()});
    if (!child.waitForStarted())
        QSKIP("unshare(1) is not available");
    QVERIFY(child.waitForFinished(60000));
    const QString said = QString::fromUtf8(child.readAllStandardOutput()).trimmed();
    if (child.exitCode() == 77 || said.isEmpty())
        QSKIP(qPrintable(QStringLiteral("a tmpfs cannot be mounted here: %1")
                             .arg(QString::fromUtf8(child.readAllStandardError()).trimmed())));
    // What the child saw: the opening, then the detail.
    QVERIFY2(said.contains(QStringLiteral("\n%1 ").arg(int(BookmarkStore::Opening::DiskFull))), qPrintable(said));
    QVERIFY2(said.contains(QStringLiteral("full")), qPrintable(said));
#endif
}

void TestBookmarks::storeIsInWalMode()
{
    const QString path = m_dir.filePath(QStringLiteral("wal.sqlite"));
    {
        BookmarkStore store(path);
        QVERIFY(store.add(makeBookmark(QStringLiteral("Logged"))));
    }
    QString mode;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("mode"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
        mode = q.value(0).toString();
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("mode"));
    QCOMPARE(mode, QStringLiteral("wal"));
}

void TestBookmarks::killDuringWritesLosesNothing()
{
    const QString path = m_dir.filePath(QStringLiteral("killed.sqlite"));
    for (int round = 0; round < 3; ++round) {
        QProcess writer;
        writer.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--write-forever"), path});
        QVERIFY(writer.waitForStarted());
        QList<qint64> committed;
        // Let it commit a few hundred, then kill it mid-stride, without warning.
        while (committed.size() < 200 * (round + 1) && writer.waitForReadyRead(10000)) {
            while (writer.canReadLine())
                committed.append(writer.readLine().trimmed().toLongLong());
        }
        writer.kill();
        writer.waitForFinished();
        committed.append(0); // ignore a half-read last line
        committed.removeAll(0);
        QVERIFY2(committed.size() >= 200, "the writer did not get going");
        BookmarkStore store(path);
        QCOMPARE(store.opening(), BookmarkStore::Opening::Fine);
        QSet<qint64> present;
        for (const Bookmark &b : store.items())
            present.insert(b.id);
        for (qint64 id : std::as_const(committed))
            QVERIFY2(present.contains(id), qPrintable(QStringLiteral("bookmark %1 was lost").arg(id)));
    }
}

void TestBookmarks::xbelRoundTripIsExact()
{
    BookmarkStore store(m_dir.filePath(QStringLiteral("xbel-out.sqlite")));
    const qint64 folder = store.add(makeFolder(QStringLiteral("Reading list & <notes>")));
    store.add(makeBookmark(QStringLiteral("Inside \"quotes\""), folder));
    const qint64 sub = store.add(makeFolder(QStringLiteral("Deeper"), folder));
    store.add(makeBookmark(QStringLiteral("Deepest"), sub));
    store.add(makeBookmark(QStringLiteral("Top")));
    Bookmark page = makeBookmark(QStringLiteral("Whole page"));
    page.anchor.clear();
    page.note.clear();
    store.add(page);
    Bookmark manual = makeBookmark(QStringLiteral("Manual"), 0, QStringLiteral(":/manual"));
    manual.treeTitle = QStringLiteral("Docent");
    store.add(manual);
    const QByteArray xbel = Xbel::write(store.items());
    QVERIFY(xbel.contains("<!DOCTYPE xbel>"));
    QVERIFY(xbel.contains("href=\"file:///t/index.rst#top\""));

    QString error;
    const auto read = Xbel::read(xbel, &error);
    QVERIFY2(read, qPrintable(error));
    QCOMPARE(read->skipped, 0);
    BookmarkStore fresh(m_dir.filePath(QStringLiteral("xbel-in.sqlite")));
    QVERIFY2(fresh.addAll(read->items), qPrintable(fresh.lastError()));
    QCOMPARE(Xbel::write(fresh.items()), xbel); // every field, every place, byte for byte
    QCOMPARE(fresh.items().size(), store.items().size());
}

void TestBookmarks::xbelSkipsForeignEntries()
{
    const QByteArray browser = R"(<?xml version="1.0"?>
<!DOCTYPE xbel>
<xbel version="1.0">
  <folder><title>Web</title>
    <bookmark href="https://example.org/"><title>Example</title></bookmark>
    <bookmark href="https://example.com/"><title>Another</title></bookmark>
  </folder>
  <bookmark href="https://example.net/"><title>Loose</title></bookmark>
</xbel>)";
    QString error;
    const auto read = Xbel::read(browser, &error);
    QVERIFY2(read, qPrintable(error));
    QCOMPARE(read->items.size(), 0);
    QCOMPARE(read->skipped, 3);
}

// Only folders carry Docent's tree metadata; a bookmark with it but no page (found by fuzz_xbel)
// used to be kept with an empty page name, which an export then dropped.
void TestBookmarks::xbelBookmarkWithTreeMetadataIsForeign()
{
    const QByteArray xml = R"(<xbel xmlns:docent="urn:docent:bookmarks:1" version="1.0">
  <folder><title>Guide</title>
    <info><metadata owner="urn:docent:bookmarks:1"><docent:tree root="/doc" title="Guide"/></metadata></info>
    <bookmark href="file:///doc/a.rst"><title>Page</title>
      <info><metadata owner="urn:docent:bookmarks:1"><docent:tree root="/t"/></metadata></info>
    </bookmark>
    <bookmark href="file:///doc/b.rst"><title>Kept</title>
      <info><metadata owner="urn:docent:bookmarks:1"><docent:target docname="b"/></metadata></info>
    </bookmark>
  </folder>
</xbel>)";
    QString error;
    const auto read = Xbel::read(xml, &error);
    QVERIFY2(read, qPrintable(error));
    QCOMPARE(read->items.size(), 1);
    QCOMPARE(read->items.first().docname, QStringLiteral("b"));
    QCOMPARE(read->skipped, 1);
    const auto again = Xbel::read(Xbel::write(read->items), &error);
    QVERIFY2(again, qPrintable(error));
    QCOMPARE(again->items.size(), 1);
}

void TestBookmarks::xbelRejectsMalformed()
{
    QString error;
    QVERIFY(!Xbel::read("<xbel><folder><title>x</folder>", &error));
    QVERIFY(error.contains(QStringLiteral("line")));
    QVERIFY(!Xbel::read("<html></html>", &error));
    QVERIFY(!Xbel::read("", &error));
}

void TestBookmarks::xbelNestingIsLimited_data()
{
    QTest::addColumn<int>("folders"); // nested inside the tree's folder
    QTest::addColumn<bool>("accepted");
    QTest::newRow("199: the limit with the tree's own") << 199 << true;
    QTest::newRow("200: one too deep") << 200 << false;
    QTest::newRow("25,000: would overflow a recursive reader") << 25000 << false;
}

void TestBookmarks::xbelNestingIsLimited()
{
    QFETCH(int, folders);
    QFETCH(bool, accepted);
    QByteArray xml = R"(<xbel version="1.0" xmlns:docent="urn:docent:bookmarks:1"><folder><title>T</title>)"
                     R"(<info><metadata owner="urn:docent:bookmarks:1"><docent:tree root="/t"/></metadata></info>)";
    xml += QByteArray("<folder><title>f</title>").repeated(folders);
    xml += R"(<bookmark><title>Deepest</title><info><metadata owner="urn:docent:bookmarks:1">)"
           R"(<docent:target docname="index"/></metadata></info></bookmark>)";
    xml += QByteArray("</folder>").repeated(folders + 1) + "</xbel>";
    QString error;
    const auto read = Xbel::read(xml, &error);
    QCOMPARE(bool(read), accepted);
    if (accepted) {
        QCOMPARE(read->items.size(), folders + 1);
        QCOMPARE(read->items.constLast().title, QStringLiteral("Deepest"));
    } else {
        QVERIFY2(error.contains(QStringLiteral("200")), qPrintable(error));
    }
}

void TestBookmarks::xbelImportsManyBookmarks()
{
    // 20,000 bookmarks in one folder: read and stored in time linear in their number (a quadratic
    // step here took close to a minute), so the test runs well within ctest's timeout.
    constexpr int count = 20000;
    QByteArray xml = R"(<xbel version="1.0" xmlns:docent="urn:docent:bookmarks:1"><folder><title>T</title>)"
                     R"(<info><metadata owner="urn:docent:bookmarks:1"><docent:tree root="/t"/></metadata></info>)";
    for (int i = 0; i < count; ++i)
        xml += QStringLiteral(R"(<bookmark><title>B%1</title><info><metadata owner="urn:docent:bookmarks:1">)"
                              R"(<docent:target docname="page%1"/></metadata></info></bookmark>)")
                   .arg(i)
                   .toUtf8();
    xml += "</folder></xbel>";
    QString error;
    const auto read = Xbel::read(xml, &error);
    QVERIFY2(read, qPrintable(error));
    QCOMPARE(read->items.size(), count);
    BookmarkStore store(m_dir.filePath(QStringLiteral("many.sqlite")));
    QVERIFY(store.add(makeBookmark(QStringLiteral("Already there"))));
    QVERIFY2(store.addAll(read->items), qPrintable(store.lastError()));
    const QStringList top = titles(store.items(), 0);
    QCOMPARE(top.size(), count + 1);
    QCOMPARE(top.value(0), QStringLiteral("Already there")); // imported ones go after what was there
    QCOMPARE(top.value(1), QStringLiteral("B0"));
    QCOMPARE(top.value(count), QStringLiteral("B%1").arg(count - 1));
}

void TestBookmarks::xbelLongTitlesAreShortened()
{
    const QString longTitle = QString(5000, u'x');
    const QByteArray xml = QStringLiteral(
        R"(<xbel version="1.0" xmlns:docent="urn:docent:bookmarks:1"><folder><title>%1</title>)"
        R"(<info><metadata owner="urn:docent:bookmarks:1"><docent:tree root="/t" title="%1"/></metadata></info>)"
        R"(<folder><title>%1</title></folder><bookmark><title>%1</title><info><metadata owner="urn:docent:bookmarks:1">)"
        R"(<docent:target docname="index"/></metadata></info></bookmark></folder></xbel>)").arg(longTitle).toUtf8();
    QString error;
    const auto read = Xbel::read(xml, &error);
    QVERIFY2(read, qPrintable(error));
    QCOMPARE(read->items.size(), 2);
    for (const Bookmark &b : read->items) {
        QCOMPARE(b.title.size(), 1000);
        QVERIFY(b.title.endsWith(u'…'));
        QCOMPARE(b.treeTitle.size(), 1000);
    }
}

void TestBookmarks::xbelCarriageReturnsSurviveExport()
{
    // Found by fuzz_xbel: a carriage return in element text was written out as it was and came
    // back as a line feed, so an export read back differed from what was exported.
    const QByteArray xml = R"(<xbel xmlns:docent="urn:docent:bookmarks:1"><folder>)"
                           R"(<info><metadata owner="urn:docent:bookmarks:1"><docent:tree root="/t"/></metadata></info>)"
                           R"(<bookmark><title>one&#13;two</title><desc>a&#13;&#10;b</desc><info>)"
                           R"(<metadata owner="urn:docent:bookmarks:1"><docent:target docname="index"/>)"
                           R"(<docent:context>c&#13;</docent:context></metadata></info></bookmark></folder></xbel>)";
    QString error;
    const auto read = Xbel::read(xml, &error);
    QVERIFY2(read, qPrintable(error));
    QCOMPARE(read->items.size(), 1);
    const Bookmark &b = read->items.constFirst();
    QCOMPARE(b.title, QStringLiteral("one\ntwo"));
    QCOMPARE(b.note, QStringLiteral("a\nb"));
    QCOMPARE(b.context, QStringLiteral("c\n"));
    const auto again = Xbel::read(Xbel::write(read->items), &error);
    QVERIFY2(again, qPrintable(error));
    QCOMPARE(again->items, read->items);
}

void TestBookmarks::landsAfterEdits_data()
{
    QTest::addColumn<QString>("anchor");
    QTest::addColumn<QString>("edited");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("landsOn");
    const QString tree = QString::fromUtf8(kTree);
    const QString above = QStringLiteral("Guide\n=====\n\nA new paragraph.\n\nAnd another one.\n\n") +
                          tree.mid(tree.indexOf(QStringLiteral("Intro")));
    QString swapped = tree;
    const QString install = tree.mid(tree.indexOf(QStringLiteral("Install\n")),
                                     tree.indexOf(QStringLiteral("Configure\n")) - tree.indexOf(QStringLiteral("Install\n")));
    swapped.remove(install);
    swapped += u'\n' + install;
    QString retitled = tree;
    retitled.replace(QStringLiteral("Tuning for speed\n----------------"), QStringLiteral("Tuning\n------"));
    QString gone = tree;
    gone.replace(QStringLiteral("Configure\n---------\n\nConfigure the service by editing the main file.\n"),
                 QStringLiteral("Setting up\n----------\n\nConfigure the service by editing the main file.\n"));
    QString duplicated = tree;
    duplicated.replace(QStringLiteral("Intro text.\n"), QStringLiteral("Intro text.\n\nConfigure\n---------\n\nEarlier.\n"));
    using K = Landing::Kind;
    QTest::newRow("lines added above") << QStringLiteral("install") << above << int(K::Exact) << QStringLiteral("install");
    QTest::newRow("section moved down") << QStringLiteral("install") << swapped << int(K::Exact) << QStringLiteral("install");
    QTest::newRow("label kept, title changed") << QStringLiteral("tuning") << retitled << int(K::Exact) << QStringLiteral("tuning");
    QTest::newRow("title changed, no label") << QStringLiteral("configure") << gone << int(K::Missing) << QStringLiteral("setting-up");
    QTest::newRow("same title added above") << QStringLiteral("configure") << duplicated << int(K::Moved) << QStringLiteral("configure-1");
}

void TestBookmarks::landsAfterEdits()
{
    QFETCH(QString, anchor);
    QFETCH(QString, edited);
    QFETCH(int, kind);
    QFETCH(QString, landsOn);
    QTemporaryDir dir;
    QVERIFY(DocentTest::writeFile(dir.filePath(QStringLiteral("conf.py")), QStringLiteral("project = 'T'\n")));
    QVERIFY(DocentTest::writeFile(dir.filePath(QStringLiteral("index.rst")), QString::fromUtf8(kTree)));
    QString error;
    auto before = Project::open(dir.path(), &error);
    QVERIFY2(before, qPrintable(error));
    const auto info = describeTarget(*before, QStringLiteral("index"), anchor);
    QVERIFY(info);
    Bookmark b;
    b.tree = before->root();
    b.docname = info->docname;
    b.anchor = info->anchor;
    b.section = info->title;
    b.context = info->context;
    QVERIFY(!b.context.isEmpty());

    QVERIFY(DocentTest::writeFile(dir.filePath(QStringLiteral("index.rst")), edited));
    auto after = Project::open(dir.path(), &error);
    QVERIFY2(after, qPrintable(error));
    const Landing landing = locate(*after, b);
    QCOMPARE(int(landing.kind), kind);
    if (landing.kind == Landing::Kind::Missing) {
        QCOMPARE(landing.nearest ? landing.nearest->anchor : QString(), landsOn);
    } else {
        QCOMPARE(landing.target.anchor, landsOn);
    }
}

// Waits for a line on its input, then opens the store and adds a bookmark; prints how opening
// went and the detail. The parent of concurrentCreationSucceeds starts two at once.
int openStore(const QString &path)
{
    std::printf("ready\n");
    std::fflush(stdout);
    char line[16];
    if (!std::fgets(line, sizeof line, stdin))
        return 4;
    BookmarkStore store(path);
    const Bookmark mine = makeBookmark(QStringLiteral("From %1").arg(QCoreApplication::applicationPid()));
    const qint64 id = store.isOpen() ? store.add(mine) : 0;
    std::printf("%d %s %s\n", int(store.opening()), qPrintable(store.detail()), qPrintable(store.lastError()));
    return store.opening() == BookmarkStore::Opening::Fine && id != 0 ? 0 : 1;
}

int main(int argc, char *argv[])
{
    if (argc == 3 && qstrcmp(argv[1], "--open-store") == 0) {
        QCoreApplication app(argc, argv);
        return openStore(QString::fromLocal8Bit(argv[2]));
    }
    if (argc == 3 && qstrcmp(argv[1], "--write-forever") == 0) {
        QCoreApplication app(argc, argv);
        return writeForever(QString::fromLocal8Bit(argv[2]));
    }
    QCoreApplication app(argc, argv);
    TestBookmarks test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_bookmarks.moc"
