#include "networkblocker.h"

#include "schemehandler.h"

namespace Docent {

void NetworkBlocker::interceptRequest(QWebEngineUrlRequestInfo &info)
{
    const QString scheme = info.requestUrl().scheme();
    if (scheme != QLatin1String(SchemeHandler::scheme) && scheme != u"data" && scheme != u"about")
        info.block(true);
}

} // namespace Docent
