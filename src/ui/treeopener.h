// Reads a tree on a worker thread, so the window stays responsive while a big tree opens: first
// the start page and what its toctrees list (Project::openFirstPage, for a big tree), then the
// whole tree (Project::open), with its progress. A new start() cancels the open before it, and
// nothing more of that one is reported: the window only ever hears of the tree it asked for last.
#pragma once

#include "navigation/navigationtree.h"
#include "pages/graphviz.h"
#include "problemmodel.h"
#include "readingorder.h"
#include "sphinx/problem.h"
#include "sphinx/project.h"
#include "treewatcher.h"

#include <QList>
#include <QObject>
#include <QPointer>

#include <chrono>
#include <memory>
#include <stop_token>

class QThread;

namespace Docent {

/// A whole tree read, and what the window shows of it, made on the worker: at 100 MB of reST the
/// navigation, the problems and the files' snapshot take the better part of a second.
struct OpenedTree {
    std::shared_ptr<Project> project; ///< its doctrees beyond the kept ones released
    NavNode navigation;
    std::vector<TodoNote> todos;
    ReadingOrder readingOrder;
    ProblemModel::Entries problems;
    TreeWatcher::Snapshot files;
    QList<Graphviz::Source> graphs; ///< the diagrams to draw ahead, found in every page
};

class TreeOpener final : public QObject
{
    Q_OBJECT
public:
    explicit TreeOpener(QObject *parent = nullptr);
    /// Cancels what is being read and waits for its thread (at most one document's parse).
    ~TreeOpener() override;

    /// Starts reading `path`; `firstPage` asks for the start page first when the tree is big. The
    /// tree keeps `keptDoctrees` doctrees in memory (Project::keepDoctrees).
    void start(const QString &path, const Project::AllowedOutside &allowed, bool firstPage, int keptDoctrees);
    /// Stops the open in progress; nothing more of it is reported.
    void cancel();
    bool isOpening() const { return m_opening; }
    /// Project::openFirstPage's bounds (tests lower them to make a small tree "big").
    void setFirstPageBounds(qint64 budget, qint64 treeSize)
    {
        m_firstPageBudget = budget;
        m_firstPageTreeSize = treeSize;
    }
    /// When the section tree of the pages read so far is first sent (tests make it every page).
    void setTreeSoFarAfter(std::chrono::milliseconds after) { m_treeSoFarAfter = after; }

Q_SIGNALS:
    /// The start page of a big tree and the pages its toctrees list, before the rest.
    void firstPageRead(const std::shared_ptr<Docent::Project> &project);
    /// `done` of `total` steps of the whole open (Project::open's OpenProgress).
    void progress(int done, int total);
    /// After firstPageRead, now and then while the rest is read: the navigation of the pages
    /// read so far, with those not read yet as the first pages placed them.
    void treeSoFar(const Docent::NavNode &navigation);
    /// The whole tree, for the receiver to take its parts from (they are moved out, not copied).
    void opened(const std::shared_ptr<Docent::OpenedTree> &tree);
    void failed(const QString &error);

private:
    /// Runs `report` on the window's thread if the open numbered `generation` is still the one asked for.
    template <typename Report>
    void post(quint64 generation, Report report);

    qint64 m_firstPageBudget = Project::kFirstPageBudget;
    qint64 m_firstPageTreeSize = Project::kFirstPageTreeSize;
    std::chrono::milliseconds m_treeSoFarAfter = OpenProgress().readSoFarAfter;
    quint64 m_generation = 0;
    bool m_opening = false;
    std::stop_source m_stop;
    QList<QPointer<QThread>> m_threads; ///< running, the cancelled ones finishing their document
};

} // namespace Docent
