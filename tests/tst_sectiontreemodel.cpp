// The sidebar's models of the navigation: the section tree (structure from the toctree), todos and
// plans, checked with QAbstractItemModelTester.
#include "navigation/bookselection.h"
#include "planmodel.h"
#include "sectiontreemodel.h"
#include "sphinx/project.h"
#include "testsupport.h"
#include "todomodel.h"

#include <QAbstractItemModelTester>

using namespace Docent;

class TestSectionTreeModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void modelIsConsistent();
    void rowsFollowTheToctree();
    void findsDocuments();
    void findsNodesByAnchor();
    void rowsGiveTheirNodes();
    void todosAndPlans();

private:
    static std::optional<Project> reader();
};

std::optional<Project> TestSectionTreeModel::reader()
{
    QString error;
    auto p = Project::open(DocentTest::dataDir(QStringLiteral("reader")), &error);
    if (!p)
        qWarning("%s", qPrintable(error));
    return p;
}

void TestSectionTreeModel::modelIsConsistent()
{
    SectionTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QString error;
    const auto p = Project::open(DocentTest::dataDir(QStringLiteral("tree")), &error);
    QVERIFY2(p, qPrintable(error));
    model.setNavigation(NavigationTree::build(*p));
    model.setNavigation(NavigationTree::build(*p)); // a second reset must be clean too
}

void TestSectionTreeModel::rowsFollowTheToctree()
{
    SectionTreeModel model;
    QString error;
    const auto p = Project::open(DocentTest::dataDir(QStringLiteral("tree")), &error);
    QVERIFY(p);
    model.setNavigation(NavigationTree::build(*p));
    QStringList titles;
    for (int r = 0; r < model.rowCount(); ++r)
        titles << model.index(r, 0).data().toString();
    QCOMPARE(titles, (QStringList{QStringLiteral("Test Tree"), QStringLiteral("Introduction"), QStringLiteral("Usage"),
                                  QStringLiteral("Appendix")}));
    QCOMPARE(model.index(1, 0).data(SectionTreeModel::DocnameRole).toString(), QStringLiteral("guide/intro"));
    QCOMPARE(model.index(1, 0).data(Qt::ToolTipRole).toString(), QStringLiteral("guide/intro.rst"));
}

void TestSectionTreeModel::findsDocuments()
{
    SectionTreeModel model;
    QString error;
    const auto p = Project::open(DocentTest::dataDir(QStringLiteral("tree")), &error);
    QVERIFY(p);
    model.setNavigation(NavigationTree::build(*p));
    QCOMPARE(model.indexFor(QStringLiteral("guide/usage")).row(), 2);
    QVERIFY(!model.indexFor(QStringLiteral("nothing")).isValid());
}

void TestSectionTreeModel::findsNodesByAnchor()
{
    const auto p = reader();
    QVERIFY(p);
    SectionTreeModel tree;
    tree.setNavigation(NavigationTree::build(*p));
    const QModelIndex page = tree.indexFor(QStringLiteral("guide"));
    QVERIFY(page.isValid());
    QCOMPARE(page.data().toString(), QStringLiteral("Guide"));
    const QModelIndex section = tree.indexFor(QStringLiteral("guide"), QStringLiteral("advanced-options"));
    QCOMPARE(section.data().toString(), QStringLiteral("Advanced options"));
    // an unknown anchor still finds the page
    QCOMPARE(tree.indexFor(QStringLiteral("guide"), QStringLiteral("nowhere")), page);
}

// What the tree's context menu prints: the node of the row, and for the root page's row (which
// shows none of the tree under it) the whole tree.
void TestSectionTreeModel::rowsGiveTheirNodes()
{
    const auto p = reader();
    QVERIFY(p);
    const NavNode root = NavigationTree::build(*p);
    SectionTreeModel tree;
    QVERIFY(!tree.node({}));
    tree.setNavigation(root);
    const QModelIndex rootRow = tree.index(0, 0);
    QCOMPARE(tree.rowCount(rootRow), 0);
    QCOMPARE(bookFor(*tree.node(rootRow)).docnames, bookFor(root).docnames);
    const QModelIndex reference = tree.indexFor(QStringLiteral("reference/index"));
    const QModelIndex internals = tree.index(0, 0, reference);
    QCOMPARE(internals.data().toString(), QStringLiteral("Internals"));
    QCOMPARE(bookFor(*tree.node(internals)).docnames,
             (QStringList{QStringLiteral("reference/rpc"), QStringLiteral("reference/scheduling")}));
    tree.setNodes(NavigationTree::outline(*p->doctree(QStringLiteral("guide")), QStringLiteral("guide")));
    QCOMPARE(tree.node(tree.index(1, 0))->children.front().title, QStringLiteral("Advanced options"));
}

void TestSectionTreeModel::todosAndPlans()
{
    const auto p = reader();
    QVERIFY(p);
    const NavNode root = NavigationTree::build(*p);
    SectionTreeModel tree;
    QAbstractItemModelTester treeTester(&tree, QAbstractItemModelTester::FailureReportingMode::QtTest);
    tree.setNavigation(root);
    tree.setNodes(NavigationTree::outline(*p->doctree(QStringLiteral("guide")), QStringLiteral("guide")));

    TodoModel todos;
    QAbstractItemModelTester todoTester(&todos, QAbstractItemModelTester::FailureReportingMode::QtTest);
    todos.setTodos(*p, NavigationTree::todos(*p));
    QCOMPARE(todos.todoCount(), 4);
    QCOMPARE(todos.rowCount(), 3); // three pages hold todos

    PlanModel plans;
    QAbstractItemModelTester planTester(&plans, QAbstractItemModelTester::FailureReportingMode::QtTest);
    plans.setPlans(NavigationTree::plans(root, defaultPlanWords()), {});
    plans.setPlans(NavigationTree::plans(root, defaultPlanWords()), NavigationTree::todos(*p));
    QCOMPARE(plans.index(0, 0).data(PlanModel::TodoCountRole).toInt(), 2);
    // Shown: title, todo count, and the description the index page gives it.
    QCOMPARE(plans.index(0, 0).data().toString().section(u'\n', 1), plans.index(0, 0).data(Qt::ToolTipRole).toString());
    QCOMPARE(plans.index(0, 0).data(Qt::ToolTipRole).toString(), QStringLiteral("What a stable interface would take"));
}

QTEST_MAIN(TestSectionTreeModel)
#include "tst_sectiontreemodel.moc"
