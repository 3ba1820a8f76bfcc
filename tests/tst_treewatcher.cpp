// Watching a tree on disk: folders, not files, are watched; a big tree or a system out of watches
// falls back to comparing pages on a timer, with a notice when watches were refused.
#include "sphinx/project.h"
#include "treewatcher.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Docent;

class TestTreeWatcher : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void editInPlaceIsSeen_data();
    void editInPlaceIsSeen();
    void refusedWatchesGiveANoticeAndPoll();
    void newPageWhilePollingChangesTheTree();

private:
    void write(const QString &name, const QString &text);
    Project openTree();
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestTreeWatcher::write(const QString &name, const QString &text)
{
    const QString path = m_dir->filePath(name);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate)); // in place: no folder event
    f.write(text.toUtf8());
}

Project TestTreeWatcher::openTree()
{
    QString error;
    auto p = Project::open(m_dir->path(), &error);
    if (!p)
        qFatal("%s", qPrintable(error));
    return std::move(*p);
}

void TestTreeWatcher::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    write(QStringLiteral("conf.py"), QStringLiteral("project = 'W'\n"));
    QString toctree = QStringLiteral("Index\n=====\n\n.. toctree::\n\n");
    for (int i = 0; i < 40; ++i) {
        const QString name = QStringLiteral("part%1/sub%2/page").arg(i % 8).arg(i);
        write(name + QStringLiteral(".rst"), QStringLiteral("Page %1\n=======\n").arg(i));
        toctree += QStringLiteral("   %1\n").arg(name);
    }
    write(QStringLiteral("index.rst"), toctree);
}

void TestTreeWatcher::editInPlaceIsSeen_data()
{
    QTest::addColumn<int>("budget");
    QTest::addColumn<bool>("polls");
    QTest::newRow("small tree: each page watched") << 1000 << false;
    QTest::newRow("big tree: folders watched, pages polled") << 10 << true;
}

void TestTreeWatcher::editInPlaceIsSeen()
{
    QFETCH(int, budget);
    QFETCH(bool, polls);
    const Project project = openTree();
    TreeWatcher watcher;
    watcher.setFileWatchBudget(budget);
    watcher.setPollInterval(50);
    QSignalSpy changed(&watcher, &TreeWatcher::documentChanged);
    QSignalSpy notices(&watcher, &TreeWatcher::notice);
    QSignalSpy tree(&watcher, &TreeWatcher::treeChanged);
    watcher.watch(project);
    QCOMPARE(watcher.polling(), polls);
    QCOMPARE(notices.size(), 0);
    write(QStringLiteral("part3/sub11/page.rst"), QStringLiteral("Page eleven, edited\n===================\n"));
    QTRY_VERIFY_WITH_TIMEOUT(changed.size() >= 1, 5000);
    QCOMPARE(changed.first().first().toString(), QStringLiteral("part3/sub11/page"));
    QCOMPARE(tree.size(), 0);
}

void TestTreeWatcher::refusedWatchesGiveANoticeAndPoll()
{
    const Project project = openTree();
    TreeWatcher watcher;
    watcher.simulateWatchLimit(true);
    watcher.setPollInterval(50);
    QSignalSpy changed(&watcher, &TreeWatcher::documentChanged);
    QSignalSpy notices(&watcher, &TreeWatcher::notice);
    watcher.watch(project);
    QVERIFY(watcher.polling());
    QCOMPARE(notices.size(), 1);
    QVERIFY(!notices.first().first().toString().isEmpty());
    write(QStringLiteral("part0/sub0/page.rst"), QStringLiteral("Page zero, edited\n=================\n"));
    QTRY_VERIFY_WITH_TIMEOUT(changed.size() >= 1, 5000);
    QCOMPARE(changed.first().first().toString(), QStringLiteral("part0/sub0/page"));
}

void TestTreeWatcher::newPageWhilePollingChangesTheTree()
{
    const Project project = openTree();
    TreeWatcher watcher;
    watcher.simulateWatchLimit(true);
    watcher.setPollInterval(50);
    QSignalSpy tree(&watcher, &TreeWatcher::treeChanged);
    watcher.watch(project);
    write(QStringLiteral("part1/new.rst"), QStringLiteral("New\n===\n"));
    QTRY_VERIFY_WITH_TIMEOUT(tree.size() >= 1, 5000);
}

QTEST_GUILESS_MAIN(TestTreeWatcher)
#include "tst_treewatcher.moc"
