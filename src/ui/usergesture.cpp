#include "usergesture.h"

#include <QCoreApplication>
#include <QEvent>
#include <QWebEngineView>
#include <QWidget>

namespace Docent {
namespace {

// Chromium's own user activation lasts five seconds: a click becomes a navigation well within it.
constexpr qint64 kGestureLifetimeMs = 5000;

bool isInPageView(QObject *watched)
{
    for (auto *w = qobject_cast<QWidget *>(watched); w; w = w->parentWidget()) {
        if (qobject_cast<QWebEngineView *>(w))
            return true;
    }
    return false;
}

} // namespace

UserGesture::UserGesture(QObject *parent) : QObject(parent)
{
    QCoreApplication::instance()->installEventFilter(this);
}

UserGesture &UserGesture::instance()
{
    static auto *tracker = new UserGesture(QCoreApplication::instance());
    return *tracker;
}

void UserGesture::watch() { instance(); }

bool UserGesture::take()
{
    UserGesture &tracker = instance();
    const bool recent = tracker.m_since.isValid() && tracker.m_since.elapsed() < kGestureLifetimeMs;
    tracker.m_since.invalidate();
    return recent;
}

bool UserGesture::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonRelease:
    case QEvent::KeyPress:
    case QEvent::TouchEnd:
        if (isInPageView(watched))
            m_since.start();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace Docent
