#include "webpage.h"

#include "schemehandler.h"

#include <QDesktopServices>

namespace Docent {

bool WebPage::acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame)
{
    if (url.scheme() == QLatin1String(SchemeHandler::scheme) || url.scheme() == u"data" || url.scheme() == u"about")
        return QWebEnginePage::acceptNavigationRequest(url, type, isMainFrame);
    // Docent never loads anything from the network itself; a clicked external link opens outside.
    if (type == NavigationTypeLinkClicked && (url.scheme() == u"http" || url.scheme() == u"https" ||
                                             url.scheme() == u"mailto" || url.scheme() == u"ftp"))
        QDesktopServices::openUrl(url);
    return false;
}

QWebEnginePage *WebPage::createWindow(WebWindowType type)
{
    // Only tabs: scripts never run here, so this is a reader asking for a link in a new tab.
    if ((type == WebBrowserTab || type == WebBrowserBackgroundTab) && newTabPage)
        return newTabPage();
    return nullptr;
}

} // namespace Docent
