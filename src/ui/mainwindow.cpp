#include "mainwindow.h"
#include "pages/projectcheck.h"
#include "pages/pagerenderer.h"

#include "aboutdialog.h"
#include "bookmarkpanel.h"
#include "bookmarks/bookmarklocator.h"
#include "bookmarks/bookmarkstore.h"
#include "icons.h"
#include "pagescripts.h"
#include "findbar.h"
#include "navigation/navigationtree.h"
#include "networkblocker.h"
#include "openfailurenotice.h"
#include "planmodel.h"
#include "problemmodel.h"
#include "quickopen.h"
#include "schemehandler.h"
#include "sectiontreemodel.h"
#include "pages/graphviz.h"
#include "sphinx/project.h"
#include "todomodel.h"
#include "treewatcher.h"
#include "webpage.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QFileInfo>
#include <QMouseEvent>
#include <QStyle>
#include <QCloseEvent>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QMimeData>
#include <QThread>
#include <QTimer>
#include <QToolBar>
#include <QFileDialog>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QSortFilterProxyModel>
#include <QVBoxLayout>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTreeView>
#include <QWebEngineHistory>
#include <QWebEngineProfile>
#include <QWebEngineScript>
#include <QWebEngineSettings>
#include <QWebEngineView>

namespace Docent {

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent)
{
    setWindowTitle(tr("Docent"));
    setWindowIcon(QIcon(QStringLiteral(":/docent/icon.svg")));

    m_profile = new QWebEngineProfile(this); // off the record: no cache or cookies on disk
    m_handler = new SchemeHandler(this);
    m_profile->installUrlSchemeHandler(SchemeHandler::scheme, m_handler);
    m_profile->setUrlRequestInterceptor(new NetworkBlocker(this));

    m_tabs = new QTabWidget(this);
    m_tabs->setDocumentMode(true);
    m_tabs->setTabsClosable(true);
    m_tabs->setMovable(true);
    m_tabs->setAccessibleName(tr("Pages"));
    m_findBar = new FindBar(this);
    m_tabs->addTab(createView(), tr("New Tab"));
    m_tabs->tabBar()->setAutoHide(true); // one page needs no tab bar
    connect(m_tabs, &QTabWidget::tabCloseRequested, this, &MainWindow::closeTab);
    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::currentTabChanged);
    auto *centre = new QWidget(this);
    auto *centreLayout = new QVBoxLayout(centre);
    centreLayout->setContentsMargins(0, 0, 0, 0);
    centreLayout->setSpacing(0);
    centreLayout->addWidget(m_tabs, 1);
    centreLayout->addWidget(m_findBar);
    setCentralWidget(centre);
    setAcceptDrops(true);
    qApp->installEventFilter(this); // the mouse's back and forward buttons, wherever they land
    currentTabChanged();
    // An empty page now starts the web engine's renderer while the tree is being read.
    view()->setUrl(QUrl(QStringLiteral("about:blank")));

    auto *treeDock = new QDockWidget(tr("Sections"), this);
    treeDock->setObjectName(QStringLiteral("sectionsDock"));
    treeDock->setWidget(createSectionsPane());
    addDockWidget(Qt::LeftDockWidgetArea, treeDock);

    createSidebar();
    auto *sideDock = new QDockWidget(tr("Sidebar"), this);
    sideDock->setObjectName(QStringLiteral("sidebarDock"));
    sideDock->setWidget(m_sidebar);
    addDockWidget(Qt::RightDockWidgetArea, sideDock);

    m_status = new QLabel(this);
    statusBar()->addWidget(m_status, 1);
    m_renderTime = new QLabel(this);
    m_renderTime->setToolTip(tr("Time to render and show the page"));
    statusBar()->addPermanentWidget(m_renderTime);
    m_openFailures = new OpenFailureNotice(this, statusBar());

    createMenus();

    // The outline marks the section being read; the page is asked where it is scrolled to.
    m_scrollWatch = new QTimer(this);
    m_scrollWatch->setInterval(400);
    connect(m_scrollWatch, &QTimer::timeout, this, &MainWindow::followScroll);
    m_scrollWatch->start();

    m_watcher = new TreeWatcher(this);
    connect(m_watcher, &TreeWatcher::documentChanged, this, &MainWindow::reloadDocument);
    connect(m_watcher, &TreeWatcher::treeChanged, this, &MainWindow::reopenTree);

    QSettings settings;
    setZoom(settings.value(QStringLiteral("view/zoom"), 1.0).toReal());
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1280, 800);
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    m_sidebar->setCurrentIndex(settings.value(QStringLiteral("window/sidebarTab"), 0).toInt());
    resizeDocks({treeDock, sideDock}, {300, 320}, Qt::Horizontal);
}

QWidget *MainWindow::createSectionsPane()
{
    m_model = new SectionTreeModel(this);
    m_filtered = new QSortFilterProxyModel(this);
    m_filtered->setSourceModel(m_model);
    m_filtered->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_filtered->setRecursiveFilteringEnabled(true); // a match keeps its parents visible
    m_filter = new QLineEdit(this);
    m_filter->setPlaceholderText(tr("Filter titles"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter sections"));
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_filtered->setFilterFixedString(text);
        if (!text.isEmpty())
            m_tree->expandAll();
    });
    m_tree = new QTreeView(this);
    m_tree->setModel(m_filtered);
    m_tree->setHeaderHidden(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setAccessibleName(tr("Sections"));
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_tree, &QWidget::customContextMenuRequested, this, &MainWindow::showTreeContextMenu);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                openIndex(current, SectionTreeModel::DocnameRole, SectionTreeModel::AnchorRole);
            });
    auto *pane = new QWidget(this);
    auto *layout = new QVBoxLayout(pane);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_filter);
    layout->addWidget(m_tree);
    setTabOrder(m_filter, m_tree);
    return pane;
}

void MainWindow::createSidebar()
{
    m_sidebar = new QTabWidget(this);
    m_sidebar->setAccessibleName(tr("Sidebar"));

    m_todos = new TodoModel(this);
    m_todoView = new QTreeView(this);
    m_todoView->setModel(m_todos);
    m_todoView->setHeaderHidden(true);
    m_todoView->setWordWrap(true);
    m_todoView->setAccessibleName(tr("Todos"));
    openOnActivation(m_todoView, TodoModel::DocnameRole, TodoModel::AnchorRole);
    // The note a reader picked flashes once its page is there, so the eye finds it.
    const auto flashPickedNote = [this](const QModelIndex &i) {
        const QString anchor = i.data(TodoModel::AnchorRole).toString();
        if (anchor.startsWith(QStringLiteral("todo-")))
            m_flashAnchor = anchor;
    };
    connect(m_todoView, &QAbstractItemView::clicked, this, flashPickedNote);
    connect(m_todoView, &QAbstractItemView::activated, this, flashPickedNote);
    m_sidebar->addTab(m_todoView, tr("Todos"));

    m_plans = new PlanModel(this);
    m_planView = new QListView(this);
    m_planView->setModel(m_plans);
    m_planView->setAccessibleName(tr("Plans"));
    m_planView->setWordWrap(true);
    m_planView->setSpacing(2);
    openOnActivation(m_planView, PlanModel::DocnameRole, -1);
    m_sidebar->addTab(m_planView, tr("Plans"));

    m_outline = new SectionTreeModel(this);
    m_outlineView = new QTreeView(this);
    m_outlineView->setModel(m_outline);
    m_outlineView->setHeaderHidden(true);
    m_outlineView->setAccessibleName(tr("Outline"));
    openOnActivation(m_outlineView, SectionTreeModel::DocnameRole, SectionTreeModel::AnchorRole);
    m_sidebar->addTab(m_outlineView, tr("Outline"));

    m_bookmarkPanel = new BookmarkPanel(BookmarkStore::defaultPath(), this);
    connect(m_bookmarkPanel, &BookmarkPanel::openRequested, this,
            [this](const Bookmark &b, bool newTab) { openBookmark(b, newTab); });
    connect(m_bookmarkPanel, &BookmarkPanel::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 8000); });
    m_sidebar->addTab(m_bookmarkPanel, tr("Bookmarks"));
    // A damaged or unreadable bookmark file is reported once the window is up, not hidden.
    if (const QString problem = m_bookmarkPanel->openingProblem(); !problem.isEmpty()) {
        QTimer::singleShot(0, this, [this, problem] {
            auto *box = new QMessageBox(QMessageBox::Warning, tr("Bookmarks"), problem, QMessageBox::Ok, this);
            box->setObjectName(QStringLiteral("bookmarkStoreProblem"));
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->open();
        });
    }

    m_problems = new ProblemModel(this);
    m_problemView = new QListView(this);
    m_problemView->setModel(m_problems);
    m_problemView->setUniformItemSizes(true);
    m_problemView->setAccessibleName(tr("Problems"));
    openOnActivation(m_problemView, ProblemModel::DocnameRole, -1);
    m_sidebar->addTab(m_problemView, tr("Problems"));
}

void MainWindow::followScroll()
{
    if (!isVisible() || !view() || currentDocname().isEmpty())
        return;
    const QString docname = currentDocname();
    QWebEngineView *page = view();
    // The page tells where it is scrolled to: the section at the top, and by how much (kept for
    // the session).
    page->page()->runJavaScript(
        QStringLiteral("[%1, window.scrollY]").arg(sectionAtScript(-1, -1)),
        QWebEngineScript::ApplicationWorld, [this, docname, page](const QVariant &result) {
            // No answer when the page is being destroyed (closing the window): its view is going too.
            const QVariantList answer = result.toList();
            if (answer.size() != 2 || docname != currentDocname() || page != view())
                return;
            noteScroll(page, answer[1].toInt());
            const QString anchor = answer[0].toString();
            if (anchor == m_readingSection)
                return;
            m_readingSection = anchor;
            const QModelIndex index = m_outline->indexFor(docname, anchor);
            if (!index.isValid() || index.data(SectionTreeModel::AnchorRole).toString() != anchor) {
                m_outlineView->clearSelection();
                return;
            }
            const QSignalBlocker block(m_outlineView->selectionModel());
            m_outlineView->setCurrentIndex(index);
            m_outlineView->scrollTo(index);
        });
}

void MainWindow::flashPending()
{
    if (m_flashAnchor.isEmpty() || view()->url().fragment() != m_flashAnchor)
        return;
    // Runs in Docent's own script world: the page's CSP (no scripts) does not apply to it. Until
    // the page holds the note (it may still be loading), the request stays pending.
    const QString anchor = m_flashAnchor;
    view()->page()->runJavaScript(
        QStringLiteral("(function(){var e=document.getElementById('%1');if(!e)return false;"
                       "e.classList.remove('flash');void e.offsetWidth;e.classList.add('flash');return true;})()")
            .arg(anchor),
        QWebEngineScript::ApplicationWorld, [this, anchor](const QVariant &done) {
            if (done.toBool() && m_flashAnchor == anchor)
                m_flashAnchor.clear();
        });
}

void MainWindow::openOnActivation(QAbstractItemView *view, int docnameRole, int anchorRole)
{
    // A click opens the entry; so does Enter, for keyboard use.
    const auto open = [this, docnameRole, anchorRole](const QModelIndex &i) { openIndex(i, docnameRole, anchorRole); };
    connect(view, &QAbstractItemView::clicked, this, open);
    connect(view, &QAbstractItemView::activated, this, open);
}

void MainWindow::openIndex(const QModelIndex &index, int docnameRole, int anchorRole)
{
    const QString docname = index.data(docnameRole).toString();
    const QString anchor = anchorRole >= 0 ? index.data(anchorRole).toString() : QString();
    if (docname.isEmpty())
        return;
    if (docname == currentDocname() && anchor == view()->url().fragment())
        return;
    showDocument(docname, anchor);
}

void MainWindow::showNavigation()
{
    const NavNode navigation = NavigationTree::build(*m_project);
    m_model->setNavigation(navigation);
    m_tree->expandToDepth(0);
    refreshSidebar(navigation);
}

void MainWindow::refreshSidebar(const NavNode &navigation)
{
    const std::vector<TodoNote> todos = NavigationTree::todos(*m_project);
    m_todos->setTodos(*m_project, todos);
    m_todoView->expandAll();
    m_sidebar->setTabText(m_sidebar->indexOf(m_todoView),
                          todos.empty() ? tr("Todos") : tr("Todos (%1)").arg(todos.size()));
    // The words that make a section a list of plans can be set in the settings ("plans/words").
    // So can the names of folders holding one plan per page ("plans/folders", e.g. specs/).
    const QSettings settings;
    const QStringList planWords = settings.value(QStringLiteral("plans/words"), defaultPlanWords()).toStringList();
    const QStringList planFolders = settings.value(QStringLiteral("plans/folders"), defaultPlanFolders()).toStringList();
    std::vector<NavNode> plans = NavigationTree::plans(navigation, planWords);
    for (NavNode &page : NavigationTree::planFolders(*m_project, planFolders)) {
        if (std::none_of(plans.begin(), plans.end(), [&](const NavNode &p) { return p.docname == page.docname; }))
            plans.push_back(std::move(page));
    }
    m_plans->setPlans(plans, todos);
    m_problems->setProblems(checkProject(*m_project), m_project->root());
    m_sidebar->setTabText(m_sidebar->indexOf(m_problemView), m_problems->errorCount() == 0
                                                                 ? tr("Problems")
                                                                 : tr("Problems (%1)").arg(m_problems->errorCount()));
    m_outlineDoc.clear();
}

void MainWindow::showOutline(const QString &docname)
{
    if (docname == m_outlineDoc)
        return;
    m_outlineDoc = docname;
    const Project::Document *doc = m_project ? m_project->document(docname) : nullptr;
    m_outline->setNodes(doc ? NavigationTree::outline(*doc->doctree, docname) : std::vector<NavNode>{});
    m_outlineView->expandAll();
}

MainWindow::~MainWindow()
{
    if (m_graphThread) {
        m_graphThread->requestInterruption();
        m_graphThread->wait();
        delete m_graphThread;
    }
    // Pages must go before their profile.
    while (m_tabs->count())
        delete m_tabs->widget(0);
}

QWebEngineView *MainWindow::view() const { return qobject_cast<QWebEngineView *>(m_tabs->currentWidget()); }

QWebEngineView *MainWindow::createView()
{
    auto *view = new QWebEngineView(this);
    auto *page = new WebPage(m_profile, view);
    page->newTabPage = [this] { return openTab({}, false)->page(); };
    view->setPage(page);
    view->settings()->setAttribute(QWebEngineSettings::JavascriptCanOpenWindows, false);
    view->settings()->setAttribute(QWebEngineSettings::LocalContentCanAccessRemoteUrls, false);
    view->setAccessibleName(tr("Page"));
    view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(view, &QWidget::customContextMenuRequested, this, &MainWindow::showPageContextMenu);
    view->setZoomFactor(QSettings().value(QStringLiteral("view/zoom"), 1.0).toReal());
    connect(view, &QWebEngineView::urlChanged, this, [this, view](const QUrl &url) {
        if (view == this->view())
            onUrlChanged(url);
    });
    connect(view, &QWebEngineView::titleChanged, this, [this, view](const QString &title) {
        const int i = m_tabs->indexOf(view);
        if (i >= 0)
            m_tabs->setTabText(i, title.size() > 40 ? title.left(39) + QStringLiteral("…") : title);
    });
    // The status bar tells how long a page took, from the request to the finished load.
    connect(view, &QWebEngineView::loadStarted, this, [this, view] {
        if (view == this->view())
            m_loadTimer.start();
    });
    connect(view, &QWebEngineView::loadFinished, this, [this, view](bool ok) {
        if (ok && view == this->view() && m_loadTimer.isValid())
            m_renderTime->setText(tr("%1 ms").arg(m_loadTimer.elapsed()));
        if (ok && view == this->view())
            flashPending();
        if (ok)
            restoreScrollOnLoad(view);
    });
    return view;
}

QWebEngineView *MainWindow::openTab(const QUrl &url, bool activate)
{
    QWebEngineView *view = createView();
    const int index = m_tabs->insertTab(m_tabs->currentIndex() + 1, view, tr("New Tab"));
    if (!url.isEmpty())
        view->setUrl(url);
    if (activate)
        m_tabs->setCurrentIndex(index);
    return view;
}

void MainWindow::closeTab(int index)
{
    if (m_tabs->count() <= 1)
        return; // the window always shows a page
    QWidget *w = m_tabs->widget(index);
    m_tabs->removeTab(index);
    delete w;
}

void MainWindow::currentTabChanged()
{
    if (!view())
        return;
    m_findBar->setPage(view()->page());
    Q_EMIT currentViewChanged();
    onUrlChanged(view()->url());
}

void MainWindow::createMenus()
{
    QToolBar *toolbar = addToolBar(tr("Navigation"));
    toolbar->setObjectName(QStringLiteral("navigationToolbar"));
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *openFile = file->addAction(tr("Open &File…"), this, &MainWindow::openFileDialog);
    openFile->setShortcut(QKeySequence::Open);
    QAction *openFolder = file->addAction(tr("Open F&older…"), this, &MainWindow::openFolderDialog);
    openFolder->setShortcut(QKeySequence(tr("Ctrl+Shift+O")));
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::fillRecentMenu);
    QAction *reopen = file->addAction(tr("Reopen &Last Session"), this, &MainWindow::reopenLastSession);
    reopen->setShortcut(QKeySequence(tr("Ctrl+Shift+T")));
    reopen->setToolTip(tr("The last tree you read, with its tabs and places"));
    file->addSeparator();
    QAction *newTab = file->addAction(tr("New &Tab"), this, [this] { openTab(view()->url(), true); });
    newTab->setShortcut(QKeySequence::AddTab);
    QAction *closeTabAction = file->addAction(tr("&Close Tab"), this, [this] { closeTab(m_tabs->currentIndex()); });
    closeTabAction->setShortcuts({QKeySequence(tr("Ctrl+W")), QKeySequence(QKeySequence::Close)});
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);
    createPrintActions(file, quit, toolbar);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *find = edit->addAction(tr("&Find in Page…"), m_findBar, &FindBar::activate);
    find->setShortcut(QKeySequence::Find);
    QAction *copyLink = edit->addAction(tr("Copy &Link to This Section"), this, [this] {
        QApplication::clipboard()->setText(view()->url().toString());
    });
    copyLink->setShortcut(QKeySequence(tr("Ctrl+Shift+C")));

    QMenu *viewMenu = menuBar()->addMenu(tr("&View"));
    QAction *zoomIn = viewMenu->addAction(tr("Zoom &In"), this, [this] { setZoom(zoom() * 1.1); });
    zoomIn->setShortcuts({QKeySequence::ZoomIn, QKeySequence(tr("Ctrl+="))});
    QAction *zoomOut = viewMenu->addAction(tr("Zoom &Out"), this, [this] { setZoom(zoom() / 1.1); });
    zoomOut->setShortcut(QKeySequence::ZoomOut);
    QAction *zoomReset = viewMenu->addAction(tr("&Actual Size"), this, [this] { setZoom(1.0); });
    zoomReset->setShortcut(QKeySequence(tr("Ctrl+0")));
    viewMenu->addSeparator();
    for (QDockWidget *dock : findChildren<QDockWidget *>())
        viewMenu->addAction(dock->toggleViewAction());

    QMenu *go = menuBar()->addMenu(tr("&Go"));
    QAction *back = go->addAction(tr("&Back"), this, [this] { view()->back(); });
    back->setShortcut(QKeySequence::Back);
    QAction *forward = go->addAction(tr("&Forward"), this, [this] { view()->forward(); });
    forward->setShortcut(QKeySequence::Forward);
    QAction *quickOpen = go->addAction(tr("Go to &Page or Section…"), this, &MainWindow::showQuickOpen);
    quickOpen->setShortcut(QKeySequence(tr("Ctrl+K")));
    QMenu *historyMenu = go->addMenu(tr("&History"));
    connect(historyMenu, &QMenu::aboutToShow, this, [this, historyMenu] {
        historyMenu->clear();
        const QList<QWebEngineHistoryItem> items = view()->history()->items();
        const int current = view()->history()->currentItemIndex();
        for (qsizetype i = items.size() - 1; i >= 0 && i >= items.size() - 20; --i) {
            const QWebEngineHistoryItem item = items[i];
            QAction *a = historyMenu->addAction(item.title().isEmpty() ? item.url().toString() : item.title(), this,
                                                [this, item] { view()->history()->goToItem(item); });
            a->setCheckable(true);
            a->setChecked(i == current);
        }
        if (items.isEmpty())
            historyMenu->addAction(tr("No pages visited yet"))->setEnabled(false);
    });
    back->setIcon(themedIcon(QStringLiteral("go-previous")));
    forward->setIcon(themedIcon(QStringLiteral("go-next")));
    toolbar->insertAction(toolbar->actions().value(0), forward);
    toolbar->insertAction(forward, back);
    auto updateHistoryActions = [this, back, forward] {
        back->setEnabled(view()->history()->canGoBack());
        forward->setEnabled(view()->history()->canGoForward());
    };
    connect(this, &MainWindow::currentViewChanged, this, updateHistoryActions);
    connect(this, &MainWindow::currentUrlChanged, this, updateHistoryActions);
    updateHistoryActions();

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    createBookmarkMenu(toolbar);
    QAction *manual = help->addAction(tr("&Manual"), this, &MainWindow::openManual);
    manual->setShortcut(QKeySequence::HelpContents);
    help->addAction(tr("&About Docent"), this, &MainWindow::showAbout);
}

bool MainWindow::openPath(const QString &path, QString *error, const QString &anchor)
{
    auto project = Project::open(path, error);
    if (!project)
        return false;
    saveSession(); // of the tree being left
    m_project = std::make_shared<Project>(std::move(*project));
    m_handler->setProject(m_project);
    showNavigation();
    m_watcher->watch(*m_project);
    m_bookmarkPanel->setOpenTree(m_project->root(), m_project->title());
    m_openedPath = path;
    setWindowTitle(tr("%1 — Docent").arg(m_project->title()));
    if (!path.startsWith(u':')) {
        QSettings().setValue(QStringLiteral("session/lastTree"), m_project->root());
        rememberRecent(QFileInfo(path).absoluteFilePath());
    }
    view()->history()->clear();
    // Once the first page is up: `dot` competing for the CPU would slow the start itself.
    QTimer::singleShot(1500, this, &MainWindow::prerenderGraphs);
    // A whole tree opens as it was left; a file or an anchor asks for one place.
    if (!anchor.isEmpty() || !QFileInfo(path).isDir() || !restoreSession())
        showDocument(m_project->startDoc(), anchor);
    return true;
}

void MainWindow::prerenderGraphs()
{
    // Graphviz takes a few hundred milliseconds a diagram: drawn now, off the window's thread,
    // the pages that hold them open at once from the cache. Only the sources cross threads.
    if (Graphviz::dotPath().isEmpty() || (m_graphThread && m_graphThread->isRunning()))
        return;
    QList<Graphviz::Source> graphs;
    for (const QString &docname : m_project->docnames())
        graphs += Graphviz::sourcesIn(*m_project->document(docname)->doctree);
    if (graphs.isEmpty())
        return;
    delete m_graphThread;
    m_graphThread = QThread::create([graphs] {
        for (const Graphviz::Source &g : graphs) {
            if (QThread::currentThread()->isInterruptionRequested())
                return;
            QString error;
            Graphviz::toSvg(g.code, g.layout, &error);
        }
    });
    m_graphThread->start(QThread::LowPriority);
}

void MainWindow::openManual()
{
    QString error;
    if (!openPath(QStringLiteral(":/manual"), &error))
        showOpenError(error);
}

void MainWindow::openRequested(const QString &path, const QString &fragment)
{
    QString error;
    if (!path.isEmpty() && !openPath(path, &error, fragment))
        m_openFailures->report(error);
    show();
    raise();
    activateWindow();
}

void MainWindow::showDocument(const QString &docname, const QString &anchor)
{
    if (!m_project || !m_project->document(docname))
        return;
    view()->setUrl(SchemeHandler::pageUrl(docname, anchor));
}

QString MainWindow::currentDocname() const { return SchemeHandler::docnameOf(view()->url()); }

void MainWindow::onUrlChanged(const QUrl &url)
{
    Q_EMIT currentUrlChanged();
    flashPending(); // a note on the page already shown: no load will follow
    const QString docname = SchemeHandler::docnameOf(url);
    if (docname.isEmpty() || !m_project)
        return;
    const QModelIndex source = m_model->indexFor(docname, url.fragment());
    const QModelIndex index = m_filtered->mapFromSource(source);
    if (index.isValid() && m_tree->currentIndex() != index) {
        const QSignalBlocker block(m_tree->selectionModel());
        m_tree->setCurrentIndex(index);
        m_tree->expand(index); // a landing page opens onto its sections
        m_tree->scrollTo(index);
        m_tree->viewport()->update();
    }
    showOutline(docname);
    if (const auto *doc = m_project->document(docname))
        m_status->setText(doc->path.startsWith(u':') ? tr("Docent manual: %1.rst").arg(docname) : doc->path);
}

void MainWindow::openFileDialog()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open reStructuredText File"), QString(),
                                                      tr("reStructuredText (*.rst *.rest *.txt);;All files (*)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!openPath(path, &error))
        showOpenError(error);
}

void MainWindow::openFolderDialog()
{
    const QString path = QFileDialog::getExistingDirectory(this, tr("Open Documentation Folder"));
    if (path.isEmpty())
        return;
    QString error;
    if (!openPath(path, &error))
        showOpenError(error);
}

void MainWindow::showOpenError(const QString &error)
{
    QMessageBox::warning(this, tr("Cannot open"), error);
}

void MainWindow::showAbout()
{
    AboutDialog dialog(this);
    dialog.exec();
}

void MainWindow::reloadDocument(const QString &docname)
{
    if (!m_project)
        return;
    // Only this page is parsed again, and the page is shown first: its new content replaces the
    // old in place (no reload: the scroll position stays, images stay loaded). Every open page is
    // refreshed, as links and titles in others may name the page that changed.
    m_project->reloadDocument(docname);
    for (int i = 0; i < m_tabs->count(); ++i)
        replaceArticle(static_cast<QWebEngineView *>(m_tabs->widget(i)));
    // Then the navigation and the sidebars, once the page has had its turn.
    if (!m_refreshAfterEdit) {
        m_refreshAfterEdit = new QTimer(this);
        m_refreshAfterEdit->setSingleShot(true);
        m_refreshAfterEdit->setInterval(50);
        connect(m_refreshAfterEdit, &QTimer::timeout, this, [this] {
            showNavigation();
            onUrlChanged(view()->url());
        });
    }
    m_refreshAfterEdit->start();
}

void MainWindow::replaceArticle(QWebEngineView *page)
{
    const QString docname = SchemeHandler::docnameOf(page->url());
    const Project::Document *doc = m_project->document(docname);
    if (!doc)
        return;
    const QByteArray args = QJsonDocument(QJsonArray{PageRenderer(*m_project).body(docname), doc->title}).toJson(QJsonDocument::Compact);
    page->page()->runJavaScript(
        QStringLiteral("(function(html,title){var a=document.querySelector('article.document');"
                       "if(!a)return false;a.innerHTML=html;document.title=title;return true;}).apply(null,%1)")
            .arg(QString::fromUtf8(args)),
        QWebEngineScript::ApplicationWorld, [page](const QVariant &done) {
            if (!done.toBool())
                page->reload(); // still loading, or not a page of ours: load it afresh
        });
}

void MainWindow::reopenTree()
{
    // A page appeared or vanished: read the tree again and stay where the reader was.
    const QUrl here = view()->url();
    auto project = Project::open(m_openedPath, nullptr);
    if (!project)
        return;
    m_project = std::make_shared<Project>(std::move(*project));
    m_handler->setProject(m_project);
    showNavigation();
    // Once the first page is up: `dot` competing for the CPU would slow the start itself.
    QTimer::singleShot(1500, this, &MainWindow::prerenderGraphs);
    m_watcher->watch(*m_project);
    const QString docname = SchemeHandler::docnameOf(here);
    showDocument(m_project->document(docname) ? docname : m_project->startDoc(), here.fragment());
}

void MainWindow::showQuickOpen()
{
    if (!m_project)
        return;
    if (!m_quickOpen) {
        m_quickOpen = new QuickOpen(this);
        connect(m_quickOpen, &QuickOpen::chosen, this, [this](const QString &docname, const QString &anchor) {
            showDocument(docname, anchor);
        });
    }
    m_quickOpen->setNavigation(NavigationTree::build(*m_project));
    m_quickOpen->field()->clear();
    m_quickOpen->show();
    m_quickOpen->raise();
    m_quickOpen->activateWindow();
    m_quickOpen->field()->setFocus();
}

qreal MainWindow::zoom() const { return view()->zoomFactor(); }

void MainWindow::setZoom(qreal factor)
{
    factor = std::clamp(factor, 0.3, 5.0);
    for (int i = 0; i < m_tabs->count(); ++i)
        static_cast<QWebEngineView *>(m_tabs->widget(i))->setZoomFactor(factor);
    QSettings().setValue(QStringLiteral("view/zoom"), factor);
}

void MainWindow::rememberRecent(const QString &path)
{
    QSettings settings;
    QStringList recent = settings.value(QStringLiteral("session/recent")).toStringList();
    recent.removeAll(path);
    recent.prepend(path);
    settings.setValue(QStringLiteral("session/recent"), recent.mid(0, 10));
}

void MainWindow::fillRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = QSettings().value(QStringLiteral("session/recent")).toStringList();
    for (const QString &path : recent) {
        m_recentMenu->addAction(path, this, [this, path] {
            QString error;
            if (!openPath(path, &error))
                showOpenError(error);
        });
    }
    if (recent.isEmpty())
        m_recentMenu->addAction(tr("No recent trees"))->setEnabled(false);
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls() && event->mimeData()->urls().first().isLocalFile())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QString path = event->mimeData()->urls().first().toLocalFile();
    QString error;
    if (!openPath(path, &error))
        showOpenError(error);
    event->acceptProposedAction();
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::MouseButtonPress) {
        auto *widget = qobject_cast<QWidget *>(watched);
        const auto *mouse = static_cast<QMouseEvent *>(event);
        if (widget && widget->window() == this) {
            if (mouse->button() == Qt::BackButton) {
                view()->back();
                return true;
            }
            if (mouse->button() == Qt::ForwardButton) {
                view()->forward();
                return true;
            }
        }
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("window/sidebarTab"), m_sidebar->currentIndex());
    saveSession();
    event->accept();
}

} // namespace Docent
