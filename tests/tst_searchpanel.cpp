// Search in the window: the hits as a list model, and the whole flow with real key presses
// (Ctrl+Shift+F, typing, the arrows, Enter, F3, Escape), an edit found again after the save
// (of the page, of a file it includes, of an include that was missing), and a cache folder that
// cannot be kept.
#include "application.h"
#include "cli/headlesscommands.h"
#include "findbar.h"
#include "mainwindow.h"
#include "search/treesearch.h"
#include "searchpanel.h"
#include "searchresultmodel.h"
#include "settings.h"
#include "windowfixture.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTreeView>

using namespace Docent;

static void beforeApplication() { prepareWebEngine(); }
Q_CONSTRUCTOR_FUNCTION(beforeApplication)

class TestSearchPanel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void modelShowsHits();
    void keyboardFlow();
    void editIsFoundAfterTheSave();
    void includedFileEditIsShownAndFound();
    void missingIncludeIsReadWhenItAppears();
    void unkeptCacheIsExplained();
    void commandLineReusesTheWindowsIndex();
};

namespace {

QString fixture()
{
    return DocentTest::dataDir(QStringLiteral("search/tree"));
}

SearchHit hit(const QString &docname, const QString &anchor, const QStringList &titles, const QString &snippet,
              QList<std::pair<int, int>> marks)
{
    SearchHit h;
    h.docname = docname;
    h.anchor = anchor;
    h.pageTitle = titles.value(0);
    h.titles = titles;
    h.snippet = snippet;
    h.marks = marks;
    return h;
}

// The matches the find bar counts, "3 of 7" -> {3, 7}.
std::pair<int, int> findCount(MainWindow &w)
{
    const QStringList parts = w.findBar()->countLabel()->text().split(QStringLiteral(" of "));
    return {parts.value(0).toInt(), parts.value(1).toInt()};
}

} // namespace

void TestSearchPanel::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("DocentTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_searchpanel"));
}

void TestSearchPanel::init()
{
    Settings::clearSessions();
}

void TestSearchPanel::modelShowsHits()
{
    SearchResultModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setHits(QStringLiteral("cold"), {hit(QStringLiteral("migration"), QStringLiteral("cold-migration"),
                                               {QStringLiteral("Moving Servers"), QStringLiteral("Cold migration")},
                                               QStringLiteral("a <cold> one"), {{3, 4}}),
                                           hit(QStringLiteral("other"), QString(), {}, QStringLiteral("no mark"), {})});
    QCOMPARE(model.rowCount(), 2);
    const QModelIndex first = model.index(0, 0);
    QCOMPARE(first.data().toString(), QStringLiteral("Moving Servers › Cold migration"));
    QCOMPARE(first.data(SearchResultModel::SnippetHtmlRole).toString(), QStringLiteral("a &lt;<b>cold</b>&gt; one"));
    QCOMPARE(first.data(SearchResultModel::HighlightRole).toString(), QStringLiteral("cold"));
    QCOMPARE(first.data(SearchResultModel::AnchorRole).toString(), QStringLiteral("cold-migration"));
    // no mark in the snippet: the query's first word is what the page is searched for
    QCOMPARE(model.index(1, 0).data(SearchResultModel::HighlightRole).toString(), QStringLiteral("cold"));
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void TestSearchPanel::keyboardFlow()
{
    MainWindow w;
    QVERIFY(DocentTest::showTree(w, fixture() + QStringLiteral("/migration.rst"), QStringLiteral("Moving Servers")));
    QTRY_VERIFY_WITH_TIMEOUT(w.treeSearch()->isReady(), 10000);
    SearchPanel *panel = w.searchPanel();

    QTest::keyClick(&w, Qt::Key_F, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY(panel->field()->hasFocus());
    QTest::keyClicks(panel->field(), QStringLiteral("cold"));
    QTRY_VERIFY_WITH_TIMEOUT(panel->model()->rowCount() >= 2, 5000); // its section, and "a cold migration" in Resizing
    QVERIFY(panel->resultView()->isVisible());
    QVERIFY(!w.sectionTree()->isVisible()); // the hits take the tree's place
    QCOMPARE(panel->model()->index(0, 0).data(SearchResultModel::AnchorRole).toString(), QStringLiteral("cold-migration"));
    QVERIFY(panel->statusLabel()->text().contains(QStringLiteral("section")));

    // Down into the list, Enter opens the hit at its section with its words found there
    QTest::keyClick(panel->field(), Qt::Key_Down);
    QVERIFY(panel->resultView()->hasFocus());
    QTest::keyClick(panel->resultView(), Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(w.view()->url().fragment(), QStringLiteral("cold-migration"), 5000);
    QTRY_VERIFY_WITH_TIMEOUT(w.findBar()->isVisible(), 5000);
    // the word the hit's snippet marked, as the page spells it
    const QString highlight = panel->model()->index(0, 0).data(SearchResultModel::HighlightRole).toString();
    QVERIFY(!highlight.isEmpty());
    QCOMPARE(w.findBar()->field()->text(), highlight);
    QTRY_VERIFY_WITH_TIMEOUT(findCount(w).second >= 2, 5000);
    // the first match shown is the section's, not the first of the page
    const auto [active, total] = findCount(w);
    QVERIFY2(active >= 1, qPrintable(w.findBar()->countLabel()->text()));
    QVERIFY(panel->resultView()->hasFocus()); // the reader may go on to the next hit

    // F3 steps to the next match, Shift+F3 back
    QTest::keyClick(&w, Qt::Key_F3);
    QTRY_COMPARE_WITH_TIMEOUT(findCount(w).first, active % total + 1, 5000);
    QTest::keyClick(&w, Qt::Key_F3, Qt::ShiftModifier);
    QTRY_COMPARE_WITH_TIMEOUT(findCount(w).first, active, 5000);

    // Escape empties the field: the section tree is back
    QTest::keyClick(panel->resultView(), Qt::Key_Escape);
    QVERIFY(panel->field()->text().isEmpty());
    QVERIFY(w.sectionTree()->isVisible());
    QVERIFY(!panel->resultView()->isVisible());

    // a query nothing matches, and one FTS5 would reject, say so without a dialog
    QTest::keyClicks(panel->field(), QStringLiteral("\"AND* NEAR("));
    QTRY_COMPARE_WITH_TIMEOUT(panel->statusLabel()->text(), QStringLiteral("No matches"), 5000);
}

void TestSearchPanel::editIsFoundAfterTheSave()
{
    QTemporaryDir tree;
    QVERIFY(DocentTest::copyTree(QStringLiteral("search/tree"), tree.path()));
    MainWindow w;
    QVERIFY(DocentTest::showTree(w, tree.path(), QStringLiteral("Search Fixture")));
    QTRY_VERIFY_WITH_TIMEOUT(w.treeSearch()->isReady(), 10000);
    SearchPanel *panel = w.searchPanel();
    QTest::keyClicks(panel->field(), QStringLiteral("quokka"));
    QTRY_COMPARE_WITH_TIMEOUT(panel->statusLabel()->text(), QStringLiteral("No matches"), 5000);

    const QString cooking = tree.filePath(QStringLiteral("cooking.rst"));
    QVERIFY(DocentTest::writeFile(cooking, DocentTest::readFile(cooking) + QStringLiteral("\nA quokka visits.\n")));
    QElapsedTimer sinceSave;
    sinceSave.start();
    // the hits follow the edit without a key pressed
    QTRY_COMPARE_WITH_TIMEOUT(panel->model()->rowCount(), 1, 5000);
    qInfo("the new word was found %lld ms after the save", sinceSave.elapsed());
    QCOMPARE(panel->model()->index(0, 0).data(SearchResultModel::AnchorRole).toString(), QStringLiteral("cleaning"));
}

void TestSearchPanel::includedFileEditIsShownAndFound()
{
    QTemporaryDir tree;
    QVERIFY(DocentTest::copyTree(QStringLiteral("search/tree"), tree.path()));
    const QString cooking = tree.filePath(QStringLiteral("cooking.rst"));
    const QString snippet = tree.filePath(QStringLiteral("shared/recipe.inc"));
    QVERIFY(QDir(tree.path()).mkdir(QStringLiteral("shared")));
    QVERIFY(DocentTest::writeFile(snippet, QStringLiteral("The recipe needs flour.\n")));
    QVERIFY(DocentTest::writeFile(cooking, DocentTest::readFile(cooking) + QStringLiteral("\n.. include:: shared/recipe.inc\n")));
    MainWindow w;
    QVERIFY(DocentTest::showTree(w, cooking, QStringLiteral("Café Notes")));
    QTRY_VERIFY_WITH_TIMEOUT(w.treeSearch()->isReady(), 10000);
    SearchPanel *panel = w.searchPanel();
    QTest::keyClicks(panel->field(), QStringLiteral("wombat"));
    QTRY_COMPARE_WITH_TIMEOUT(panel->statusLabel()->text(), QStringLiteral("No matches"), 5000);

    // only the included file changes: the page that includes it is read again
    QVERIFY(DocentTest::writeFile(snippet, QStringLiteral("The recipe needs a wombat's patience.\n")));
    QTRY_COMPARE_WITH_TIMEOUT(panel->model()->rowCount(), 1, 5000);
    QCOMPARE(panel->model()->index(0, 0).data(SearchResultModel::DocnameRole).toString(), QStringLiteral("cooking"));
    QTRY_VERIFY_WITH_TIMEOUT(DocentTest::js(w.view(), QStringLiteral("document.body.innerText")).contains(QStringLiteral("wombat")), 5000);
}

void TestSearchPanel::missingIncludeIsReadWhenItAppears()
{
    QTemporaryDir tree;
    QVERIFY(DocentTest::copyTree(QStringLiteral("search/tree"), tree.path()));
    const QString cooking = tree.filePath(QStringLiteral("cooking.rst"));
    QVERIFY(DocentTest::writeFile(cooking, DocentTest::readFile(cooking) + QStringLiteral("\n.. include:: later/notes.inc\n")));
    MainWindow w;
    QVERIFY(DocentTest::showTree(w, cooking, QStringLiteral("Café Notes")));
    QTRY_VERIFY_WITH_TIMEOUT(w.treeSearch()->isReady(), 10000);
    // the page says what is missing
    const auto pageText = [&w] { return DocentTest::js(w.view(), QStringLiteral("document.body.innerText")); };
    QVERIFY2(pageText().contains(QStringLiteral("notes.inc")), qPrintable(pageText()));
    SearchPanel *panel = w.searchPanel();
    QTest::keyClicks(panel->field(), QStringLiteral("platypus"));
    QTRY_COMPARE_WITH_TIMEOUT(panel->statusLabel()->text(), QStringLiteral("No matches"), 5000);

    // its folder, then the file: the page is read again and the problem goes
    QVERIFY(QDir(tree.path()).mkdir(QStringLiteral("later")));
    QVERIFY(DocentTest::writeFile(tree.filePath(QStringLiteral("later/notes.inc")), QStringLiteral("A platypus swims by.\n")));
    QTRY_VERIFY_WITH_TIMEOUT(pageText().contains(QStringLiteral("platypus")), 5000);
    QVERIFY2(!pageText().contains(QStringLiteral("notes.inc")), qPrintable(pageText()));
    QTRY_COMPARE_WITH_TIMEOUT(panel->model()->rowCount(), 1, 5000);
    QCOMPARE(panel->model()->index(0, 0).data(SearchResultModel::DocnameRole).toString(), QStringLiteral("cooking"));
}

void TestSearchPanel::unkeptCacheIsExplained()
{
    // The cache folder is a file: the index stays in memory, and the panel says why.
    QTemporaryDir base;
    QVERIFY(DocentTest::writeFile(base.filePath(QStringLiteral("cache")), QStringLiteral("a file\n")));
    const QByteArray saved = qgetenv("XDG_CACHE_HOME");
    qputenv("XDG_CACHE_HOME", base.filePath(QStringLiteral("cache")).toUtf8());
    MainWindow w;
    qputenv("XDG_CACHE_HOME", saved);
    QVERIFY(DocentTest::showTree(w, fixture(), QStringLiteral("Search Fixture")));
    QTRY_VERIFY_WITH_TIMEOUT(w.treeSearch()->isReady(), 10000);
    QLabel *notKept = nullptr;
    for (QLabel *label : w.searchPanel()->findChildren<QLabel *>())
        if (label->text().contains(QStringLiteral("not kept")))
            notKept = label;
    QVERIFY(notKept);
    QVERIFY(notKept->isVisible());
    QTest::keyClicks(w.searchPanel()->field(), QStringLiteral("descale"));
    QTRY_COMPARE_WITH_TIMEOUT(w.searchPanel()->model()->rowCount(), 1, 5000);
}

void TestSearchPanel::commandLineReusesTheWindowsIndex()
{
    // The window indexes the tree into the user's cache folder; `docent search` afterwards finds
    // that index where it looks and reads no page again.
    QTemporaryDir cache;
    const QByteArray saved = qgetenv("XDG_CACHE_HOME");
    qputenv("XDG_CACHE_HOME", cache.path().toUtf8());
    const auto restore = qScopeGuard([&] { qputenv("XDG_CACHE_HOME", saved); });
    {
        MainWindow w;
        QVERIFY(DocentTest::showTree(w, fixture(), QStringLiteral("Search Fixture")));
        QTRY_VERIFY_WITH_TIMEOUT(w.treeSearch()->isReady(), 10000);
    }
    QString out, err;
    QTextStream o(&out), e(&err);
    QCOMPARE(runHeadlessCommand({QStringLiteral("search"), QStringLiteral("--format"), QStringLiteral("json"), fixture(),
                                 QStringLiteral("descale")}, o, e), 0);
    o.flush();
    const QJsonObject index = QJsonDocument::fromJson(out.toUtf8()).object()[QStringLiteral("index")].toObject();
    QVERIFY2(index[QStringLiteral("file")].toString().startsWith(cache.path() + u'/'), qPrintable(out));
    QCOMPARE(index[QStringLiteral("indexed")].toInt(), 0);
    QVERIFY(index[QStringLiteral("reused")].toInt() >= 5);
}

QTEST_MAIN(TestSearchPanel)
#include "tst_searchpanel.moc"
