// MainWindow's menus and toolbar: File, Edit, View, Go and Help (the Bookmarks menu and the
// printing actions are made in mainwindow_bookmarks.cpp and mainwindow_printing.cpp).
#include "mainwindow.h"

#include "findbar.h"
#include "icons.h"
#include "settings.h"
#include "sphinx/indices.h"
#include "uilanguage.h"

#include <QApplication>
#include <QClipboard>
#include <QDockWidget>
#include <QMenu>
#include <QMenuBar>
#include <QStatusBar>
#include <QToolBar>
#include <QWebEngineHistory>

namespace Docent {

void MainWindow::createMenus()
{
    QToolBar *toolbar = addToolBar(tr("Navigation"));
    toolbar->setObjectName(QStringLiteral("navigationToolbar"));
    createFileMenu(toolbar);
    createViewMenus();
    createGoMenu(toolbar);
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    createBookmarkMenu(toolbar); // before Help
    QAction *manual = help->addAction(tr("&Manual"), this, &MainWindow::openManual);
    manual->setShortcut(QKeySequence::HelpContents);
    help->addAction(tr("&About Docent"), this, &MainWindow::showAbout);
}

void MainWindow::createFileMenu(QToolBar *toolbar)
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *openFile = file->addAction(tr("Open &File…"), this, &MainWindow::openFileDialog);
    openFile->setShortcut(QKeySequence::Open);
    QAction *openFolder = file->addAction(tr("Open F&older…"), this, &MainWindow::openFolderDialog);
    openFolder->setShortcut(QKeySequence(tr("Ctrl+Shift+O")));
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::fillRecentMenu);
    QAction *reopen = file->addAction(tr("Reopen &Last Session"), this, &MainWindow::reopenLastSession);
    reopen->setShortcut(QKeySequence(tr("Ctrl+Shift+T")));
    reopen->setToolTip(tr("The last tree you read, with its tabs and places"));
    file->addSeparator();
    QAction *newTab = file->addAction(tr("New &Tab"), this, [this] { m_tabs->openTab(view()->url(), true); });
    newTab->setShortcut(QKeySequence::AddTab);
    QAction *closeTabAction = file->addAction(tr("&Close Tab"), this, [this] { m_tabs->closeTab(m_tabs->currentIndex()); });
    closeTabAction->setShortcuts({QKeySequence(tr("Ctrl+W")), QKeySequence(QKeySequence::Close)});
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);
    createPrintActions(file, quit, toolbar);
}

// Edit and View.
void MainWindow::createViewMenus()
{
    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *find = edit->addAction(tr("&Find in Page…"), m_findBar, &FindBar::activate);
    find->setShortcut(QKeySequence::Find);
    createSearchActions(edit);
    QAction *copyLink = edit->addAction(tr("Copy &Link to This Section"), this, [this] {
        QApplication::clipboard()->setText(view()->url().toString());
    });
    copyLink->setShortcut(QKeySequence(tr("Ctrl+Shift+C")));
    createPreferencesActions(edit);

    QMenu *viewMenu = menuBar()->addMenu(tr("&View"));
    QAction *zoomIn = viewMenu->addAction(tr("Zoom &In"), this, [this] { setZoom(zoom() * 1.1); });
    zoomIn->setShortcuts({QKeySequence::ZoomIn, QKeySequence(tr("Ctrl+="))});
    QAction *zoomOut = viewMenu->addAction(tr("Zoom &Out"), this, [this] { setZoom(zoom() / 1.1); });
    zoomOut->setShortcut(QKeySequence::ZoomOut);
    QAction *zoomReset = viewMenu->addAction(tr("&Actual Size"), this, [this] { setZoom(1.0); });
    zoomReset->setShortcut(QKeySequence(tr("Ctrl+0")));
    viewMenu->addSeparator();
    // The whole window would have to be rebuilt to change its language now; a restart does it.
    viewMenu->addMenu(createLanguageMenu(this, [this] {
        statusBar()->showMessage(tr("Docent will use the new language the next time it starts."), 8000);
    }));
    viewMenu->addSeparator();
    for (QDockWidget *dock : findChildren<QDockWidget *>())
        viewMenu->addAction(dock->toggleViewAction());
}

void MainWindow::createGoMenu(QToolBar *toolbar)
{
    QMenu *go = menuBar()->addMenu(tr("&Go"));
    QAction *back = go->addAction(tr("&Back"), this, [this] { view()->back(); });
    back->setShortcut(QKeySequence::Back);
    QAction *forward = go->addAction(tr("&Forward"), this, [this] { view()->forward(); });
    forward->setShortcut(QKeySequence::Forward);
    QAction *quickOpen = go->addAction(tr("Go to &Page or Section…"), this, &MainWindow::showQuickOpen);
    quickOpen->setShortcut(QKeySequence(tr("Ctrl+K")));
    // Sphinx's generated indices, pages of every tree (empty ones say so).
    go->addAction(tr("General &Index"), this, [this] { showDocument(QString::fromUtf16(kGenIndexDoc)); });
    go->addAction(tr("Python &Module Index"), this, [this] { showDocument(QString::fromUtf16(kModIndexDoc)); });
    QMenu *historyMenu = go->addMenu(tr("&History"));
    connect(historyMenu, &QMenu::aboutToShow, this, [this, historyMenu] {
        historyMenu->clear();
        const QList<QWebEngineHistoryItem> items = view()->history()->items();
        const int current = view()->history()->currentItemIndex();
        for (qsizetype i = items.size() - 1; i >= 0 && i >= items.size() - 20; --i) {
            const QWebEngineHistoryItem item = items[i];
            QAction *a = historyMenu->addAction(item.title().isEmpty() ? item.url().toString() : item.title(), this,
                                                [this, item] { view()->history()->goToItem(item); });
            a->setCheckable(true);
            a->setChecked(i == current);
        }
        if (items.isEmpty())
            historyMenu->addAction(tr("No pages visited yet"))->setEnabled(false);
    });
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
    updateHistoryActions();
}

void MainWindow::fillRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = Settings::recentPaths();
    for (const QString &path : recent) {
        m_recentMenu->addAction(path, this, [this, path] {
            QString error;
            if (!openPath(path, &error))
                showOpenError(error);
        });
    }
    if (recent.isEmpty())
        m_recentMenu->addAction(tr("No recent trees"))->setEnabled(false);
}

} // namespace Docent
