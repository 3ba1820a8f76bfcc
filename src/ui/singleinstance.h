// One Docent window per user session: a second `docent PATH` hands PATH to the running one.
#pragma once

#include <QObject>

class QLocalServer;

namespace Docent {

class SingleInstance final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SingleInstance)
public:
    /// `key` names the channel; the default is per user.
    explicit SingleInstance(const QString &key = {}, QObject *parent = nullptr);
    ~SingleInstance() override;

    /// Sends `request` (a path, possibly with "#anchor"; empty: just raise the window) to a running
    /// instance. True when one took it, so this process can exit.
    bool sendToRunning(const QString &request, int timeoutMs = 1000);
    /// Becomes the running instance; requests from later ones arrive as received().
    bool listen();

Q_SIGNALS:
    void received(const QString &request);

private:
    QString m_name;
    QLocalServer *m_server = nullptr;
};

} // namespace Docent
