// The navigation built from a project: toctree order, landing pages split into their sections
// with descriptions, page outlines, todos, plans, and the pages a node stands for as a book.
// Core only: the window's models that show it are checked in tst_sectiontreemodel.
#include "navigation/bookselection.h"
#include "navigation/navigationtree.h"
#include "pages/projectcheck.h"
#include "sphinx/project.h"
#include "testsupport.h"

#include <QFileInfo>
#include <QTemporaryDir>

#include <functional>

using namespace Docent;

class TestNavigationTree : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void landingPageBecomesGroups();
    void descriptionsFromBulletItems();
    void pagesExpandIntoOutline();
    void todosInDocumentOrder();
    void plansFromSectionTitles_data();
    void plansFromSectionTitles();
    void bookOfANode_data();
    void bookOfANode();
    void findNodeByTitleOrPage_data();
    void findNodeByTitleOrPage();
    void novaReferenceIndex();
    void secondTreeDeepGlossarySpecsAndMissingFiles();
    void treeReadSoFarKeepsTheFirstPages();
    void treeReadSoFarGrowsBelowAPageNotReadYet();

private:
    std::optional<Project> m_project;
    NavNode m_root;
    const NavNode *find(const NavNode &from, NavNode::Kind kind, const QString &title) const;
};

const NavNode *TestNavigationTree::find(const NavNode &from, NavNode::Kind kind, const QString &title) const
{
    for (const NavNode &c : from.children) {
        if (c.kind == kind && c.title == title)
            return &c;
        if (const NavNode *n = find(c, kind, title))
            return n;
    }
    return nullptr;
}

void TestNavigationTree::initTestCase()
{
    QString error;
    m_project = Project::open(DocentTest::dataDir(QStringLiteral("reader")), &error);
    QVERIFY2(m_project, qPrintable(error));
    m_root = NavigationTree::build(*m_project);
}

void TestNavigationTree::landingPageBecomesGroups()
{
    QCOMPARE(m_root.docname, QStringLiteral("index"));
    QStringList top;
    for (const NavNode &c : m_root.children)
        top << c.title;
    QCOMPARE(top, (QStringList{QStringLiteral("Guide"), QStringLiteral("Technical Reference Notes")}));
    const NavNode &reference = m_root.children[1];
    QStringList groups;
    for (const NavNode &g : reference.children) {
        QCOMPARE(g.kind, NavNode::Kind::Group);
        groups << g.title;
    }
    QCOMPARE(groups, (QStringList{QStringLiteral("Internals"), QStringLiteral("Forward Looking Plans")}));
    QStringList internals;
    for (const NavNode &p : reference.children[0].children)
        internals << p.docname;
    QCOMPARE(internals, (QStringList{QStringLiteral("reference/rpc"), QStringLiteral("reference/scheduling")}));
}

void TestNavigationTree::descriptionsFromBulletItems()
{
    const NavNode *scheduling = find(m_root, NavNode::Kind::Document, QStringLiteral("Scheduling"));
    QVERIFY(scheduling);
    QCOMPARE(scheduling->description, QStringLiteral("The workflow through the scheduling process"));
}

void TestNavigationTree::pagesExpandIntoOutline()
{
    const NavNode &guide = m_root.children[0];
    QCOMPARE(guide.docname, QStringLiteral("guide"));
    QCOMPARE(guide.children.size(), size_t(2));
    QCOMPARE(guide.children[0].kind, NavNode::Kind::Section);
    QCOMPARE(guide.children[0].title, QStringLiteral("Getting started"));
    QCOMPARE(guide.children[0].anchor, QStringLiteral("getting-started"));
    QCOMPARE(guide.children[1].children.size(), size_t(1));
    QCOMPARE(guide.children[1].children[0].title, QStringLiteral("Advanced options"));
}

void TestNavigationTree::todosInDocumentOrder()
{
    const std::vector<TodoNote> todos = NavigationTree::todos(*m_project);
    QCOMPARE(todos.size(), size_t(4));
    QCOMPARE(todos[0].docname, QStringLiteral("reference/index"));
    QCOMPARE(todos[0].section, QStringLiteral("Internals"));
    QCOMPARE(todos[0].anchor, QStringLiteral("todo-1")); // the note itself, not just its section
    QCOMPARE(todos[0].text, QStringLiteral("Write about the database layer."));
}

void TestNavigationTree::plansFromSectionTitles_data()
{
    QTest::addColumn<QStringList>("words");
    QTest::addColumn<QStringList>("pages");
    QTest::newRow("default words") << defaultPlanWords()
                                   << QStringList{QStringLiteral("reference/stable-api"),
                                                  QStringLiteral("reference/evolution")};
    QTest::newRow("a word nothing uses") << QStringList{QStringLiteral("roadmap")} << QStringList{};
    QTest::newRow("case does not matter") << QStringList{QStringLiteral("INTERNALS")}
                                          << QStringList{QStringLiteral("reference/rpc"),
                                                         QStringLiteral("reference/scheduling")};
}

void TestNavigationTree::plansFromSectionTitles()
{
    QFETCH(QStringList, words);
    QFETCH(QStringList, pages);
    QStringList got;
    for (const NavNode &p : NavigationTree::plans(m_root, words))
        got << p.docname;
    QCOMPARE(got, pages);
}

void TestNavigationTree::bookOfANode_data()
{
    QTest::addColumn<QString>("node");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QStringList>("pages");
    // A group stands for the pages it holds, not for the landing page it is a section of.
    QTest::newRow("group") << QStringLiteral("Internals") << QStringLiteral("Internals")
                           << QStringList{QStringLiteral("reference/rpc"), QStringLiteral("reference/scheduling")};
    QTest::newRow("page with its groups")
        << QStringLiteral("reference/index") << QStringLiteral("Technical Reference Notes")
        << QStringList{QStringLiteral("reference/index"), QStringLiteral("reference/rpc"),
                       QStringLiteral("reference/scheduling"), QStringLiteral("reference/stable-api"),
                       QStringLiteral("reference/evolution")};
    QTest::newRow("page section") << QStringLiteral("Advanced options") << QStringLiteral("Advanced options")
                                  << QStringList{QStringLiteral("guide")};
}

void TestNavigationTree::bookOfANode()
{
    QFETCH(QString, node);
    QFETCH(QString, title);
    QFETCH(QStringList, pages);
    const NavNode *found = findNode(m_root, node);
    QVERIFY(found);
    const BookSpec book = bookFor(*found);
    QCOMPARE(book.title, title);
    QCOMPARE(book.docnames, pages);
}

void TestNavigationTree::findNodeByTitleOrPage_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("isRoot");
    QTest::addColumn<QString>("title");
    QTest::newRow("root page by name: the whole tree") << QStringLiteral("index") << true << QString();
    QTest::newRow("title, any case") << QStringLiteral("GUIDE") << false << QStringLiteral("Guide");
    QTest::newRow("page name") << QStringLiteral("reference/scheduling") << false << QStringLiteral("Scheduling");
    QTest::newRow("a section is not found by its anchor") << QStringLiteral("getting-started") << false << QString();
    QTest::newRow("nothing") << QStringLiteral("no such node") << false << QString();
}

void TestNavigationTree::findNodeByTitleOrPage()
{
    QFETCH(QString, name);
    QFETCH(bool, isRoot);
    QFETCH(QString, title);
    const NavNode *found = findNode(m_root, name);
    if (isRoot) {
        QCOMPARE(found, &m_root);
        const BookSpec whole = bookFor(*found);
        QCOMPARE(whole.docnames.first(), QStringLiteral("index"));
        QVERIFY(whole.docnames.contains(QStringLiteral("guide")));
        QVERIFY(whole.docnames.contains(QStringLiteral("reference/evolution")));
        return;
    }
    QCOMPARE(found ? found->title : QString(), title);
}

void TestNavigationTree::novaReferenceIndex()
{
    const QString nova = qEnvironmentVariable("DOCENT_SHARED") + QStringLiteral("/corpus/nova/doc/source");
    if (!QFileInfo::exists(nova + QStringLiteral("/conf.py")))
        QSKIP("../shared/corpus/nova is not on this machine");
    QString error;
    const auto project = Project::open(nova, &error);
    QVERIFY2(project, qPrintable(error));
    const NavNode root = NavigationTree::build(*project);
    const NavNode *reference = find(root, NavNode::Kind::Document, QStringLiteral("Technical Reference Deep Dives"));
    QVERIFY(reference);
    QStringList groups;
    for (const NavNode &g : reference->children)
        groups << g.title;
    QCOMPARE(groups, (QStringList{QStringLiteral("Internals"), QStringLiteral("Debugging"),
                                  QStringLiteral("Forward Looking Plans"), QStringLiteral("Additional Information")}));
    QStringList plans;
    for (const NavNode &p : NavigationTree::plans(root, defaultPlanWords()))
        plans << p.docname;
    QVERIFY2(plans.contains(QStringLiteral("reference/stable-api")), qPrintable(plans.join(u' ')));
    QVERIFY(plans.contains(QStringLiteral("reference/scheduler-evolution")));
    QVERIFY(plans.contains(QStringLiteral("reference/policy-enforcement")));
    QCOMPARE(NavigationTree::todos(*project).size(), size_t(12));
}

void TestNavigationTree::secondTreeDeepGlossarySpecsAndMissingFiles()
{
    QString error;
    const auto handbook = Project::open(DocentTest::dataDir(QStringLiteral("handbook")), &error);
    QVERIFY2(handbook, qPrintable(error));
    const NavNode root = NavigationTree::build(*handbook);
    // Four levels of toctree down to the deepest page, in reading order.
    const NavNode *node = &root;
    for (const char *docname : {"part1/index", "part1/chapter1/index", "part1/chapter1/section1/index",
                                "part1/chapter1/section1/deep"}) {
        const auto next = std::find_if(node->children.begin(), node->children.end(),
                                       [&](const NavNode &c) { return c.docname == QLatin1String(docname); });
        QVERIFY2(next != node->children.end(), docname);
        node = &*next;
    }
    QCOMPARE(node->title, QStringLiteral("The Deepest Page"));
    // Design specs are plans, found by their folder.
    QStringList plans;
    for (const NavNode &p : NavigationTree::planFolders(*handbook, defaultPlanFolders()))
        plans << p.docname + QStringLiteral(" in ") + p.description;
    QCOMPARE(plans, QStringList({QStringLiteral("specs/2026.2/approved/offline-mode in specs/2026.2/approved"),
                                 QStringLiteral("specs/backlog/voice-notes in specs/backlog")}));
    QCOMPARE(NavigationTree::todos(*handbook).size(), size_t(2));
    // Every missing piece is a problem with its place; glossary terms resolve.
    QStringList problems;
    for (const Problem &p : checkProject(*handbook)) {
        if (p.severity != Problem::Severity::Notice)
            problems << QStringLiteral("%1:%2 %3").arg(p.docname).arg(p.line).arg(p.kind);
    }
    problems.sort();
    QCOMPARE(problems, QStringList({QStringLiteral("index:14 toctree"), QStringLiteral("index:19 parser"),
                                    QStringLiteral("part1/chapter1/section1/deep:11 image")}));
    QCOMPARE(countReferences(*handbook).value(QStringLiteral("term")).resolved, 3);
}

namespace {

// Every row of a navigation, depth first, as "kind docname#anchor title".
QStringList rowsOf(const NavNode &root)
{
    QStringList rows;
    std::function<void(const NavNode &)> walk = [&](const NavNode &n) {
        rows << QStringLiteral("%1 %2#%3 %4").arg(int(n.kind)).arg(n.docname, n.anchor, n.title);
        for (const NavNode &c : n.children)
            walk(c);
    };
    walk(root);
    return rows;
}

QStringList docnamesOf(const NavNode &root)
{
    QStringList names;
    std::function<void(const NavNode &)> walk = [&](const NavNode &n) {
        if (n.kind == NavNode::Kind::Document)
            names << n.docname;
        for (const NavNode &c : n.children)
            walk(c);
    };
    walk(root);
    return names;
}

} // namespace

void TestNavigationTree::treeReadSoFarKeepsTheFirstPages()
{
    const QString tree = DocentTest::dataDir(QStringLiteral("reader"));
    // The first pages: the start page and the first page its toctree lists (guide).
    const qint64 budget = QFileInfo(tree + QStringLiteral("/index.rst")).size() + 1;
    const std::optional<Project> first = Project::openFirstPage(tree, {}, budget, 0);
    QVERIFY(first);
    const NavNode earlier = NavigationTree::build(*first);
    QCOMPARE(docnamesOf(earlier), (QStringList{QStringLiteral("index"), QStringLiteral("guide")}));

    std::vector<NavNode> soFar;
    OpenProgress progress;
    progress.readSoFarAfter = std::chrono::milliseconds(0); // every document
    progress.readSoFar = [&](const Project &p) { soFar.push_back(NavigationTree::build(p, &earlier)); };
    QString error;
    const std::optional<Project> whole = Project::open(tree, &error, {}, 0, progress);
    QVERIFY2(whole, qPrintable(error));
    QCOMPARE(soFar.size(), size_t(whole->docnames().size()));
    // Read in file order: guide, index, reference/evolution, reference/index, ... The first
    // pages stay in every tree read so far, as they stood; the others come as they are read.
    for (const NavNode &n : soFar) {
        QVERIFY(docnamesOf(n).contains(QStringLiteral("index")));
        QVERIFY(docnamesOf(n).contains(QStringLiteral("guide")));
    }
    QCOMPARE(docnamesOf(soFar[0]), docnamesOf(earlier));
    QVERIFY(!docnamesOf(soFar[2]).contains(QStringLiteral("reference/index")));
    QVERIFY(docnamesOf(soFar[3]).contains(QStringLiteral("reference/index")));
    // Once every page is read, it is the whole tree's navigation.
    QCOMPARE(rowsOf(soFar.back()), rowsOf(NavigationTree::build(*whole)));
}

void TestNavigationTree::treeReadSoFarGrowsBelowAPageNotReadYet()
{
    // The root page, top, is read last (files are read in name order): a and b, which it lists
    // through a, show as soon as they are read, under the first pages' top.
    QTemporaryDir dir;
    QVERIFY(DocentTest::writeFile(dir.filePath(QStringLiteral("conf.py")), QStringLiteral("root_doc = 'top'\n")));
    QVERIFY(DocentTest::writeFile(dir.filePath(QStringLiteral("top.rst")), QStringLiteral("Top\n===\n\n.. toctree::\n\n   a\n")));
    QVERIFY(DocentTest::writeFile(dir.filePath(QStringLiteral("a.rst")), QStringLiteral("A\n=\n\n.. toctree::\n\n   b\n")));
    QVERIFY(DocentTest::writeFile(dir.filePath(QStringLiteral("b.rst")), QStringLiteral("B\n=\n\nText.\n")));
    // The first pages: top and a, which it lists.
    const qint64 budget = QFileInfo(dir.filePath(QStringLiteral("top.rst"))).size() + 1;
    const std::optional<Project> first = Project::openFirstPage(dir.path(), {}, budget, 0);
    QVERIFY(first);
    const NavNode earlier = NavigationTree::build(*first);
    QCOMPARE(docnamesOf(earlier), (QStringList{QStringLiteral("top"), QStringLiteral("a")}));
    std::vector<NavNode> soFar;
    OpenProgress progress;
    progress.readSoFarAfter = std::chrono::milliseconds(0);
    progress.readSoFar = [&](const Project &p) { soFar.push_back(NavigationTree::build(p, &earlier)); };
    QString error;
    const std::optional<Project> whole = Project::open(dir.path(), &error, {}, 0, progress);
    QVERIFY2(whole, qPrintable(error));
    QCOMPARE(soFar.size(), size_t(3));
    QCOMPARE(docnamesOf(soFar[0]), (QStringList{QStringLiteral("top"), QStringLiteral("a")}));
    QCOMPARE(docnamesOf(soFar[1]), (QStringList{QStringLiteral("top"), QStringLiteral("a"), QStringLiteral("b")}));
    QCOMPARE(rowsOf(soFar[2]), rowsOf(NavigationTree::build(*whole)));
}

QTEST_GUILESS_MAIN(TestNavigationTree)
#include "tst_navigationtree.moc"
