// One Docent window per user and display: a second `docent PATH` hands PATH to the running one.
// The channel is a local socket in a folder only this user can enter ($XDG_RUNTIME_DIR, or one of
// our own under the temp folder), both ends check that the other is the same user, and a running
// instance keeps its socket for as long as it lives, however busy it is.
#pragma once

#include "desktop/openrequest.h"

#include <QObject>

#include <memory>

class QLocalServer;
class QLocalSocket;
class QLockFile;

namespace Docent {

class SingleInstance final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SingleInstance)
public:
    enum class Handover {
        Delivered,     ///< the running window has the request: this process can exit
        NobodyRunning, ///< no window is running: this process becomes it
        NotAnswering,  ///< a window is running but did not confirm in time (it may still act)
        Refused,       ///< the channel is not safe to use, or the request was turned down: see error()
    };

    /// The channel for this user and display; tests name a socket path of their own.
    explicit SingleInstance(const QString &socketPath = {}, QObject *parent = nullptr);
    ~SingleInstance() override;

    QString socketPath() const { return m_path; }
    /// Why the last step failed, for the reader ("/tmp/docent-1000 is open to other users").
    QString error() const { return m_error; }

    /// Sends `request` to a running instance. The socket accepts at once even when its owner is
    /// busy, so the answer gets a generous wait.
    Handover sendToRunning(const OpenRequest &request, int answerTimeoutMs = 30000);
    /// Becomes the running instance; requests from later ones arrive as received(). False when
    /// another instance that is still alive holds the channel (its socket is left alone) or the
    /// channel cannot be made safely.
    bool listen();

    /// At most this many connections are served at once; more are closed unread.
    static constexpr int maxConnections = 8;
    /// A connection that sends no complete request within this time is closed.
    void setIdleTimeout(int ms) { m_idleTimeoutMs = ms; }

Q_SIGNALS:
    /// `path` empty: just come to the front.
    void received(const QString &path, const QString &fragment);

private:
    void accept(QLocalSocket *socket);
    void serve(QLocalSocket *socket);

    QString m_path;
    QString m_error;
    std::unique_ptr<QLockFile> m_lock; ///< held while this instance owns the channel
    QLocalServer *m_server = nullptr;
    int m_connections = 0;
    int m_idleTimeoutMs = 5000;
};

} // namespace Docent
