#include "mainwindow.h"

#include "aboutdialog.h"
#include "findbar.h"
#include "navigationtree.h"
#include "networkblocker.h"
#include "planmodel.h"
#include "problemmodel.h"
#include "quickopen.h"
#include "schemehandler.h"
#include "sectiontreemodel.h"
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
#include <QToolBar>
#include <QFileDialog>
#include <QHeaderView>
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
#include <QTabWidget>
#include <QTreeView>
#include <QWebEngineHistory>
#include <QWebEngineProfile>
#include <QWebEngineSettings>
#include <QWebEngineView>

namespace Docent {
namespace {

QWidget *placeholder(const QString &text)
{
    auto *label = new QLabel(text);
    label->setAlignment(Qt::AlignCenter);
    label->setWordWrap(true);
    label->setEnabled(false);
    label->setMargin(12);
    return label;
}

} // namespace

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent)
{
    setWindowTitle(tr("Docent"));
    setWindowIcon(QIcon(QStringLiteral(":/docent/icon.svg")));

    auto *profile = new QWebEngineProfile(this); // off the record: no cache or cookies on disk
    m_handler = new SchemeHandler(this);
    profile->installUrlSchemeHandler(SchemeHandler::scheme, m_handler);
    profile->setUrlRequestInterceptor(new NetworkBlocker(this));

    m_view = new QWebEngineView(this);
    m_view->setPage(new WebPage(profile, m_view));
    m_view->settings()->setAttribute(QWebEngineSettings::JavascriptCanOpenWindows, false);
    m_view->settings()->setAttribute(QWebEngineSettings::LocalContentCanAccessRemoteUrls, false);
    m_view->setAccessibleName(tr("Page"));
    m_findBar = new FindBar(this);
    m_findBar->setPage(m_view->page());
    auto *centre = new QWidget(this);
    auto *centreLayout = new QVBoxLayout(centre);
    centreLayout->setContentsMargins(0, 0, 0, 0);
    centreLayout->setSpacing(0);
    centreLayout->addWidget(m_view, 1);
    centreLayout->addWidget(m_findBar);
    setCentralWidget(centre);
    setAcceptDrops(true);
    qApp->installEventFilter(this); // the mouse's back and forward buttons, wherever they land
    connect(m_view, &QWebEngineView::urlChanged, this, &MainWindow::onUrlChanged);
    // The status bar tells how long a page took, from the request to the finished load.
    connect(m_view, &QWebEngineView::loadStarted, this, [this] { m_loadTimer.start(); });
    connect(m_view, &QWebEngineView::loadFinished, this, [this](bool ok) {
        if (ok && m_loadTimer.isValid())
            m_renderTime->setText(tr("%1 ms").arg(m_loadTimer.elapsed()));
    });

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

    createMenus();

    m_watcher = new TreeWatcher(this);
    connect(m_watcher, &TreeWatcher::documentChanged, this, &MainWindow::reloadDocument);
    connect(m_watcher, &TreeWatcher::treeChanged, this, &MainWindow::reopenTree);

    QSettings settings;
    setZoom(settings.value(QStringLiteral("view/zoom"), 1.0).toReal());
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1280, 800);
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
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
    connect(m_todoView, &QTreeView::activated, this, [this](const QModelIndex &i) {
        openIndex(i, TodoModel::DocnameRole, TodoModel::AnchorRole);
    });
    connect(m_todoView, &QTreeView::clicked, this, [this](const QModelIndex &i) {
        openIndex(i, TodoModel::DocnameRole, TodoModel::AnchorRole);
    });
    m_sidebar->addTab(m_todoView, tr("Todos"));

    m_plans = new PlanModel(this);
    m_planView = new QListView(this);
    m_planView->setModel(m_plans);
    m_planView->setAccessibleName(tr("Plans"));
    connect(m_planView, &QListView::clicked, this,
            [this](const QModelIndex &i) { openIndex(i, PlanModel::DocnameRole, -1); });
    connect(m_planView, &QListView::activated, this,
            [this](const QModelIndex &i) { openIndex(i, PlanModel::DocnameRole, -1); });
    m_sidebar->addTab(m_planView, tr("Plans"));

    m_outline = new SectionTreeModel(this);
    m_outlineView = new QTreeView(this);
    m_outlineView->setModel(m_outline);
    m_outlineView->setHeaderHidden(true);
    m_outlineView->setAccessibleName(tr("Outline"));
    connect(m_outlineView, &QTreeView::clicked, this, [this](const QModelIndex &i) {
        openIndex(i, SectionTreeModel::DocnameRole, SectionTreeModel::AnchorRole);
    });
    connect(m_outlineView, &QTreeView::activated, this, [this](const QModelIndex &i) {
        openIndex(i, SectionTreeModel::DocnameRole, SectionTreeModel::AnchorRole);
    });
    m_sidebar->addTab(m_outlineView, tr("Outline"));

    m_sidebar->addTab(placeholder(tr("Your bookmarks will be listed here.")), tr("Bookmarks"));

    m_problems = new ProblemModel(this);
    m_problemView = new QListView(this);
    m_problemView->setModel(m_problems);
    m_problemView->setUniformItemSizes(true);
    m_problemView->setAccessibleName(tr("Problems"));
    connect(m_problemView, &QListView::clicked, this,
            [this](const QModelIndex &i) { openIndex(i, ProblemModel::DocnameRole, -1); });
    connect(m_problemView, &QListView::activated, this,
            [this](const QModelIndex &i) { openIndex(i, ProblemModel::DocnameRole, -1); });
    m_sidebar->addTab(m_problemView, tr("Problems"));
}

void MainWindow::openIndex(const QModelIndex &index, int docnameRole, int anchorRole)
{
    const QString docname = index.data(docnameRole).toString();
    const QString anchor = anchorRole >= 0 ? index.data(anchorRole).toString() : QString();
    if (docname.isEmpty())
        return;
    if (docname == currentDocname() && anchor == m_view->url().fragment())
        return;
    showDocument(docname, anchor);
}

void MainWindow::refreshSidebar()
{
    const std::vector<TodoNote> todos = NavigationTree::todos(*m_project);
    m_todos->setTodos(*m_project, todos);
    m_todoView->expandAll();
    m_sidebar->setTabText(m_sidebar->indexOf(m_todoView),
                          todos.empty() ? tr("Todos") : tr("Todos (%1)").arg(todos.size()));
    m_plans->setPlans(NavigationTree::plans(NavigationTree::build(*m_project), defaultPlanWords()), todos);
    m_problems->setProblems(m_project->problems(), m_project->root());
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
    // The page must go before its profile.
    delete m_view;
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *openFile = file->addAction(tr("Open &File…"), this, &MainWindow::openFileDialog);
    openFile->setShortcut(QKeySequence::Open);
    QAction *openFolder = file->addAction(tr("Open F&older…"), this, &MainWindow::openFolderDialog);
    openFolder->setShortcut(QKeySequence(tr("Ctrl+Shift+O")));
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::fillRecentMenu);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *find = edit->addAction(tr("&Find in Page…"), m_findBar, &FindBar::activate);
    find->setShortcut(QKeySequence::Find);
    QAction *copyLink = edit->addAction(tr("Copy &Link to This Section"), this, [this] {
        QApplication::clipboard()->setText(m_view->url().toString());
    });
    copyLink->setShortcut(QKeySequence(tr("Ctrl+Shift+C")));

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *zoomIn = view->addAction(tr("Zoom &In"), this, [this] { setZoom(zoom() * 1.1); });
    zoomIn->setShortcuts({QKeySequence::ZoomIn, QKeySequence(tr("Ctrl+="))});
    QAction *zoomOut = view->addAction(tr("Zoom &Out"), this, [this] { setZoom(zoom() / 1.1); });
    zoomOut->setShortcut(QKeySequence::ZoomOut);
    QAction *zoomReset = view->addAction(tr("&Actual Size"), this, [this] { setZoom(1.0); });
    zoomReset->setShortcut(QKeySequence(tr("Ctrl+0")));
    view->addSeparator();
    for (QDockWidget *dock : findChildren<QDockWidget *>())
        view->addAction(dock->toggleViewAction());

    QMenu *go = menuBar()->addMenu(tr("&Go"));
    QAction *back = go->addAction(tr("&Back"), m_view, &QWebEngineView::back);
    back->setShortcut(QKeySequence::Back);
    QAction *forward = go->addAction(tr("&Forward"), m_view, &QWebEngineView::forward);
    forward->setShortcut(QKeySequence::Forward);
    QAction *quickOpen = go->addAction(tr("Go to &Page or Section…"), this, &MainWindow::showQuickOpen);
    quickOpen->setShortcut(QKeySequence(tr("Ctrl+K")));
    QMenu *historyMenu = go->addMenu(tr("&History"));
    connect(historyMenu, &QMenu::aboutToShow, this, [this, historyMenu] {
        historyMenu->clear();
        const QList<QWebEngineHistoryItem> items = m_view->history()->items();
        const int current = m_view->history()->currentItemIndex();
        for (qsizetype i = items.size() - 1; i >= 0 && i >= items.size() - 20; --i) {
            const QWebEngineHistoryItem item = items[i];
            QAction *a = historyMenu->addAction(item.title().isEmpty() ? item.url().toString() : item.title(), this,
                                                [this, item] { m_view->history()->goToItem(item); });
            a->setCheckable(true);
            a->setChecked(i == current);
        }
        if (items.isEmpty())
            historyMenu->addAction(tr("No pages visited yet"))->setEnabled(false);
    });
    back->setIcon(QIcon::fromTheme(QStringLiteral("go-previous"), style()->standardIcon(QStyle::SP_ArrowBack)));
    forward->setIcon(QIcon::fromTheme(QStringLiteral("go-next"), style()->standardIcon(QStyle::SP_ArrowForward)));
    QToolBar *toolbar = addToolBar(tr("Navigation"));
    toolbar->setObjectName(QStringLiteral("navigationToolbar"));
    toolbar->addAction(back);
    toolbar->addAction(forward);
    auto updateHistoryActions = [this, back, forward] {
        back->setEnabled(m_view->history()->canGoBack());
        forward->setEnabled(m_view->history()->canGoForward());
    };
    connect(m_view, &QWebEngineView::urlChanged, this, updateHistoryActions);
    updateHistoryActions();

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *manual = help->addAction(tr("&Manual"), this, &MainWindow::openManual);
    manual->setShortcut(QKeySequence::HelpContents);
    help->addAction(tr("&About Docent"), this, &MainWindow::showAbout);
}

bool MainWindow::openPath(const QString &path, QString *error, const QString &anchor)
{
    auto project = Project::open(path, error);
    if (!project)
        return false;
    m_project = std::make_shared<Project>(std::move(*project));
    m_handler->setProject(m_project);
    m_model->setNavigation(NavigationTree::build(*m_project));
    m_tree->expandToDepth(0);
    refreshSidebar();
    m_watcher->watch(*m_project);
    m_openedPath = path;
    setWindowTitle(tr("%1 — Docent").arg(m_project->title()));
    if (!path.startsWith(u':')) {
        QSettings().setValue(QStringLiteral("session/lastTree"), m_project->root());
        rememberRecent(QFileInfo(path).absoluteFilePath());
    }
    m_view->history()->clear();
    showDocument(m_project->startDoc(), anchor);
    return true;
}

void MainWindow::openManual()
{
    QString error;
    if (!openPath(QStringLiteral(":/manual"), &error))
        showOpenError(error);
}

void MainWindow::showDocument(const QString &docname, const QString &anchor)
{
    if (!m_project || !m_project->document(docname))
        return;
    m_view->setUrl(SchemeHandler::pageUrl(docname, anchor));
}

QString MainWindow::currentDocname() const { return SchemeHandler::docnameOf(m_view->url()); }

void MainWindow::onUrlChanged(const QUrl &url)
{
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
    // Only this page is parsed again; the navigation and sidebars follow its new content.
    m_project->reloadDocument(docname);
    m_model->setNavigation(NavigationTree::build(*m_project));
    m_tree->expandToDepth(0);
    refreshSidebar();
    const QString current = currentDocname();
    onUrlChanged(m_view->url());
    if (!current.isEmpty())
        m_view->reload(); // links and titles on the visible page may have changed; scroll is kept
}

void MainWindow::reopenTree()
{
    // A page appeared or vanished: read the tree again and stay where the reader was.
    const QUrl here = m_view->url();
    auto project = Project::open(m_openedPath, nullptr);
    if (!project)
        return;
    m_project = std::make_shared<Project>(std::move(*project));
    m_handler->setProject(m_project);
    m_model->setNavigation(NavigationTree::build(*m_project));
    m_tree->expandToDepth(0);
    refreshSidebar();
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

qreal MainWindow::zoom() const { return m_view->zoomFactor(); }

void MainWindow::setZoom(qreal factor)
{
    factor = std::clamp(factor, 0.3, 5.0);
    m_view->setZoomFactor(factor);
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
                m_view->back();
                return true;
            }
            if (mouse->button() == Qt::ForwardButton) {
                m_view->forward();
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
    event->accept();
}

} // namespace Docent
