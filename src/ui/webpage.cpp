#include "webpage.h"

#include "schemehandler.h"
#include "usergesture.h"

#include <QDesktopServices>

namespace Docent {

WebPage::WebPage(QWebEngineProfile *profile, QObject *parent) : QWebEnginePage(profile, parent)
{
    UserGesture::watch(); // from the first page on, before the reader can click in one
}

bool WebPage::acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame)
{
    // Every navigation of the page uses up the reader's last click, so a script that runs after
    // it (in an SVG the click opened, say) finds none left.
    const bool byReader = isMainFrame && UserGesture::take();
    if (url.scheme() == QLatin1String(SchemeHandler::scheme) || url.scheme() == u"data" || url.scheme() == u"about")
        return QWebEnginePage::acceptNavigationRequest(url, type, isMainFrame);
    // Docent never loads anything from the network itself; an external link the reader clicked
    // opens outside. One that script follows does not: its URL could carry what the page read.
    if (byReader && type == NavigationTypeLinkClicked &&
        (url.scheme() == u"http" || url.scheme() == u"https" || url.scheme() == u"mailto" || url.scheme() == u"ftp"))
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
