#include "mainwindow.h"
#include "pages/projectcheck.h"
#include "pages/pagerenderer.h"

#include "aboutdialog.h"
#include "bookmarkpanel.h"
#include "bookmarks/bookmarklocator.h"
#include "emptystate.h"
#include "findbar.h"
#include "navigation/navigationtree.h"
#include "networkblocker.h"
#include "openfailurenotice.h"
#include "outsidefilesbar.h"
#include "pagescripts.h"
#include "quickopen.h"
#include "schemehandler.h"
#include "search/treesearch.h"
#include "searchpanel.h"
#include "sectiontreemodel.h"
#include "settings.h"
#include "pages/graphviz.h"
#include "pages/indexpages.h"
#include "sphinx/project.h"
#include "treeexpansion.h"
#include "treewatcher.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QMimeData>
#include <QMouseEvent>
#include <QSortFilterProxyModel>
#include <QStatusBar>
#include <QThread>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>
#include <QWebEngineHistory>
#include <QWebEngineProfile>
#include <QWebEngineScript>

namespace Docent {

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent)
{
    setWindowTitle(tr("Docent"));
    setWindowIcon(QIcon(QStringLiteral(":/docent/icon.svg")));

    m_profile = new QWebEngineProfile(this); // off the record: no cache or cookies on disk
    m_handler = new SchemeHandler(this);
    m_profile->installUrlSchemeHandler(SchemeHandler::scheme, m_handler);
    m_profile->setUrlRequestInterceptor(new NetworkBlocker(this));

    m_tabs = new TabWidget(m_profile, this);
    m_findBar = new FindBar(this);
    m_outsideBar = new OutsideFilesBar(this);
    connect(m_outsideBar, &OutsideFilesBar::allowRequested, this, &MainWindow::allowOutside);
    connect(m_tabs, &TabWidget::currentPageChanged, this, &MainWindow::currentTabChanged);
    connect(m_tabs, &TabWidget::urlChanged, this, &MainWindow::onUrlChanged);
    connect(m_tabs, &TabWidget::contextMenuRequested, this, &MainWindow::showPageContextMenu);
    // The status bar tells how long a page took, from the request to the finished load.
    connect(m_tabs, &TabWidget::loadStarted, this, [this] { m_loadTimer.start(); });
    connect(m_tabs, &TabWidget::loadFinished, this, [this](bool ok) {
        if (!ok)
            return;
        if (m_loadTimer.isValid())
            showRenderTime(m_loadTimer.elapsed());
        flashPending();
        highlightPending();
        revealPending();
    });
    auto *centre = new QWidget(this);
    auto *centreLayout = new QVBoxLayout(centre);
    centreLayout->setContentsMargins(0, 0, 0, 0);
    centreLayout->setSpacing(0);
    centreLayout->addWidget(m_outsideBar);
    centreLayout->addWidget(m_tabs, 1);
    centreLayout->addWidget(m_findBar);
    setCentralWidget(centre);
    setAcceptDrops(true);
    qApp->installEventFilter(this); // the mouse's back and forward buttons, wherever they land
    currentTabChanged();
    // An empty page now starts the web engine's renderer while the tree is being read.
    view()->warmUp();

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
    m_renderTime->setToolTip(tr("Time from asking for the page to its being shown"));
    statusBar()->addPermanentWidget(m_renderTime);
    m_openFailures = new OpenFailureNotice(this, statusBar());
    createOpenProgress();
    createProblemsPanel();

    createMenus();
    applyAppearance();

    // The outline marks the section being read; the page is asked where it is scrolled to.
    m_scrollWatch = new QTimer(this);
    m_scrollWatch->setInterval(400);
    connect(m_scrollWatch, &QTimer::timeout, this, &MainWindow::followScroll);
    m_scrollWatch->start();

    m_watcher = new TreeWatcher(this);
    connect(m_watcher, &TreeWatcher::documentChanged, this, &MainWindow::reloadDocument);
    connect(m_watcher, &TreeWatcher::treeChanged, this, &MainWindow::reopenTree);
    connect(m_watcher, &TreeWatcher::notice, this, [this](const QString &text) { statusBar()->showMessage(text, 15000); });

    setZoom(Settings::zoom());
    fitToScreen(restoreGeometry(Settings::windowGeometry()));
    arrangeDocks(treeDock, sideDock, restoreState(Settings::windowState()));
    m_sidebar->setCurrentIndex(Settings::sidebarTab());
    m_sidebar->avoidEmptyTab();
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
    m_tree = new QTreeView(this);
    m_tree->setModel(m_filtered);
    const QString noTree = tr("No tree open. Open a documentation folder with File ▸ Open Folder… (%1).")
                               .arg(QKeySequence(tr("Ctrl+Shift+O")).toString(QKeySequence::NativeText));
    EmptyState *treeEmpty = EmptyState::attach(m_tree, noTree);
    connect(m_filter, &QLineEdit::textChanged, this, [this, treeEmpty, noTree](const QString &text) {
        m_filtered->setFilterFixedString(text);
        treeEmpty->setText(text.isEmpty() ? noTree : tr("No page or section matches “%1”.").arg(text));
        if (!text.isEmpty())
            m_tree->expandAll();
    });
    QWidget *search = createSearchPanel();
    m_tree->setHeaderHidden(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setAccessibleName(tr("Sections"));
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_tree, &QWidget::customContextMenuRequested, this, &MainWindow::showTreeContextMenu);
    // Moving through the tree (arrows, Page Down) only selects; a click or Enter opens, so the
    // reader can look for a page without loading every one on the way.
    const auto open = [this](const QModelIndex &index) {
        const QString docname = index.data(SectionTreeModel::DocnameRole).toString();
        if (!docname.isEmpty())
            openUnlessShown(docname, index.data(SectionTreeModel::AnchorRole).toString());
    };
    connect(m_tree, &QAbstractItemView::clicked, this, open);
    connect(m_tree, &QAbstractItemView::activated, this, open);
    auto *pane = new QWidget(this);
    auto *layout = new QVBoxLayout(pane);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(search);
    layout->addWidget(m_filter);
    layout->addWidget(m_tree, 1);
    setTabOrder(m_searchPanel->field(), m_filter);
    setTabOrder(m_filter, m_tree);
    return pane;
}

void MainWindow::createSidebar()
{
    m_sidebar = new Sidebar(this);
    connect(m_sidebar, &Sidebar::openRequested, this, &MainWindow::openUnlessShown);
    connect(m_sidebar, &Sidebar::notePicked, this, [this](const QString &anchor) { m_flashAnchor = anchor; });
    BookmarkPanel *bookmarks = m_sidebar->bookmarkPanel();
    connect(bookmarks, &BookmarkPanel::openRequested, this, [this](const Bookmark &b, bool newTab) { openBookmark(b, newTab); });
    connect(bookmarks, &BookmarkPanel::message, this, [this](const QString &text) { statusBar()->showMessage(text, 8000); });
    // A damaged or unreadable bookmark file is reported once the window is up, not hidden.
    if (const QString problem = bookmarks->openingProblem(); !problem.isEmpty()) {
        QTimer::singleShot(0, this, [this, problem] {
            auto *box = new QMessageBox(QMessageBox::Warning, tr("Bookmarks"), problem, QMessageBox::Ok, this);
            box->setObjectName(QStringLiteral("bookmarkStoreProblem"));
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->open();
        });
    }
}

QTreeView *MainWindow::todoView() const { return m_sidebar->todoView(); }
QListView *MainWindow::planView() const { return m_sidebar->planView(); }
QTreeView *MainWindow::outlineView() const { return m_sidebar->outlineView(); }
BookmarkPanel *MainWindow::bookmarkPanel() const { return m_sidebar->bookmarkPanel(); }

void MainWindow::followScroll()
{
    if (!isVisible() || !view() || currentDocname().isEmpty())
        return;
    const QString docname = currentDocname();
    PageView *page = view();
    // The page tells where it is scrolled to: the section at the top, and by how much (kept for
    // the session).
    page->page()->runJavaScript(
        PageScripts::call("readingPosition"), QWebEngineScript::ApplicationWorld, [this, docname, page](const QVariant &result) {
            // No answer when the page is being destroyed (closing the window): its view is going too.
            const QVariantList answer = result.toList();
            if (answer.size() != 2 || docname != currentDocname() || page != view())
                return;
            page->noteScroll(answer[1].toInt());
            m_sidebar->markReading(docname, answer[0].toString());
            noteReadingSection(docname, answer[0].toString());
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
        PageScripts::call("flash", {anchor}), QWebEngineScript::ApplicationWorld, [this, anchor](const QVariant &done) {
            if (done.toBool() && m_flashAnchor == anchor)
                m_flashAnchor.clear();
        });
}

void MainWindow::openUnlessShown(const QString &docname, const QString &anchor)
{
    if (docname == currentDocname() && anchor == view()->url().fragment())
        return;
    showDocument(docname, anchor);
}

void MainWindow::showNavigation()
{
    showNavigation(NavigationTree::build(*m_project), NavigationTree::todos(*m_project), ReadingOrder(*m_project));
    showProblems();
}

void MainWindow::showNavigation(NavNode navigation, const std::vector<TodoNote> &todos, ReadingOrder order)
{
    m_readingOrder = std::move(order);
    m_sidebar->showProject(*m_project, navigation, todos);
    showSectionTree(std::move(navigation));
}

void MainWindow::showSectionTree(NavNode navigation)
{
    // The same tree made again (read further, read again) keeps the rows the reader opened.
    const bool sameTree = m_project && m_project->root() == m_sectionTreeRoot;
    const TreeExpansion opened = sameTree ? TreeExpansion::of(*m_tree) : TreeExpansion();
    m_sectionTreeRoot = m_project ? m_project->root() : QString();
    m_model->setNavigation(std::move(navigation)); // a big tree's is not copied
    m_tree->expandToDepth(0);
    opened.restore(*m_tree);
}

MainWindow::~MainWindow()
{
    if (m_graphThread) {
        m_graphThread->requestInterruption();
        m_graphThread->wait();
        delete m_graphThread;
    }
    for (QThread *write : std::as_const(m_settingsWrites)) {
        write->wait();
        delete write;
    }
    delete m_tabs; // its pages must go before their profile
}

PageView *MainWindow::view() const { return m_tabs->currentPage(); }

void MainWindow::currentTabChanged()
{
    if (!view())
        return;
    m_findBar->setPage(view()->page());
    Q_EMIT currentViewChanged();
    onUrlChanged(view()->url());
}

void MainWindow::prerenderGraphs(const QList<Graphviz::Source> &graphs)
{
    // Graphviz takes a few hundred milliseconds a diagram: drawn now, off the window's thread,
    // the pages that hold them open at once from the cache. Only the sources cross threads; they
    // were found by the opener's worker (every page's skeleton: 45 ms at 100 MB of reST).
    if (Graphviz::dotPath().isEmpty() || (m_graphThread && m_graphThread->isRunning()))
        return;
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

void MainWindow::openManual() { openTree(QStringLiteral(":/manual")); }

void MainWindow::openRequested(const QString &path, const QString &fragment)
{
    if (!path.isEmpty())
        openTree(path, fragment, [this](const QString &error) { m_openFailures->report(error); });
    show();
    raise();
    activateWindow();
}

void MainWindow::showDocument(const QString &docname, const QString &anchor)
{
    if (!m_project || !PageRenderer(*m_project).hasPage(docname))
        return;
    // The place shown already (a click and its activation, a second Enter) is not visited again:
    // one visit, one history entry.
    const QUrl url = SchemeHandler::pageUrl(docname, anchor);
    if (url == view()->url())
        return;
    view()->open(url);
}

QString MainWindow::currentDocname() const { return SchemeHandler::docnameOf(view()->url()); }

void MainWindow::onUrlChanged(const QUrl &url)
{
    Q_EMIT currentUrlChanged();
    flashPending(); // a note on the page already shown: no load will follow
    updateChrome();
    const QString docname = SchemeHandler::docnameOf(url);
    showRefusedFolders(docname);
    if (docname.isEmpty() || !m_project)
        return;
    markSection(url);
    m_sidebar->showOutline(m_project.get(), docname);
}

void MainWindow::markSection(const QUrl &url)
{
    const QModelIndex source = m_model->indexFor(SchemeHandler::docnameOf(url), url.fragment());
    const QModelIndex index = m_filtered->mapFromSource(source);
    if (index.isValid() && m_tree->currentIndex() != index) {
        const QSignalBlocker block(m_tree->selectionModel());
        m_tree->setCurrentIndex(index);
        m_tree->expand(index); // a landing page opens onto its sections
        m_tree->scrollTo(index);
        m_tree->viewport()->update();
    }
}

void MainWindow::openFileDialog()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open reStructuredText File"), QString(),
                                                      tr("reStructuredText (*.rst *.rest *.txt);;All files (*)"));
    if (!path.isEmpty())
        openTree(path);
}

void MainWindow::openFolderDialog()
{
    const QString path = QFileDialog::getExistingDirectory(this, tr("Open Documentation Folder"));
    if (!path.isEmpty())
        openTree(path);
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

void MainWindow::reopenTree()
{
    // A page appeared or vanished: read the tree again and stay where the reader was.
    const QUrl here = view()->url();
    readTreeAgain([this, here] {
        const QString docname = SchemeHandler::docnameOf(here);
        showDocument(PageRenderer(*m_project).hasPage(docname) ? docname : m_project->startDoc(), here.fragment());
    });
}

void MainWindow::showRefusedFolders(const QString &docname)
{
    const Project::Document *doc = m_project ? m_project->document(docname) : nullptr;
    m_outsideBar->showFolders(doc ? doc->refusedFolders : QStringList());
}

void MainWindow::allowOutside(const QStringList &folders)
{
    if (!m_project || folders.isEmpty())
        return;
    for (const QString &folder : folders)
        Settings::allowOutside(m_project->root(), folder);
    // The included files may hold labels other pages point at: the whole tree is read again, and
    // every open page takes its new content where it is scrolled to.
    readTreeAgain([this] {
        for (int i = 0; i < m_tabs->count(); ++i)
            replaceArticle(m_tabs->page(i));
        onUrlChanged(view()->url());
    });
}

void MainWindow::showQuickOpen()
{
    if (!m_project)
        return;
    if (!m_quickOpen) {
        m_quickOpen = new QuickOpen(this);
        connect(m_quickOpen, &QuickOpen::chosen, this, [this](const QString &docname, const QString &anchor) {
            goTo(docname, anchor);
        });
    }
    // Pages are found by their file's path in the tree too.
    const QDir root(m_project->root());
    m_quickOpen->setNavigation(NavigationTree::build(*m_project), [this, root](const QString &docname) {
        const Project::Document *doc = m_project->document(docname);
        return doc ? root.relativeFilePath(doc->path) : docname + QStringLiteral(".rst");
    });
    m_quickOpen->field()->clear();
    m_quickOpen->show();
    m_quickOpen->raise();
    m_quickOpen->activateWindow();
    m_quickOpen->field()->setFocus();
}

qreal MainWindow::zoom() const { return m_tabs->zoom(); }

void MainWindow::setZoom(qreal factor)
{
    factor = std::clamp(factor, 0.3, 5.0);
    m_tabs->setZoom(factor);
    Settings::setZoom(factor);
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls() && event->mimeData()->urls().first().isLocalFile())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    openTree(event->mimeData()->urls().first().toLocalFile());
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
    Settings::setWindowGeometry(saveGeometry());
    Settings::setWindowState(saveState());
    Settings::setSidebarTab(m_sidebar->currentIndex());
    saveSession();
    event->accept();
}

} // namespace Docent
