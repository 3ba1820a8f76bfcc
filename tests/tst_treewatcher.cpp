// Watching a tree on disk: folders, not files, are watched; a big tree or a system out of watches
// falls back to comparing pages on a timer, with a notice when watches were refused; the files a
// page includes, and those it misses, report the page when they change or appear.
#include "sphinx/project.h"
#include "treewatcher.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Docent;

static QString readText(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

// A watcher with the test's budget and a fast poll, and spies on what it reports.
struct Watching {
    explicit Watching(int budget)
    {
        watcher.setFileWatchBudget(budget);
        watcher.setPollInterval(50);
    }
    TreeWatcher watcher;
    QSignalSpy changed{&watcher, &TreeWatcher::documentChanged};
    QSignalSpy notices{&watcher, &TreeWatcher::notice};
    QSignalSpy tree{&watcher, &TreeWatcher::treeChanged};
};

class TestTreeWatcher : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void editInPlaceIsSeen_data();
    void editInPlaceIsSeen();
    void refusedWatchesGiveANoticeAndPoll();
    void newPageWhilePollingChangesTheTree();
    void includedFileChangeReportsItsPage_data();
    void includedFileChangeReportsItsPage();
    void missingIncludeAppearingReportsItsPage_data();
    void missingIncludeAppearingReportsItsPage();
    void excludedPageIsNoNewPage();
    void includedPageReportsItselfAndItsIncluder();

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
    Watching w(budget);
    auto &[watcher, changed, notices, tree] = w;
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

void TestTreeWatcher::includedFileChangeReportsItsPage_data()
{
    QTest::addColumn<int>("budget");
    QTest::addColumn<QString>("directive");
    QTest::newRow("include, watched") << 1000 << QStringLiteral("include");
    QTest::newRow("include, polled") << 10 << QStringLiteral("include");
    QTest::newRow("literalinclude, watched") << 1000 << QStringLiteral("literalinclude");
}

void TestTreeWatcher::includedFileChangeReportsItsPage()
{
    QFETCH(int, budget);
    QFETCH(QString, directive);
    write(QStringLiteral("shared/snippet.inc"), QStringLiteral("Shared words.\n"));
    write(QStringLiteral("part2/sub2/page.rst"),
          QStringLiteral("Page 2\n======\n\n.. %1:: ../../shared/snippet.inc\n").arg(directive));
    const Project project = openTree();
    QVERIFY(!project.document(QStringLiteral("part2/sub2/page"))->readFiles.isEmpty());
    Watching w(budget);
    auto &[watcher, changed, notices, tree] = w;
    watcher.watch(project);
    write(QStringLiteral("shared/snippet.inc"), QStringLiteral("Shared words, edited at length.\n"));
    QTRY_VERIFY_WITH_TIMEOUT(changed.size() >= 1, 5000);
    QCOMPARE(changed.first().first().toString(), QStringLiteral("part2/sub2/page"));
    QCOMPARE(changed.size(), 1); // once, not per event of the save
    QCOMPARE(tree.size(), 0);
}

void TestTreeWatcher::missingIncludeAppearingReportsItsPage_data()
{
    QTest::addColumn<int>("budget");
    QTest::addColumn<QString>("file");
    QTest::newRow("watched, its folder there") << 1000 << QStringLiteral("later.inc");
    QTest::newRow("watched, its folder made later") << 1000 << QStringLiteral("notyet/later.inc");
    QTest::newRow("polled") << 10 << QStringLiteral("later.inc");
}

void TestTreeWatcher::missingIncludeAppearingReportsItsPage()
{
    QFETCH(int, budget);
    QFETCH(QString, file);
    write(QStringLiteral("part1/sub1/page.rst"), QStringLiteral("Page 1\n======\n\n.. include:: ../../%1\n").arg(file));
    const Project project = openTree();
    QCOMPARE(project.document(QStringLiteral("part1/sub1/page"))->missingFiles,
             QStringList{QDir::cleanPath(m_dir->filePath(file))});
    Watching w(budget);
    auto &[watcher, changed, notices, tree] = w;
    watcher.watch(project);
    if (file.contains(u'/')) { // the folder first: the watcher follows it down
        QVERIFY(QDir(m_dir->path()).mkdir(QStringLiteral("notyet")));
        QTest::qWait(100);
        QCOMPARE(changed.size(), 0);
    }
    write(file, QStringLiteral("Words that came later.\n"));
    QTRY_VERIFY_WITH_TIMEOUT(changed.size() >= 1, 5000);
    QCOMPARE(changed.first().first().toString(), QStringLiteral("part1/sub1/page"));
    QCOMPARE(tree.size(), 0);
}

void TestTreeWatcher::excludedPageIsNoNewPage()
{
    // CPython's README.rst: an .rst file conf.py leaves out is there all along, not a new page.
    write(QStringLiteral("conf.py"), QStringLiteral("project = 'W'\nexclude_patterns = ['README.rst']\n"));
    write(QStringLiteral("README.rst"), QStringLiteral("Not a page\n"));
    const Project project = openTree();
    QVERIFY(!project.document(QStringLiteral("README")));
    TreeWatcher watcher;
    QSignalSpy changed(&watcher, &TreeWatcher::documentChanged);
    QSignalSpy tree(&watcher, &TreeWatcher::treeChanged);
    watcher.watch(project);
    // an editor's save by replacing the file: the folder changes, its pages do not
    write(QStringLiteral("index.rst.tmp"), readText(m_dir->filePath(QStringLiteral("index.rst"))) + u'\n');
    QVERIFY(QFile::remove(m_dir->filePath(QStringLiteral("index.rst"))));
    QVERIFY(QFile::rename(m_dir->filePath(QStringLiteral("index.rst.tmp")), m_dir->filePath(QStringLiteral("index.rst"))));
    QTRY_VERIFY_WITH_TIMEOUT(changed.size() >= 1, 5000);
    QCOMPARE(changed.first().first().toString(), QStringLiteral("index"));
    QCOMPARE(tree.size(), 0);
}

void TestTreeWatcher::includedPageReportsItselfAndItsIncluder()
{
    write(QStringLiteral("part4/sub4/page.rst"), QStringLiteral("Page 4\n======\n\n.. include:: ../../part5/sub5/page.rst\n"));
    const Project project = openTree();
    TreeWatcher watcher;
    QSignalSpy changed(&watcher, &TreeWatcher::documentChanged);
    watcher.watch(project);
    write(QStringLiteral("part5/sub5/page.rst"), QStringLiteral("Page five, edited\n=================\n"));
    QTRY_VERIFY_WITH_TIMEOUT(changed.size() >= 2, 5000);
    QStringList docnames;
    for (const QList<QVariant> &signal : std::as_const(changed))
        docnames << signal.first().toString();
    docnames.sort();
    QCOMPARE(docnames, (QStringList{QStringLiteral("part4/sub4/page"), QStringLiteral("part5/sub5/page")}));
}

QTEST_GUILESS_MAIN(TestTreeWatcher)
#include "tst_treewatcher.moc"
