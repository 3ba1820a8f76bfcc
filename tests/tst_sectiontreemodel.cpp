// The section tree model: structure from the toctree, checked with QAbstractItemModelTester.
#include "sectiontreemodel.h"
#include "sphinx/project.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>

using namespace Docent;

class TestSectionTreeModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void modelIsConsistent();
    void rowsFollowTheToctree();
    void findsDocuments();
};

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

QTEST_MAIN(TestSectionTreeModel)
#include "tst_sectiontreemodel.moc"
