// Reports paths that other programs asked the window to open (a second `docent PATH`, the file
// manager) and that could not be opened: in the status bar and in one non-modal message that
// counts them, so a flood of bad requests makes one notice, not a dialog each.
#pragma once

#include <QMessageBox>
#include <QObject>
#include <QPointer>
#include <QStringList>

class QStatusBar;

namespace Docent {

class OpenFailureNotice final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OpenFailureNotice)
public:
    /// The message box is a child of `window`; the status bar shows the latest failure.
    OpenFailureNotice(QWidget *window, QStatusBar *statusBar);

    /// `error` names the path ("/x.rst: no such file or folder").
    void report(const QString &error);
    /// The notice on screen, or null; closing it starts the count again.
    QMessageBox *messageBox() const { return m_box; }

    /// The notice lists this many of the latest failures.
    static constexpr int listed = 10;

private:
    QWidget *m_window;
    QStatusBar *m_statusBar;
    QPointer<QMessageBox> m_box;
    int m_count = 0;
    QStringList m_latest;
};

} // namespace Docent
