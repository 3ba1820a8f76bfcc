// MainWindow's opening of trees. The tree is read on a worker thread (TreeOpener), so the window
// answers while a big tree opens: its start page shows first, from the pages its toctrees list,
// and the whole tree takes its place when it is read, the page refreshed where it is scrolled to.
// A tree read again (a page appeared or vanished, folders outside allowed) is read the same way,
// the old one shown meanwhile.
#include "mainwindow.h"

#include "bookmarkpanel.h"
#include "schemehandler.h"
#include "search/treesearch.h"
#include "searchpanel.h"
#include "settings.h"
#include "sphinx/project.h"
#include "treeopener.h"
#include "treewatcher.h"

#include <QDir>
#include <QFileInfo>
#include <QProgressBar>
#include <QStatusBar>
#include <QThread>
#include <QTimer>
#include <QWebEngineHistory>

namespace Docent {
namespace {

// Full doctrees kept in memory: the pages of a few tabs and the ones just left. The others are
// parsed again when shown (about a millisecond a page); the window's lists read their skeletons.
constexpr int kKeptDoctrees = 12;
// An open that takes longer than this shows its progress in the status bar.
constexpr int kProgressAfterMs = 500;

QStringList allowedOutside(const QString &root) { return Settings::allowedOutside(root); }

} // namespace

void MainWindow::createOpenProgress()
{
    m_opener = new TreeOpener(this);
    connect(m_opener, &TreeOpener::firstPageRead, this, &MainWindow::showFirstPage);
    connect(m_opener, &TreeOpener::progress, this, &MainWindow::showOpenProgress);
    connect(m_opener, &TreeOpener::treeSoFar, this, &MainWindow::showTreeSoFar);
    connect(m_opener, &TreeOpener::opened, this, &MainWindow::adoptTree);
    connect(m_opener, &TreeOpener::failed, this, &MainWindow::openFailed);
    m_openProgress = new QProgressBar(this);
    m_openProgress->setObjectName(QStringLiteral("openProgress"));
    // Wide enough for its words on one line ("Reading the tree: 100%").
    m_openProgress->setMinimumWidth(m_openProgress->fontMetrics().horizontalAdvance(tr("Reading the tree: %1%").arg(100)) + 40);
    m_openProgress->setTextVisible(true);
    m_openProgress->hide();
    statusBar()->addPermanentWidget(m_openProgress);
}

bool MainWindow::isOpening() const { return m_opener->isOpening(); }

void MainWindow::openTree(const QString &path, const QString &anchor, OpenFailed failed, std::function<void()> opened)
{
    // A path that is not there is said at once, and whatever is being read goes on.
    if (QString error; !Project::canOpen(path, &error)) {
        if (failed)
            failed(error);
        else
            showOpenError(error);
        Q_EMIT treeOpenFailed(path, error);
        return;
    }
    m_pendingOpen = PendingOpen{path, anchor, std::move(failed), std::move(opened)};
    m_openTimer.start();
    m_opener->start(path, allowedOutside, true, kKeptDoctrees);
}

void MainWindow::readTreeAgain(std::function<void()> then)
{
    if (m_openedPath.isEmpty())
        return;
    PendingOpen again{m_openedPath, {}, [this](const QString &error) { statusBar()->showMessage(error, 8000); }, std::move(then)};
    again.reread = true;
    m_pendingOpen = std::move(again);
    m_openTimer.start();
    m_opener->start(m_openedPath, allowedOutside, false, kKeptDoctrees);
}

void MainWindow::setProject(const std::shared_ptr<Project> &project)
{
    m_project = project;
    m_handler->setProject(m_project);
    showNavigation();
    bookmarkPanel()->setOpenTree(m_project->root(), m_project->title());
}

void MainWindow::showFirstPage(const std::shared_ptr<Project> &project)
{
    if (!m_pendingOpen || m_pendingOpen->reread)
        return;
    saveSession(); // of the tree being left
    // Reopened as it was left: its tabs come back when the whole tree is read.
    if (m_pendingOpen->anchor.isEmpty() && QFileInfo(m_pendingOpen->path).isDir() &&
        !Settings::sessionTabs(project->root(), nullptr).isEmpty())
        return;
    m_pendingOpen->firstPageShown = true;
    ++m_adoption; // what is left of adopting the tree before is not done now
    m_watcher->clear(); // nothing: the tree left is not followed any more
    m_search->closeTree(); // its hits would name pages of the tree left; indexed when all is read
    m_searchPanel->refresh();
    setProject(project);
    updateChrome();
    view()->history()->clear();
    showDocument(project->startDoc(), m_pendingOpen->anchor);
    Q_EMIT firstPageShown(m_pendingOpen->path);
}

void MainWindow::showTreeSoFar(const NavNode &navigation)
{
    if (!m_pendingOpen || !m_pendingOpen->firstPageShown)
        return; // the tree shown is another one
    showSectionTree(navigation);
    markSection(view()->url());
}

void MainWindow::adoptTree(const std::shared_ptr<OpenedTree> &tree)
{
    if (!m_pendingOpen)
        return;
    const PendingOpen open = std::move(*m_pendingOpen);
    m_pendingOpen.reset();
    endOpenProgress();
    if (!open.reread && !open.firstPageShown)
        saveSession(); // of the tree being left
    // In turns of the event loop, none long: the page and the section tree first, then the
    // problems, the watches, the search index. A tree opened meanwhile stops the turns left.
    const quint64 adoption = ++m_adoption;
    m_project = tree->project;
    m_handler->setProject(m_project);
    bookmarkPanel()->setOpenTree(m_project->root(), m_project->title());
    if (!open.reread) {
        m_openedPath = open.path;
        if (open.firstPageShown) {
            // The page shown from the first pages takes the whole tree's content where it is.
            for (int i = 0; i < m_tabs->count(); ++i)
                replaceArticle(m_tabs->page(i));
        } else {
            view()->history()->clear();
            // A whole tree opens as it was left; a file or an anchor asks for one place.
            if (!open.anchor.isEmpty() || !QFileInfo(open.path).isDir() || !restoreSession())
                showDocument(m_project->startDoc(), open.anchor);
        }
    }
    // Each step in a turn of its own, so the window answers between them.
    const std::vector<std::function<void()>> steps = {
        [this, tree] {
            showNavigation(std::move(tree->navigation), tree->todos, std::move(tree->readingOrder));
            onUrlChanged(view()->url()); // the chrome, the section marked, the outline
        },
        [this, tree] { showProblems(std::move(tree->problems)); },
        [this, tree] { m_watcher->watch(*m_project, std::move(tree->files)); },
        [this, tree] {
            indexTree(); // reads the pages it must index one at a time, on its own thread
            // Once the first page is up: `dot` competing for the CPU would slow the start itself.
            QTimer::singleShot(1500, this, [this, graphs = std::move(tree->graphs)] { prerenderGraphs(graphs); });
        },
        [this, open, adoption] {
            const auto done = [this, open] {
                if (open.opened)
                    open.opened();
                Q_EMIT treeOpened(open.path);
            };
            if (open.reread)
                return done();
            updateLinkInventories();
            if (open.path.startsWith(u':'))
                return done();
            rememberOpened(m_project->root(), QFileInfo(open.path).absoluteFilePath(), [this, adoption, done] {
                if (adoption == m_adoption)
                    done();
            });
        },
    };
    runInTurns(adoption, steps, 0);
}

void MainWindow::rememberOpened(const QString &root, const QString &path, std::function<void()> then)
{
    // The settings file is written through a temporary file and synced to the disk: behind the
    // search index's first writes that held the window's thread up to 170 ms at 100 MB. Written
    // on a thread of its own (QSettings may be used from several at once), after the write
    // before it, so the last tree opened is the one written last.
    for (QThread *earlier : std::as_const(m_settingsWrites))
        earlier->wait();
    QThread *thread = QThread::create([root, path] {
        Settings::setLastTree(root);
        Settings::addRecentPath(path);
    });
    m_settingsWrites << thread;
    connect(thread, &QThread::finished, this, [this, thread, then = std::move(then)] {
        thread->wait(); // past its work: returns at once
        m_settingsWrites.removeOne(thread);
        delete thread;
        then();
    });
    thread->start();
}

void MainWindow::runInTurns(quint64 adoption, std::vector<std::function<void()>> steps, size_t from)
{
    // A timer, not a posted call: Qt delivers calls posted while it delivers posted calls in the
    // same pass, so zero-time turns ran back to back and the window did not answer between them.
    QTimer::singleShot(1, Qt::PreciseTimer, this, [this, adoption, steps = std::move(steps), from]() mutable {
        if (adoption != m_adoption)
            return; // another tree took its place
        steps[from]();
        if (from + 1 < steps.size())
            runInTurns(adoption, std::move(steps), from + 1);
    });
}

void MainWindow::openFailed(const QString &error)
{
    if (!m_pendingOpen)
        return;
    const PendingOpen open = std::move(*m_pendingOpen);
    m_pendingOpen.reset();
    endOpenProgress();
    if (open.firstPageShown)
        m_openedPath = open.path; // its first pages are what is shown: reading again reads it
    if (open.failed)
        open.failed(error);
    else
        showOpenError(error);
    Q_EMIT treeOpenFailed(open.path, error);
}

void MainWindow::showOpenProgress(int done, int total)
{
    if (!m_pendingOpen || m_openTimer.elapsed() < kProgressAfterMs || total <= 0)
        return;
    m_openProgress->setRange(0, total);
    m_openProgress->setValue(done);
    m_openProgress->setFormat(m_pendingOpen->reread ? tr("Reading again: %1%").arg(QStringLiteral("%p")) : tr("Reading the tree: %1%").arg(QStringLiteral("%p")));
    m_openProgress->setToolTip(QDir::toNativeSeparators(m_pendingOpen->path));
    m_openProgress->show();
}

void MainWindow::endOpenProgress()
{
    m_openProgress->hide();
}

} // namespace Docent
