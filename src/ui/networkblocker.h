// Refuses every request of the web view that is not docent:// or data:, so pages never reach the
// network, and tells the scheme handler what asked for each docent:// URL (a frame, an image...).
#pragma once

#include <QWebEngineUrlRequestInterceptor>

namespace Docent {

class NetworkBlocker final : public QWebEngineUrlRequestInterceptor
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NetworkBlocker)
public:
    using QWebEngineUrlRequestInterceptor::QWebEngineUrlRequestInterceptor;
    void interceptRequest(QWebEngineUrlRequestInfo &info) override;
};

} // namespace Docent
