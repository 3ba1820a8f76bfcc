// The sidebar: the outline of the page being read, the bookmarks, and the tree's todos and plans,
// one tab each, kept up to date with the open tree. The last two are icon tabs with their count,
// so all fit a narrow sidebar without scroll arrows; a tooltip names them. The problems have
// their own panel below the page.
#pragma once

#include <QTabWidget>

#include <vector>

class QAbstractItemView;
class QListView;
class QTreeView;

namespace Docent {

class BookmarkPanel;
class PlanModel;
class Project;
class SectionTreeModel;
class TodoModel;
struct NavNode;
struct TodoNote;

class Sidebar final : public QTabWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Sidebar)
public:
    explicit Sidebar(QWidget *parent = nullptr);

    /// Fills the tabs from `project`, whose section tree is `navigation`.
    /// The tree's todos (NavigationTree::todos) and plans.
    void showProject(const Project &project, const NavNode &navigation, const std::vector<TodoNote> &todos);
    /// The outline of `docname` (none when `project` is null or lacks it).
    void showOutline(const Project *project, const QString &docname);
    /// Marks `anchor` of `docname` as the section being read in the outline.
    void markReading(const QString &docname, const QString &anchor);
    /// Leaves a tab with nothing in it for the outline (a panel that is empty never opens first).
    void avoidEmptyTab();
    /// The message a panel shows when it is empty ("No todo in this tree…").
    static QString emptyText(const QAbstractItemView *view);

    QTreeView *todoView() const { return m_todoView; }
    QListView *planView() const { return m_planView; }
    QTreeView *outlineView() const { return m_outlineView; }
    BookmarkPanel *bookmarkPanel() const { return m_bookmarkPanel; }

Q_SIGNALS:
    /// The reader chose an entry (a click, or Enter): its page, at `anchor` if it has one.
    void openRequested(const QString &docname, const QString &anchor);
    /// The reader chose a todo note: its anchor, to flash once its page is shown.
    void notePicked(const QString &anchor);

private:
    void addTodos();
    void addPlans();
    void addOutline();
    void openOnActivation(QAbstractItemView *view, int docnameRole, int anchorRole);
    /// An icon tab: `count` as its text (none when 0), `name` and the count in its tooltip.
    void setCountTab(QWidget *page, const QString &icon, const QString &name, qsizetype count);

    TodoModel *m_todos = nullptr;
    QTreeView *m_todoView = nullptr;
    PlanModel *m_plans = nullptr;
    QListView *m_planView = nullptr;
    SectionTreeModel *m_outline = nullptr;
    QTreeView *m_outlineView = nullptr;
    QString m_outlineDoc;
    QString m_readingSection; ///< the section marked in the outline
    BookmarkPanel *m_bookmarkPanel = nullptr;
};

} // namespace Docent
