// MainWindow's full-text search: the panel above the section tree, the index kept up to date with
// the open tree, and a hit opened with its words found on the page (F3 steps through them).
#include "mainwindow.h"

#include "findbar.h"
#include "pagescripts.h"
#include "search/sectiontext.h"
#include "search/treesearch.h"
#include "searchpanel.h"
#include "sphinx/project.h"

#include <QAction>
#include <QBoxLayout>
#include <QDockWidget>
#include <QLineEdit>
#include <QMenu>
#include <QStatusBar>
#include <QTimer>
#include <QTreeView>
#include <QWebEngineScript>

namespace Docent {

QWidget *MainWindow::createSearchPanel()
{
    m_search = new TreeSearch(SearchIndex::defaultCacheFolder(), this);
    m_searchPanel = new SearchPanel(m_search, this);
    // The hits take the section tree's place while there is a query.
    connect(m_searchPanel, &SearchPanel::activeChanged, this, [this](bool active) {
        m_filter->setVisible(!active);
        m_tree->setVisible(!active);
        // Without a query the panel is its field alone; the tree below has the height.
        if (auto *layout = qobject_cast<QBoxLayout *>(m_searchPanel->parentWidget()->layout()))
            layout->setStretchFactor(m_searchPanel, active ? 1 : 0);
    });
    connect(m_searchPanel, &SearchPanel::openRequested, this, &MainWindow::openSearchHit);
    connect(m_search, &TreeSearch::notKept, this, [this](const QString &reason) {
        const QString message = tr("The search index is not kept for the next start: %1. Search works meanwhile.").arg(reason);
        m_searchPanel->showNotKept(message);
        statusBar()->showMessage(message, 10000);
    });
    return m_searchPanel;
}

void MainWindow::createSearchActions(QMenu *edit)
{
    QAction *search = edit->addAction(tr("&Search the Tree…"), this, [this] {
        // The panel lives in the sections dock, which the reader may have closed.
        if (auto *dock = findChild<QDockWidget *>(QStringLiteral("sectionsDock")))
            dock->show();
        m_searchPanel->activate();
    });
    search->setShortcut(QKeySequence(tr("Ctrl+Shift+F")));
    QAction *next = edit->addAction(tr("Find &Next"), m_findBar, &FindBar::findNext);
    next->setShortcut(QKeySequence(tr("F3")));
    QAction *previous = edit->addAction(tr("Find Pre&vious"), m_findBar, &FindBar::findPrevious);
    previous->setShortcut(QKeySequence(tr("Shift+F3")));
}

void MainWindow::indexTree()
{
    m_search->openTree(m_project->root(), lazySearchDocuments(m_project));
}

bool MainWindow::reindexDocument(const QString &docname)
{
    // The worker takes its requests in order: the query asked now sees the new rows. Asked here,
    // not when the worker says the rows are in, it does not wait for the window's thread between.
    m_search->updateDocument(searchDocument(*m_project, docname));
    return m_searchPanel->refresh();
}

void MainWindow::openSearchHit(const QString &docname, const QString &anchor, const QString &highlight)
{
    m_pendingHighlight = {docname, anchor, highlight};
    const bool samePage = docname == currentDocname();
    openUnlessShown(docname, anchor);
    // A section of the page shown is reached without a load: nothing else will call it.
    if (samePage)
        QTimer::singleShot(0, this, &MainWindow::highlightPending);
}

void MainWindow::highlightPending()
{
    if (m_pendingHighlight.text.isEmpty() || m_pendingHighlight.docname != currentDocname())
        return;
    const PendingHighlight pending = m_pendingHighlight;
    m_pendingHighlight = {};
    // Finding starts at the caret: at the section, so the first match shown is in it.
    view()->page()->runJavaScript(PageScripts::call("caretToStartOf", {pending.anchor}), QWebEngineScript::ApplicationWorld,
                                  [this, pending](const QVariant &) {
                                      if (pending.docname == currentDocname())
                                          m_findBar->showMatches(pending.text);
                                  });
}

} // namespace Docent
