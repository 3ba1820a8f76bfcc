// MainWindow's printing commands: File > Print, Print Preview, Page Setup and Export as PDF, and
// the toolbar's Print button.
#include "mainwindow.h"

#include "icons.h"
#include "printing.h"

#include <QAction>
#include <QMenu>
#include <QStatusBar>
#include <QToolBar>

namespace Docent {

void MainWindow::createPrintActions(QMenu *file, QAction *before, QToolBar *toolbar)
{
    m_printing = new Printing(m_profile, this);
    connect(m_printing, &Printing::message, this, [this](const QString &text) { statusBar()->showMessage(text, 8000); });
    auto add = [&](const QString &icon, const QString &text, Printing::Action action) {
        QAction *a = new QAction(icon.isEmpty() ? QIcon() : themedIcon(icon), text, this);
        connect(a, &QAction::triggered, this, [this, action] {
            m_printing->run(action, view(), view()->title());
        });
        file->insertAction(before, a);
        return a;
    };
    QAction *print = add(QStringLiteral("document-print"), tr("&Print…"), Printing::Action::Print);
    print->setShortcut(QKeySequence::Print);
    add(QStringLiteral("document-print-preview"), tr("Print Pre&view…"), Printing::Action::Preview);
    QAction *setup = new QAction(tr("Page Set&up…"), this);
    connect(setup, &QAction::triggered, m_printing, &Printing::pageSetup);
    file->insertAction(before, setup);
    QAction *pdf = add(QStringLiteral("document-export"), tr("&Export as PDF…"), Printing::Action::ExportPdf);
    pdf->setShortcut(QKeySequence(tr("Ctrl+Shift+E")));
    file->insertSeparator(before);
    toolbar->addAction(print);
}

} // namespace Docent
