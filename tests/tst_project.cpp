// The project model: finding the root, the toctree order, titles, :doc: resolution and bad input.
#include "sphinx/project.h"
#include "testsupport.h"

#include <QTemporaryDir>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

using namespace Docent;

class TestProject : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void opensFolder();
    void opensFileInContext();
    void tocTreeInOrder();
    void resolvesDocTargets_data();
    void resolvesDocTargets();
    void relativeHrefs_data();
    void relativeHrefs();
    void readsConfStatically();
    void badInput_data();
    void badInput();
    void unreadableFile();
    void loneFileWithoutProject();
    void loneFileInAHugeFolderStandsAlone();
};

void TestProject::opensFolder()
{
    QString error;
    const auto p = Project::open(DocentTest::dataDir(QStringLiteral("tree")), &error);
    QVERIFY2(p, qPrintable(error));
    QCOMPARE(p->title(), QStringLiteral("Test Tree"));
    QCOMPARE(p->startDoc(), QStringLiteral("index"));
    QVERIFY(p->document(QStringLiteral("guide/intro")));
    QCOMPARE(p->document(QStringLiteral("guide/intro"))->title, QStringLiteral("Introduction"));
    QVERIFY2(!p->document(QStringLiteral("drafts/draft")), "exclude_patterns must keep drafts out");
}

void TestProject::opensFileInContext()
{
    QString error;
    const auto p = Project::open(DocentTest::dataDir(QStringLiteral("tree/guide/usage.rst")), &error);
    QVERIFY2(p, qPrintable(error));
    QCOMPARE(QDir(p->root()).canonicalPath(), QDir(DocentTest::dataDir(QStringLiteral("tree"))).canonicalPath());
    QCOMPARE(p->startDoc(), QStringLiteral("guide/usage"));
}

void TestProject::tocTreeInOrder()
{
    QString error;
    const auto p = Project::open(DocentTest::dataDir(QStringLiteral("tree")), &error);
    QVERIFY(p);
    const Project::TocNode root = p->tocTree();
    QCOMPARE(root.docname, QStringLiteral("index"));
    QStringList order;
    for (const auto &c : root.children)
        order << c.docname;
    // hidden toctrees count for navigation too, after the visible one
    QCOMPARE(order, (QStringList{QStringLiteral("guide/intro"), QStringLiteral("guide/usage"), QStringLiteral("appendix")}));
    QCOMPARE(root.children.front().title, QStringLiteral("Introduction"));
}

void TestProject::resolvesDocTargets_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("expected");
    QTest::newRow("relative sibling") << "guide/intro" << "usage" << "guide/usage";
    QTest::newRow("absolute") << "guide/intro" << "/index" << "index";
    QTest::newRow("parent") << "guide/intro" << "../appendix" << "appendix";
    QTest::newRow("with suffix") << "index" << "guide/usage.rst" << "guide/usage";
    QTest::newRow("missing") << "index" << "nothing" << "";
    QTest::newRow("outside the tree") << "index" << "../../etc/passwd" << "";
}

void TestProject::resolvesDocTargets()
{
    QFETCH(QString, from);
    QFETCH(QString, target);
    QFETCH(QString, expected);
    QString error;
    const auto p = Project::open(DocentTest::dataDir(QStringLiteral("tree")), &error);
    QVERIFY(p);
    QCOMPARE(p->resolveDoc(from, target), expected);
}

void TestProject::relativeHrefs_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<QString>("href");
    QTest::newRow("same folder") << "a/b" << "a/c" << "c.html";
    QTest::newRow("up") << "a/b" << "c" << "../c.html";
    QTest::newRow("down") << "index" << "a/b" << "a/b.html";
    QTest::newRow("across") << "a/b/c" << "a/d/e" << "../d/e.html";
}

void TestProject::relativeHrefs()
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(QString, href);
    QCOMPARE(Project::relativeHref(from, to), href);
}

void TestProject::readsConfStatically()
{
    const ConfFacts f = ConfFacts::parse(QStringLiteral("import os\nproject = u'Nova'\nmaster_doc = \"start\"\n"
                                                        "exclude_patterns = ['_build', \"x/*\"]\n"
                                                        "os.system('echo never run')\n"));
    QCOMPARE(f.project, QStringLiteral("Nova"));
    QCOMPARE(f.rootDoc, QStringLiteral("start"));
    QCOMPARE(f.excludePatterns, (QStringList{QStringLiteral("_build"), QStringLiteral("x/*")}));
    QCOMPARE(ConfFacts::parse(QStringLiteral("root_doc = 'a'\nmaster_doc = 'b'\n")).rootDoc, QStringLiteral("a"));
}

void TestProject::badInput_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("missing path") << "missing" << "no such file";
    QTest::newRow("binary file") << "binary" << "binary";
    QTest::newRow("folder without .rst files") << "empty" << "no readable .rst";
}

void TestProject::badInput()
{
    QFETCH(QString, kind);
    QFETCH(QString, messagePart);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QString path = dir.filePath(QStringLiteral("does-not-exist"));
    if (kind == u"binary") {
        path = dir.filePath(QStringLiteral("image.rst"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16));
    } else if (kind == u"empty") {
        path = dir.path();
        QFile f(dir.filePath(QStringLiteral("notes.txt")));
        QVERIFY(f.open(QIODevice::WriteOnly));
    }
    QString error;
    const auto p = Project::open(path, &error);
    QVERIFY(!p);
    QVERIFY2(error.contains(messagePart), qPrintable(error));
}

void TestProject::unreadableFile()
{
#ifdef Q_OS_UNIX
    if (geteuid() == 0)
        QSKIP("running as root: file permissions cannot make a file unreadable");
#endif
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("secret.rst"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("Text\n");
    f.close();
    QVERIFY(f.setPermissions(QFileDevice::Permissions()));
    QString error;
    QVERIFY(!Project::open(path, &error));
    QVERIFY2(error.contains(QStringLiteral("cannot be read")) || error.contains(QStringLiteral("permission")),
             qPrintable(error));
}

void TestProject::loneFileWithoutProject()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("notes.rst"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("Notes\n=====\n\nSee :doc:`other`.\n");
    f.close();
    QVERIFY(DocentTest::writeFile(dir.filePath(QStringLiteral("other.rst")), QStringLiteral("Other\n=====\n")));
    QString error;
    const auto p = Project::open(path, &error);
    QVERIFY2(p, qPrintable(error));
    QCOMPARE(p->startDoc(), QStringLiteral("notes"));
    QCOMPARE(p->document(QStringLiteral("notes"))->title, QStringLiteral("Notes"));
    QVERIFY(p->pageHtml(QStringLiteral("notes"), QString()).contains(QStringLiteral("<h1>Notes")));
    // Its folder is its tree: the neighbour is there and the link to it works.
    QCOMPARE(QDir(p->root()).canonicalPath(), QDir(dir.path()).canonicalPath());
    QVERIFY(p->document(QStringLiteral("other")));
    QVERIFY(p->pageHtml(QStringLiteral("notes"), QString()).contains(QStringLiteral("href=\"other.html\"")));
}

void TestProject::loneFileInAHugeFolderStandsAlone()
{
    // A folder with more than a documentation folder would hold (a home folder, say) is not
    // scanned: the file is opened on its own.
    QTemporaryDir dir;
    for (int i = 0; i < 5100; ++i)
        QFile(dir.filePath(QStringLiteral("f%1.dat").arg(i))).open(QIODevice::WriteOnly);
    QVERIFY(DocentTest::writeFile(dir.filePath(QStringLiteral("notes.rst")), QStringLiteral("Notes\n=====\n")));
    QVERIFY(DocentTest::writeFile(dir.filePath(QStringLiteral("other.rst")), QStringLiteral("Other\n=====\n")));
    QString error;
    const auto p = Project::open(dir.filePath(QStringLiteral("notes.rst")), &error);
    QVERIFY2(p, qPrintable(error));
    QCOMPARE(p->docnames(), QStringList{QStringLiteral("notes")});
}

QTEST_GUILESS_MAIN(TestProject)
#include "tst_project.moc"
