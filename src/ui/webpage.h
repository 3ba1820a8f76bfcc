// The web page of the reader: docent:// stays inside, other links go to the system browser.
#pragma once

#include <QWebEnginePage>

namespace Docent {

class WebPage final : public QWebEnginePage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WebPage)
public:
    using QWebEnginePage::QWebEnginePage;

protected:
    bool acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame) override;
};

} // namespace Docent
