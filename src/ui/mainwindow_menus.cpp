// MainWindow's menus and toolbar: File, Edit, View and Help (the Go menu, the Bookmarks menu and
// the printing actions are made in mainwindow_go.cpp, mainwindow_bookmarks.cpp and
// mainwindow_printing.cpp).
#include "mainwindow.h"

#include "findbar.h"
#include "icons.h"
#include "settings.h"
#include "shortcutsdialog.h"
#include "sphinx/project.h"
#include "tabwidget.h"
#include "uilanguage.h"

#include <QApplication>
#include <QClipboard>
#include <QDockWidget>
#include <QMenu>
#include <QMenuBar>
#include <QStatusBar>
#include <QToolBar>

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
    help->addAction(tr("&Keyboard Shortcuts"), this, [this] {
        ShortcutsDialog dialog(menuBar(), this);
        dialog.exec();
    });
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
    // Ctrl+Shift+T is a browser's Reopen Closed Tab; the session has a key of its own.
    QAction *reopen = file->addAction(tr("Reopen &Last Session"), this, &MainWindow::reopenLastSession);
    reopen->setShortcut(QKeySequence(tr("Ctrl+Shift+L")));
    reopen->setToolTip(tr("The last tree you read, with its tabs and places"));
    file->addSeparator();
    QAction *newTab = file->addAction(tr("New &Tab"), this, [this] { m_tabs->openTab(view()->url(), true); });
    newTab->setShortcut(QKeySequence::AddTab);
    QAction *closeTabAction = file->addAction(tr("&Close Tab"), this, [this] { m_tabs->closeTab(m_tabs->currentIndex()); });
    // Ctrl+W first (the menu shows it), then the platform's other Close keys (Ctrl+F4 on some).
    QList<QKeySequence> closeKeys = QKeySequence::keyBindings(QKeySequence::Close);
    closeKeys.removeAll(QKeySequence(Qt::CTRL | Qt::Key_W));
    closeKeys.prepend(QKeySequence(Qt::CTRL | Qt::Key_W));
    closeTabAction->setShortcuts(closeKeys);
    QAction *reopenTab = file->addAction(tr("Reopen Closed T&ab"), this, [this] {
        if (m_tabs->reopenClosedTab())
            focusPage();
    });
    reopenTab->setShortcut(QKeySequence(tr("Ctrl+Shift+T")));
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
    // The page's file is read again (a browser's F5); its place on the page stays.
    QAction *reload = viewMenu->addAction(tr("&Reload Page"), this, [this] {
        if (m_project && m_project->document(currentDocname()))
            reloadDocument(currentDocname());
        else
            view()->reload();
    });
    reload->setShortcut(QKeySequence(tr("F5")));
    // F11 alone: QKeySequence::FullScreen is Ctrl+Shift+F on some desktops, Search the Tree here.
    QAction *fullScreen = viewMenu->addAction(tr("&Full Screen"), this, [this](bool on) {
        setWindowState(on ? windowState() | Qt::WindowFullScreen : windowState() & ~Qt::WindowFullScreen);
    });
    fullScreen->setCheckable(true);
    fullScreen->setShortcut(QKeySequence(tr("F11")));
    viewMenu->addSeparator();
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

void MainWindow::fillRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = Settings::recentPaths();
    for (const QString &path : recent) {
        m_recentMenu->addAction(path, this, [this, path] { openTree(path); });
    }
    if (recent.isEmpty())
        m_recentMenu->addAction(tr("No recent trees"))->setEnabled(false);
}

} // namespace Docent
