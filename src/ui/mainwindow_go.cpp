// MainWindow's Go menu: back and forward, the tree's home page, the previous, next and parent
// page in reading order (Sphinx's rel links), quick open, the generated indices and the history.
// Whatever it goes to, the focus lands in the page, so Page Down scrolls it at once.
#include "mainwindow.h"

#include "icons.h"
#include "readingorder.h"
#include "sphinx/indices.h"
#include "sphinx/project.h"

#include <QMenu>
#include <QMenuBar>
#include <QToolBar>
#include <QWebEngineHistory>

namespace Docent {

void MainWindow::createGoMenu(QToolBar *toolbar)
{
    QMenu *go = menuBar()->addMenu(tr("&Go"));
    QAction *back = go->addAction(tr("&Back"), this, [this] {
        view()->back();
        focusPage();
    });
    back->setShortcut(QKeySequence::Back);
    QAction *forward = go->addAction(tr("&Forward"), this, [this] {
        view()->forward();
        focusPage();
    });
    forward->setShortcut(QKeySequence::Forward);
    QAction *home = go->addAction(tr("&Home Page"), this, [this] {
        if (m_project)
            goTo(m_project->startDoc());
    });
    home->setShortcut(QKeySequence(tr("Alt+Home")));
    home->setToolTip(tr("The page the tree opens with"));
    go->addSeparator();
    createReadingOrderActions(go);
    go->addSeparator();
    QAction *quickOpen = go->addAction(tr("Go to &Page or Section…"), this, &MainWindow::showQuickOpen);
    quickOpen->setShortcut(QKeySequence(tr("Ctrl+K")));
    // Sphinx's generated indices, pages of every tree (empty ones say so).
    go->addAction(tr("General &Index"), this, [this] { goTo(QString::fromUtf16(kGenIndexDoc)); });
    go->addAction(tr("Python &Module Index"), this, [this] { goTo(QString::fromUtf16(kModIndexDoc)); });
    createHistoryMenu(go);
    back->setIcon(themedIcon(QStringLiteral("go-previous")));
    forward->setIcon(themedIcon(QStringLiteral("go-next")));
    toolbar->insertAction(toolbar->actions().value(0), forward);
    toolbar->insertAction(forward, back);
    auto updateHistoryActions = [this, back, forward] {
        back->setEnabled(view()->history()->canGoBack());
        forward->setEnabled(view()->history()->canGoForward());
    };
    connect(this, &MainWindow::currentViewChanged, this, updateHistoryActions);
    connect(this, &MainWindow::currentUrlChanged, this, updateHistoryActions);
    // The history may take its new entry after the URL has changed.
    connect(m_tabs, &TabWidget::loadFinished, this, updateHistoryActions);
    updateHistoryActions();
}

void MainWindow::createReadingOrderActions(QMenu *go)
{
    // Qt Assistant's keys for the previous and next page; Alt+Up goes up as in a file manager.
    // (Alt+Left and Alt+Right are Back and Forward.)
    QAction *previous = go->addAction(tr("Pre&vious Page"), this, [this] { goTo(m_readingOrder.previous(currentDocname())); });
    previous->setShortcut(QKeySequence(tr("Ctrl+Alt+Left")));
    QAction *next = go->addAction(tr("&Next Page"), this, [this] { goTo(m_readingOrder.next(currentDocname())); });
    next->setShortcut(QKeySequence(tr("Ctrl+Alt+Right")));
    QAction *up = go->addAction(tr("&Up to Parent Page"), this, [this] { goTo(m_readingOrder.up(currentDocname())); });
    up->setShortcut(QKeySequence(tr("Alt+Up")));
    // Each names the page it goes to, and is off where there is none.
    const auto update = [this, previous, next, up] {
        const QString here = currentDocname();
        const auto name = [this](QAction *action, const QString &docname, const QString &text, const QString &none) {
            const Project::Document *doc = m_project ? m_project->document(docname) : nullptr;
            action->setEnabled(doc != nullptr);
            action->setToolTip(doc ? text.arg(doc->title) : none);
            action->setStatusTip(action->toolTip());
        };
        name(previous, m_readingOrder.previous(here), tr("Previous page: %1"), tr("No page before this one in reading order"));
        name(next, m_readingOrder.next(here), tr("Next page: %1"), tr("No page after this one in reading order"));
        name(up, m_readingOrder.up(here), tr("Up: %1"), tr("No page lists this one"));
    };
    connect(this, &MainWindow::currentUrlChanged, this, update);
    connect(this, &MainWindow::currentViewChanged, this, update);
    update();
}

void MainWindow::createHistoryMenu(QMenu *go)
{
    QMenu *historyMenu = go->addMenu(tr("&History"));
    connect(historyMenu, &QMenu::aboutToShow, this, [this, historyMenu] {
        historyMenu->clear();
        const QList<QWebEngineHistoryItem> items = view()->history()->items();
        const int current = view()->history()->currentItemIndex();
        for (qsizetype i = items.size() - 1; i >= 0 && i >= items.size() - 20; --i) {
            const QWebEngineHistoryItem item = items[i];
            QAction *a = historyMenu->addAction(item.title().isEmpty() ? item.url().toString() : item.title(), this, [this, item] {
                view()->history()->goToItem(item);
                focusPage();
            });
            a->setCheckable(true);
            a->setChecked(i == current);
        }
        if (items.isEmpty())
            historyMenu->addAction(tr("No pages visited yet"))->setEnabled(false);
    });
}

void MainWindow::goTo(const QString &docname, const QString &anchor)
{
    if (docname.isEmpty())
        return;
    showDocument(docname, anchor);
    focusPage();
}

void MainWindow::focusPage()
{
    if (PageView *page = view())
        page->setFocus(Qt::OtherFocusReason);
}

} // namespace Docent
