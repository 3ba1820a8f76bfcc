// A second Docent hands its path to the running one and is told it was taken; the channel lives
// where only this user can reach it, serves only this user, survives a busy owner and a flood.
#include "singleinstance.h"
#include "testsupport.h"

#include <QLocalSocket>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <cstring>
#include <memory>
#include <vector>

#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace Docent;

namespace {

// The uid of "nobody", for the tests that need another user (they run only as root).
constexpr uid_t kOtherUser = 65534;

// Runs `child` in a forked process as another user; returns its pid, or -1. Only system calls may
// run in the child (it is a copy of a threaded process: no allocation), and it ends with _exit.
template<typename F>
pid_t forkAsOtherUser(F child)
{
    const pid_t pid = ::fork();
    if (pid == 0) {
        if (::setgid(kOtherUser) != 0 || ::setuid(kOtherUser) != 0)
            ::_exit(90);
        ::_exit(child());
    }
    return pid;
}

// A socket address for `path`.
sockaddr_un unixAddress(const QString &path)
{
    sockaddr_un address{};
    address.sun_family = AF_UNIX;
    const QByteArray name = QFile::encodeName(path);
    std::memcpy(address.sun_path, name.constData(), std::min<size_t>(name.size(), sizeof address.sun_path - 1));
    return address;
}

// Waits for a forked child and returns its exit status (-1 if it did not end normally).
int waitForChild(pid_t pid)
{
    int status = 0;
    while (::waitpid(pid, &status, WNOHANG) == 0)
        QTest::qWait(20);
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

// A running instance on a socket in a folder of its own, and what it has received.
struct RunningInstance {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("docent.socket"));
    SingleInstance instance{path};
    const bool listening = instance.listen();
    QSignalSpy received{&instance, &SingleInstance::received};
};

// A second start's attempt, on a thread of its own: it blocks while it waits for the answer.
SingleInstance::Handover sendFromAnotherThread(const QString &path, const OpenRequest &request)
{
    SingleInstance::Handover outcome = SingleInstance::Handover::Refused;
    QThread *sender = QThread::create([&] { outcome = SingleInstance(path).sendToRunning(request, 5000); });
    sender->start();
    while (!sender->isFinished())
        QTest::qWait(10);
    delete sender;
    return outcome;
}

bool connectClient(QLocalSocket &client, const QString &path)
{
    client.connectToServer(path);
    return client.waitForConnected(5000);
}

} // namespace

class TestSingleInstance : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void nobodyRunning();
    void handsOverThePath_data();
    void handsOverThePath();
    void readsOnlyWellFormedRequests_data();
    void readsOnlyWellFormedRequests();
    void channelIsPrivate();
    void refusesAFolderOthersCanEnter();
    void keyedByDisplay();
    void anotherUsersServerGetsNothing();
    void anotherUsersRequestIsRefused();
    void busyInstanceKeepsItsSocket();
    void staleSocketIsTakenOver();
    void connectionsAreBounded();
    void badConnectionIsClosed_data();
    void badConnectionIsClosed();
    void oneRequestAConnection();
};

void TestSingleInstance::nobodyRunning()
{
    QTemporaryDir dir;
    SingleInstance lonely(dir.filePath(QStringLiteral("docent.socket")));
    QCOMPARE(lonely.sendToRunning({QStringLiteral("/tmp/x.rst"), {}}), SingleInstance::Handover::NobodyRunning);
}

void TestSingleInstance::handsOverThePath_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("fragment");
    QTest::newRow("a path") << "/home/reader/nova/doc/source" << "";
    QTest::newRow("a path with an anchor") << "/srv/doc/index.rst" << "installation";
    QTest::newRow("no path: just raise the window") << "" << "";
    QTest::newRow("non-ASCII") << QStringLiteral("/tmp/Überblick – ドキュメント.rst") << QStringLiteral("einführung");
    QTest::newRow("a '#' in the file name") << "/srv/doc/c#.rst" << "pointers";
    QTest::newRow("a '%' and spaces") << "/srv/my doc/100%.rst" << "";
    QTest::newRow("a newline in the file name") << "/srv/odd\nname.rst" << "";
}

void TestSingleInstance::handsOverThePath()
{
    QFETCH(QString, path);
    QFETCH(QString, fragment);
    RunningInstance running;
    QVERIFY2(running.listening, qPrintable(running.instance.error()));
    QCOMPARE(sendFromAnotherThread(running.path, {path, fragment}), SingleInstance::Handover::Delivered);
    QCOMPARE(running.received.count(), 1);
    QCOMPARE(running.received.first().at(0).toString(), path);
    QCOMPARE(running.received.first().at(1).toString(), fragment);
}

void TestSingleInstance::readsOnlyWellFormedRequests_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("fragment");
    QTest::newRow("a file URL") << QByteArray("file:///srv/doc/index.rst#install") << true << "/srv/doc/index.rst" << "install";
    QTest::newRow("empty: raise the window") << QByteArray() << true << "" << "";
    QTest::newRow("an escaped '#' is part of the name") << QByteArray("file:///a%23b.rst") << true << "/a#b.rst" << "";
    QTest::newRow("a bare path") << QByteArray("/etc/passwd") << false << "" << "";
    QTest::newRow("another host") << QByteArray("file://evil.example/x.rst") << false << "" << "";
    QTest::newRow("a query") << QByteArray("file:///x.rst?y") << false << "" << "";
    QTest::newRow("another scheme") << QByteArray("http://127.0.0.1/x.rst") << false << "" << "";
    QTest::newRow("a relative path") << QByteArray("file:x.rst") << false << "" << "";
    QTest::newRow("a Qt resource path") << QByteArray("file::::f") << false << "" << "";
    QTest::newRow("a space") << QByteArray("file:///a b.rst") << false << "" << "";
    QTest::newRow("a control byte") << QByteArray("file:///a\x01.rst") << false << "" << "";
    QTest::newRow("a byte above ASCII") << QByteArray("file:///\xc3\xa4.rst") << false << "" << "";
    QTest::newRow("a NUL in the path") << QByteArray("file:///a%00b.rst") << false << "" << "";
    QTest::newRow("a newline in the anchor") << QByteArray("file:///a.rst#x%0Ay") << false << "" << "";
    QTest::newRow("a path too long") << "file:///" + QByteArray(OpenRequest::maxPathChars + 1, 'a') << false << "" << "";
    QTest::newRow("an anchor too long")
        << "file:///a.rst#" + QByteArray(OpenRequest::maxFragmentChars + 1, 'a') << false << "" << "";
    QTest::newRow("a line too long") << "file:///" + QByteArray(OpenRequest::maxLineBytes, 'a') << false << "" << "";
}

void TestSingleInstance::readsOnlyWellFormedRequests()
{
    QFETCH(QByteArray, line);
    QFETCH(bool, valid);
    QString error;
    const std::optional<OpenRequest> request = OpenRequest::decode(line, &error);
    QCOMPARE(request.has_value(), valid);
    if (!valid) {
        QVERIFY(!error.isEmpty());
        return;
    }
    QTEST(request->path, "path");
    QTEST(request->fragment, "fragment");
    QCOMPARE(request->encode(), line); // what decodes is what encode() writes
}

void TestSingleInstance::channelIsPrivate()
{
    // $XDG_RUNTIME_DIR when it is the user's own, closed folder; a folder of our own otherwise.
    QTemporaryDir runtime, temp;
    QVERIFY(QFile::setPermissions(runtime.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    qputenv("XDG_RUNTIME_DIR", QFile::encodeName(runtime.path()));
    qputenv("TMPDIR", QFile::encodeName(temp.path()));
    QCOMPARE(QFileInfo(SingleInstance().socketPath()).absolutePath(), runtime.path());

    QVERIFY(QFile::setPermissions(runtime.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner |
                                                      QFile::ReadOther | QFile::ExeOther));
    const QString own = temp.path() + QStringLiteral("/docent-") + QString::number(::geteuid());
    QCOMPARE(QFileInfo(SingleInstance().socketPath()).absolutePath(), own);
    struct stat st {};
    QCOMPARE(::lstat(QFile::encodeName(own).constData(), &st), 0);
    QCOMPARE(st.st_mode & 0777, mode_t(0700));
    qunsetenv("XDG_RUNTIME_DIR");
    qunsetenv("TMPDIR");
}

void TestSingleInstance::refusesAFolderOthersCanEnter()
{
    // Someone made our folder first, open to all: no channel, no request sent anywhere.
    QTemporaryDir temp;
    const QString own = temp.path() + QStringLiteral("/docent-") + QString::number(::geteuid());
    QVERIFY(QDir().mkdir(own));
    QCOMPARE(::chmod(QFile::encodeName(own).constData(), 0777), 0);
    qunsetenv("XDG_RUNTIME_DIR");
    qputenv("TMPDIR", QFile::encodeName(temp.path()));
    SingleInstance instance;
    qunsetenv("TMPDIR");
    QVERIFY(instance.socketPath().isEmpty());
    QVERIFY2(instance.error().contains(QStringLiteral("open to other users")), qPrintable(instance.error()));
    QCOMPARE(instance.sendToRunning({QStringLiteral("/tmp/x.rst"), {}}), SingleInstance::Handover::Refused);
    QVERIFY(!instance.listen());
    QVERIFY(QDir(own).isEmpty());
}

void TestSingleInstance::keyedByDisplay()
{
    QTemporaryDir runtime;
    QVERIFY(QFile::setPermissions(runtime.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    qputenv("XDG_RUNTIME_DIR", QFile::encodeName(runtime.path()));
    const auto pathOn = [](const QByteArray &display) {
        qputenv("DISPLAY", display);
        return SingleInstance().socketPath();
    };
    const QByteArray before = qgetenv("DISPLAY");
    const QString first = pathOn(":1");
    QCOMPARE(pathOn(":1"), first);
    QVERIFY(pathOn(":2") != first);
    qputenv("DISPLAY", before);
    qunsetenv("XDG_RUNTIME_DIR");
}

void TestSingleInstance::anotherUsersServerGetsNothing()
{
    if (::geteuid() != 0)
        QSKIP("needs root, to be another user as well");
    // Another user's server on our socket path (a folder open to all, as a predictable name in
    // /tmp was): we see whose it is and send nothing.
    QTemporaryDir dir;
    QCOMPARE(::chmod(QFile::encodeName(dir.path()).constData(), 0777), 0);
    const QString path = dir.filePath(QStringLiteral("docent.socket"));
    const sockaddr_un address = unixAddress(path);
    int ready[2];
    QCOMPARE(::pipe(ready), 0);
    const pid_t pid = forkAsOtherUser([&] {
        const int server = ::socket(AF_UNIX, SOCK_STREAM, 0);
        if (::bind(server, reinterpret_cast<const sockaddr *>(&address), sizeof address) != 0 || ::listen(server, 4) != 0 ||
            ::write(ready[1], "r", 1) != 1)
            return 91;
        const int peer = ::accept(server, nullptr, nullptr);
        char buffer[256];
        ssize_t total = 0;
        for (ssize_t n; (n = ::read(peer, buffer, sizeof buffer)) > 0;)
            total += n;
        return total == 0 ? 0 : 1; // 1: the request reached the other user
    });
    QVERIFY(pid > 0);
    char byte = 0;
    QCOMPARE(::read(ready[0], &byte, 1), ssize_t(1));
    ::close(ready[0]);
    ::close(ready[1]);
    {
        SingleInstance instance(path);
        QCOMPARE(instance.sendToRunning({QStringLiteral("/home/secret/plans.rst"), {}}, 5000),
                 SingleInstance::Handover::Refused);
        QVERIFY2(instance.error().contains(QStringLiteral("another user")), qPrintable(instance.error()));
    }
    QCOMPARE(waitForChild(pid), 0);
}

void TestSingleInstance::anotherUsersRequestIsRefused()
{
    if (::geteuid() != 0)
        QSKIP("needs root, to be another user as well");
    RunningInstance running;
    QVERIFY2(running.listening, qPrintable(running.instance.error()));
    // Reachable by anyone: only the uid check is left.
    QCOMPARE(::chmod(QFile::encodeName(running.dir.path()).constData(), 0777), 0);
    QCOMPARE(::chmod(QFile::encodeName(running.path).constData(), 0777), 0);
    const sockaddr_un address = unixAddress(running.path);
    const pid_t pid = forkAsOtherUser([&] {
        const int client = ::socket(AF_UNIX, SOCK_STREAM, 0);
        static const char request[] = "file:///tmp/planted.rst\n";
        if (::connect(client, reinterpret_cast<const sockaddr *>(&address), sizeof address) != 0 ||
            ::write(client, request, sizeof request - 1) != ssize_t(sizeof request - 1))
            return 91;
        char answer[64] = {};
        const ssize_t n = ::read(client, answer, sizeof answer - 1);
        return n > 0 && std::strncmp(answer, "ok", 2) == 0 ? 1 : 0; // 1: the window took it
    });
    QVERIFY(pid > 0);
    QCOMPARE(waitForChild(pid), 0);
    QCOMPARE(running.received.count(), 0);
}

void TestSingleInstance::busyInstanceKeepsItsSocket()
{
    RunningInstance running;
    QVERIFY(running.listening);
    const QString path = running.path;

    // This thread, the running instance's, is blocked while the second start tries: it gets no
    // answer, and must neither take the channel nor remove the socket.
    SingleInstance::Handover outcome = SingleInstance::Handover::Delivered;
    bool tookOver = true;
    QThread *second = QThread::create([&] {
        SingleInstance instance(path);
        outcome = instance.sendToRunning({QStringLiteral("/srv/a.rst"), {}}, 300);
        tookOver = instance.listen();
    });
    second->start();
    second->wait();
    delete second;
    QCOMPARE(outcome, SingleInstance::Handover::NotAnswering);
    QVERIFY(!tookOver);
    QVERIFY(QFileInfo::exists(path));

    // Free again, the running instance still owns the channel and takes the next request.
    QCOMPARE(sendFromAnotherThread(path, {QStringLiteral("/srv/b.rst"), {}}), SingleInstance::Handover::Delivered);
    QVERIFY(!running.received.isEmpty());
    QCOMPARE(running.received.last().first().toString(), QStringLiteral("/srv/b.rst"));
}

void TestSingleInstance::staleSocketIsTakenOver()
{
    // A crashed instance leaves its socket file; nobody answers on it, so it is replaced.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("docent.socket"));
    const int stale = ::socket(AF_UNIX, SOCK_STREAM, 0);
    const sockaddr_un address = unixAddress(path);
    QCOMPARE(::bind(stale, reinterpret_cast<const sockaddr *>(&address), sizeof address), 0);
    ::close(stale);
    QVERIFY(QFileInfo::exists(path));
    SingleInstance instance(path);
    QCOMPARE(instance.sendToRunning({}, 1000), SingleInstance::Handover::NobodyRunning);
    QVERIFY2(instance.listen(), qPrintable(instance.error()));
}

void TestSingleInstance::connectionsAreBounded()
{
    RunningInstance running;
    running.instance.setIdleTimeout(600000);
    QVERIFY(running.listening);
    constexpr int extra = 4;
    std::vector<std::unique_ptr<QLocalSocket>> clients;
    for (int i = 0; i < SingleInstance::maxConnections + extra; ++i) {
        clients.push_back(std::make_unique<QLocalSocket>());
        QVERIFY(connectClient(*clients.back(), running.path));
    }
    const auto closed = [&] {
        return std::count_if(clients.begin(), clients.end(),
                             [](const auto &c) { return c->state() == QLocalSocket::UnconnectedState; });
    };
    QTRY_COMPARE_WITH_TIMEOUT(closed(), extra, 10000);
    // The first ones are still served.
    clients.front()->write(OpenRequest{QStringLiteral("/srv/a.rst"), {}}.encode() + '\n');
    QTRY_COMPARE_WITH_TIMEOUT(running.received.count(), 1, 10000);
}

void TestSingleInstance::badConnectionIsClosed_data()
{
    QTest::addColumn<int>("idleTimeoutMs");
    QTest::addColumn<QByteArray>("sent");
    QTest::newRow("idle: a request never finished") << 100 << QByteArray("file:///srv/never-finished");
    QTest::newRow("a request longer than the limit") << 600000 << "file:///" + QByteArray(4 * OpenRequest::maxLineBytes, 'a');
}

void TestSingleInstance::badConnectionIsClosed()
{
    QFETCH(int, idleTimeoutMs);
    QFETCH(QByteArray, sent);
    RunningInstance running;
    running.instance.setIdleTimeout(idleTimeoutMs);
    QVERIFY(running.listening);
    QLocalSocket client;
    QVERIFY(connectClient(client, running.path));
    client.write(sent); // no newline
    QTRY_COMPARE_WITH_TIMEOUT(client.state(), QLocalSocket::UnconnectedState, 10000);
    QCOMPARE(running.received.count(), 0);
}

void TestSingleInstance::oneRequestAConnection()
{
    RunningInstance running;
    QVERIFY(running.listening);
    QLocalSocket client;
    QVERIFY(connectClient(client, running.path));
    client.write("file:///srv/a.rst\nfile:///srv/b.rst\nfile:///srv/c.rst\n");
    QTRY_COMPARE_WITH_TIMEOUT(client.state(), QLocalSocket::UnconnectedState, 10000);
    QCOMPARE(running.received.count(), 1);
    QCOMPARE(running.received.first().first().toString(), QStringLiteral("/srv/a.rst"));
}

QTEST_GUILESS_MAIN(TestSingleInstance)
#include "tst_singleinstance.moc"
