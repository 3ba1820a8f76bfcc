// The web page of the reader: docent:// stays inside, other links go to the system browser.
#pragma once

#include <QWebEnginePage>

#include <functional>

namespace Docent {

class WebPage final : public QWebEnginePage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WebPage)
public:
    WebPage(QWebEngineProfile *profile, QObject *parent);
    /// Makes the page for a link opened in a new tab (Ctrl+click, middle click).
    std::function<QWebEnginePage *()> newTabPage;

protected:
    bool acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame) override;
    QWebEnginePage *createWindow(WebWindowType type) override;
};

} // namespace Docent
