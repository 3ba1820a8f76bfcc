#include "networkblocker.h"

#include "desktop/treeurl.h"
#include "schemehandler.h"

namespace Docent {
namespace {

TreeUrl::Destination destinationOf(QWebEngineUrlRequestInfo::ResourceType type)
{
    switch (type) {
    case QWebEngineUrlRequestInfo::ResourceTypeMainFrame:
    case QWebEngineUrlRequestInfo::ResourceTypeSubFrame:
    case QWebEngineUrlRequestInfo::ResourceTypeObject:
        return TreeUrl::Destination::Document;
    case QWebEngineUrlRequestInfo::ResourceTypeImage:
    case QWebEngineUrlRequestInfo::ResourceTypeFavicon:
        return TreeUrl::Destination::Image;
    case QWebEngineUrlRequestInfo::ResourceTypeStylesheet:
        return TreeUrl::Destination::Stylesheet;
    default:
        return TreeUrl::Destination::Other;
    }
}

} // namespace

void NetworkBlocker::interceptRequest(QWebEngineUrlRequestInfo &info)
{
    const QString scheme = info.requestUrl().scheme();
    if (scheme != QLatin1String(SchemeHandler::scheme) && scheme != u"data" && scheme != u"about") {
        info.block(true);
        return;
    }
    // The browser knows what a request is for; a page cannot set this header over it.
    if (scheme == QLatin1String(SchemeHandler::scheme))
        info.setHttpHeader(TreeUrl::destinationHeader, TreeUrl::headerValue(destinationOf(info.resourceType())));
}

} // namespace Docent
