// MainWindow's sessions: for each tree, the tabs that were open, their pages and how far each was
// scrolled, saved when the window closes or another tree is opened, and restored when that tree
// is opened again as a whole (a folder, not one file) or by File > Reopen Last Session.
#include "mainwindow.h"

#include "schemehandler.h"
#include "sphinx/project.h"

#include <QCryptographicHash>
#include <QSettings>
#include <QTabBar>
#include <QTabWidget>
#include <QWebEngineScript>
#include <QWebEngineHistory>
#include <QWebEngineView>

namespace Docent {
namespace {

const char *kScrollProperty = "docentScrollY";
const char *kRestoreProperty = "docentRestoreScrollY";

QString sessionKey(const QString &root)
{
    return QStringLiteral("sessions/") +
           QString::fromLatin1(QCryptographicHash::hash(root.toUtf8(), QCryptographicHash::Sha1).toHex().left(16));
}

} // namespace

void MainWindow::noteScroll(QWebEngineView *view, int y) { view->setProperty(kScrollProperty, y); }

void MainWindow::restoreScrollOnLoad(QWebEngineView *view)
{
    const QVariant y = view->property(kRestoreProperty);
    if (!y.isValid())
        return;
    view->setProperty(kRestoreProperty, {});
    view->page()->runJavaScript(QStringLiteral("window.scrollTo(0, %1)").arg(y.toInt()), QWebEngineScript::ApplicationWorld);
}

void MainWindow::saveSession() const
{
    if (!m_project)
        return;
    QVariantList tabs;
    for (int i = 0; i < m_tabs->count(); ++i) {
        const auto *view = static_cast<QWebEngineView *>(m_tabs->widget(i));
        if (SchemeHandler::docnameOf(view->url()).isEmpty())
            continue;
        tabs.append(QVariantMap{{QStringLiteral("url"), view->url()},
                                {QStringLiteral("scrollY"), view->property(kScrollProperty).toInt()}});
    }
    QSettings settings;
    settings.beginGroup(sessionKey(m_project->root()));
    settings.setValue(QStringLiteral("root"), m_project->root());
    settings.setValue(QStringLiteral("tabs"), tabs);
    settings.setValue(QStringLiteral("current"), m_tabs->currentIndex());
    settings.endGroup();
}

bool MainWindow::restoreSession()
{
    if (!m_project)
        return false;
    QSettings settings;
    settings.beginGroup(sessionKey(m_project->root()));
    if (settings.value(QStringLiteral("root")).toString() != m_project->root())
        return false;
    const QVariantList tabs = settings.value(QStringLiteral("tabs")).toList();
    const int current = settings.value(QStringLiteral("current")).toInt();
    settings.endGroup();
    // Only pages the tree still has come back.
    QList<QVariantMap> kept;
    for (const QVariant &t : tabs) {
        const QVariantMap tab = t.toMap();
        if (m_project->document(SchemeHandler::docnameOf(tab.value(QStringLiteral("url")).toUrl())))
            kept.append(tab);
    }
    if (kept.isEmpty())
        return false;
    while (m_tabs->count() > 1)
        closeTab(m_tabs->count() - 1);
    for (qsizetype i = 0; i < kept.size(); ++i) {
        QWebEngineView *view = i == 0 ? this->view() : openTab({}, false);
        if (i > 0)
            m_tabs->tabBar()->moveTab(m_tabs->indexOf(view), int(i));
        view->setProperty(kRestoreProperty, kept[i].value(QStringLiteral("scrollY")).toInt());
        view->setUrl(kept[i].value(QStringLiteral("url")).toUrl());
    }
    m_tabs->setCurrentIndex(std::clamp(current, 0, int(kept.size()) - 1));
    return true;
}

void MainWindow::reopenLastSession()
{
    const QString last = QSettings().value(QStringLiteral("session/lastTree")).toString();
    if (last.isEmpty())
        return;
    QString error;
    if (!openPath(last, &error))
        showOpenError(error);
}

} // namespace Docent
