#include "fileopenfilter.h"

#include "mainwindow.h"

#include <QFileOpenEvent>

namespace Docent {

FileOpenFilter::FileOpenFilter(MainWindow *window)
    : QObject(window), m_window(window)
{
}

bool FileOpenFilter::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::FileOpen)
        return QObject::eventFilter(watched, event);
    m_window->openRequested(static_cast<QFileOpenEvent *>(event)->file(), {});
    return true;
}

} // namespace Docent
