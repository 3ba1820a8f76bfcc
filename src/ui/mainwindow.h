// The reader's window: section tree on the left, the page in the middle, sidebar tabs on the right.
#pragma once

#include "pages/graphviz.h"
#include "pageview.h"
#include "problemmodel.h"
#include "readingorder.h"
#include "sidebar.h"
#include "tabwidget.h"

#include <QElapsedTimer>
#include <QMainWindow>

#include <functional>
#include <memory>
#include <optional>

class QTreeView;
class QWebEngineProfile;
class QLabel;
class QLineEdit;
class QListView;
class QSortFilterProxyModel;
class QMenu;
class QTimer;
class QThread;
class QToolBar;
class QAction;
class QDockWidget;
class QProgressBar;
class QToolButton;

namespace Docent {

class Project;
class SectionTreeModel;
class SchemeHandler;
class FindBar;
class TreeOpener;
class TreeWatcher;
class QuickOpen;
class OpenFailureNotice;
class OutsideFilesBar;
class InventoryFetcher;
class SearchPanel;
class TreeSearch;
struct NavNode;
struct Problem;
struct TodoNote;
struct OpenedTree;
class BookmarkPanel;
class Printing;
class ProblemPanel;
class PreferencesDialog;
struct Bookmark;
struct Landing;

class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Why a tree could not be opened, for whoever asked (default: a message box).
    using OpenFailed = std::function<void(const QString &error)>;
    /// Opens a tree or a file (at `anchor`). It is read on a worker thread; a big tree's first page
    /// shows as soon as it and the pages its toctrees list are read, the rest fills in when the whole
    /// tree is. A later open cancels this one. On failure the current tree stays open, `failed` is
    /// told why, then treeOpenFailed() is emitted; on success `opened` runs, then treeOpened().
    void openTree(const QString &path, const QString &anchor = {}, OpenFailed failed = {},
                  std::function<void()> opened = {});
    /// Whether a tree is being read (opened, or read again after a page appeared or vanished).
    bool isOpening() const;
    /// A path another program asked for (a second `docent PATH`, the file manager): opened, and the
    /// window brought to the front; a failure goes to one notice for all of them, not a dialog each.
    void openRequested(const QString &path, const QString &fragment);
    OpenFailureNotice *openFailures() const { return m_openFailures; }
    /// Opens Docent's own manual, embedded in the program.
    void openManual();
    void showDocument(const QString &docname, const QString &anchor = {});

    QTreeView *sectionTree() const { return m_tree; }
    QLineEdit *filterBox() const { return m_filter; }
    QTreeView *todoView() const;
    QListView *planView() const;
    QTreeView *outlineView() const;
    /// The Problems panel below the page, and its list.
    ProblemPanel *problemPanel() const { return m_problemPanel; }
    QTreeView *problemView() const;
    QDockWidget *problemDock() const { return m_problemDock; }
    /// The page view of the current tab.
    PageView *view() const;
    TabWidget *tabs() const { return m_tabs; }
    Sidebar *sidebar() const { return m_sidebar; }
    QString currentDocname() const;
    /// "PAGE — TREE — Docent", each part once (the root page is often titled like its tree).
    static QString composeTitle(const QString &page, const QString &tree);
    /// Whether the section being read (the page's top: the page) has a bookmark in the open tree.
    bool isReadingBookmarked() const;

    BookmarkPanel *bookmarkPanel() const;
    Printing *printing() const { return m_printing; }
    /// Asks for a bookmark's title and note (a dialog) and stores it; returns its id, 0 if not.
    qint64 bookmarkTarget(const QString &docname, const QString &anchor);
    /// What a bookmark on `anchor` of `docname` would hold (title, section, context).
    Bookmark proposeBookmark(const QString &docname, const QString &anchor) const;
    /// Opens a bookmark's tree if need be and goes to its target, or says it is gone and offers
    /// the closest match.
    Landing openBookmark(const Bookmark &bookmark, bool newTab = false);

    FindBar *findBar() const { return m_findBar; }
    /// The bar above the page that offers to let the tree read files outside it.
    OutsideFilesBar *outsideFilesBar() const { return m_outsideBar; }
    QuickOpen *quickOpen() const { return m_quickOpen; }
    /// Edit > Preferences, once opened.
    PreferencesDialog *preferences() const { return m_preferences; }
    /// The search field and hits above the section tree, and the index they ask.
    SearchPanel *searchPanel() const { return m_searchPanel; }
    TreeSearch *treeSearch() const { return m_search; }
    qreal zoom() const;

Q_SIGNALS:
    void currentViewChanged();
    void currentUrlChanged();
    /// The start page of a big tree is shown while the rest is read.
    void firstPageShown(const QString &path);
    /// The whole tree asked for by openTree() is read and shown.
    void treeOpened(const QString &path);
    void treeOpenFailed(const QString &path, const QString &error);

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void createMenus();
    // mainwindow_chrome.cpp
    void updateChrome();
    void showRenderTime(qint64 ms);
    void noteReadingSection(const QString &docname, const QString &anchor);
    void updateBookmarkStar();
    /// The first size, or the one restored, made to fit the screen's available room.
    void fitToScreen(bool restored);
    /// The docks' first layout: side by side, or tabbed in one column on a narrow screen.
    void arrangeDocks(QDockWidget *sections, QDockWidget *sidebar, bool restored);
    void openFileDialog();
    void openFolderDialog();
    void showAbout();
    void onUrlChanged(const QUrl &url);
    /// Marks the section tree's row of `url`, opening the rows above it.
    void markSection(const QUrl &url);
    void showOpenError(const QString &error);
    QWidget *createSectionsPane();
    void createSidebar();
    /// The section tree, the sidebars and the problems, from the project as it is now.
    void showNavigation();
    /// The section tree and the sidebars from what was made of the project already.
    void showNavigation(NavNode navigation, const std::vector<TodoNote> &todos, ReadingOrder order);
    /// The section tree alone; made again for the same tree, it keeps the rows the reader opened.
    void showSectionTree(NavNode navigation);
    void setZoom(qreal factor);
    void createFileMenu(QToolBar *toolbar);
    void createViewMenus();
    // mainwindow_go.cpp
    void createGoMenu(QToolBar *toolbar);
    void createReadingOrderActions(QMenu *go);
    void createHistoryMenu(QMenu *go);
    /// Shows `docname` (nothing when empty) and puts the focus in the page.
    void goTo(const QString &docname, const QString &anchor = {});
    /// The keyboard goes to the page: Page Down, Space and the arrows scroll it.
    void focusPage();
    void fillRecentMenu();
    // mainwindow_reload.cpp
    /// A page's file changed: parsed again, indexed again, then shown again in every open page.
    void reloadDocument(const QString &docname);
    /// Puts the page's freshly rendered content into `page` without reloading it.
    void replaceArticle(PageView *page);
    void reopenTree();
    // mainwindow_open.cpp
    /// Reads the open tree again (a new Project) on the worker; `then` runs once it is in place.
    void readTreeAgain(std::function<void()> then);
    /// A tree's first pages, shown while the rest is read.
    void showFirstPage(const std::shared_ptr<Project> &project);
    /// The section tree of the pages read so far, while the rest is read.
    void showTreeSoFar(const NavNode &navigation);
    /// The whole tree read: made the open tree, its pages shown.
    void adoptTree(const std::shared_ptr<OpenedTree> &tree);
    /// Runs steps[from], then the next ones, each in a turn of the event loop of its own, while
    /// `adoption` is the tree being made the open one.
    void runInTurns(quint64 adoption, std::vector<std::function<void()>> steps, size_t from);
    void openFailed(const QString &error);
    /// The status bar's progress, once an open has taken longer than half a second.
    void showOpenProgress(int done, int total);
    void endOpenProgress();
    /// Makes `project` the one every part of the window reads (pages, navigation, bookmarks).
    void setProject(const std::shared_ptr<Project> &project);
    void createOpenProgress();
    /// Lets the open tree read the files of `folders` from now on, and reads it again.
    void allowOutside(const QStringList &folders);
    /// The bar above the page, for the folders the page of `docname` was refused.
    void showRefusedFolders(const QString &docname);
    void showQuickOpen();
    // mainwindow_search.cpp
    QWidget *createSearchPanel();
    void createSearchActions(QMenu *edit);
    /// Indexes the open tree for search in the background (reusing what the cache holds).
    void indexTree();
    /// Indexes one document again after its file changed, and asks the search shown again;
    /// true when a query is on its way (the panel says answered() then).
    bool reindexDocument(const QString &docname);
    void openSearchHit(const QString &docname, const QString &anchor, const QString &highlight);
    /// Finds the search hit's words on its page, from its section on, once the page is there.
    void highlightPending();
    void currentTabChanged();
    /// Shows `anchor` of `docname`, unless the current page shows it already.
    void openUnlessShown(const QString &docname, const QString &anchor);
    void flashPending();
    void followScroll();
    /// Draws the tree's Graphviz diagrams in the background, so their pages open at once.
    void prerenderGraphs(const QList<Graphviz::Source> &graphs);
    /// Writes `root` down as the last tree and `path` as the most recent, off the window's
    /// thread; then runs `then` on it.
    void rememberOpened(const QString &root, const QString &path, std::function<void()> then);
    void saveSession() const;
    /// Brings back the open tree's tabs as they were; false when it has no session saved.
    bool restoreSession();
    void reopenLastSession();
    void createBookmarkMenu(QToolBar *toolbar);
    void createPrintActions(QMenu *file, QAction *before, QToolBar *toolbar);
    // mainwindow_preferences.cpp
    void createPreferencesActions(QMenu *edit);
    void showPreferences();
    /// The theme and the page font size of the preferences, on the widgets and every page.
    void applyAppearance();
    // mainwindow_problems.cpp
    void createProblemsPanel();
    /// Lists the open tree's problems in the panel.
    void showProblems();
    void showProblems(std::vector<ProblemModel::Entry> entries);
    /// Opens `docname` at source line `line`, the element written from it flashed.
    void openAtLine(const QString &docname, int line);
    /// Scrolls the page to the line asked for, once the page is there.
    void revealPending();
    void showTreeContextMenu(const QPoint &pos);
    void showPageContextMenu(const QPoint &pos);
    /// Bookmarks the section at (x, y) of the page, or the one being read when x, y < 0.
    void bookmarkAt(qreal x, qreal y);
    /// After a tree opens: fetches the other projects' missing or week-old inventories in the
    /// background when the setting allows it (then resolves again), else says what is missing.
    void updateLinkInventories();
    /// The fetched inventories are in the cache: every reference is resolved again.
    void linkInventoriesFetched(int stored);

    std::shared_ptr<Project> m_project;
    SectionTreeModel *m_model = nullptr;
    QSortFilterProxyModel *m_filtered = nullptr;
    QLineEdit *m_filter = nullptr;
    FindBar *m_findBar = nullptr;
    OutsideFilesBar *m_outsideBar = nullptr;
    QMenu *m_recentMenu = nullptr;
    TreeWatcher *m_watcher = nullptr;
    QuickOpen *m_quickOpen = nullptr;
    Printing *m_printing = nullptr;
    QString m_flashAnchor; ///< a todo note to flash when its page has loaded
    PreferencesDialog *m_preferences = nullptr;
    int m_themeVersion = 0; ///< bumped when the page theme changes, so pages load it again
    ProblemPanel *m_problemPanel = nullptr;
    QDockWidget *m_problemDock = nullptr;
    QToolButton *m_problemsButton = nullptr; ///< the status bar's count, which shows the panel
    /// A problem opened: its page, and the line to scroll to once the page is up.
    struct PendingLine {
        QString docname;
        int line = 0;
    } m_pendingLine;
    TreeSearch *m_search = nullptr;
    SearchPanel *m_searchPanel = nullptr;
    /// A search hit opened: its page, section and the text to find there once the page is up.
    struct PendingHighlight {
        QString docname, anchor, text;
    } m_pendingHighlight;
    QTimer *m_scrollWatch = nullptr;
    QThread *m_graphThread = nullptr; ///< drawing the diagrams ahead of time
    QList<QThread *> m_settingsWrites; ///< writing down the trees just opened (rememberOpened)
    QTimer *m_showAfterEdit = nullptr; ///< the open pages are shown again once the search answered
    QTimer *m_refreshAfterEdit = nullptr; ///< navigation and sidebars follow an edit a moment later
    SchemeHandler *m_handler = nullptr;
    QTreeView *m_tree = nullptr;
    TabWidget *m_tabs = nullptr;
    QWebEngineProfile *m_profile = nullptr;
    Sidebar *m_sidebar = nullptr;
    QLabel *m_status = nullptr;
    OpenFailureNotice *m_openFailures = nullptr;
    QLabel *m_renderTime = nullptr;
    QAction *m_bookmarkSection = nullptr; ///< the toolbar's star
    struct {
        QString docname, anchor;
    } m_reading; ///< the section at the top of the page, as the page last said
    QElapsedTimer m_loadTimer;
    QString m_openedPath;
    TreeOpener *m_opener = nullptr;
    /// What the open in progress was asked for, and what to do when it ends.
    struct PendingOpen {
        QString path, anchor;
        OpenFailed failed;
        std::function<void()> opened;
        bool reread = false;          ///< the open tree read again: its pages stay where they are
        bool firstPageShown = false;  ///< showFirstPage ran: the pages are refreshed in place
    };
    std::optional<PendingOpen> m_pendingOpen;
    QString m_sectionTreeRoot; ///< the root of the tree the section tree shows
    QProgressBar *m_openProgress = nullptr;
    quint64 m_adoption = 0; ///< counts the trees made the open one; adoptTree's later turns check it
    QElapsedTimer m_openTimer;
    ReadingOrder m_readingOrder; ///< of the open tree, for Go > Previous, Next and Up
    InventoryFetcher *m_inventoryFetcher = nullptr; ///< made when first needed
};

} // namespace Docent
