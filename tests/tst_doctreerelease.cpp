// A tree whose doctrees are released after the resolve pass and parsed again when needed: every
// page, book, list, bookmark and search text is the same as with every doctree kept, and live
// reload keeps working on pages that were released.
#include "bookmarks/bookmarklocator.h"
#include "doctree/pseudoxml.h"
#include "navigation/navigationtree.h"
#include "pages/book.h"
#include "pages/pagerenderer.h"
#include "pages/projectcheck.h"
#include "search/searchindex.h"
#include "search/sectiontext.h"
#include "sphinx/project.h"
#include "testsupport.h"

#include <QTemporaryDir>

#include <limits>

using namespace Docent;

namespace {

// A bound over any tree's size: every doctree stays through the open, the reading compared with.
constexpr qint64 kKeptWhole = std::numeric_limits<qint64>::max();

} // namespace

class TestDoctreeRelease : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void releasedPagesAreTheSame_data();
    void releasedPagesAreTheSame();
    void boundedOpenIsTheSame_data();
    void boundedOpenIsTheSame();
    void listsReadSkeletons();
    void bookmarksOnReleasedPages();
    void booksOfReleasedPages();
    void searchReadsReleasedPages();
    void indexReadsOnePageAtATime();
    void indexStopsWhenItsTreeCloses();
    void reloadWhileOthersAreReleased();

private:
    static Project open(const QString &path, int keep, qint64 keptWhileOpening = kKeptWhole);
};

Project TestDoctreeRelease::open(const QString &path, int keep, qint64 keptWhileOpening)
{
    QString error;
    auto p = Project::open(path, &error, {}, keptWhileOpening);
    if (!p)
        qFatal("%s", qPrintable(error));
    p->keepDoctrees(keep);
    return std::move(*p);
}

void TestDoctreeRelease::releasedPagesAreTheSame_data()
{
    QTest::addColumn<QString>("tree");
    QTest::newRow("sphinx") << DocentTest::dataDir(QStringLiteral("sphinx"));
    QTest::newRow("tree") << DocentTest::dataDir(QStringLiteral("tree"));
    const QString shared = qEnvironmentVariable("DOCENT_SHARED");
    if (!shared.isEmpty() && QFileInfo::exists(shared + QStringLiteral("/corpus/nova/doc/source")))
        QTest::newRow("nova") << shared + QStringLiteral("/corpus/nova/doc/source");
}

void TestDoctreeRelease::releasedPagesAreTheSame()
{
    QFETCH(QString, tree);
    const Project all = open(tree, 0);
    const Project few = open(tree, 1);
    QCOMPARE(few.docnames(), all.docnames());
    // Every page asked for twice, in two orders, so that each is released and parsed again.
    for (int round = 0; round < 2; ++round) {
        QStringList names = all.docnames();
        if (round)
            std::reverse(names.begin(), names.end());
        for (const QString &docname : std::as_const(names)) {
            const QString expected = PageRenderer(all).page(docname, PageMode::Standalone);
            const QString actual = PageRenderer(few).page(docname, PageMode::Standalone);
            if (actual != expected)
                QFAIL(qPrintable(docname + u'\n' + DocentTest::unifiedDiff(expected, actual).left(3000)));
        }
    }
}

void TestDoctreeRelease::boundedOpenIsTheSame_data()
{
    QTest::addColumn<QString>("tree");
    QTest::addColumn<qint64>("bound"); // reST characters whose doctrees the open keeps
    const QString sphinx = DocentTest::dataDir(QStringLiteral("sphinx"));
    QTest::newRow("sphinx, every doctree released while opening") << sphinx << qint64(0);
    QTest::newRow("sphinx, the first few kept") << sphinx << qint64(3000);
    QTest::newRow("tree, every doctree released while opening") << DocentTest::dataDir(QStringLiteral("tree")) << qint64(0);
    QTest::newRow("references in skeletons, released") << DocentTest::dataDir(QStringLiteral("releasedrefs")) << qint64(0);
    const QString shared = qEnvironmentVariable("DOCENT_SHARED");
    if (!shared.isEmpty() && QFileInfo::exists(shared + QStringLiteral("/corpus/nova/doc/source")))
        QTest::newRow("nova, half kept") << shared + QStringLiteral("/corpus/nova/doc/source") << qint64(700000);
}

void TestDoctreeRelease::boundedOpenIsTheSame()
{
    // Documents read past the bound are released before the resolve pass, which resolves their
    // references onto their skeletons with no second parse: their problems, skeletons (lists,
    // numbers, navigation) and pages are those of a whole reading.
    QFETCH(QString, tree);
    QFETCH(qint64, bound);
    const Project whole = open(tree, 0);
    const Project bounded = open(tree, 0, bound);
    QCOMPARE(bounded.docnames(), whole.docnames());
    const QList<Problem> expected = checkProject(whole), actual = checkProject(bounded);
    QCOMPARE(actual.size(), expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i)
        QCOMPARE(actual[i].docname + u':' + QString::number(actual[i].line) + u' ' + actual[i].message,
                 expected[i].docname + u':' + QString::number(expected[i].line) + u' ' + expected[i].message);
    QCOMPARE(NavigationTree::todos(bounded).size(), NavigationTree::todos(whole).size());
    QCOMPARE(PageRenderer(bounded).body(QStringLiteral("genindex")), PageRenderer(whole).body(QStringLiteral("genindex")));
    for (const QString &docname : whole.docnames()) {
        QCOMPARE(bounded.document(docname)->title, whole.document(docname)->title);
        const QString expectedSkeleton = toPseudoXml(*whole.document(docname)->skeleton);
        const QString actualSkeleton = toPseudoXml(*bounded.document(docname)->skeleton);
        if (actualSkeleton != expectedSkeleton)
            QFAIL(qPrintable(docname + u'\n' + DocentTest::unifiedDiff(expectedSkeleton, actualSkeleton).left(3000)));
        const QString expectedPage = PageRenderer(whole).page(docname, PageMode::Standalone);
        const QString actualPage = PageRenderer(bounded).page(docname, PageMode::Standalone);
        if (actualPage != expectedPage)
            QFAIL(qPrintable(docname + u'\n' + DocentTest::unifiedDiff(expectedPage, actualPage).left(3000)));
    }
}

void TestDoctreeRelease::listsReadSkeletons()
{
    const QString tree = DocentTest::dataDir(QStringLiteral("sphinx"));
    const Project all = open(tree, 0);
    const Project few = open(tree, 1);
    const QList<Problem> expected = checkProject(all), actual = checkProject(few);
    QCOMPARE(actual.size(), expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i)
        QCOMPARE(actual[i].docname + u':' + QString::number(actual[i].line) + u' ' + actual[i].message,
                 expected[i].docname + u':' + QString::number(expected[i].line) + u' ' + expected[i].message);
    const NavNode a = NavigationTree::build(all), b = NavigationTree::build(few);
    QCOMPARE(NavigationTree::todos(few).size(), NavigationTree::todos(all).size());
    QVERIFY(!NavigationTree::todos(all).empty());
    for (const QString &index : {QStringLiteral("genindex"), QStringLiteral("py-modindex")})
        QCOMPARE(PageRenderer(few).body(index), PageRenderer(all).body(index));
    std::function<void(const NavNode &, const NavNode &)> same = [&](const NavNode &x, const NavNode &y) {
        QCOMPARE(y.docname, x.docname);
        QCOMPARE(y.anchor, x.anchor);
        QCOMPARE(y.title, x.title);
        QCOMPARE(y.children.size(), x.children.size());
        for (size_t i = 0; i < x.children.size(); ++i)
            same(x.children[i], y.children[i]);
    };
    same(a, b);
}

void TestDoctreeRelease::bookmarksOnReleasedPages()
{
    const QString tree = DocentTest::dataDir(QStringLiteral("sphinx"));
    const Project all = open(tree, 0);
    const Project few = open(tree, 1);
    int described = 0;
    for (const QString &docname : all.docnames()) {
        PageRenderer(few).body(QStringLiteral("index")); // the others are released
        all.doctree(docname)->forEach([&](const Node &n) {
            if (!n.is(u"section") || n.ids.isEmpty())
                return;
            const auto expected = describeTarget(all, docname, n.ids.first());
            const auto actual = describeTarget(few, docname, n.ids.first());
            QVERIFY(expected && actual);
            QCOMPARE(actual->title, expected->title);
            QCOMPARE(actual->anchor, expected->anchor);
            ++described;
        });
    }
    QVERIFY(described > 5);
}

void TestDoctreeRelease::booksOfReleasedPages()
{
    const QString tree = DocentTest::dataDir(QStringLiteral("sphinx"));
    const Project all = open(tree, 0);
    const Project few = open(tree, 1);
    const BookSpec book{QStringLiteral("All"), all.docnames()};
    QCOMPARE(bookHtml(few, book, PageMode::Standalone), bookHtml(all, book, PageMode::Standalone));
}

void TestDoctreeRelease::searchReadsReleasedPages()
{
    const QString tree = DocentTest::dataDir(QStringLiteral("sphinx"));
    const Project all = open(tree, 0);
    const Project few = open(tree, 1);
    for (const QString &docname : all.docnames()) {
        const SearchDocument expected = searchDocument(all, docname);
        const SearchDocument actual = searchDocument(few, docname);
        QVERIFY(actual.doctree);
        const QList<SearchSection> a = searchSections(*expected.doctree), b = searchSections(*actual.doctree);
        QCOMPARE(b.size(), a.size());
        for (qsizetype i = 0; i < a.size(); ++i)
            QCOMPARE(b[i].body + b[i].code, a[i].body + a[i].code);
    }
}

void TestDoctreeRelease::indexReadsOnePageAtATime()
{
    const QString tree = DocentTest::dataDir(QStringLiteral("sphinx"));
    const Project all = open(tree, 0);
    const auto few = std::make_shared<Project>(open(tree, 1));
    const QString shown = few->docnames().last();
    const std::shared_ptr<const Node> page = few->doctree(shown);
    SearchIndex eager(tree, QString()), lazy(tree, QString());
    const QList<SearchDocument> documents = lazySearchDocuments(few);
    for (const SearchDocument &d : documents)
        QVERIFY2(!d.doctree && d.exists(), qPrintable(d.docname)); // read only when indexed
    QCOMPARE(lazy.synchronize(documents).indexed, int(all.docnames().size()));
    QCOMPARE(eager.synchronize(searchDocuments(all)).indexed, int(all.docnames().size()));
    QCOMPARE(lazy.sectionCount(), eager.sectionCount());
    for (const QString &query : {QStringLiteral("section"), QStringLiteral("term"), QStringLiteral("function")}) {
        const QList<SearchHit> a = eager.search(query, 50), b = lazy.search(query, 50);
        QCOMPARE(b.size(), a.size());
        for (qsizetype i = 0; i < a.size(); ++i)
            QCOMPARE(b[i].docname + u'#' + b[i].anchor, a[i].docname + u'#' + a[i].anchor);
    }
    // The pass over every page did not push the page shown out of memory.
    QCOMPARE(few->doctree(shown), page);
}

void TestDoctreeRelease::indexStopsWhenItsTreeCloses()
{
    const QString tree = DocentTest::dataDir(QStringLiteral("sphinx"));
    auto project = std::make_shared<Project>(open(tree, 1));
    const QList<SearchDocument> documents = lazySearchDocuments(project);
    project.reset(); // another tree was opened before the index was built
    SearchIndex index(tree, QString());
    const SearchIndex::Sync sync = index.synchronize(documents);
    QCOMPARE(sync.indexed, 0);
    QCOMPARE(sync.removed, 0);
    QCOMPARE(index.sectionCount(), 0);
}

void TestDoctreeRelease::reloadWhileOthersAreReleased()
{
    QTemporaryDir dir;
    auto write = [&](const QString &name, const QString &text) {
        QFile f(dir.filePath(name));
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(text.toUtf8());
    };
    write(QStringLiteral("conf.py"), QStringLiteral("project = 'R'\nnumfig = True\n"));
    write(QStringLiteral("index.rst"), QStringLiteral("Index\n=====\n\n.. toctree::\n   :numbered:\n\n   a\n   b\n"));
    write(QStringLiteral("a.rst"), QStringLiteral(".. _first:\n\nFirst title\n===========\n\nSee :ref:`second`.\n"));
    write(QStringLiteral("b.rst"), QStringLiteral(".. _second:\n\nSecond title\n============\n\nSee :ref:`first` "
                                                  "and :numref:`first`.\n"));
    Project p = open(dir.path(), 1);
    QVERIFY(PageRenderer(p).body(QStringLiteral("b")).contains(QStringLiteral("First title")));
    PageRenderer(p).body(QStringLiteral("index")); // b is released
    write(QStringLiteral("a.rst"), QStringLiteral(".. _first:\n\nRenamed title\n=============\n\nSee :ref:`second`.\n"));
    p.reloadDocument(QStringLiteral("a"));
    const QString b = PageRenderer(p).body(QStringLiteral("b"));
    QVERIFY2(b.contains(QStringLiteral("Renamed title")), qPrintable(b));
    QVERIFY2(b.contains(QStringLiteral("Section 1")), qPrintable(b)); // the number of a, by serial
    QVERIFY(PageRenderer(p).body(QStringLiteral("a")).contains(QStringLiteral("Second title")));
    QCOMPARE(p.document(QStringLiteral("a"))->title, QStringLiteral("Renamed title"));
}

QTEST_GUILESS_MAIN(TestDoctreeRelease)
#include "tst_doctreerelease.moc"
