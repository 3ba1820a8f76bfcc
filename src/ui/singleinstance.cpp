#include "singleinstance.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QLocalServer>
#include <QLocalSocket>
#include <QLockFile>
#include <QTimer>

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <unistd.h>
#endif

namespace Docent {
namespace {

// The display (or, without one, the login session) the window is on: a file opened on another
// display must not land in a window the reader cannot see. Display names are unique within a
// user's runtime folder; the session id is only used without one, as programs of one desktop may
// differ in it (systemd user services have none).
QByteArray displayKey()
{
    const QByteArray wayland = qgetenv("WAYLAND_DISPLAY");
    const QByteArray x11 = qgetenv("DISPLAY");
    if (!wayland.isEmpty() || !x11.isEmpty())
        return "wayland=" + wayland + ";x11=" + x11;
    return "session=" + qgetenv("XDG_SESSION_ID");
}

QString socketName()
{
    return QStringLiteral("docent-") +
           QString::fromLatin1(QCryptographicHash::hash(displayKey(), QCryptographicHash::Sha256).toHex().left(16)) +
           QStringLiteral(".socket");
}

#ifdef Q_OS_UNIX
// A folder only this user can enter: a real folder (not a link), ours, closed to group and others.
bool isPrivateFolder(const QString &path, QString *why)
{
    struct stat st {};
    if (::lstat(QFile::encodeName(path).constData(), &st) != 0) {
        *why = SingleInstance::tr("%1 cannot be read").arg(path);
        return false;
    }
    if (!S_ISDIR(st.st_mode))
        *why = SingleInstance::tr("%1 is not a folder").arg(path);
    else if (st.st_uid != ::geteuid())
        *why = SingleInstance::tr("%1 belongs to another user").arg(path);
    else if ((st.st_mode & 077) != 0)
        *why = SingleInstance::tr("%1 is open to other users").arg(path);
    else
        return true;
    return false;
}

// $XDG_RUNTIME_DIR where the session has one; otherwise a folder of our own under the temp
// folder, made private, and refused if someone else made it first.
QString privateFolder(QString *why)
{
    const QString runtime = qEnvironmentVariable("XDG_RUNTIME_DIR");
    QString ignored;
    if (!runtime.isEmpty() && QDir::isAbsolutePath(runtime) && isPrivateFolder(runtime, &ignored))
        return runtime;
    const QString own = QDir::tempPath() + QStringLiteral("/docent-") + QString::number(::geteuid());
    ::mkdir(QFile::encodeName(own).constData(), 0700); // an existing one is checked like a new one
    return isPrivateFolder(own, why) ? own : QString();
}

// The user at the other end of a connected local socket (SO_PEERCRED, or getpeereid on BSD).
bool peerIsThisUser(qintptr fd)
{
#if defined(SO_PEERCRED)
    struct ucred cred {};
    socklen_t length = sizeof cred;
    return ::getsockopt(int(fd), SOL_SOCKET, SO_PEERCRED, &cred, &length) == 0 && cred.uid == ::geteuid();
#else
    uid_t uid = 0;
    gid_t gid = 0;
    return ::getpeereid(int(fd), &uid, &gid) == 0 && uid == ::geteuid();
#endif
}
#else
// Elsewhere the name is a named pipe that only this user may open (UserAccessOption).
QString privateFolder(QString *) { return {}; }
bool peerIsThisUser(qintptr) { return true; }
#endif

QString defaultSocketPath(QString *why)
{
#ifdef Q_OS_UNIX
    const QString folder = privateFolder(why);
    return folder.isEmpty() ? QString() : folder + u'/' + socketName();
#else
    Q_UNUSED(why);
    return QDir::home().dirName() + u'-' + socketName();
#endif
}

} // namespace

SingleInstance::SingleInstance(const QString &socketPath, QObject *parent) : QObject(parent)
{
    m_path = socketPath.isEmpty() ? defaultSocketPath(&m_error) : socketPath;
    if (m_path.isEmpty())
        m_error = tr("no private folder for the single-instance socket: %1").arg(m_error);
}

SingleInstance::~SingleInstance()
{
    // The socket goes before the lock: once the lock is free, a new instance may make its own.
    delete m_server;
}

SingleInstance::Handover SingleInstance::sendToRunning(const OpenRequest &request, int answerTimeoutMs)
{
    if (m_path.isEmpty())
        return Handover::Refused;
    QLocalSocket socket;
    socket.connectToServer(m_path);
    if (!socket.waitForConnected(answerTimeoutMs))
        return socket.error() == QLocalSocket::SocketTimeoutError ? Handover::NotAnswering : Handover::NobodyRunning;
    // Only our own window may learn which files we open.
    if (!peerIsThisUser(socket.socketDescriptor())) {
        m_error = tr("the socket %1 belongs to another user").arg(m_path);
        return Handover::Refused;
    }
    socket.write(request.encode() + '\n');
    // The running window answers once it has the request, so nothing is lost if we exit at once.
    while (!socket.canReadLine()) {
        if (socket.waitForReadyRead(answerTimeoutMs))
            continue;
        if (socket.state() == QLocalSocket::ConnectedState)
            return Handover::NotAnswering;
        m_error = tr("the running window closed the connection without an answer");
        return Handover::Refused;
    }
    const QByteArray answer = socket.readLine(256).trimmed();
    if (answer == "ok")
        return Handover::Delivered;
    m_error = tr("the running window refused the request: %1").arg(QString::fromUtf8(answer));
    return Handover::Refused;
}

bool SingleInstance::listen()
{
    if (m_path.isEmpty())
        return false;
    // Whoever holds the lock owns the channel until it exits; a crashed owner's lock is stale
    // and taken over. So a socket is only ever removed when its owner is gone.
    auto lock = std::make_unique<QLockFile>(m_path + QStringLiteral(".lock"));
    lock->setStaleLockTime(0);
    if (!lock->tryLock(0)) {
        m_error = tr("another Docent owns %1").arg(m_path);
        return false;
    }
    QLocalServer::removeServer(m_path);
    auto *server = new QLocalServer(this);
    if (!server->listen(m_path)) {
        m_error = server->errorString();
        delete server;
        return false;
    }
    m_lock = std::move(lock);
    m_server = server;
    connect(m_server, &QLocalServer::newConnection, this, [this] {
        while (QLocalSocket *socket = m_server->nextPendingConnection())
            accept(socket);
    });
    return true;
}

void SingleInstance::accept(QLocalSocket *socket)
{
    // A flood of connections costs a few descriptors, never memory or a dialog each.
    if (m_connections >= maxConnections || !peerIsThisUser(socket->socketDescriptor())) {
        socket->abort();
        socket->deleteLater();
        return;
    }
    ++m_connections;
    connect(socket, &QObject::destroyed, this, [this] { --m_connections; });
    connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
    auto *idle = new QTimer(socket);
    idle->setSingleShot(true);
    connect(idle, &QTimer::timeout, socket, [socket] {
        socket->abort();
        socket->deleteLater();
    });
    idle->start(m_idleTimeoutMs);
    // The socket stops reading once a request's worth is waiting: a longer one is cut off.
    socket->setReadBufferSize(OpenRequest::maxLineBytes + 2);
    connect(socket, &QLocalSocket::readyRead, this, [this, socket] { serve(socket); });
}

void SingleInstance::serve(QLocalSocket *socket)
{
    if (!socket->canReadLine()) {
        if (socket->bytesAvailable() > OpenRequest::maxLineBytes + 1) {
            socket->abort();
            socket->deleteLater();
        }
        return;
    }
    QByteArray line = socket->readLine(OpenRequest::maxLineBytes + 2);
    if (line.endsWith('\n'))
        line.chop(1);
    QString why;
    const std::optional<OpenRequest> request = OpenRequest::decode(line, &why);
    // One request a connection: whatever follows it is not read.
    QObject::disconnect(socket, &QLocalSocket::readyRead, this, nullptr);
    socket->write(request ? QByteArray("ok\n") : "refused: " + why.toUtf8() + '\n');
    socket->flush();
    socket->disconnectFromServer();
    if (request)
        Q_EMIT received(request->path, request->fragment);
}

} // namespace Docent
