// Project::open as a worker thread will call it: the progress it reports, a cancel part way, two
// opens at once, a Project opened on one thread used on another, and a tree read on several
// threads the same as on one.
#include "doctree/pseudoxml.h"
#include "pages/pagerenderer.h"
#include "pages/projectcheck.h"
#include "sphinx/openprogress.h"
#include "sphinx/project.h"
#include "testsupport.h"

#include <QFileInfo>
#include <QMap>
#include <QTemporaryDir>
#include <QTextStream>

#include <limits>

#include <stop_token>
#include <thread>
#include <utility>
#include <vector>

using namespace Docent;

Q_DECLARE_METATYPE(qint64)

namespace {

// A bound under any document's size: every doctree is released during the open and parsed again
// for the resolve pass, the path a big tree takes.
constexpr qint64 kReleaseAll = 1;
// A bound over any tree's size: every doctree stays through the open.
constexpr qint64 kKeptWhole = std::numeric_limits<qint64>::max();

// What a window shows of every page of the tree: the rendered bodies, by docname.
QMap<QString, QString> bodies(const Project &p)
{
    QMap<QString, QString> out;
    const PageRenderer renderer(p);
    for (const QString &docname : p.docnames())
        out.insert(docname, renderer.body(docname));
    return out;
}

QMap<QString, QString> bodiesOpenedAlone(const QString &tree, qint64 bound)
{
    QString error;
    const auto p = Project::open(DocentTest::dataDir(tree), &error, {}, bound);
    return p ? bodies(*p) : QMap<QString, QString>();
}

} // namespace

class TestProjectOpen : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void progressReachesTotal_data();
    void progressReachesTotal();
    void cancelStopsTheOpen_data();
    void cancelStopsTheOpen();
    void cancelBeforeStartOpensNothing();
    void twoOpensAtOnceMatchOpeningAlone_data();
    void twoOpensAtOnceMatchOpeningAlone();
    void openedOnAWorkerUsedOnTheMainThread_data();
    void openedOnAWorkerUsedOnTheMainThread();
    void firstPageReadsTheStartAndWhatItLists_data();
    void firstPageReadsTheStartAndWhatItLists();
    void firstPageLinksOnlyPagesItRead();
    void threadsReadTheTreeAsOne_data();
    void threadsReadTheTreeAsOne();

private:
    /// A folder too big to be a documentation folder, with one .rst file: opened on its own.
    QTemporaryDir m_hugeFolder;
};

void TestProjectOpen::initTestCase()
{
    QVERIFY(m_hugeFolder.isValid());
    for (int i = 0; i < 5100; ++i)
        QFile(m_hugeFolder.filePath(QStringLiteral("f%1.dat").arg(i))).open(QIODevice::WriteOnly);
    QVERIFY(DocentTest::writeFile(m_hugeFolder.filePath(QStringLiteral("notes.rst")), QStringLiteral("Notes\n=====\n")));
}

void TestProjectOpen::progressReachesTotal_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<qint64>("bound");
    QTest::addColumn<int>("documents");
    QTest::addColumn<int>("steps"); // each document read, parsed, resolved, its skeleton made; a lone file in one
    QTest::newRow("small tree") << QStringLiteral("tree") << kKeptWhole << 4 << 16;
    QTest::newRow("sphinx tree") << QStringLiteral("sphinx") << kKeptWhole << 17 << 68;
    QTest::newRow("sphinx tree, doctrees released") << QStringLiteral("sphinx") << kReleaseAll << 17 << 68;
    QTest::newRow("file in its tree") << QStringLiteral("tree/guide/intro.rst") << kKeptWhole << 4 << 16;
    QTest::newRow("lone file") << m_hugeFolder.filePath(QStringLiteral("notes.rst")) << kKeptWhole << 1 << 1;
}

void TestProjectOpen::progressReachesTotal()
{
    QFETCH(QString, path);
    QFETCH(qint64, bound);
    QFETCH(int, documents);
    QFETCH(int, steps);
    std::vector<std::pair<int, int>> seen;
    OpenProgress progress;
    progress.progress = [&](int done, int total) { seen.emplace_back(done, total); };
    QString error;
    const QString opened = QDir::isAbsolutePath(path) ? path : DocentTest::dataDir(path);
    const auto p = Project::open(opened, &error, {}, bound, progress);
    QVERIFY2(p, qPrintable(error));
    QCOMPARE(p->docnames().size(), documents);
    QVERIFY(seen.size() >= 2);
    const int total = seen.front().second;
    QCOMPARE(total, steps);
    QCOMPARE(seen.front().first, 0);
    QCOMPARE(seen.back().first, total);
    for (size_t i = 1; i < seen.size(); ++i) {
        QCOMPARE(seen[i].second, total);
        QVERIFY2(seen[i].first > seen[i - 1].first, "each report counts more steps than the last");
    }
}

void TestProjectOpen::cancelStopsTheOpen_data()
{
    QTest::addColumn<qint64>("bound");
    // 0 reading the files, 1 parsing, 2 resolving, 3 making skeletons: a quarter of the steps each
    QTest::addColumn<int>("phase");
    QTest::addColumn<int>("stepsPerDocument"); // in that phase: a released document is resolved and its skeleton made at once
    QTest::newRow("while reading") << kKeptWhole << 0 << 1;
    QTest::newRow("while parsing") << kKeptWhole << 1 << 1;
    QTest::newRow("while resolving") << kKeptWhole << 2 << 1;
    QTest::newRow("while making skeletons") << kKeptWhole << 3 << 1;
    QTest::newRow("while resolving released doctrees") << kReleaseAll << 2 << 2;
}

void TestProjectOpen::cancelStopsTheOpen()
{
    QFETCH(qint64, bound);
    QFETCH(int, phase);
    QFETCH(int, stepsPerDocument);
    std::stop_source stop;
    int lastDone = -1;
    int total = 0;
    OpenProgress progress;
    progress.cancel = stop.get_token();
    // The sphinx tree's 68 steps are each reported (fewer than 100), so the stop lands in the phase
    // asked for: one document into it.
    progress.progress = [&](int done, int all) {
        lastDone = done;
        total = all;
        if (done > all / 4 * phase)
            stop.request_stop();
    };
    QString error;
    const auto p = Project::open(DocentTest::dataDir(QStringLiteral("sphinx")), &error, {}, bound, progress);
    QVERIFY(!p);
    QCOMPARE(error, QStringLiteral("cancelled"));
    QVERIFY(total > 0);
    QCOMPARE(lastDone, total / 4 * phase + stepsPerDocument); // nothing more was done after the stop
}

void TestProjectOpen::cancelBeforeStartOpensNothing()
{
    std::stop_source stop;
    stop.request_stop();
    OpenProgress progress;
    progress.cancel = stop.get_token();
    QString error;
    QVERIFY(!Project::open(DocentTest::dataDir(QStringLiteral("sphinx")), &error, {}, kKeptWhole, progress));
    QCOMPARE(error, QStringLiteral("cancelled"));
}

void TestProjectOpen::twoOpensAtOnceMatchOpeningAlone_data()
{
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("second");
    QTest::addColumn<qint64>("bound");
    QTest::newRow("sphinx and handbook") << QStringLiteral("sphinx") << QStringLiteral("handbook") << kKeptWhole;
    QTest::newRow("sphinx and reader, released") << QStringLiteral("sphinx") << QStringLiteral("reader") << kReleaseAll;
    QTest::newRow("same tree twice") << QStringLiteral("sphinx") << QStringLiteral("sphinx") << kReleaseAll;
}

void TestProjectOpen::twoOpensAtOnceMatchOpeningAlone()
{
    QFETCH(QString, first);
    QFETCH(QString, second);
    QFETCH(qint64, bound);
    const QMap<QString, QString> expectedFirst = bodiesOpenedAlone(first, bound);
    const QMap<QString, QString> expectedSecond = bodiesOpenedAlone(second, bound);
    QVERIFY(!expectedFirst.isEmpty() && !expectedSecond.isEmpty());

    std::optional<Project> a, b;
    QString errorA, errorB;
    {
        std::jthread ta([&] { a = Project::open(DocentTest::dataDir(first), &errorA, {}, bound); });
        std::jthread tb([&] { b = Project::open(DocentTest::dataDir(second), &errorB, {}, bound); });
    }
    QVERIFY2(a, qPrintable(errorA));
    QVERIFY2(b, qPrintable(errorB));
    const QMap<QString, QString> actualFirst = bodies(*a);
    const QMap<QString, QString> actualSecond = bodies(*b);
    QCOMPARE(actualFirst.keys(), expectedFirst.keys());
    QCOMPARE(actualSecond.keys(), expectedSecond.keys());
    for (const QString &docname : expectedFirst.keys())
        QVERIFY2(actualFirst[docname] == expectedFirst[docname],
                 qPrintable(docname + u'\n' + DocentTest::unifiedDiff(expectedFirst[docname], actualFirst[docname])));
    for (const QString &docname : expectedSecond.keys())
        QVERIFY2(actualSecond[docname] == expectedSecond[docname],
                 qPrintable(docname + u'\n' + DocentTest::unifiedDiff(expectedSecond[docname], actualSecond[docname])));
}

void TestProjectOpen::openedOnAWorkerUsedOnTheMainThread_data()
{
    QTest::addColumn<qint64>("bound");
    QTest::addColumn<int>("keep");
    QTest::newRow("doctrees kept") << kKeptWhole << 0;
    QTest::newRow("doctrees released, parsed again here") << kReleaseAll << 2;
}

void TestProjectOpen::openedOnAWorkerUsedOnTheMainThread()
{
    QFETCH(qint64, bound);
    QFETCH(int, keep);
    const QMap<QString, QString> expected = bodiesOpenedAlone(QStringLiteral("sphinx"), bound);
    std::optional<Project> opened;
    QString error;
    std::jthread([&] { opened = Project::open(DocentTest::dataDir(QStringLiteral("sphinx")), &error, {}, bound); }).join();
    QVERIFY2(opened, qPrintable(error));
    // Moved out of the worker's result, as a window takes it over.
    Project p = std::move(*opened);
    opened.reset();
    p.keepDoctrees(keep);
    QVERIFY(p.doctree(p.startDoc()));
    const QMap<QString, QString> actual = bodies(p);
    QCOMPARE(actual.keys(), expected.keys());
    for (const QString &docname : expected.keys())
        QVERIFY2(actual[docname] == expected[docname], qPrintable(docname));
    QVERIFY(PageRenderer(p).page(p.startDoc(), PageMode::Standalone).contains(QStringLiteral("<h1>")));
}

namespace {

// index lists a and b; a lists c; far is listed by none, and is what makes the tree "big".
bool writeFirstPageTree(const QString &dir, bool withConf = true)
{
    return (!withConf || DocentTest::writeFile(dir + QStringLiteral("/conf.py"), QStringLiteral("project = 'First'\n"))) &&
           DocentTest::writeFile(dir + QStringLiteral("/index.rst"),
                                 QStringLiteral("Home\n====\n\nSee :doc:`far` and :ref:`near`.\n\n"
                                                ".. toctree::\n\n   a\n   b\n")) &&
           DocentTest::writeFile(dir + QStringLiteral("/a.rst"), QStringLiteral("Alpha\n=====\n\n.. toctree::\n\n   c\n")) &&
           DocentTest::writeFile(dir + QStringLiteral("/b.rst"), QStringLiteral(".. _near:\n\nBeta\n====\n\nNear.\n")) &&
           DocentTest::writeFile(dir + QStringLiteral("/c.rst"), QStringLiteral("Gamma\n=====\n")) &&
           DocentTest::writeFile(dir + QStringLiteral("/far.rst"), QStringLiteral("Far\n===\n\n") +
                                                                        QStringLiteral("Filler text.\n\n").repeated(200));
}

// Everything a tree's reading leaves for the rest of the program, as text to compare: the
// documents in order and each one's facts, doctree (node for node, with serials and lines),
// rendered body, and the problems the check lists, in their order.
QString readingOf(const Project &p)
{
    QString out;
    QTextStream s(&out);
    const PageRenderer renderer(p);
    for (const QString &docname : p.docnames()) {
        const Project::Document &d = *p.document(docname);
        s << "== " << docname << " | " << d.title << " | first serial " << d.firstSerial << '\n'
          << "toctree: " << d.toctree.join(u',') << '\n'
          << "refused: " << d.refusedFolders.join(u',') << '\n'
          << "read: " << d.readFiles.join(u',') << '\n'
          << "missing: " << d.missingFiles.join(u',') << '\n';
        const std::shared_ptr<const Node> tree = p.doctree(docname);
        tree->forEach([&](const Node &n) {
            if (!n.isText())
                s << n.serial() << ':' << n.line() << ' ';
        });
        s << '\n' << toPseudoXml(*tree) << renderer.body(docname) << '\n';
    }
    for (const Problem &problem : checkProject(p))
        s << problem.file << ':' << problem.line << ": " << problem.kind << ": " << problem.message << '\n';
    for (auto it = p.loadErrors().cbegin(); it != p.loadErrors().cend(); ++it)
        s << "unreadable " << it.key() << ": " << it.value() << '\n';
    return out;
}

// A tree whose documents' results depend on their order and on what each one read: labels
// defined twice (the first in the tree's order wins), includes read, missing and refused, more
// documents than are parsed ahead at once.
bool writeOrderedTree(const QString &dir)
{
    QString index = QStringLiteral("Home\n====\n\n.. toctree::\n   :numbered:\n\n");
    bool ok = DocentTest::writeFile(dir + QStringLiteral("/outside/secret.txt"), QStringLiteral("Secret.\n")) &&
              DocentTest::writeFile(dir + QStringLiteral("/tree/conf.py"), QStringLiteral("project = 'Ordered'\n")) &&
              DocentTest::writeFile(dir + QStringLiteral("/tree/shared.txt"), QStringLiteral("Shared *text*.\n"));
    for (int i = 0; i < 30; ++i) {
        const QString name = QStringLiteral("doc%1").arg(i, 2, 10, QLatin1Char('0'));
        index += QStringLiteral("   %1\n").arg(name);
        QString text = QStringLiteral(".. _same:\n\n.. _label-%1:\n\nPage %1\n=======\n\n"
                                      "See :ref:`same`, :ref:`label-%2` and :doc:`doc%2`.\n\n")
                           .arg(i)
                           .arg((i + 1) % 30, 2, 10, QLatin1Char('0'));
        if (i % 3 == 0)
            text += QStringLiteral(".. include:: shared.txt\n\n");
        if (i % 4 == 1)
            text += QStringLiteral(".. include:: missing-%1.txt\n\n").arg(i);
        if (i % 5 == 2)
            text += QStringLiteral(".. include:: ../outside/secret.txt\n\n");
        if (i % 7 == 3)
            text += QStringLiteral(".. figure:: pic.png\n\n   A figure.\n\nSub\n---\n\n:ref:`nowhere-%1`\n").arg(i);
        ok = ok && DocentTest::writeFile(dir + QStringLiteral("/tree/%1.rst").arg(name), text);
    }
    return ok && DocentTest::writeFile(dir + QStringLiteral("/tree/index.rst"), index);
}

} // namespace

void TestProjectOpen::threadsReadTheTreeAsOne_data()
{
    QTest::addColumn<QString>("tree"); // under the test data; "ordered": writeOrderedTree's
    QTest::addColumn<qint64>("bound");
    QTest::addColumn<QByteArray>("threads");
    QTest::newRow("ordered, two threads") << QStringLiteral("ordered") << kReleaseAll << QByteArray("2");
    QTest::newRow("ordered, kept, two threads") << QStringLiteral("ordered") << kKeptWhole << QByteArray("2");
    QTest::newRow("ordered, four threads") << QStringLiteral("ordered") << kReleaseAll << QByteArray("4");
    QTest::newRow("sphinx, two threads") << QStringLiteral("sphinx") << kReleaseAll << QByteArray("2");
    QTest::newRow("sphinx, kept, two threads") << QStringLiteral("sphinx") << kKeptWhole << QByteArray("2");
    QTest::newRow("handbook, two threads") << QStringLiteral("handbook") << kReleaseAll << QByteArray("2");
    QTest::newRow("nova, two threads") << QStringLiteral("nova") << kReleaseAll << QByteArray("2");
}

void TestProjectOpen::threadsReadTheTreeAsOne()
{
    QFETCH(QString, tree);
    QFETCH(qint64, bound);
    QFETCH(QByteArray, threads);
    QTemporaryDir dir;
    QString path;
    if (tree == u"ordered") {
        QVERIFY(writeOrderedTree(dir.path()));
        path = dir.filePath(QStringLiteral("tree"));
    } else if (tree == u"nova") {
        path = qEnvironmentVariable("DOCENT_SHARED") + QStringLiteral("/corpus/nova/doc/source");
        if (!qEnvironmentVariableIsSet("DOCENT_SHARED") || !QFileInfo::exists(path))
            QSKIP("DOCENT_SHARED does not name the corpus");
    } else {
        path = DocentTest::dataDir(tree);
    }
    auto readWith = [&](const QByteArray &count) {
        qputenv("DOCENT_OPEN_THREADS", count);
        QString error;
        const std::optional<Project> p = Project::open(path, &error, {}, bound);
        qunsetenv("DOCENT_OPEN_THREADS");
        return p ? readingOf(*p) : QStringLiteral("failed: ") + error;
    };
    const QString alone = readWith("1");
    QVERIFY(!alone.startsWith(QStringLiteral("failed")));
    if (tree == u"ordered") { // the tree has what the comparison is meant to see
        QVERIFY(alone.contains(QStringLiteral("missing: ") + dir.filePath(QStringLiteral("tree/missing-1.txt"))));
        QVERIFY(alone.contains(QStringLiteral("refused: ") + QFileInfo(dir.path()).canonicalFilePath()));
        QVERIFY(alone.contains(QStringLiteral("shared.txt\n")));
    }
    const QString together = readWith(threads);
    QVERIFY2(together == alone, qPrintable(DocentTest::unifiedDiff(alone, together).left(4000)));
}

void TestProjectOpen::firstPageReadsTheStartAndWhatItLists_data()
{
    QTest::addColumn<QString>("opened"); // in the tree; empty: the tree's folder
    QTest::addColumn<bool>("withConf");
    QTest::addColumn<qint64>("budget");
    QTest::addColumn<qint64>("treeSize");
    QTest::addColumn<QStringList>("docnames"); // empty: no first page (open() alone)
    QTest::newRow("the start and, breadth first, its toctrees")
        << QString() << true << qint64(100000) << qint64(0) << QStringLiteral("index a b c").split(u' ');
    QTest::newRow("the budget stops the reading") << QString() << true << qint64(1) << qint64(0) << QStringLiteral("index").split(u' ');
    QTest::newRow("an opened file is the start") << QStringLiteral("a.rst") << true << qint64(100000) << qint64(0)
                                                 << QStringLiteral("a c").split(u' ');
    QTest::newRow("a small tree is opened whole") << QString() << true << qint64(100000) << qint64(1000000) << QStringList();
    QTest::newRow("not a Sphinx tree") << QString() << false << qint64(100000) << qint64(0) << QStringList();
    QTest::newRow("a missing path") << QStringLiteral("missing.rst") << true << qint64(100000) << qint64(0) << QStringList();
}

void TestProjectOpen::firstPageReadsTheStartAndWhatItLists()
{
    QFETCH(QString, opened);
    QFETCH(bool, withConf);
    QFETCH(qint64, budget);
    QFETCH(qint64, treeSize);
    QFETCH(QStringList, docnames);
    QTemporaryDir dir;
    QVERIFY(writeFirstPageTree(dir.path(), withConf));
    const QString path = opened.isEmpty() ? dir.path() : dir.filePath(opened);
    const std::optional<Project> first = Project::openFirstPage(path, {}, budget, treeSize);
    if (docnames.isEmpty()) {
        QVERIFY(!first);
        return;
    }
    QVERIFY(first);
    QVERIFY(first->isFirstPageOnly());
    QCOMPARE(first->docnames(), docnames);
    QCOMPARE(first->startDoc(), docnames.first());
    QCOMPARE(first->openedDoc(), opened.isEmpty() ? QString() : docnames.first());
    QCOMPARE(first->title(), QStringLiteral("First"));
    QString error;
    const std::optional<Project> whole = Project::open(path, &error);
    QVERIFY2(whole, qPrintable(error));
    QVERIFY(!whole->isFirstPageOnly());
}

void TestProjectOpen::firstPageLinksOnlyPagesItRead()
{
    QTemporaryDir dir;
    QVERIFY(writeFirstPageTree(dir.path()));
    const std::optional<Project> first = Project::openFirstPage(dir.path(), {}, 100000, 0);
    QVERIFY(first);
    const QString body = PageRenderer(*first).body(QStringLiteral("index"));
    // The toctree's entries and the label on a page read are links; a page not read is text.
    QVERIFY2(body.contains(QStringLiteral("href=\"a.html\"")) && body.contains(QStringLiteral("Gamma")), qPrintable(body));
    QVERIFY2(body.contains(QStringLiteral("href=\"b.html#near\"")), qPrintable(body));
    QVERIFY2(!body.contains(QStringLiteral("far.html")), qPrintable(body));
    QString error;
    const std::optional<Project> whole = Project::open(dir.path(), &error);
    QVERIFY(whole);
    QVERIFY(PageRenderer(*whole).body(QStringLiteral("index")).contains(QStringLiteral("href=\"far.html\"")));
}

QTEST_GUILESS_MAIN(TestProjectOpen)
#include "tst_projectopen.moc"
