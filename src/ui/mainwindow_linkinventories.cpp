// The other projects' inventories (intersphinx) in the window: fetched by the application, in
// the background, only when the reader allowed it; never by a page (NetworkBlocker).
#include "inventoryfetcher.h"
#include "mainwindow.h"
#include "pageview.h"
#include "settings.h"
#include "sphinx/project.h"
#include "tabwidget.h"

#include <QStatusBar>
#include <QTimer>

namespace Docent {
namespace {

constexpr int kInventoryMaxAgeDays = 7;
constexpr int kNoticeMs = 20000;

// A status bar message hides the bar's own widgets only while the window is visible: shown
// before the window is (a tree opened at start), the widgets would come back over it.
void showNotice(QMainWindow *window, const QString &text)
{
    if (window->isVisible()) {
        window->statusBar()->showMessage(text, kNoticeMs);
        return;
    }
    QTimer::singleShot(200, window, [window, text] { showNotice(window, text); });
}

} // namespace

void MainWindow::updateLinkInventories()
{
    if (!m_project || m_project->linkInventories().projects().isEmpty())
        return;
    const QStringList missing = m_project->linkInventories().missing();
    if (!Settings::fetchLinkInventories()) {
        if (!missing.isEmpty())
            showNotice(this, tr("Links to other projects (%1) need their inventories: allow Docent to fetch "
                                        "them in the preferences, or run “docent intersphinx fetch”.")
                                         .arg(missing.join(QStringLiteral(", "))));
        return;
    }
    const QList<LinkInventories::Download> downloads = LinkInventories::downloads(
        m_project->root(), m_project->conf(), m_project->readScope(), kInventoryMaxAgeDays);
    if (downloads.isEmpty())
        return;
    if (!m_inventoryFetcher) {
        m_inventoryFetcher = new InventoryFetcher(this);
        connect(m_inventoryFetcher, &InventoryFetcher::finished, this,
                [this](int stored, int) { linkInventoriesFetched(stored); });
    }
    QStringList projects;
    for (const LinkInventories::Download &d : downloads)
        if (!projects.contains(d.project))
            projects << d.project;
    showNotice(this, tr("Fetching the link inventories of other projects (%1)…").arg(projects.join(QStringLiteral(", "))));
    m_inventoryFetcher->fetch(downloads);
}

void MainWindow::linkInventoriesFetched(int stored)
{
    if (!m_project)
        return;
    if (stored > 0) {
        m_project->reloadLinkInventories();
        for (int i = 0; i < m_tabs->count(); ++i)
            replaceArticle(m_tabs->page(i));
    }
    const QStringList stillMissing = m_project->linkInventories().missing();
    if (!stillMissing.isEmpty())
        showNotice(this, tr("The link inventories of %1 could not be fetched; references to them stay "
                                    "without links.")
                                     .arg(stillMissing.join(QStringLiteral(", "))));
    else if (stored > 0)
        showNotice(this, tr("Links to other projects are up to date."));
}

} // namespace Docent
