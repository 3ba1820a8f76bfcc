#include "sidebar.h"

#include "bookmarkpanel.h"
#include "bookmarks/bookmarkstore.h"
#include "emptystate.h"
#include "icons.h"
#include "navigation/navigationtree.h"
#include "planmodel.h"
#include "sectiontreemodel.h"
#include "settings.h"
#include "sphinx/project.h"
#include "todomodel.h"

#include <QListView>
#include <QTreeView>

namespace Docent {

Sidebar::Sidebar(QWidget *parent) : QTabWidget(parent)
{
    setAccessibleName(tr("Sidebar"));
    // Tabs shrink (their text elided) before they scroll.
    setUsesScrollButtons(false);
    setElideMode(Qt::ElideRight);
    setDocumentMode(true);
    addOutline();
    m_bookmarkPanel = new BookmarkPanel(BookmarkStore::defaultPath(), this);
    addTab(m_bookmarkPanel, tr("Bookmarks"));
    addTodos();
    addPlans();
    setCountTab(m_todoView, QStringLiteral("todo"), tr("Todos"), 0);
    setCountTab(m_planView, QStringLiteral("plan"), tr("Plans"), 0);
}

void Sidebar::setCountTab(QWidget *page, const QString &icon, const QString &name, qsizetype count)
{
    const int i = indexOf(page);
    setTabIcon(i, ownIcon(icon));
    setTabText(i, count > 0 ? QString::number(count) : QString());
    setTabToolTip(i, count > 0 ? tr("%1: %2").arg(name).arg(count) : tr("%1: none in this tree").arg(name));
    setTabWhatsThis(i, name);
}

void Sidebar::addTodos()
{
    m_todos = new TodoModel(this);
    m_todoView = new QTreeView(this);
    m_todoView->setModel(m_todos);
    m_todoView->setHeaderHidden(true);
    m_todoView->setWordWrap(true);
    m_todoView->setAccessibleName(tr("Todos"));
    openOnActivation(m_todoView, TodoModel::DocnameRole, TodoModel::AnchorRole);
    // The note a reader picked flashes once its page is there, so the eye finds it.
    const auto pickNote = [this](const QModelIndex &i) {
        const QString anchor = i.data(TodoModel::AnchorRole).toString();
        if (anchor.startsWith(QStringLiteral("todo-")))
            Q_EMIT notePicked(anchor);
    };
    connect(m_todoView, &QAbstractItemView::clicked, this, pickNote);
    connect(m_todoView, &QAbstractItemView::activated, this, pickNote);
    addTab(m_todoView, tr("Todos"));
    EmptyState::attach(m_todoView, tr("No todo in this tree. A “.. todo::” note in a page is listed here."));
}

void Sidebar::addPlans()
{
    m_plans = new PlanModel(this);
    m_planView = new QListView(this);
    m_planView->setModel(m_plans);
    m_planView->setAccessibleName(tr("Plans"));
    m_planView->setWordWrap(true);
    m_planView->setSpacing(2);
    openOnActivation(m_planView, PlanModel::DocnameRole, -1);
    addTab(m_planView, tr("Plans"));
    EmptyState::attach(m_planView, tr("No plans in this tree. Sections titled like “Roadmap” or “Future plans”, and "
                                      "pages in a specs folder, are listed here."));
}

void Sidebar::addOutline()
{
    m_outline = new SectionTreeModel(this);
    m_outlineView = new QTreeView(this);
    m_outlineView->setModel(m_outline);
    m_outlineView->setHeaderHidden(true);
    m_outlineView->setAccessibleName(tr("Outline"));
    openOnActivation(m_outlineView, SectionTreeModel::DocnameRole, SectionTreeModel::AnchorRole);
    addTab(m_outlineView, tr("Outline"));
    EmptyState::attach(m_outlineView, tr("Open a page to see its sections here."));
}

void Sidebar::openOnActivation(QAbstractItemView *view, int docnameRole, int anchorRole)
{
    // A click opens the entry; so does Enter, for keyboard use.
    const auto open = [this, docnameRole, anchorRole](const QModelIndex &i) {
        const QString docname = i.data(docnameRole).toString();
        if (!docname.isEmpty())
            Q_EMIT openRequested(docname, anchorRole >= 0 ? i.data(anchorRole).toString() : QString());
    };
    connect(view, &QAbstractItemView::clicked, this, open);
    connect(view, &QAbstractItemView::activated, this, open);
}

void Sidebar::showProject(const Project &project, const NavNode &navigation, const std::vector<TodoNote> &todos)
{
    m_todos->setTodos(project, todos);
    m_todoView->expandAll();
    setCountTab(m_todoView, QStringLiteral("todo"), tr("Todos"), qsizetype(todos.size()));
    // The words that make a section a list of plans, and the folders holding one plan a page
    // (e.g. specs/), can be set in the settings.
    std::vector<NavNode> plans = NavigationTree::plans(navigation, Settings::planWords());
    for (NavNode &page : NavigationTree::planFolders(project, Settings::planFolders())) {
        if (std::none_of(plans.begin(), plans.end(), [&](const NavNode &p) { return p.docname == page.docname; }))
            plans.push_back(std::move(page));
    }
    m_plans->setPlans(plans, todos);
    setCountTab(m_planView, QStringLiteral("plan"), tr("Plans"), qsizetype(plans.size()));
    m_outlineDoc.clear();
    avoidEmptyTab();
}

void Sidebar::avoidEmptyTab()
{
    const auto *list = qobject_cast<QAbstractItemView *>(currentWidget());
    if (list && list != m_outlineView && list->model()->rowCount() == 0)
        setCurrentWidget(m_outlineView);
    else if (currentWidget() == m_bookmarkPanel && m_bookmarkPanel->view()->model()->rowCount() == 0)
        setCurrentWidget(m_outlineView);
}

QString Sidebar::emptyText(const QAbstractItemView *view)
{
    const EmptyState *state = EmptyState::of(view);
    return state && state->isVisibleTo(view) ? state->text() : QString();
}

void Sidebar::showOutline(const Project *project, const QString &docname)
{
    if (docname == m_outlineDoc)
        return;
    m_outlineDoc = docname;
    const Project::Document *doc = project ? project->document(docname) : nullptr;
    m_outline->setNodes(doc ? NavigationTree::outline(*doc->skeleton, docname) : std::vector<NavNode>{});
    m_outlineView->expandAll();
    if (EmptyState *state = EmptyState::of(m_outlineView))
        state->setText(doc ? tr("“%1” has no sections.").arg(doc->title) : tr("Open a page to see its sections here."));
}

void Sidebar::markReading(const QString &docname, const QString &anchor)
{
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
}

} // namespace Docent
