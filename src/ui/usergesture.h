// Whether the reader has just clicked or pressed a key in a page: only that may take a link out of
// Docent to the system browser. Script (a page's, or an SVG's of the tree) makes no Qt input
// event, so it cannot pass for the reader; QWebEngineNavigationRequest in Qt 6.4 does not say
// whether a navigation had a user gesture.
#pragma once

#include <QElapsedTimer>
#include <QObject>

namespace Docent {

class UserGesture final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UserGesture)
public:
    /// Starts watching the application's input; the first call makes the watcher.
    static void watch();
    /// True once for each click or key press in a page view of the last few seconds: the first
    /// navigation after it uses it up, whether it leaves Docent or not.
    static bool take();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit UserGesture(QObject *parent);
    static UserGesture &instance();

    QElapsedTimer m_since; ///< invalid when no gesture is pending
};

} // namespace Docent
