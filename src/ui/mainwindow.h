// The reader's window: section tree on the left, the page in the middle, sidebar tabs on the right.
#pragma once

#include <QElapsedTimer>
#include <QMainWindow>

#include <memory>

class QTreeView;
class QTabWidget;
class QWebEngineView;
class QWebEngineProfile;
class QLabel;
class QLineEdit;
class QListView;
class QSortFilterProxyModel;
class QMenu;
class QAbstractItemView;
class QTimer;
class QThread;
class QToolBar;
class QAction;

namespace Docent {

class Project;
class SectionTreeModel;
class SchemeHandler;
class TodoModel;
class FindBar;
class PlanModel;
class ProblemModel;
class TreeWatcher;
class QuickOpen;
class OpenFailureNotice;
struct NavNode;
class BookmarkPanel;
class Printing;
struct Bookmark;
struct Landing;

class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Opens a tree or a file; on failure leaves the current tree open and returns the reason.
    bool openPath(const QString &path, QString *error, const QString &anchor = {});
    /// A path another program asked for (a second `docent PATH`, the file manager): opened, and the
    /// window brought to the front; a failure goes to one notice for all of them, not a dialog each.
    void openRequested(const QString &path, const QString &fragment);
    OpenFailureNotice *openFailures() const { return m_openFailures; }
    /// Opens Docent's own manual, embedded in the program.
    void openManual();
    void showDocument(const QString &docname, const QString &anchor = {});

    QTreeView *sectionTree() const { return m_tree; }
    QLineEdit *filterBox() const { return m_filter; }
    QTreeView *todoView() const { return m_todoView; }
    QListView *planView() const { return m_planView; }
    QTreeView *outlineView() const { return m_outlineView; }
    QListView *problemView() const { return m_problemView; }
    /// The page view of the current tab.
    QWebEngineView *view() const;
    QTabWidget *tabs() const { return m_tabs; }
    /// Opens `url` in a new tab; `activate` makes it the current one.
    QWebEngineView *openTab(const QUrl &url, bool activate);
    QTabWidget *sidebar() const { return m_sidebar; }
    QString currentDocname() const;

    BookmarkPanel *bookmarkPanel() const { return m_bookmarkPanel; }
    Printing *printing() const { return m_printing; }
    /// Asks for a bookmark's title and note (a dialog) and stores it; returns its id, 0 if not.
    qint64 bookmarkTarget(const QString &docname, const QString &anchor);
    /// What a bookmark on `anchor` of `docname` would hold (title, section, context).
    Bookmark proposeBookmark(const QString &docname, const QString &anchor) const;
    /// Opens a bookmark's tree if need be and goes to its target, or says it is gone and offers
    /// the closest match.
    Landing openBookmark(const Bookmark &bookmark, bool newTab = false);

    FindBar *findBar() const { return m_findBar; }
    QuickOpen *quickOpen() const { return m_quickOpen; }
    qreal zoom() const;

Q_SIGNALS:
    void currentViewChanged();
    void currentUrlChanged();

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void createMenus();
    void openFileDialog();
    void openFolderDialog();
    void showAbout();
    void onUrlChanged(const QUrl &url);
    void showOpenError(const QString &error);
    QWidget *createSectionsPane();
    void createSidebar();
    /// The section tree and the sidebars, from the project as it is now.
    void showNavigation();
    void refreshSidebar(const NavNode &navigation);
    void showOutline(const QString &docname);
    void setZoom(qreal factor);
    void rememberRecent(const QString &path);
    void fillRecentMenu();
    void reloadDocument(const QString &docname);
    /// Puts the page's freshly rendered content into `page` without reloading it.
    void replaceArticle(QWebEngineView *page);
    void reopenTree();
    void showQuickOpen();
    QWebEngineView *createView();
    void closeTab(int index);
    void currentTabChanged();
    void openIndex(const QModelIndex &index, int docnameRole, int anchorRole);
    void openOnActivation(QAbstractItemView *view, int docnameRole, int anchorRole);
    void flashPending();
    void followScroll();
    /// Draws the tree's Graphviz diagrams in the background, so their pages open at once.
    void prerenderGraphs();
    void saveSession() const;
    /// Brings back the open tree's tabs as they were; false when it has no session saved.
    bool restoreSession();
    void reopenLastSession();
    static void noteScroll(QWebEngineView *view, int y);
    static void restoreScrollOnLoad(QWebEngineView *view);
    void createBookmarkMenu(QToolBar *toolbar);
    void createPrintActions(QMenu *file, QAction *before, QToolBar *toolbar);
    void showTreeContextMenu(const QPoint &pos);
    void showPageContextMenu(const QPoint &pos);
    /// Bookmarks the section at (x, y) of the page, or the one being read when x, y < 0.
    void bookmarkAt(qreal x, qreal y);

    std::shared_ptr<Project> m_project;
    SectionTreeModel *m_model = nullptr;
    QSortFilterProxyModel *m_filtered = nullptr;
    QLineEdit *m_filter = nullptr;
    TodoModel *m_todos = nullptr;
    PlanModel *m_plans = nullptr;
    SectionTreeModel *m_outline = nullptr;
    ProblemModel *m_problems = nullptr;
    QListView *m_problemView = nullptr;
    QTreeView *m_todoView = nullptr;
    QListView *m_planView = nullptr;
    QTreeView *m_outlineView = nullptr;
    QString m_outlineDoc;
    FindBar *m_findBar = nullptr;
    QMenu *m_recentMenu = nullptr;
    TreeWatcher *m_watcher = nullptr;
    QuickOpen *m_quickOpen = nullptr;
    BookmarkPanel *m_bookmarkPanel = nullptr;
    Printing *m_printing = nullptr;
    QString m_flashAnchor; ///< a todo note to flash when its page has loaded
    QTimer *m_scrollWatch = nullptr;
    QThread *m_graphThread = nullptr; ///< drawing the diagrams ahead of time
    QTimer *m_refreshAfterEdit = nullptr; ///< navigation and sidebars follow an edit a moment later
    QString m_readingSection; ///< the section at the top of the page, marked in the outline
    SchemeHandler *m_handler = nullptr;
    QTreeView *m_tree = nullptr;
    QTabWidget *m_tabs = nullptr;
    QWebEngineProfile *m_profile = nullptr;
    QTabWidget *m_sidebar = nullptr;
    QLabel *m_status = nullptr;
    OpenFailureNotice *m_openFailures = nullptr;
    QLabel *m_renderTime = nullptr;
    QElapsedTimer m_loadTimer;
    QString m_openedPath;
};

} // namespace Docent
