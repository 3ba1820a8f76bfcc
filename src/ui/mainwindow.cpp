#include "mainwindow.h"

#include "aboutdialog.h"
#include "networkblocker.h"
#include "schemehandler.h"
#include "sectiontreemodel.h"
#include "sphinx/project.h"
#include "webpage.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileDialog>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
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
    setCentralWidget(m_view);
    connect(m_view, &QWebEngineView::urlChanged, this, &MainWindow::onUrlChanged);

    m_model = new SectionTreeModel(this);
    m_tree = new QTreeView(this);
    m_tree->setModel(m_model);
    m_tree->setHeaderHidden(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setAccessibleName(tr("Sections"));
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                const QString docname = current.data(SectionTreeModel::DocnameRole).toString();
                if (!docname.isEmpty() && docname != currentDocname())
                    showDocument(docname);
            });
    auto *treeDock = new QDockWidget(tr("Sections"), this);
    treeDock->setObjectName(QStringLiteral("sectionsDock"));
    treeDock->setWidget(m_tree);
    addDockWidget(Qt::LeftDockWidgetArea, treeDock);

    m_sidebar = new QTabWidget(this);
    m_sidebar->setAccessibleName(tr("Sidebar"));
    m_sidebar->addTab(placeholder(tr("Todo notes of the tree will be listed here.")), tr("Todos"));
    m_sidebar->addTab(placeholder(tr("Forward-looking plans of the tree will be listed here.")), tr("Plans"));
    m_sidebar->addTab(placeholder(tr("The outline of the current page will be shown here.")), tr("Outline"));
    m_sidebar->addTab(placeholder(tr("Your bookmarks will be listed here.")), tr("Bookmarks"));
    auto *sideDock = new QDockWidget(tr("Sidebar"), this);
    sideDock->setObjectName(QStringLiteral("sidebarDock"));
    sideDock->setWidget(m_sidebar);
    addDockWidget(Qt::RightDockWidgetArea, sideDock);

    m_status = new QLabel(this);
    statusBar()->addWidget(m_status, 1);

    createMenus();

    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1280, 800);
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    resizeDocks({treeDock, sideDock}, {300, 320}, Qt::Horizontal);
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
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    for (QDockWidget *dock : findChildren<QDockWidget *>())
        view->addAction(dock->toggleViewAction());

    QMenu *go = menuBar()->addMenu(tr("&Go"));
    QAction *back = go->addAction(tr("&Back"), m_view, &QWebEngineView::back);
    back->setShortcut(QKeySequence::Back);
    QAction *forward = go->addAction(tr("&Forward"), m_view, &QWebEngineView::forward);
    forward->setShortcut(QKeySequence::Forward);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *manual = help->addAction(tr("&Manual"), this, &MainWindow::openManual);
    manual->setShortcut(QKeySequence::HelpContents);
    help->addAction(tr("&About Docent"), this, &MainWindow::showAbout);
}

bool MainWindow::openPath(const QString &path, QString *error)
{
    auto project = Project::open(path, error);
    if (!project)
        return false;
    m_project = std::make_shared<Project>(std::move(*project));
    m_handler->setProject(m_project);
    m_model->setToc(m_project->tocTree());
    m_tree->expandToDepth(0);
    m_openedPath = path;
    setWindowTitle(tr("%1 — Docent").arg(m_project->title()));
    if (!path.startsWith(u':'))
        QSettings().setValue(QStringLiteral("session/lastTree"), m_project->root());
    m_view->history()->clear();
    showDocument(m_project->startDoc());
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
    const QModelIndex index = m_model->indexForDocname(docname);
    if (index.isValid() && m_tree->currentIndex() != index) {
        const QSignalBlocker block(m_tree->selectionModel());
        m_tree->setCurrentIndex(index);
        m_tree->scrollTo(index);
        m_tree->viewport()->update();
    }
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

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    event->accept();
}

} // namespace Docent
