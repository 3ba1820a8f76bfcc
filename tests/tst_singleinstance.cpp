// A second Docent hands its path to the running one and is told it was taken.
#include "singleinstance.h"
#include "testsupport.h"

#include <QSignalSpy>
#include <QThread>
#include <QUuid>

using namespace Docent;

class TestSingleInstance : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void nobodyRunning();
    void handsOverThePath_data();
    void handsOverThePath();
};

void TestSingleInstance::nobodyRunning()
{
    SingleInstance lonely(QStringLiteral("docent-test-") + QUuid::createUuid().toString(QUuid::Id128));
    QVERIFY(!lonely.sendToRunning(QStringLiteral("/tmp/x.rst"), 200));
}

void TestSingleInstance::handsOverThePath_data()
{
    QTest::addColumn<QString>("request");
    QTest::newRow("a path") << "/home/reader/nova/doc/source";
    QTest::newRow("a path with an anchor") << "/srv/doc/index.rst#installation";
    QTest::newRow("no path: just raise the window") << "";
    QTest::newRow("non-ASCII") << QStringLiteral("/tmp/Überblick – ドキュメント.rst");
}

void TestSingleInstance::handsOverThePath()
{
    QFETCH(QString, request);
    const QString key = QStringLiteral("docent-test-") + QUuid::createUuid().toString(QUuid::Id128);
    SingleInstance running(key);
    QVERIFY(running.listen());
    QSignalSpy spy(&running, &SingleInstance::received);

    // The second instance blocks while it waits for the answer, so it runs on its own thread.
    bool taken = false;
    QThread *sender = QThread::create([&] {
        SingleInstance second(key);
        taken = second.sendToRunning(request, 5000);
    });
    sender->start();
    QTRY_VERIFY_WITH_TIMEOUT(sender->isFinished(), 10000);
    delete sender;
    QVERIFY(taken);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.first().first().toString(), request);
}

QTEST_GUILESS_MAIN(TestSingleInstance)
#include "tst_singleinstance.moc"
