// MainWindow's live reload: a saved page is parsed again, indexed again and shown again in place.
// The search goes first: its rows and the query on screen take a few milliseconds on its own
// thread, while showing a big page again (CPython's contents: 1.5 million characters) takes a
// hundred on the window's; the pages follow once the hits are in.
#include "mainwindow.h"

#include "pages/indexpages.h"
#include "pages/pagerenderer.h"
#include "searchpanel.h"
#include "sphinx/project.h"
#include "treewatcher.h"

#include <QTimer>

namespace Docent {
namespace {

// How long the open pages wait for the search's answer before they are shown again anyway.
constexpr int kSearchHeadStartMs = 40;
// The navigation and the sidebars follow an edit once the page has had its turn.
constexpr int kNavigationAfterEditMs = 50;

} // namespace

void MainWindow::reloadDocument(const QString &docname)
{
    if (!m_project)
        return;
    // Only this page is parsed again; its new content replaces the old in every open page (no
    // reload: the scroll position stays, images stay loaded), as links and titles in others may
    // name the page that changed.
    m_project->reloadDocument(docname);
    m_watcher->updateDocument(*m_project, docname); // it may include other files now
    const bool searching = reindexDocument(docname);
    if (!m_showAfterEdit) {
        m_showAfterEdit = new QTimer(this);
        m_showAfterEdit->setSingleShot(true);
        connect(m_showAfterEdit, &QTimer::timeout, this, [this] {
            for (int i = 0; i < m_tabs->count(); ++i)
                replaceArticle(m_tabs->page(i));
        });
        // The hits are in: drawn now, as a repaint waits for the window's next frame and the
        // pages would hold the thread first; then the pages need not wait any longer.
        connect(m_searchPanel, &SearchPanel::answered, this, [this] {
            if (!m_showAfterEdit->isActive())
                return;
            m_searchPanel->repaint();
            m_showAfterEdit->start(0);
        });
        m_refreshAfterEdit = new QTimer(this);
        m_refreshAfterEdit->setSingleShot(true);
        m_refreshAfterEdit->setInterval(kNavigationAfterEditMs);
        connect(m_refreshAfterEdit, &QTimer::timeout, this, [this] {
            showNavigation();
            onUrlChanged(view()->url());
        });
    }
    m_showAfterEdit->start(searching ? kSearchHeadStartMs : 0);
    m_refreshAfterEdit->start();
}

void MainWindow::replaceArticle(PageView *page)
{
    const QString docname = page->docname();
    if (const Project::Document *doc = m_project->document(docname))
        page->replaceArticle(PageRenderer(*m_project).body(docname), doc->title);
    else if (isIndexPage(*m_project, docname)) // its entries may have changed with the document
        page->replaceArticle(PageRenderer(*m_project).body(docname), indexPageTitle(docname));
}

} // namespace Docent
