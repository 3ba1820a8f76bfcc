// Intersphinx in the window: with the setting off (the default) nothing is fetched and the
// status bar says what is missing; with it on, the other projects' inventories are fetched in
// the background (here from 127.0.0.1) and the open page's references become external links.
#include "testsupport.h"
#include "windowfixture.h"

#include "settings.h"
#include "sphinx/linkinventories.h"

#include <QStatusBar>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>

using namespace Docent;
using namespace Qt::StringLiterals;

namespace {

QByteArray inventory()
{
    return "# Sphinx inventory version 2\n# Project: Python\n# Version: 3.11\n"
           "# The remainder of this file is compressed using zlib.\n" +
           qCompress("str py:class 1 library/stdtypes.html#$ -\n").mid(4);
}

} // namespace

class TestIntersphinxWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void settingOffFetchesNothing();
    void settingOnFetchesAndLinks();

private:
    QString makeTree(quint16 port);

    QTemporaryDir m_cache, m_tree;
    QTcpServer m_server;
    int m_requests = 0;
};

void TestIntersphinxWindow::initTestCase()
{
    QCoreApplication::setOrganizationName(u"DocentTests"_s);
    QCoreApplication::setApplicationName(u"tst_intersphinxwindow"_s);
    qputenv("XDG_CACHE_HOME", m_cache.path().toUtf8());
    QVERIFY(m_server.listen(QHostAddress::LocalHost));
    connect(&m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *s = m_server.nextPendingConnection()) {
            connect(s, &QTcpSocket::readyRead, s, [this, s] {
                if (!s->readAll().contains("\r\n\r\n"))
                    return;
                ++m_requests;
                const QByteArray body = inventory();
                s->write("HTTP/1.1 200 OK\r\nContent-Length: " + QByteArray::number(body.size()) +
                         "\r\nConnection: close\r\n\r\n" + body);
                s->disconnectFromHost();
            });
        }
    });
    QFile conf(m_tree.filePath(u"conf.py"_s));
    QVERIFY(conf.open(QIODevice::WriteOnly));
    conf.write("intersphinx_mapping = {'python': ('http://127.0.0.1:" + QByteArray::number(m_server.serverPort()) +
               "/py', None)}\n");
    QFile index(m_tree.filePath(u"index.rst"_s));
    QVERIFY(index.open(QIODevice::WriteOnly));
    index.write("Start\n=====\n\nA :py:class:`str` here.\n");
}

void TestIntersphinxWindow::settingOffFetchesNothing()
{
    Settings::setFetchLinkInventories(false);
    MainWindow w;
    QVERIFY(DocentTest::openTree(w, m_tree.path()));
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QTRY_VERIFY2_WITH_TIMEOUT(w.statusBar()->currentMessage().contains(u"Links to other projects (python)"_s),
                              qPrintable(w.statusBar()->currentMessage()), 5000);
    QTest::qWait(300);
    QCOMPARE(m_requests, 0);
}

void TestIntersphinxWindow::settingOnFetchesAndLinks()
{
    Settings::setFetchLinkInventories(true);
    MainWindow w;
    QVERIFY(DocentTest::openTree(w, m_tree.path()));
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QTRY_VERIFY_WITH_TIMEOUT(w.statusBar()->currentMessage().contains(u"up to date"_s), 20000);
    QCOMPARE(m_requests, 1);
    // Seen once is enough: a page that had the link at its first load is shown again after the
    // fetch, and a second look could fall in that reload's blank moment.
    const QString expected = u"http://127.0.0.1:%1/py/library/stdtypes.html#str"_s.arg(m_server.serverPort());
    bool linked = false;
    QTRY_VERIFY_WITH_TIMEOUT(linked || (linked = DocentTest::js(w.view(), u"document.querySelector('a.reference.external') ? "
                                                                        "document.querySelector('a.reference.external').href : ''"_s) == expected),
                             30000);
    Settings::setFetchLinkInventories(false);
}

QTEST_MAIN(TestIntersphinxWindow)
#include "tst_intersphinxwindow.moc"
