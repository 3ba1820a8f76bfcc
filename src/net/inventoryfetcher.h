// Fetches the other projects' objects.inv files a tree's conf.py names into Docent's cache
// folder (sphinx/linkinventories.h), one after the other: only those URLs, each with a
// timeout and a size cap, following redirects only to http(s) on the same host.
#pragma once

#include "sphinx/linkinventories.h"

#include <QList>
#include <QObject>
#include <QNetworkReply>
#include <QPointer>

class QNetworkAccessManager;

namespace Docent {

class InventoryFetcher : public QObject
{
    Q_OBJECT
public:
    /// The largest inventory fetched; a bigger answer is abandoned.
    static constexpr qint64 kMaxBytes = 20 << 20;
    /// Seconds without progress after which a fetch is given up.
    static constexpr int kTimeoutSeconds = 10;

    explicit InventoryFetcher(QObject *parent = nullptr);
    ~InventoryFetcher() override;

    /// Fetches `downloads` (from LinkInventories::downloads) in order; of several URLs of one
    /// project, the next only when the one before failed. Ends with finished().
    void fetch(const QList<LinkInventories::Download> &downloads);
    bool isBusy() const { return m_reply != nullptr; }

Q_SIGNALS:
    /// One inventory is in the cache now.
    void fetched(const QString &project, const QString &url);
    /// One could not be fetched or was no inventory: `message` says why.
    void failed(const QString &project, const QString &url, const QString &message);
    /// Everything asked for has been tried; `stored` inventories are new in the cache.
    void finished(int stored, int failures);

private:
    void startNext();
    void done();

    QNetworkAccessManager *m_network;
    QList<LinkInventories::Download> m_queue;
    QPointer<QNetworkReply> m_reply;
    LinkInventories::Download m_current;
    QString m_abortReason; ///< why this fetcher stopped the current reply itself
    int m_stored = 0;
    int m_failures = 0;
};

} // namespace Docent
