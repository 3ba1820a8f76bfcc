// The reader's desk around the page (issue 17): one owner for each shortcut, the keyboard's focus
// and reading-order navigation, a window that fits small screens, panels that say why they are
// empty, and chrome (title, status bar, bookmark star) that tells the truth about the page shown.
#include "application.h"
#include "bookmarkpanel.h"
#include "emptystate.h"
#include "findbar.h"
#include "mainwindow.h"
#include "quickopen.h"
#include "readingorder.h"
#include "schemehandler.h"
#include "sectiontreemodel.h"
#include "settings.h"
#include "shortcutsdialog.h"
#include "sphinx/project.h"
#include "windowfixture.h"

#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenuBar>
#include <QRegularExpression>
#include <QScreen>
#include <QSettings>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QStatusBar>
#include <QTabBar>
#include <QTemporaryDir>
#include <QToolBar>
#include <QTreeView>
#include <QTreeWidget>
#include <QWebEngineHistory>

using namespace Docent;
using DocentTest::js;
using DocentTest::showTree;
using DocentTest::waitForHeading;

static void beforeApplication() { prepareWebEngine(); }
Q_CONSTRUCTOR_FUNCTION(beforeApplication)

namespace {

// Every key sequence bound to more than one command that can fire at once: window-wide
// shortcuts clash with any other of the key; widget-scoped ones only within their own widget.
QStringList shortcutClashes(const QWidget *window)
{
    struct Owner {
        QString name;
        Qt::ShortcutContext context;
        const QObject *scope;
    };
    QHash<QKeySequence, QList<Owner>> owners;
    for (const QAction *action : window->findChildren<QAction *>()) {
        for (const QKeySequence &key : action->shortcuts())
            owners[key].append({action->text(), action->shortcutContext(), action->parent()});
    }
    for (const QShortcut *shortcut : window->findChildren<QShortcut *>()) {
        for (const QKeySequence &key : shortcut->keys())
            owners[key].append({shortcut->objectName(), shortcut->context(), shortcut->parent()});
    }
    QStringList clashes;
    for (auto it = owners.cbegin(); it != owners.cend(); ++it) {
        const QList<Owner> &list = it.value();
        for (qsizetype i = 0; i < list.size(); ++i) {
            for (qsizetype j = i + 1; j < list.size(); ++j) {
                const auto wide = [](Qt::ShortcutContext c) { return c == Qt::WindowShortcut || c == Qt::ApplicationShortcut; };
                const bool windowWide = wide(list[i].context) || wide(list[j].context);
                if (windowWide || list[i].scope == list[j].scope)
                    clashes << QStringLiteral("%1: %2 and %3").arg(it.key().toString(), list[i].name, list[j].name);
            }
        }
    }
    return clashes;
}

QAction *actionFor(const QWidget *window, const QKeySequence &key)
{
    for (QAction *action : window->findChildren<QAction *>()) {
        if (action->shortcuts().contains(key))
            return action;
    }
    return nullptr;
}

QString withoutMnemonic(QString text) { return text.remove(u'&'); }

// A tree with a page long enough to scroll and lines too long for a narrow column.
QString writeLongTree(const QTemporaryDir &dir)
{
    QFile conf(dir.filePath(QStringLiteral("conf.py")));
    conf.open(QIODevice::WriteOnly);
    conf.write("project = 'Long Tree'\n");
    QFile index(dir.filePath(QStringLiteral("index.rst")));
    index.open(QIODevice::WriteOnly);
    QByteArray text = "Long Tree\n=========\n\n.. toctree::\n\n   long\n";
    index.write(text);
    QFile longPage(dir.filePath(QStringLiteral("long.rst")));
    longPage.open(QIODevice::WriteOnly);
    text = "A Long Page\n===========\n\n";
    text += "::\n\n   " + QByteArray(400, 'x') + "\n\n";
    text += "https://example.org/" + QByteArray(300, 'y') + "\n\n";
    text += "+------+------+\n| " + QByteArray(4, 'a') + " | " + QByteArray(4, 'b') + " |\n+------+------+\n\n";
    for (int i = 0; i < 120; ++i)
        text += "Paragraph " + QByteArray::number(i) + " of the long page, which keeps going.\n\n";
    longPage.write(text);
    return dir.path();
}

bool pageHasFocus(MainWindow &w)
{
    const QWidget *focus = QApplication::focusWidget();
    return focus && (focus == w.view() || w.view()->isAncestorOf(focus));
}

int scrollY(QWebEngineView *view) { return js(view, QStringLiteral("String(window.scrollY)")).toInt(); }

} // namespace

class TestDesk : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    // 1. Shortcuts
    void noKeyHasTwoOwners();
    void clashesAreFound();
    void keysDoWhatTheySay_data();
    void keysDoWhatTheySay();
    void ctrlWClosesAndCtrlShiftTReopens();
    void shortcutListIsMadeFromTheActions();
    // 2. Focus and navigation
    void movingInTheTreeOnlySelects();
    void focusLandsInThePage();
    void oneVisitOneHistoryEntry();
    void readingOrder_data();
    void readingOrder();
    void goesThroughTheReadingOrder();
    // 5. Small screens and panels
    void firstSizeFitsTheScreen();
    void narrowWindowSharesOneColumn();
    void sidebarTabsFitWithoutScrolling();
    void pageNeverScrollsSideways();
    // 6. Empty states
    void emptyPanelsSayWhy();
    void filterWithoutMatchSaysSo();
    void emptyTabDoesNotOpenFirst();
    // 9. Chrome
    void windowTitle_data();
    void windowTitle();
    void statusBarFollowsEveryNavigation();
    void starShowsTheBookmarkedSection();
    void noTerminalMeansADialog_data();
    void noTerminalMeansADialog();

private:
    QTemporaryDir m_data; ///< bookmarks of these tests only
};

void TestDesk::initTestCase()
{
    QVERIFY(m_data.isValid());
    qputenv("XDG_DATA_HOME", m_data.path().toLocal8Bit());
    QCoreApplication::setOrganizationName(QStringLiteral("DocentTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_desk"));
}

void TestDesk::init()
{
    // Each test starts as a first start does: no window state, sessions or sidebar tab kept.
    QSettings().clear();
}

void TestDesk::noKeyHasTwoOwners()
{
    MainWindow w;
    QVERIFY(DocentTest::openTree(w, DocentTest::dataDir(QStringLiteral("reader"))));
    const QStringList clashes = shortcutClashes(&w);
    QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(u'\n')));
}

void TestDesk::clashesAreFound()
{
    // The check above can fail: a second command on Ctrl+K (quick open's key) is one clash.
    MainWindow w;
    auto *extra = new QAction(QStringLiteral("Extra"), &w);
    extra->setShortcut(QKeySequence(QStringLiteral("Ctrl+K")));
    w.addAction(extra);
    const QStringList clashes = shortcutClashes(&w);
    QCOMPARE(clashes.size(), 1);
    QVERIFY2(clashes.first().contains(QStringLiteral("Extra")), qPrintable(clashes.first()));
}

void TestDesk::keysDoWhatTheySay_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("command");
    QTest::newRow("close tab") << "Ctrl+W" << "Close Tab";
    QTest::newRow("reopen closed tab") << "Ctrl+Shift+T" << "Reopen Closed Tab";
    QTest::newRow("reopen session") << "Ctrl+Shift+L" << "Reopen Last Session";
    QTest::newRow("find next") << "F3" << "Find Next";
    QTest::newRow("find previous") << "Shift+F3" << "Find Previous";
    QTest::newRow("reload") << "F5" << "Reload Page";
    QTest::newRow("full screen") << "F11" << "Full Screen";
    QTest::newRow("home") << "Alt+Home" << "Home Page";
    QTest::newRow("previous page") << "Ctrl+Alt+Left" << "Previous Page";
    QTest::newRow("next page") << "Ctrl+Alt+Right" << "Next Page";
    QTest::newRow("up") << "Alt+Up" << "Up to Parent Page";
    QTest::newRow("back") << "Alt+Left" << "Back";
    QTest::newRow("quick open") << "Ctrl+K" << "Go to Page or Section…";
    QTest::newRow("search") << "Ctrl+Shift+F" << "Search the Tree…";
    QTest::newRow("bookmark") << "Ctrl+D" << "Bookmark This Section…";
}

void TestDesk::keysDoWhatTheySay()
{
    QFETCH(QString, key);
    QFETCH(QString, command);
    MainWindow w;
    const QAction *action = actionFor(&w, QKeySequence(key));
    QVERIFY2(action, qPrintable(key));
    QCOMPARE(withoutMnemonic(action->text()), command);
}

void TestDesk::ctrlWClosesAndCtrlShiftTReopens()
{
    MainWindow w;
    QVERIFY(showTree(w, DocentTest::dataDir(QStringLiteral("reader")), QStringLiteral("Reader Tree")));
    w.tabs()->openTab(SchemeHandler::pageUrl(QStringLiteral("guide")), true);
    QVERIFY(waitForHeading(w.view(), QStringLiteral("Guide")));
    QCOMPARE(w.tabs()->count(), 2);
    QTest::keyClick(&w, Qt::Key_W, Qt::ControlModifier);
    QTRY_COMPARE(w.tabs()->count(), 1);
    QCOMPARE(w.currentDocname(), QStringLiteral("index"));
    QTest::keyClick(&w, Qt::Key_T, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_COMPARE(w.tabs()->count(), 2);
    QVERIFY(waitForHeading(w.view(), QStringLiteral("Guide")));
    QCOMPARE(w.tabs()->currentIndex(), 1); // back in its place
    // Nothing more to reopen: the key does nothing.
    QTest::keyClick(&w, Qt::Key_T, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(w.tabs()->count(), 2);
}

void TestDesk::shortcutListIsMadeFromTheActions()
{
    MainWindow w;
    ShortcutsDialog dialog(w.menuBar(), &w);
    QStringList listed;
    for (int i = 0; i < dialog.list()->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = dialog.list()->topLevelItem(i);
        if (!item->text(1).isEmpty())
            listed << item->text(0).trimmed() + u'=' + item->text(1);
    }
    QVERIFY2(listed.filter(QRegularExpression(QStringLiteral("^Close Tab=Ctrl\\+W\\b"))).size() == 1, qPrintable(listed.join(u'\n')));
    QVERIFY2(listed.contains(QStringLiteral("Next Page=Ctrl+Alt+Right")), qPrintable(listed.join(u'\n')));
    // Every command of the menus with a key is there, and nothing else.
    int withKeys = 0;
    for (const ShortcutRow &row : shortcutRows(w.menuBar()))
        withKeys += row.keys.isEmpty() ? 0 : 1;
    QCOMPARE(listed.size(), withKeys);
    QVERIFY(withKeys >= 20);
    // The Help menu opens it.
    QAction *help = nullptr;
    for (QAction *top : w.menuBar()->actions())
        if (withoutMnemonic(top->text()) == u"Help")
            help = top;
    QVERIFY(help);
    QStringList helpItems;
    for (QAction *a : help->menu()->actions())
        helpItems << withoutMnemonic(a->text());
    QVERIFY(helpItems.contains(QStringLiteral("Keyboard Shortcuts")));
}

void TestDesk::movingInTheTreeOnlySelects()
{
    MainWindow w;
    QVERIFY(showTree(w, DocentTest::dataDir(QStringLiteral("reader")), QStringLiteral("Reader Tree")));
    QTreeView *tree = w.sectionTree();
    tree->setFocus();
    const QUrl before = w.view()->url();
    for (int i = 0; i < 3; ++i)
        QTest::keyClick(tree, Qt::Key_Down);
    QTest::keyClick(tree, Qt::Key_PageDown);
    QTest::qWait(300);
    QCOMPARE(w.view()->url(), before);
    const QString chosen = tree->currentIndex().data(SectionTreeModel::DocnameRole).toString();
    QVERIFY(!chosen.isEmpty());
    QVERIFY(chosen != u"index");
    QTest::keyClick(tree, Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(w.currentDocname(), chosen, 5000);
}

void TestDesk::focusLandsInThePage()
{
    QTemporaryDir dir;
    MainWindow w;
    w.resize(900, 500);
    QVERIFY(showTree(w, writeLongTree(dir), QStringLiteral("Long Tree")));
    w.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&w));
    // Quick open: the page it opens has the keys.
    QTest::keyClick(&w, Qt::Key_K, Qt::ControlModifier);
    QTRY_VERIFY(w.quickOpen() && w.quickOpen()->isVisible());
    QTest::keyClicks(w.quickOpen()->field(), QStringLiteral("long page"));
    QTest::keyClick(w.quickOpen()->field(), Qt::Key_Return);
    QVERIFY(waitForHeading(w.view(), QStringLiteral("A Long Page")));
    QVERIFY(DocentTest::waitForPageScript(w.view()));
    w.activateWindow();
    QTRY_VERIFY_WITH_TIMEOUT(pageHasFocus(w), 5000);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_PageDown);
    QTRY_VERIFY_WITH_TIMEOUT(scrollY(w.view()) > 0, 5000);
    // Back, with the focus in the section tree: the page has it again.
    QTRY_VERIFY(actionFor(&w, QKeySequence(QKeySequence::Back))->isEnabled());
    w.sectionTree()->setFocus();
    QTRY_VERIFY(w.sectionTree()->hasFocus());
    QTest::keyClick(w.sectionTree(), Qt::Key_Left, Qt::AltModifier);
    QVERIFY2(waitForHeading(w.view(), QStringLiteral("Long Tree")), qPrintable(w.view()->url().toString()));
    QTRY_VERIFY_WITH_TIMEOUT(pageHasFocus(w), 5000);
}

void TestDesk::oneVisitOneHistoryEntry()
{
    MainWindow w;
    QVERIFY(showTree(w, DocentTest::dataDir(QStringLiteral("reader")), QStringLiteral("Reader Tree")));
    QTreeView *tree = w.sectionTree();
    auto *proxy = qobject_cast<QSortFilterProxyModel *>(tree->model());
    const auto *model = static_cast<SectionTreeModel *>(proxy->sourceModel());
    const auto click = [&](const QString &docname) {
        const QModelIndex index = proxy->mapFromSource(model->indexFor(docname));
        tree->scrollTo(index);
        QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualRect(index).center());
    };
    click(QStringLiteral("guide"));
    QVERIFY(waitForHeading(w.view(), QStringLiteral("Guide")));
    // A second click, and Enter, on the page shown: no new visit.
    click(QStringLiteral("guide"));
    QTest::keyClick(tree, Qt::Key_Return);
    click(QStringLiteral("reference/rpc"));
    QVERIFY(waitForHeading(w.view(), QStringLiteral("Messaging")));
    QTest::qWait(300);
    QStringList visited;
    for (const QWebEngineHistoryItem &item : w.view()->history()->items())
        visited << SchemeHandler::docnameOf(item.url());
    QCOMPARE(visited, (QStringList{QStringLiteral("index"), QStringLiteral("guide"), QStringLiteral("reference/rpc")}));
}

void TestDesk::readingOrder_data()
{
    QTest::addColumn<QString>("page");
    QTest::addColumn<QString>("previous");
    QTest::addColumn<QString>("next");
    QTest::addColumn<QString>("up");
    // index > guide, reference/index > rpc, scheduling, stable-api, evolution (hidden toctrees too)
    QTest::newRow("root") << "index" << "" << "guide" << "";
    QTest::newRow("first child") << "guide" << "index" << "reference/index" << "index";
    QTest::newRow("into a section") << "reference/index" << "guide" << "reference/rpc" << "index";
    QTest::newRow("nested") << "reference/scheduling" << "reference/rpc" << "reference/stable-api" << "reference/index";
    QTest::newRow("last") << "reference/evolution" << "reference/stable-api" << "" << "reference/index";
    QTest::newRow("not a page") << "nowhere" << "" << "" << "";
}

void TestDesk::readingOrder()
{
    QFETCH(QString, page);
    QFETCH(QString, previous);
    QFETCH(QString, next);
    QFETCH(QString, up);
    QString error;
    const auto project = Project::open(DocentTest::dataDir(QStringLiteral("reader")), &error);
    QVERIFY2(project, qPrintable(error));
    const ReadingOrder order(*project);
    QCOMPARE(order.pages().size(), 7);
    QCOMPARE(order.previous(page), previous);
    QCOMPARE(order.next(page), next);
    QCOMPARE(order.up(page), up);
}

void TestDesk::goesThroughTheReadingOrder()
{
    MainWindow w;
    QVERIFY(showTree(w, DocentTest::dataDir(QStringLiteral("reader")), QStringLiteral("Reader Tree")));
    QTest::keyClick(&w, Qt::Key_Right, Qt::ControlModifier | Qt::AltModifier);
    QVERIFY(waitForHeading(w.view(), QStringLiteral("Guide")));
    QTest::keyClick(&w, Qt::Key_Right, Qt::ControlModifier | Qt::AltModifier);
    QTRY_COMPARE_WITH_TIMEOUT(w.currentDocname(), QStringLiteral("reference/index"), 5000);
    QTest::keyClick(&w, Qt::Key_Right, Qt::ControlModifier | Qt::AltModifier);
    QTRY_COMPARE_WITH_TIMEOUT(w.currentDocname(), QStringLiteral("reference/rpc"), 5000);
    QTest::keyClick(&w, Qt::Key_Up, Qt::AltModifier);
    QTRY_COMPARE_WITH_TIMEOUT(w.currentDocname(), QStringLiteral("reference/index"), 5000);
    QTest::keyClick(&w, Qt::Key_Left, Qt::ControlModifier | Qt::AltModifier);
    QTRY_COMPARE_WITH_TIMEOUT(w.currentDocname(), QStringLiteral("guide"), 5000);
    QTest::keyClick(&w, Qt::Key_Home, Qt::AltModifier);
    QTRY_COMPARE_WITH_TIMEOUT(w.currentDocname(), QStringLiteral("index"), 5000);
    // At the start there is no previous page: the command is off and says why.
    const QAction *previous = actionFor(&w, QKeySequence(QStringLiteral("Ctrl+Alt+Left")));
    QTRY_VERIFY(!previous->isEnabled());
    QCOMPARE(previous->toolTip(), QStringLiteral("No page before this one in reading order"));
    QCOMPARE(actionFor(&w, QKeySequence(QStringLiteral("Ctrl+Alt+Right")))->toolTip(), QStringLiteral("Next page: Guide"));
}

void TestDesk::firstSizeFitsTheScreen()
{
    MainWindow w;
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    const QRect room = w.screen()->availableGeometry();
    QVERIFY2(room.contains(w.frameGeometry()), qPrintable(QStringLiteral("%1x%2 on %3x%4").arg(w.frameGeometry().width())
                                                               .arg(w.frameGeometry().height()).arg(room.width()).arg(room.height())));
    QVERIFY(w.statusBar()->isVisible());
}

void TestDesk::narrowWindowSharesOneColumn()
{
    MainWindow w;
    auto *sections = w.findChild<QDockWidget *>(QStringLiteral("sectionsDock"));
    auto *sidebar = w.findChild<QDockWidget *>(QStringLiteral("sidebarDock"));
    QVERIFY(sections && sidebar);
    if (w.width() >= 1200)
        QVERIFY(!w.tabifiedDockWidgets(sections).contains(sidebar)); // three columns fit
    else
        QVERIFY(w.tabifiedDockWidgets(sections).contains(sidebar));
    QVERIFY(w.screen()->availableGeometry().width() < 1200); // the test screen is a small one
}

void TestDesk::sidebarTabsFitWithoutScrolling()
{
    MainWindow w;
    QVERIFY(DocentTest::openTree(w, DocentTest::dataDir(QStringLiteral("reader"))));
    w.show();
    DocentTest::showPanel(w, w.outlineView());
    w.sidebar()->resize(240, 400);
    QTabBar *bar = w.sidebar()->tabBar();
    bar->resize(240, bar->height());
    QCoreApplication::processEvents();
    QCOMPARE(w.sidebar()->tabText(0), QStringLiteral("Outline"));
    for (int i = 0; i < w.sidebar()->count(); ++i) {
        QVERIFY2(bar->rect().contains(bar->tabRect(i)), qPrintable(w.sidebar()->tabText(i)));
        QVERIFY(!w.sidebar()->tabToolTip(i).isEmpty() || !w.sidebar()->tabText(i).isEmpty());
    }
    QVERIFY(!w.sidebar()->usesScrollButtons());
}

void TestDesk::pageNeverScrollsSideways()
{
    QTemporaryDir dir;
    MainWindow w;
    w.resize(700, 600);
    QVERIFY(showTree(w, writeLongTree(dir), QStringLiteral("Long Tree")));
    w.showDocument(QStringLiteral("long"));
    QVERIFY(waitForHeading(w.view(), QStringLiteral("A Long Page")));
    QVERIFY(DocentTest::waitForPageScript(w.view()));
    const QString overflow = js(w.view(), QStringLiteral("String(document.scrollingElement.scrollWidth - "
                                                         "document.scrollingElement.clientWidth)"));
    // The widest element past the right edge, to say what overflows.
    const QString culprit = js(w.view(), QStringLiteral(
        "(function(){var w=document.scrollingElement.clientWidth,o='';document.querySelectorAll('article *').forEach("
        "function(e){var r=e.getBoundingClientRect();if(r.right>w+1&&!o)o=e.tagName+'.'+e.className+' '+Math.round(r.right);});return o;})()"));
    QVERIFY2(overflow == u"0", qPrintable(overflow + QStringLiteral(" px too wide: ") + culprit));
}

void TestDesk::emptyPanelsSayWhy()
{
    QTemporaryDir dir;
    MainWindow w;
    QVERIFY(showTree(w, writeLongTree(dir), QStringLiteral("Long Tree")));
    QCOMPARE(w.todoView()->model()->rowCount(), 0);
    QVERIFY(Sidebar::emptyText(w.todoView()).startsWith(QStringLiteral("No todo in this tree")));
    QVERIFY(Sidebar::emptyText(w.planView()).startsWith(QStringLiteral("No plans in this tree")));
    QVERIFY2(Sidebar::emptyText(w.bookmarkPanel()->view()).contains(QStringLiteral("Press Ctrl+D to bookmark the section you are reading")),
             qPrintable(Sidebar::emptyText(w.bookmarkPanel()->view())));
    QCOMPARE(Sidebar::emptyText(w.outlineView()), QStringLiteral("“Long Tree” has no sections."));
    // A row makes the message go.
    QVERIFY(w.bookmarkPanel()->add(w.proposeBookmark(QStringLiteral("long"), {})) != 0);
    QCOMPARE(Sidebar::emptyText(w.bookmarkPanel()->view()), QString());
}

void TestDesk::filterWithoutMatchSaysSo()
{
    MainWindow w;
    QVERIFY(DocentTest::openTree(w, DocentTest::dataDir(QStringLiteral("reader"))));
    w.show();
    QVERIFY(Sidebar::emptyText(w.sectionTree()).isEmpty());
    QTest::keyClicks(w.filterBox(), QStringLiteral("zebra"));
    QCOMPARE(w.sectionTree()->model()->rowCount(), 0);
    QCOMPARE(Sidebar::emptyText(w.sectionTree()), QStringLiteral("No page or section matches “zebra”."));
    w.filterBox()->clear();
    QVERIFY(Sidebar::emptyText(w.sectionTree()).isEmpty());
}

void TestDesk::emptyTabDoesNotOpenFirst()
{
    // The todos were in front when the window closed; this tree has none.
    {
        MainWindow w;
        w.sidebar()->setCurrentWidget(w.todoView());
        w.close();
    }
    QTemporaryDir dir;
    MainWindow w;
    QVERIFY(DocentTest::openTree(w, writeLongTree(dir)));
    QCOMPARE(w.sidebar()->currentWidget(), w.outlineView());
    // A tree with todos keeps them in front.
    w.sidebar()->setCurrentWidget(w.todoView());
    QVERIFY(DocentTest::openTree(w, DocentTest::dataDir(QStringLiteral("reader"))));
    QCOMPARE(w.sidebar()->currentWidget(), w.todoView());
}

void TestDesk::windowTitle_data()
{
    QTest::addColumn<QString>("page");
    QTest::addColumn<QString>("tree");
    QTest::addColumn<QString>("title");
    QTest::newRow("page of a tree") << "Guide" << "Reader Tree" << "Guide — Reader Tree — Docent";
    QTest::newRow("root page named as the tree") << "Nova" << "nova" << "Nova — Docent";
    QTest::newRow("the manual's root") << "Docent" << "Docent" << "Docent";
    QTest::newRow("no page") << "" << "Reader Tree" << "Reader Tree — Docent";
    QTest::newRow("nothing open") << "" << "" << "Docent";
}

void TestDesk::windowTitle()
{
    QFETCH(QString, page);
    QFETCH(QString, tree);
    QFETCH(QString, title);
    QCOMPARE(MainWindow::composeTitle(page, tree), title);
}

void TestDesk::statusBarFollowsEveryNavigation()
{
    MainWindow w;
    w.openManual();
    w.show();
    QVERIFY(waitForHeading(w.view(), QStringLiteral("Docent manual")));
    const auto status = [&w] {
        QStringList texts;
        for (const QLabel *label : w.statusBar()->findChildren<QLabel *>())
            texts << label->text();
        return texts.join(u'|');
    };
    QTRY_VERIFY(status().contains(QStringLiteral("Docent manual")));
    QCOMPARE(w.windowTitle(), QStringLiteral("Docent manual — Docent"));
    // Another tree: the status bar and the title name it, not the manual.
    const QString reader = DocentTest::dataDir(QStringLiteral("reader"));
    QVERIFY(showTree(w, reader + QStringLiteral("/guide.rst"), QStringLiteral("Guide")));
    QTRY_VERIFY_WITH_TIMEOUT(status().contains(QStringLiteral("guide.rst")), 5000);
    QVERIFY2(!status().contains(QStringLiteral("manual")), qPrintable(status()));
    QCOMPARE(w.windowTitle(), QStringLiteral("Guide — Reader Tree — Docent"));
    // A generated page names itself, not the file shown before it.
    w.showDocument(QStringLiteral("genindex"));
    QTRY_VERIFY_WITH_TIMEOUT(w.currentDocname() == u"genindex", 5000);
    QTRY_VERIFY_WITH_TIMEOUT(!status().contains(QStringLiteral("guide.rst")), 5000);
    QVERIFY(w.windowTitle().endsWith(QStringLiteral(" — Reader Tree — Docent")));
}

void TestDesk::starShowsTheBookmarkedSection()
{
    MainWindow w;
    QVERIFY(showTree(w, DocentTest::dataDir(QStringLiteral("reader/guide.rst")), QStringLiteral("Guide")));
    const QAction *star = w.findChild<QAction *>(QStringLiteral("bookmarkSection"));
    QVERIFY(star);
    QVERIFY(!w.isReadingBookmarked());
    QCOMPARE(star->toolTip(), QStringLiteral("Bookmark the section you are reading (Ctrl+D)"));
    const qint64 id = w.bookmarkPanel()->add(w.proposeBookmark(QStringLiteral("guide"), {}));
    QVERIFY(id != 0);
    QTRY_VERIFY(w.isReadingBookmarked());
    QVERIFY(star->toolTip().startsWith(QStringLiteral("This section is bookmarked")));
    // Another page: not bookmarked.
    w.showDocument(QStringLiteral("index"));
    QVERIFY(waitForHeading(w.view(), QStringLiteral("Reader Tree")));
    QTRY_VERIFY(!w.isReadingBookmarked());
    QCOMPARE(star->toolTip(), QStringLiteral("Bookmark the section you are reading (Ctrl+D)"));
    // Back, and the bookmark removed: the star empties.
    w.showDocument(QStringLiteral("guide"));
    QVERIFY(waitForHeading(w.view(), QStringLiteral("Guide")));
    QTRY_VERIFY(w.isReadingBookmarked());
    QVERIFY(w.bookmarkPanel()->remove(id));
    QTRY_VERIFY(!w.isReadingBookmarked());
    QCOMPARE(star->toolTip(), QStringLiteral("Bookmark the section you are reading (Ctrl+D)"));
}

void TestDesk::noTerminalMeansADialog_data()
{
    QTest::addColumn<bool>("stdinTty");
    QTest::addColumn<bool>("stderrTty");
    QTest::addColumn<bool>("desktopFile");
    QTest::addColumn<bool>("dialog");
    QTest::newRow("terminal") << true << true << false << false;
    QTest::newRow("stderr to a terminal") << false << true << false << false;
    QTest::newRow("piped stdin and stderr (file manager)") << false << false << false << true;
    QTest::newRow("desktop file from a terminal") << true << true << true << true;
}

void TestDesk::noTerminalMeansADialog()
{
    QFETCH(bool, stdinTty);
    QFETCH(bool, stderrTty);
    QFETCH(bool, desktopFile);
    QFETCH(bool, dialog);
    QCOMPARE(startedWithoutTerminal(stdinTty, stderrTty, desktopFile), dialog);
}

QTEST_MAIN(TestDesk)
#include "tst_desk.moc"
