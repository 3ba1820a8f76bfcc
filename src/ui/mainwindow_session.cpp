// MainWindow's sessions: for each tree, the tabs that were open, their pages and how far each was
// scrolled, saved when the window closes or another tree is opened, and restored when that tree
// is opened again as a whole (a folder, not one file) or by File > Reopen Last Session.
#include "mainwindow.h"

#include "pages/pagerenderer.h"
#include "schemehandler.h"
#include "settings.h"
#include "sphinx/project.h"

#include <QTabBar>

namespace Docent {

void MainWindow::saveSession() const
{
    if (!m_project)
        return;
    QList<Settings::SessionTab> tabs;
    for (int i = 0; i < m_tabs->count(); ++i) {
        const PageView *page = m_tabs->page(i);
        if (!page->docname().isEmpty())
            tabs.append({page->url(), page->scrollY()});
    }
    Settings::setSessionTabs(m_project->root(), tabs, m_tabs->currentIndex());
}

bool MainWindow::restoreSession()
{
    if (!m_project)
        return false;
    int current = 0;
    // Only pages the tree still has come back.
    QList<Settings::SessionTab> kept;
    for (const Settings::SessionTab &tab : Settings::sessionTabs(m_project->root(), &current)) {
        if (PageRenderer(*m_project).hasPage(SchemeHandler::docnameOf(tab.url)))
            kept.append(tab);
    }
    if (kept.isEmpty())
        return false;
    while (m_tabs->count() > 1)
        m_tabs->closeTab(m_tabs->count() - 1);
    for (qsizetype i = 0; i < kept.size(); ++i) {
        PageView *page = i == 0 ? view() : m_tabs->openTab({}, false);
        if (i > 0)
            m_tabs->tabBar()->moveTab(m_tabs->indexOf(page), int(i));
        page->scrollOnLoad(kept[i].scrollY);
        page->open(kept[i].url);
    }
    m_tabs->setCurrentIndex(std::clamp(current, 0, int(kept.size()) - 1));
    return true;
}

void MainWindow::reopenLastSession()
{
    const QString last = Settings::lastTree();
    if (last.isEmpty())
        return;
    openTree(last);
}

} // namespace Docent
