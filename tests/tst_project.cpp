// The project model: finding the root, the toctree order, titles, :doc: resolution and bad input.
#include "html/htmlwriter.h"
#include "pages/projectcheck.h"
#include "pages/pagerenderer.h"
#include "sphinx/project.h"
#include "testsupport.h"

#include <QTemporaryDir>
#include <QUrl>

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
    void linksOutOfTheTreeAreNotRead();
    void linkInsideTheTreeOpensItsOwnPage();
    void failedReloadKeepsLabels();
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
    // Characters with a meaning in URLs are escaped, so the link reaches the page of that name.
    QTest::newRow("hash") << "index" << "c#/notes" << "c%23/notes.html";
    QTest::newRow("question mark") << "a/b" << "a/what?" << "what%3F.html";
    QTest::newRow("percent") << "index" << "100%" << "100%25.html";
    QTest::newRow("escape-like") << "index" << "a%41" << "a%2541.html";
}

void TestProject::relativeHrefs()
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(QString, href);
    QCOMPARE(Project::relativeHref(from, to), href);
    // What the page's link resolves to names the target document again.
    const QUrl page(QStringLiteral("docent://tree/") + from + QStringLiteral(".html"));
    QCOMPARE(page.resolved(QUrl(href)).path(), u'/' + to + QStringLiteral(".html"));
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
    QVERIFY(PageRenderer(*p).page(QStringLiteral("notes"), PageMode::Standalone).contains(QStringLiteral("<h1>Notes")));
    // Its folder is its tree: the neighbour is there and the link to it works.
    QCOMPARE(QDir(p->root()).canonicalPath(), QDir(dir.path()).canonicalPath());
    QVERIFY(p->document(QStringLiteral("other")));
    QVERIFY(PageRenderer(*p).page(QStringLiteral("notes"), PageMode::Standalone).contains(QStringLiteral("href=\"other.html\"")));
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

// A tree with "passwd.rst -> a file outside it" and "docs -> a folder outside it": neither is
// read as a page, each is a problem that says why, and opening the link itself is refused.
void TestProject::linksOutOfTheTreeAreNotRead()
{
#ifdef Q_OS_UNIX
    QTemporaryDir outside, tree;
    QVERIFY(DocentTest::writeFile(outside.filePath(QStringLiteral("secret.rst")), QStringLiteral("Secret\n======\n\nroot:x:0:0\n")));
    QVERIFY(DocentTest::writeFile(tree.filePath(QStringLiteral("conf.py")), QStringLiteral("project = 'T'\n")));
    QVERIFY(DocentTest::writeFile(tree.filePath(QStringLiteral("index.rst")), QStringLiteral("Index\n=====\n")));
    QVERIFY(QFile::link(outside.filePath(QStringLiteral("secret.rst")), tree.filePath(QStringLiteral("passwd.rst"))));
    QVERIFY(QFile::link(outside.path(), tree.filePath(QStringLiteral("docs"))));

    QString error;
    const auto p = Project::open(tree.path(), &error);
    QVERIFY2(p, qPrintable(error));
    QCOMPARE(p->docnames(), QStringList{QStringLiteral("index")});
    bool said = false;
    for (const Problem &problem : checkProject(*p))
        said = said || (problem.message.contains(QStringLiteral("passwd.rst")) &&
                        problem.message.contains(QStringLiteral("outside the documentation tree")));
    QVERIFY2(said, "the refused link must be listed as a problem");

    QVERIFY(!Project::open(tree.filePath(QStringLiteral("passwd.rst")), &error));
    QVERIFY2(error.contains(QStringLiteral("outside the documentation tree")), qPrintable(error));
    QVERIFY(!Project::open(tree.filePath(QStringLiteral("docs/secret.rst")), &error) ||
            error.contains(QStringLiteral("outside")));

    // A link that is swapped to point outside after the tree was opened is not read on reload.
    QVERIFY(DocentTest::writeFile(tree.filePath(QStringLiteral("page.rst")), QStringLiteral("Page\n====\n")));
    auto reopened = Project::open(tree.path(), &error);
    QVERIFY2(reopened, qPrintable(error));
    QVERIFY(QFile::remove(tree.filePath(QStringLiteral("page.rst"))));
    QVERIFY(QFile::link(outside.filePath(QStringLiteral("secret.rst")), tree.filePath(QStringLiteral("page.rst"))));
    reopened->reloadDocument(QStringLiteral("page"));
    QVERIFY(!PageRenderer(*reopened).page(QStringLiteral("page"), PageMode::Standalone).contains(QStringLiteral("root:x:0:0")));
#else
    QSKIP("symbolic links as tested here are Unix's");
#endif
}

void TestProject::linkInsideTheTreeOpensItsOwnPage()
{
#ifdef Q_OS_UNIX
    QTemporaryDir tree;
    QVERIFY(DocentTest::writeFile(tree.filePath(QStringLiteral("conf.py")), QStringLiteral("project = 'T'\n")));
    QVERIFY(DocentTest::writeFile(tree.filePath(QStringLiteral("index.rst")), QStringLiteral("Index\n=====\n")));
    QVERIFY(DocentTest::writeFile(tree.filePath(QStringLiteral("real.rst")), QStringLiteral("Real\n====\n")));
    QVERIFY(QFile::link(tree.filePath(QStringLiteral("real.rst")), tree.filePath(QStringLiteral("alias.rst"))));
    QString error;
    const auto p = Project::open(tree.filePath(QStringLiteral("alias.rst")), &error);
    QVERIFY2(p, qPrintable(error));
    QCOMPARE(p->startDoc(), QStringLiteral("alias"));
    QCOMPARE(p->openedDoc(), QStringLiteral("alias"));
#else
    QSKIP("symbolic links as tested here are Unix's");
#endif
}

// A reload whose read fails keeps the page's last doctree, and so its labels still resolve.
void TestProject::failedReloadKeepsLabels()
{
    QTemporaryDir tree;
    QVERIFY(DocentTest::writeFile(tree.filePath(QStringLiteral("conf.py")), QStringLiteral("project = 'T'\n")));
    QVERIFY(DocentTest::writeFile(tree.filePath(QStringLiteral("index.rst")),
                                  QStringLiteral("Index\n=====\n\nSee :ref:`the-label`.\n")));
    QVERIFY(DocentTest::writeFile(tree.filePath(QStringLiteral("other.rst")),
                                  QStringLiteral(".. _the-label:\n\nOther\n=====\n")));
    QString error;
    auto p = Project::open(tree.path(), &error);
    QVERIFY2(p, qPrintable(error));
    QVERIFY(PageRenderer(*p).page(QStringLiteral("index"), PageMode::Standalone).contains(QStringLiteral("other.html#the-label")));
    QFile binary(tree.filePath(QStringLiteral("other.rst")));
    QVERIFY(binary.open(QIODevice::WriteOnly | QIODevice::Truncate));
    binary.write(QByteArray(64, '\0')); // now unreadable as text
    binary.close();
    p->reloadDocument(QStringLiteral("other"));
    QVERIFY2(PageRenderer(*p).page(QStringLiteral("index"), PageMode::Standalone).contains(QStringLiteral("other.html#the-label")),
             "the label must survive a reload that could not read the file");
}

QTEST_GUILESS_MAIN(TestProject)
#include "tst_project.moc"
