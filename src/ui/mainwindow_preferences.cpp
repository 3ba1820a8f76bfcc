// MainWindow's Edit > Copy, Select All and Preferences, and the reader's appearance applied to the
// window and to every open page.
#include "mainwindow.h"

#include "pagescripts.h"
#include "pagestyle.h"
#include "preferencesdialog.h"
#include "schemehandler.h"
#include "settings.h"

#include <QAction>
#include <QMenu>
#include <QWebEngineScript>

namespace Docent {

void MainWindow::createPreferencesActions(QMenu *edit)
{
    // The page's own, first in the menu: a field with the focus takes these keys before them
    // (QLineEdit claims them), as does the Problems list for Copy.
    QAction *first = edit->actions().value(0);
    auto *copy = new QAction(tr("&Copy"), this);
    connect(copy, &QAction::triggered, this, [this] { view()->triggerPageAction(QWebEnginePage::Copy); });
    copy->setShortcut(QKeySequence::Copy);
    auto *selectAll = new QAction(tr("Select &All"), this);
    connect(selectAll, &QAction::triggered, this, [this] { view()->triggerPageAction(QWebEnginePage::SelectAll); });
    selectAll->setShortcut(QKeySequence::SelectAll);
    edit->insertActions(first, {copy, selectAll});
    edit->insertSeparator(first);
    edit->addSeparator();
    QAction *preferences = edit->addAction(tr("&Preferences…"), this, &MainWindow::showPreferences);
    preferences->setShortcut(QKeySequence(tr("Ctrl+,")));
    preferences->setMenuRole(QAction::PreferencesRole);
    // A page loaded after a change may get the engine's copy of the theme from before it.
    connect(m_tabs, &TabWidget::loadFinished, this, [this](bool ok) {
        if (ok && m_themeVersion > 1)
            view()->page()->runJavaScript(PageScripts::call("reloadTheme", {m_themeVersion}), QWebEngineScript::ApplicationWorld);
    });
}

void MainWindow::showPreferences()
{
    if (!m_preferences) {
        m_preferences = new PreferencesDialog(this);
        connect(m_preferences, &PreferencesDialog::appearanceChanged, this, &MainWindow::applyAppearance);
    }
    m_preferences->show();
    m_preferences->raise();
    m_preferences->activateWindow();
}

void MainWindow::applyAppearance()
{
    const QString theme = Settings::theme();
    applyWidgetTheme(theme);
    m_handler->setPageStyle(preferenceCss(theme, Settings::pageFontSize()));
    // Open pages load the theme again; a new version keeps the engine from reusing the old one.
    ++m_themeVersion;
    for (int i = 0; i < m_tabs->count(); ++i)
        m_tabs->page(i)->page()->runJavaScript(PageScripts::call("reloadTheme", {m_themeVersion}),
                                               QWebEngineScript::ApplicationWorld);
}

} // namespace Docent
