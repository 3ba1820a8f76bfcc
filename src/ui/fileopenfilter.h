// macOS hands the files opened from the Finder (and dropped on the Dock icon) to the application
// as QFileOpenEvents, not as arguments; this filter on the application opens them in the window.
#pragma once

#include <QObject>

namespace Docent {

class MainWindow;

class FileOpenFilter final : public QObject
{
    Q_OBJECT
public:
    /// Opens the files of the events the application receives in `window` (its parent).
    explicit FileOpenFilter(MainWindow *window);
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    MainWindow *m_window;
};

} // namespace Docent
