#include "singleinstance.h"

#include <QCryptographicHash>
#include <QDir>
#include <QLocalServer>
#include <QLocalSocket>

namespace Docent {
namespace {

constexpr qint64 kMaxRequest = 64 * 1024;

QString defaultName()
{
    // The home folder tells users apart without needing their name; hashed to keep it short.
    const QByteArray id = QDir::homePath().toUtf8();
    return QStringLiteral("docent-") +
           QString::fromLatin1(QCryptographicHash::hash(id, QCryptographicHash::Sha1).toHex().left(12));
}

} // namespace

SingleInstance::SingleInstance(const QString &key, QObject *parent)
    : QObject(parent), m_name(key.isEmpty() ? defaultName() : key)
{
}

SingleInstance::~SingleInstance() = default;

bool SingleInstance::sendToRunning(const QString &request, int timeoutMs)
{
    QLocalSocket socket;
    socket.connectToServer(m_name);
    if (!socket.waitForConnected(timeoutMs))
        return false;
    socket.write(request.toUtf8() + '\n');
    if (!socket.waitForBytesWritten(timeoutMs))
        return false;
    // The running window answers once it has the request, so nothing is lost if we exit at once.
    return socket.waitForReadyRead(timeoutMs) && socket.readAll().startsWith("ok");
}

bool SingleInstance::listen()
{
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    if (!m_server->listen(m_name)) {
        // A server left behind by a crashed instance blocks the name; nobody answers on it.
        QLocalServer::removeServer(m_name);
        if (!m_server->listen(m_name))
            return false;
    }
    connect(m_server, &QLocalServer::newConnection, this, [this] {
        while (QLocalSocket *socket = m_server->nextPendingConnection()) {
            connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
            connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
                if (!socket->canReadLine()) {
                    if (socket->bytesAvailable() > kMaxRequest)
                        socket->abort();
                    return;
                }
                const QString request = QString::fromUtf8(socket->readLine(kMaxRequest)).trimmed();
                socket->write("ok\n");
                socket->flush();
                Q_EMIT received(request);
            });
        }
    });
    return true;
}

} // namespace Docent
