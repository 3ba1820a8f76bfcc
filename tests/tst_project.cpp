// The project model: finding the root, the toctree order, titles, :doc: resolution and bad input.
#include "html/htmlwriter.h"
#include "pages/projectcheck.h"
#include "pages/pagerenderer.h"
#include "sphinx/docnames.h"
#include "sphinx/project.h"
#include "sphinx/readscope.h"
#include "sphinx/treefiles.h"
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
    void realFoldersResolveLinks();
    void linkInsideTheTreeOpensItsOwnPage();
    void failedReloadKeepsLabels();
    void smartQuotesFollowConf_data();
    void smartQuotesFollowConf();
    void readsFilesOfItsRepository();
    void readsOutsideItsRepositoryOnlyWhenAllowed();
    void linkInTheRepositoryLeadingOutIsRefused();
    void tooWideAFolderIsNeverOffered();
    void pathsWithinFolders_data();
    void pathsWithinFolders();
    void windowsFolders_data();
    void windowsFolders();
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

// A tree's pages are read with each folder's real path found once (TreeFiles::RealFolders): a page
// under a linked folder, and a page that is a link itself, still resolve to where they really lie,
// and readPage refuses those outside the tree as it does without the cache.
void TestProject::realFoldersResolveLinks()
{
#ifdef Q_OS_UNIX
    QTemporaryDir outside, tree;
    QVERIFY(DocentTest::writeFile(outside.filePath(QStringLiteral("secret.rst")), QStringLiteral("Secret\n======\n")));
    QVERIFY(DocentTest::writeFile(tree.filePath(QStringLiteral("real/a.rst")), QStringLiteral("A\n=\n")));
    QVERIFY(DocentTest::writeFile(tree.filePath(QStringLiteral("real/b.rst")), QStringLiteral("B\n=\n")));
    QVERIFY(QFile::link(outside.path(), tree.filePath(QStringLiteral("docs"))));
    QVERIFY(QFile::link(outside.filePath(QStringLiteral("secret.rst")), tree.filePath(QStringLiteral("real/passwd.rst"))));
    const QString root = QFileInfo(tree.path()).canonicalFilePath();
    const QString secret = QFileInfo(outside.filePath(QStringLiteral("secret.rst"))).canonicalFilePath();

    TreeFiles::RealFolders folders;
    for (int pass = 0; pass < 2; ++pass) { // the second from the folders found by the first
        QCOMPARE(folders.realPath(root + QStringLiteral("/real/a.rst")), root + QStringLiteral("/real/a.rst"));
        QCOMPARE(folders.realPath(root + QStringLiteral("/real/b.rst")), root + QStringLiteral("/real/b.rst"));
        QCOMPARE(folders.realPath(root + QStringLiteral("/real/passwd.rst")), secret);
        QCOMPARE(folders.realPath(root + QStringLiteral("/docs/secret.rst")), secret);
        QCOMPARE(folders.realPath(root + QStringLiteral("/real/missing.rst")), QString());
    }
    QString error;
    QVERIFY(TreeFiles::readPage(root, root + QStringLiteral("/real/a.rst"), &error, &folders));
    for (const QString &page : {QStringLiteral("/docs/secret.rst"), QStringLiteral("/real/passwd.rst")}) {
        error.clear();
        QVERIFY(!TreeFiles::readPage(root, root + page, &error, &folders));
        QVERIFY2(error.contains(QStringLiteral("outside the documentation tree")), qPrintable(error));
    }
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

void TestProject::smartQuotesFollowConf_data()
{
    QTest::addColumn<QString>("conf");
    QTest::addColumn<QString>("shown"); ///< the glossary term, as the page shows it
    QTest::newRow("Sphinx's default") << "project = 'T'\n" << "“Quoted” – term";
    QTest::newRow("smartquotes = False") << "project = 'T'\nsmartquotes = False\n" << "&quot;Quoted&quot; -- term";
    QTest::newRow("German") << "project = 'T'\nlanguage = 'de'\n" << "„Quoted“ – term";
}

// The page shows the curled text; :term: still finds the term by what was written.
void TestProject::smartQuotesFollowConf()
{
    QFETCH(QString, conf);
    QFETCH(QString, shown);
    QTemporaryDir tree;
    QVERIFY(DocentTest::writeFile(tree.filePath(QStringLiteral("conf.py")), conf));
    QVERIFY(DocentTest::writeFile(tree.filePath(QStringLiteral("index.rst")),
                                  QStringLiteral("Index\n=====\n\n.. glossary::\n\n   \"Quoted\" -- term\n      It's defined.\n\n"
                                                 "See :term:`\"Quoted\" -- term`.\n")));
    QString error;
    auto p = Project::open(tree.path(), &error);
    QVERIFY2(p, qPrintable(error));
    const QString html = PageRenderer(*p).page(QStringLiteral("index"), PageMode::Standalone);
    QVERIFY2(html.contains(QStringLiteral("\">%1</dt>").arg(shown)), qPrintable(html));
    QVERIFY2(html.contains(QStringLiteral("href=\"#term-Quoted-term\">%1</a>").arg(shown)), qPrintable(html));
}

namespace {

// PROJECT/docs is a tree whose index includes PROJECT/README.rst, shows PROJECT/setup.py and
// tabulates PROJECT/data.csv: the files a tree takes from its own project.
void writeProjectTree(const QString &project)
{
    QVERIFY(DocentTest::writeFile(project + QStringLiteral("/README.rst"),
                                  QStringLiteral(".. _readme:\n\nRead me\n-------\n\nThe project's own README.\n")));
    QVERIFY(DocentTest::writeFile(project + QStringLiteral("/setup.py"), QStringLiteral("setup(name='shown')\n")));
    QVERIFY(DocentTest::writeFile(project + QStringLiteral("/data.csv"), QStringLiteral("cell one,cell two\n")));
    QVERIFY(DocentTest::writeFile(project + QStringLiteral("/docs/conf.py"), QStringLiteral("project = 'P'\n")));
    QVERIFY(DocentTest::writeFile(project + QStringLiteral("/docs/index.rst"),
                                  QStringLiteral("Index\n=====\n\n.. include:: ../README.rst\n\n"
                                                 ".. literalinclude:: ../setup.py\n\n"
                                                 ".. csv-table:: Data\n   :file: ../data.csv\n\n"
                                                 "See :ref:`readme`.\n")));
}

QString pageOf(const Project &p) { return PageRenderer(p).page(QStringLiteral("index"), PageMode::Standalone); }

} // namespace

// A tree in a repository reads the files of the repository beyond its own folder.
void TestProject::readsFilesOfItsRepository()
{
    for (const char *marker : {".git", ".hg", ".svn"}) {
        QTemporaryDir repo;
        writeProjectTree(repo.path());
        QVERIFY(QDir(repo.path()).mkdir(QLatin1String(marker)));
        QString error;
        const auto p = Project::open(repo.filePath(QStringLiteral("docs")), &error);
        QVERIFY2(p, qPrintable(error));
        QCOMPARE(p->readScope().repository(), QFileInfo(repo.path()).canonicalFilePath());
        const QString html = pageOf(*p);
        QVERIFY2(html.contains(QStringLiteral("The project’s own README.")),
                 qPrintable(html));
        QVERIFY2(html.contains(QStringLiteral("shown")), qPrintable(html));
        QVERIFY2(html.contains(QStringLiteral("cell two")), qPrintable(html));
        QVERIFY(p->document(QStringLiteral("index"))->refusedFolders.isEmpty());
        QVERIFY2(checkProject(*p).isEmpty(), qPrintable(checkProject(*p).value(0).message));
    }
    // A worktree's or a submodule's .git is a file.
    QTemporaryDir worktree;
    writeProjectTree(worktree.path());
    QVERIFY(DocentTest::writeFile(worktree.filePath(QStringLiteral(".git")), QStringLiteral("gitdir: /elsewhere\n")));
    QString error;
    const auto p = Project::open(worktree.filePath(QStringLiteral("docs")), &error);
    QVERIFY2(p, qPrintable(error));
    QVERIFY(pageOf(*p).contains(QStringLiteral("cell two")));
}

// Without a repository, or beyond it, the files are read only once their folder is allowed; until
// then the page says which folder and how to allow it.
void TestProject::readsOutsideItsRepositoryOnlyWhenAllowed()
{
    QTemporaryDir base;
    const QString project = QFileInfo(base.path()).canonicalFilePath() + QStringLiteral("/project");
    writeProjectTree(project);
    const QString docs = project + QStringLiteral("/docs");
    QString error;
    const auto refused = Project::open(docs, &error);
    QVERIFY2(refused, qPrintable(error));
    QVERIFY(refused->readScope().repository().isEmpty());
    QCOMPARE(refused->document(QStringLiteral("index"))->refusedFolders, QStringList{project});
    const QString html = pageOf(*refused);
    QVERIFY(!html.contains(QStringLiteral("own README")));
    QVERIFY(!html.contains(QStringLiteral("cell two")));
    QVERIFY(!html.contains(QStringLiteral("setup(")));
    int said = 0;
    for (const Problem &problem : checkProject(*refused))
        if (problem.message.contains(QStringLiteral("is outside the documentation tree, in ") + project) &&
            problem.message.contains(QStringLiteral("--allow-outside ") + project) &&
            problem.message.contains(QStringLiteral("Allow for this tree")))
            ++said;
    QCOMPARE(said, 3); // include, literalinclude and csv-table
    QVERIFY2(html.contains(QStringLiteral("--allow-outside ") + project), qPrintable(html));

    const auto allowed = Project::open(docs, &error, [&](const QString &root) {
        return root == docs ? QStringList{project} : QStringList();
    });
    QVERIFY2(allowed, qPrintable(error));
    QVERIFY(allowed->document(QStringLiteral("index"))->refusedFolders.isEmpty());
    QVERIFY(pageOf(*allowed).contains(QStringLiteral("own README")));
    QVERIFY(pageOf(*allowed).contains(QStringLiteral("cell two")));
    QVERIFY2(checkProject(*allowed).isEmpty(), qPrintable(checkProject(*allowed).value(0).message));

    // A repository inside the project, holding only the tree: the README beyond it is refused.
    QVERIFY(QDir(docs).mkdir(QStringLiteral(".git")));
    const auto inRepo = Project::open(docs, &error);
    QVERIFY2(inRepo, qPrintable(error));
    QCOMPARE(inRepo->readScope().repository(), docs);
    QCOMPARE(inRepo->document(QStringLiteral("index"))->refusedFolders, QStringList{project});
    QVERIFY(!pageOf(*inRepo).contains(QStringLiteral("own README")));
    bool saidRepository = false;
    for (const Problem &problem : checkProject(*inRepo))
        saidRepository = saidRepository || problem.message.contains(QStringLiteral("tree and its repository, in "));
    QVERIFY(saidRepository);
}

// Paths are compared with their links resolved: a link in the repository that leads out of it
// is outside, whichever directive asks and whether the link is the file or a folder above it.
void TestProject::linkInTheRepositoryLeadingOutIsRefused()
{
#ifdef Q_OS_UNIX
    QTemporaryDir base;
    const QString root = QFileInfo(base.path()).canonicalFilePath();
    QVERIFY(DocentTest::writeFile(root + QStringLiteral("/elsewhere/secret.rst"), QStringLiteral("root:x:0:0\n")));
    const QString repo = root + QStringLiteral("/repo");
    QVERIFY(QDir().mkpath(repo + QStringLiteral("/.git")));
    QVERIFY(QFile::link(root + QStringLiteral("/elsewhere/secret.rst"), repo + QStringLiteral("/secret.rst")));
    QVERIFY(QFile::link(root + QStringLiteral("/elsewhere"), repo + QStringLiteral("/linked")));
    QVERIFY(DocentTest::writeFile(repo + QStringLiteral("/docs/conf.py"), QString()));
    QVERIFY(DocentTest::writeFile(repo + QStringLiteral("/docs/index.rst"),
                                  QStringLiteral("Index\n=====\n\n.. include:: ../secret.rst\n\n"
                                                 ".. literalinclude:: ../linked/secret.rst\n\n"
                                                 ".. raw:: html\n   :file: ../secret.rst\n\n"
                                                 ".. csv-table:: T\n   :file: ../linked/secret.rst\n")));
    QString error;
    const auto p = Project::open(repo + QStringLiteral("/docs"), &error);
    QVERIFY2(p, qPrintable(error));
    QCOMPARE(p->readScope().repository(), repo);
    QVERIFY(!pageOf(*p).contains(QStringLiteral("root:x:0:0")));
    int refused = 0;
    for (const Problem &problem : checkProject(*p))
        refused += problem.message.contains(QStringLiteral("is outside the documentation tree and its repository"));
    QCOMPARE(refused, 4);
#else
    QSKIP("symbolic links as tested here are Unix's");
#endif
}

// The file system's root, a top-level folder and the home folder are never offered, nor taken as
// a tree's repository (a versioned home folder would otherwise open all of it to any tree).
void TestProject::tooWideAFolderIsNeverOffered()
{
    QVERIFY(ReadScope::enclosingRepository(QStringLiteral("/")).isEmpty());
    QTemporaryDir base;
    const QString root = QFileInfo(base.path()).canonicalFilePath();
    const ReadScope scope(root, {});
    QVERIFY(scope.folderToAllow(QStringLiteral("/etc/passwd")).isEmpty());
    // beside the tree in the temporary folder: the folder both lie in is a top-level one, or wider
    QVERIFY(scope.folderToAllow(root + QStringLiteral("x/file.rst")).count(u'/') != 1);
    const QString home = QFileInfo(QDir::homePath()).canonicalFilePath();
    for (const QString &folder : {QStringLiteral("/"), QStringLiteral("/etc"), QStringLiteral("/home"), home,
                                  QFileInfo(home).path()})
        QVERIFY2(ReadScope::tooWide(folder), qPrintable(folder));
    QVERIFY(!ReadScope::tooWide(home + QStringLiteral("/projects/p")));
    QVERIFY(!ReadScope::tooWide(root));
}

// The path logic of the read scope with the paths Windows gives: drive letters, network shares,
// backslashes (on Linux only where the path is a Windows one).
void TestProject::pathsWithinFolders_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("folder");
    QTest::addColumn<bool>("within");
    QTest::newRow("unix below") << "/home/u/docs/a.rst" << "/home/u/docs" << true;
    QTest::newRow("unix itself") << "/home/u/docs" << "/home/u/docs" << true;
    QTest::newRow("unix prefix only") << "/home/u/docs2/a.rst" << "/home/u/docs" << false;
    QTest::newRow("unix root") << "/etc/passwd" << "/" << true;
    QTest::newRow("no folder") << "/etc/passwd" << "" << false;
    QTest::newRow("drive below") << "C:/Users/me/docs/index.rst" << "C:/Users/me/docs" << true;
    QTest::newRow("drive prefix only") << "C:/Users/me/docs2/index.rst" << "C:/Users/me/docs" << false;
    QTest::newRow("drive root") << "E:/index.rst" << "E:/" << true;
    QTest::newRow("drive root itself") << "E:" << "E:/" << true;
    QTest::newRow("other drive") << "D:/docs/index.rst" << "C:/" << false;
    QTest::newRow("backslashes") << "C:\\Users\\me\\docs\\index.rst" << "C:/Users/me/docs" << true;
    QTest::newRow("backslash folder") << "C:/Users/me/docs/index.rst" << "C:\\Users\\me\\docs" << true;
    QTest::newRow("backslash prefix only") << "C:\\Users\\me\\docs2\\x.rst" << "C:\\Users\\me\\docs" << false;
    QTest::newRow("share") << "//server/share/docs/a.rst" << "//server/share/docs" << true;
    QTest::newRow("share backslashes") << "\\\\server\\share\\docs\\a.rst" << "//server/share" << true;
    QTest::newRow("unix backslash is a name") << "/home/u/docs\\a.rst" << "/home/u/docs" << false;
}

void TestProject::pathsWithinFolders()
{
    QFETCH(QString, path);
    QFETCH(QString, folder);
    QFETCH(bool, within);
    QCOMPARE(isWithinFolder(path, folder), within);
}

void TestProject::windowsFolders_data()
{
    QTest::addColumn<QString>("folder");
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("common");
    QTest::addColumn<bool>("tooWide");
    QTest::newRow("unix") << "/home/u/p/docs" << "/home/u/p/shared/x.rst" << "/home/u/p" << false;
    QTest::newRow("unix top level") << "/srv/docs" << "/srv/x.rst" << "/srv" << true;
    QTest::newRow("unix root") << "/srv/docs" << "/etc/x.rst" << "/" << true;
    QTest::newRow("drive") << "C:/work/p/docs" << "C:/work/p/shared/x.rst" << "C:/work/p" << false;
    QTest::newRow("drive backslashes") << "C:\\work\\p\\docs" << "C:\\work\\p\\shared\\x.rst" << "C:/work/p" << false;
    QTest::newRow("drive top level") << "C:/Users/docs" << "C:/Users/x.rst" << "C:/Users" << true;
    QTest::newRow("drive root") << "C:/docs" << "C:/x.rst" << "C:/" << true;
    QTest::newRow("other drive") << "C:/work/p/docs" << "D:/work/p/x.rst" << "" << true;
    QTest::newRow("share") << "//srv/team/p/docs" << "//srv/team/p/common/x.rst" << "//srv/team/p" << true;
    QTest::newRow("share deeper") << "//srv/team/p/q/docs" << "//srv/team/p/q/x.rst" << "//srv/team/p/q" << false;
    QTest::newRow("other share") << "//srv/team/p/docs" << "//srv/other/p/x.rst" << "" << true;
}

void TestProject::windowsFolders()
{
    QFETCH(QString, folder);
    QFETCH(QString, file);
    QFETCH(QString, common);
    QFETCH(bool, tooWide);
    QCOMPARE(ReadScope::commonFolder(folder, file), common);
    QCOMPARE(ReadScope::tooWide(common), tooWide);
    if (!common.isEmpty()) {
        QVERIFY(isWithinFolder(file, common));
        QVERIFY(isWithinFolder(folder, common));
    }
}

QTEST_GUILESS_MAIN(TestProject)
#include "tst_project.moc"
