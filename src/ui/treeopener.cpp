#include "treeopener.h"

#include "pages/projectcheck.h"

#include <QThread>

#include <future>

#if defined(Q_OS_LINUX)
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

namespace Docent {

TreeOpener::TreeOpener(QObject *parent) : QObject(parent) {}

TreeOpener::~TreeOpener()
{
    cancel();
    for (const QPointer<QThread> &thread : std::as_const(m_threads))
        if (thread)
            thread->wait();
}

namespace {

// The reading thread gives way to the window's when both want a core (a busy machine), so the
// window keeps answering; on an idle one it runs at full speed all the same. Linux keeps a nice
// value per thread; QThread's priorities do not change it for ordinary threads.
void yieldToTheWindow()
{
#if defined(Q_OS_LINUX)
    setpriority(PRIO_PROCESS, id_t(syscall(SYS_gettid)), 5);
#endif
}

} // namespace

template <typename Report>
void TreeOpener::post(quint64 generation, Report report)
{
    // Queued to this object: run on its thread, dropped if it is gone by then.
    QMetaObject::invokeMethod(
        this,
        [this, generation, report = std::move(report)] {
            if (generation == m_generation && m_opening)
                report();
        },
        Qt::QueuedConnection);
}

void TreeOpener::start(const QString &path, const Project::AllowedOutside &allowed, bool firstPage, int keptDoctrees)
{
    cancel();
    const quint64 generation = ++m_generation;
    m_opening = true;
    m_stop = std::stop_source();
    const std::stop_token stop = m_stop.get_token();
    const qint64 budget = m_firstPageBudget, treeSize = m_firstPageTreeSize;
    const std::chrono::milliseconds treeSoFarAfter = m_treeSoFarAfter;
    QThread *thread = QThread::create([this, path, allowed, firstPage, keptDoctrees, budget, treeSize, treeSoFarAfter,
                                       generation, stop] {
        yieldToTheWindow();
        OpenProgress reports;
        reports.readSoFarAfter = treeSoFarAfter;
        // The first pages' navigation, made here before the window shares their project: the
        // trees read so far place the pages they have not read yet as it does.
        std::optional<NavNode> firstPages;
        if (firstPage) {
            if (std::optional<Project> first = Project::openFirstPage(path, allowed, budget, treeSize);
                first && !stop.stop_requested()) {
                firstPages = NavigationTree::build(*first);
                auto shared = std::make_shared<Project>(std::move(*first));
                post(generation, [this, shared] { Q_EMIT firstPageRead(shared); });
                reports.readSoFar = [this, generation, &firstPages](const Project &readSoFar) {
                    post(generation, [this, navigation = NavigationTree::build(readSoFar, &*firstPages)] {
                        Q_EMIT treeSoFar(navigation);
                    });
                };
            }
        }
        reports.cancel = stop;
        reports.progress = [this, generation](int done, int total) {
            post(generation, [this, done, total] { Q_EMIT progress(done, total); });
        };
        QString error;
        std::optional<Project> project = Project::open(path, &error, allowed, Project::kKeptWhileOpening, reports);
        if (stop.stop_requested())
            return;
        if (!project) {
            post(generation, [this, error] {
                m_opening = false;
                Q_EMIT failed(error);
            });
            return;
        }
        auto tree = std::make_shared<OpenedTree>();
        tree->project = std::make_shared<Project>(std::move(*project));
        tree->project->keepDoctrees(keptDoctrees); // thousands of doctrees freed here, not on the window's thread
        // The window's lists, read from the project as it now stays: the problem rows, the longest
        // to make, on a second thread meanwhile.
        std::future<ProblemModel::Entries> problems = std::async(std::launch::async, [&project = *tree->project] {
            yieldToTheWindow();
            return ProblemModel::entries(checkProject(project), project.root());
        });
        tree->navigation = NavigationTree::build(*tree->project);
        tree->todos = NavigationTree::todos(*tree->project);
        tree->readingOrder = ReadingOrder(*tree->project);
        tree->files = TreeWatcher::snapshot(*tree->project);
        for (const QString &docname : tree->project->docnames())
            tree->graphs += Graphviz::sourcesIn(*tree->project->document(docname)->skeleton);
        tree->problems = problems.get();
        if (stop.stop_requested())
            return;
        post(generation, [this, tree = std::move(tree)] {
            m_opening = false;
            Q_EMIT opened(tree);
        });
    });
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    m_threads.removeAll(nullptr);
    m_threads << thread;
    thread->start();
}

void TreeOpener::cancel()
{
    m_stop.request_stop();
    m_opening = false;
}

} // namespace Docent
