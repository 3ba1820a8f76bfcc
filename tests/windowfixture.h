// The open-window preamble of the window tests in one place: open a tree in a MainWindow, show
// it and wait until its page is really there (loaded, headed as expected, Docent's script done).
#pragma once

#include "mainwindow.h"
#include "pagetestsupport.h"

#include <QDockWidget>
#include <QSignalSpy>

namespace DocentTest {

/// Waits (up to 15 s) until Docent's page script (docent://app/docent.js) has marked the page
/// as done: only then are its additions (copy buttons, typeset maths, section marks) there.
inline bool waitForPageScript(QWebEngineView *view)
{
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < 15000) {
        if (js(view, QStringLiteral("String(document.documentElement.classList.contains('docent-ready'))")) == u"true")
            return true;
        QTest::qWait(50);
    }
    return false;
}

/// Brings `panel` (a sidebar tab, or what a dock holds) to the front: its dock shown and raised
/// (on a narrow screen the sidebar starts tabbed behind the sections), its sidebar tab current.
inline void showPanel(Docent::MainWindow &w, QWidget *panel)
{
    if (w.sidebar()->indexOf(panel) >= 0)
        w.sidebar()->setCurrentWidget(panel);
    for (QWidget *p = panel; p; p = p->parentWidget()) {
        if (auto *dock = qobject_cast<QDockWidget *>(p)) {
            dock->show();
            dock->raise();
            break;
        }
    }
    QCoreApplication::processEvents();
}

/// Opens `path` (at `anchor`) in `w` without showing it, and waits (up to 60 s) until the whole
/// tree is read and in place; a failure is logged with its reason.
inline bool openTree(Docent::MainWindow &w, const QString &path, const QString &anchor = {})
{
    QSignalSpy opened(&w, &Docent::MainWindow::treeOpened);
    QSignalSpy failed(&w, &Docent::MainWindow::treeOpenFailed);
    w.openTree(path, anchor, [](const QString &) {}); // said below, not in a message box
    if (!QTest::qWaitFor([&] { return !opened.isEmpty() || !failed.isEmpty(); }, 60000)) {
        qWarning("%s was not read within 60 s", qPrintable(path));
        return false;
    }
    if (!failed.isEmpty()) {
        qWarning("cannot open %s: %s", qPrintable(path), qPrintable(failed.first().at(1).toString()));
        return false;
    }
    return true;
}

/// Opens `path` (at `anchor`) in `w`, shows the window and waits until its page, whose first
/// heading starts with `heading`, has loaded and Docent's page script has run.
inline bool showTree(Docent::MainWindow &w, const QString &path, const QString &heading, const QString &anchor = {})
{
    if (!openTree(w, path, anchor))
        return false;
    w.show();
    if (!QTest::qWaitForWindowExposed(&w)) {
        qWarning("the window was not shown");
        return false;
    }
    if (!waitForHeading(w.view(), heading)) {
        qWarning("no page headed \"%s\" appeared", qPrintable(heading));
        return false;
    }
    if (!waitForPageScript(w.view())) {
        qWarning("the page script did not finish");
        return false;
    }
    return true;
}

} // namespace DocentTest
