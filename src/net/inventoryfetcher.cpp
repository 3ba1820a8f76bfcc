#include "inventoryfetcher.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QUrl>

#include <utility>

namespace Docent {
namespace {

bool isWebUrl(const QUrl &url)
{
    return url.isValid() && (url.scheme() == u"https" || url.scheme() == u"http") && !url.host().isEmpty();
}

} // namespace

InventoryFetcher::InventoryFetcher(QObject *parent) : QObject(parent), m_network(new QNetworkAccessManager(this))
{
    // Nothing but what the user asked for: no cookies kept, no proxy guessing beyond the system's.
    m_network->setRedirectPolicy(QNetworkRequest::UserVerifiedRedirectPolicy);
}

InventoryFetcher::~InventoryFetcher()
{
    if (m_reply)
        m_reply->abort();
}

void InventoryFetcher::fetch(const QList<LinkInventories::Download> &downloads)
{
    m_queue += downloads;
    if (!m_reply)
        startNext();
}

void InventoryFetcher::startNext()
{
    if (m_queue.isEmpty()) {
        const int stored = m_stored, failures = m_failures;
        m_stored = m_failures = 0;
        Q_EMIT finished(stored, failures);
        return;
    }
    m_current = m_queue.takeFirst();
    const QUrl url(m_current.url);
    if (!isWebUrl(url)) {
        ++m_failures;
        Q_EMIT failed(m_current.project, m_current.url, QStringLiteral("not an http or https URL"));
        startNext();
        return;
    }
    QNetworkRequest request(url);
    request.setTransferTimeout(kTimeoutSeconds * 1000);
    request.setMaximumRedirectsAllowed(5);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    m_reply = m_network->get(request);
    // Redirects stay on the same host and on http(s): the URL conf.py names, nothing else.
    connect(m_reply, &QNetworkReply::redirected, this, [this, url](const QUrl &to) {
        if (isWebUrl(to) && to.host() == url.host()) {
            Q_EMIT m_reply->redirectAllowed();
        } else {
            m_abortReason = QStringLiteral("redirected to %1, not the host conf.py names").arg(to.toDisplayString());
            m_reply->abort();
        }
    });
    connect(m_reply, &QNetworkReply::downloadProgress, this, [this](qint64 received, qint64 total) {
        if (received > kMaxBytes || total > kMaxBytes) {
            m_abortReason = QStringLiteral("larger than %1 MB").arg(kMaxBytes >> 20);
            m_reply->abort();
        }
    });
    connect(m_reply, &QNetworkReply::finished, this, &InventoryFetcher::done);
}

void InventoryFetcher::done()
{
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    QString message;
    if (!m_abortReason.isEmpty())
        message = std::exchange(m_abortReason, QString());
    else if (status >= 300)
        message = QStringLiteral("the server answered %1 %2")
                      .arg(status)
                      .arg(reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString());
    else if (reply->error() == QNetworkReply::OperationCanceledError || reply->error() == QNetworkReply::TimeoutError)
        message = QStringLiteral("no answer within %1 seconds").arg(kTimeoutSeconds);
    else if (reply->error() != QNetworkReply::NoError)
        message = reply->errorString();
    else if (status != 200)
        message = QStringLiteral("the server answered %1").arg(status);
    QString why;
    if (message.isEmpty() && !LinkInventories::store(m_current.url, reply->read(kMaxBytes + 1), &why))
        message = why;
    if (message.isEmpty()) {
        ++m_stored;
        Q_EMIT fetched(m_current.project, m_current.url);
        // The project has its inventory: its other URLs are not needed.
        m_queue.removeIf([&](const LinkInventories::Download &d) { return d.project == m_current.project; });
    } else {
        ++m_failures;
        Q_EMIT failed(m_current.project, m_current.url, message);
    }
    startNext();
}

} // namespace Docent
