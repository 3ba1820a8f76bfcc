// MainWindow's Problems panel: a dock below the page, its count in the status bar, and a problem
// opened at its line with the element written from that line flashed.
#include "mainwindow.h"

#include "pages/projectcheck.h"
#include "pagescripts.h"
#include "problemmodel.h"
#include "problempanel.h"
#include "schemehandler.h"
#include "sphinx/project.h"

#include <QDockWidget>
#include <QStatusBar>
#include <QToolButton>
#include <QTreeView>
#include <QWebEngineScript>

namespace Docent {

void MainWindow::createProblemsPanel()
{
    m_problemPanel = new ProblemPanel(this);
    m_problemDock = new QDockWidget(m_problemPanel->title(), this);
    m_problemDock->setObjectName(QStringLiteral("problemsDock"));
    m_problemDock->setWidget(m_problemPanel);
    addDockWidget(Qt::BottomDockWidgetArea, m_problemDock);
    // Shown when asked for (the status bar's count, View > Problems); an empty panel never opens
    // by itself. A saved window state may show it again.
    m_problemDock->hide();
    connect(m_problemPanel, &ProblemPanel::titleChanged, m_problemDock, &QDockWidget::setWindowTitle);
    connect(m_problemPanel, &ProblemPanel::openRequested, this, &MainWindow::openAtLine);

    m_problemsButton = new QToolButton(this);
    m_problemsButton->setObjectName(QStringLiteral("problemsButton"));
    m_problemsButton->setAutoRaise(true);
    m_problemsButton->setToolTip(tr("Show or hide the Problems panel"));
    m_problemsButton->setAccessibleName(tr("Problems"));
    m_problemsButton->hide();
    connect(m_problemsButton, &QToolButton::clicked, this, [this] {
        m_problemDock->setVisible(!m_problemDock->isVisible());
        if (m_problemDock->isVisible())
            m_problemPanel->view()->setFocus();
    });
    statusBar()->addPermanentWidget(m_problemsButton);
}

QTreeView *MainWindow::problemView() const { return m_problemPanel->view(); }

void MainWindow::showProblems()
{
    // A tree's first pages alone would report every reference to the pages not read yet.
    showProblems(m_project->isFirstPageOnly() ? ProblemModel::Entries()
                                              : ProblemModel::entries(checkProject(*m_project), m_project->root()));
}

void MainWindow::showProblems(std::vector<ProblemModel::Entry> entries)
{
    m_problemPanel->setEntries(std::move(entries));
    // Only the severities there are, counted: "3 errors, 1,628 notices".
    const ProblemModel *model = m_problemPanel->model();
    QStringList counts;
    if (const int errors = model->count(Problem::Severity::Error))
        counts << tr("%Ln error(s)", nullptr, errors);
    if (const int warnings = model->count(Problem::Severity::Warning))
        counts << tr("%Ln warning(s)", nullptr, warnings);
    if (const int notices = model->count(Problem::Severity::Notice))
        counts << tr("%Ln notice(s)", nullptr, notices);
    m_problemsButton->setVisible(!counts.isEmpty());
    m_problemsButton->setText(counts.join(QStringLiteral(", ")));
}

void MainWindow::openAtLine(const QString &docname, int line)
{
    m_pendingLine = {docname, line};
    if (docname == currentDocname())
        revealPending(); // the page is shown already: no load will follow
    else
        showDocument(docname);
}

void MainWindow::revealPending()
{
    if (m_pendingLine.docname.isEmpty() || m_pendingLine.docname != currentDocname())
        return;
    const PendingLine pending = m_pendingLine;
    view()->page()->runJavaScript(PageScripts::call("revealLine", {pending.line}), QWebEngineScript::ApplicationWorld,
                                  [this, pending](const QVariant &found) {
                                      // false while the page is not there yet: the load will ask again
                                      if (found.toInt() > 0 && m_pendingLine.docname == pending.docname &&
                                          m_pendingLine.line == pending.line)
                                          m_pendingLine = {};
                                  });
}

} // namespace Docent
