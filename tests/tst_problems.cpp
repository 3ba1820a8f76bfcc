// The Problems panel: its model (grouping by file and by kind, severity toggles and their counts,
// the text filter, copying) and, in the window, a problem opened at its line.
#include "application.h"
#include "problemmodel.h"
#include "problempanel.h"
#include "windowfixture.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QStatusBar>
#include <QToolButton>
#include <QTreeView>

using namespace Docent;

static void beforeApplication() { prepareWebEngine(); }
Q_CONSTRUCTOR_FUNCTION(beforeApplication)

namespace {

Problem problem(Problem::Severity s, const QString &docname, int line, const QString &kind, const QString &message)
{
    return {s, docname, QStringLiteral("/tree/") + docname + QStringLiteral(".rst"), line, kind, message};
}

// A tree's worth: one error, one warning, and notices of two kinds in two files.
QList<Problem> sample()
{
    using S = Problem::Severity;
    return {problem(S::Notice, QStringLiteral("a"), 3, QStringLiteral("role"),
                    QStringLiteral("role :issue: is evaluated by the project extension issues, which Docent does not run; shown as text")),
            problem(S::Notice, QStringLiteral("a"), 9, QStringLiteral("role"),
                    QStringLiteral("role :issue: is evaluated by the project extension issues, which Docent does not run; shown as text")),
            problem(S::Notice, QStringLiteral("b"), 4, QStringLiteral("role"),
                    QStringLiteral("role :issue: is evaluated by the project extension issues, which Docent does not run; shown as text")),
            problem(S::Notice, QStringLiteral("b"), 5, QStringLiteral("reference"),
                    QStringLiteral(":meth:`str.foo`: py:meth reference target not found: str.foo")),
            problem(S::Error, QStringLiteral("b"), 7, QStringLiteral("reference"),
                    QStringLiteral(":ref:`gone`: undefined label: gone")),
            problem(S::Warning, QStringLiteral("c"), 1, QStringLiteral("image"), QStringLiteral("image file not readable: pics/x.png"))};
}

QStringList rows(const QAbstractItemModel &m, const QModelIndex &parent = {})
{
    QStringList out;
    for (int r = 0; r < m.rowCount(parent); ++r)
        out << m.index(r, 0, parent).data().toString();
    return out;
}

} // namespace

class TestProblems : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void kindLeavesOutParticulars_data();
    void kindLeavesOutParticulars();
    void groupsByFileAndByKind();
    void severityTogglesAndFilter();
    void copiesFullMessages();
    void panelCountsWhatItShows();
    void opensThePageAtTheLine();
};

void TestProblems::kindLeavesOutParticulars_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("expected");
    QTest::newRow("domain reference") << "reference" << ":type:`Py_ssize_t`: c:type reference target not found: Py_ssize_t"
                                      << "c:type reference target not found";
    QTest::newRow("label") << "reference" << ":ref:`gone`: undefined label: gone" << ":ref: undefined label";
    QTest::newRow("extension role")
        << "role" << "role :source: is evaluated by the project extension pyspecific (x.py), which Docent does not run; shown as text"
        << "role :source: — shown as text";
    QTest::newRow("placeholder")
        << "placeholder" << "directive deprecated-removed is built by pyspecific, which Docent does not run; shown as a placeholder"
        << "directive deprecated-removed — shown as a placeholder";
    QTest::newRow("parser, quoted name kept") << "parser" << "Unknown interpreted text role \"issue\"."
                                              << "Unknown interpreted text role \"issue\"";
    QTest::newRow("parser, file left out") << "parser" << "Include file \"../a/b.rst\" not found or reading it failed"
                                           << "Include file … not found or reading it failed";
    QTest::newRow("image") << "image" << "image file not readable: pics/x.png" << "image file not readable";
    QTest::newRow("duplicate label") << "label" << "duplicate label intro, other instance in guide" << "duplicate label";
}

void TestProblems::kindLeavesOutParticulars()
{
    QFETCH(QString, kind);
    QFETCH(QString, message);
    QFETCH(QString, expected);
    QCOMPARE(ProblemModel::kindOf(problem(Problem::Severity::Notice, QStringLiteral("a"), 1, kind, message)), expected);
}

void TestProblems::groupsByFileAndByKind()
{
    ProblemModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setProblems(sample(), QStringLiteral("/tree"));
    // Errors first, then warnings; files by name.
    QCOMPARE(rows(model), QStringList({QStringLiteral("b.rst (3)"), QStringLiteral("c.rst (1)"), QStringLiteral("a.rst (2)")}));
    QCOMPARE(rows(model, model.index(0, 0)),
             QStringList({QStringLiteral("Line 4: role :issue: is evaluated by the project extension issues, which Docent "
                                         "does not run; shown as text"),
                          QStringLiteral("Line 5: :meth:`str.foo`: py:meth reference target not found: str.foo"),
                          QStringLiteral("Line 7: :ref:`gone`: undefined label: gone")}));
    model.setGrouping(ProblemModel::Grouping::ByKind);
    // Kinds: errors first, then by how often they occur; each problem names its file.
    QCOMPARE(rows(model), QStringList({QStringLiteral(":ref: undefined label × 1"), QStringLiteral("image file not readable × 1"),
                                       QStringLiteral("role :issue: — shown as text × 3"),
                                       QStringLiteral("py:meth reference target not found × 1")}));
    QCOMPARE(rows(model, model.index(2, 0)).value(2),
             QStringLiteral("b.rst, line 4: role :issue: is evaluated by the project extension issues, which Docent does "
                            "not run; shown as text"));
    const QModelIndex entry = model.index(0, 0, model.index(0, 0));
    QCOMPARE(entry.data(ProblemModel::DocnameRole).toString(), QStringLiteral("b"));
    QCOMPARE(entry.data(ProblemModel::LineRole).toInt(), 7);
    QVERIFY(!entry.data(ProblemModel::IsGroupRole).toBool());
    QVERIFY(model.index(0, 0).data(ProblemModel::IsGroupRole).toBool());
}

void TestProblems::severityTogglesAndFilter()
{
    ProblemModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setProblems(sample(), QStringLiteral("/tree"));
    QCOMPARE(model.shownCount(), 6);
    model.setSeverityShown(Problem::Severity::Notice, false);
    QCOMPARE(model.shownCount(), 2);
    QCOMPARE(model.count(Problem::Severity::Notice), 4); // the toggle still says how many there are
    QCOMPARE(rows(model), QStringList({QStringLiteral("b.rst (1)"), QStringLiteral("c.rst (1)")}));
    model.setSeverityShown(Problem::Severity::Notice, true);
    model.setFilterText(QStringLiteral("ISSUE"));
    QCOMPARE(model.shownCount(), 3);
    QCOMPARE(model.count(Problem::Severity::Error), 0); // the counts follow the filter
    QCOMPARE(model.count(Problem::Severity::Notice), 3);
    model.setFilterText(QStringLiteral("c.rst")); // file names match too
    QCOMPARE(model.shownCount(), 1);
    model.setFilterText(QStringLiteral("no such words"));
    QCOMPARE(model.rowCount(), 0);
}

void TestProblems::copiesFullMessages()
{
    ProblemModel model;
    model.setProblems(sample(), QStringLiteral("/tree"));
    const QModelIndex fileB = model.index(0, 0);
    QCOMPARE(model.copyText({model.index(2, 0, fileB)}), QStringLiteral("b.rst:7: error: :ref:`gone`: undefined label: gone"));
    // A group copies each of its problems once, even with one of them chosen as well.
    const QStringList lines = model.copyText({fileB, model.index(1, 0, fileB)}).split(u'\n');
    QCOMPARE(lines.size(), 3);
    QVERIFY(lines.first().endsWith(QStringLiteral("which Docent does not run; shown as text")));
}

void TestProblems::panelCountsWhatItShows()
{
    ProblemPanel panel;
    QStringList titles;
    connect(&panel, &ProblemPanel::titleChanged, this, [&](const QString &t) { titles << t; });
    panel.setProblems(sample(), QStringLiteral("/tree"));
    QCOMPARE(panel.title(), QStringLiteral("Problems (6)"));
    QCOMPARE(panel.severityToggle(Problem::Severity::Notice)->text(), QStringLiteral("Notices 4"));
    panel.show();
    QTest::mouseClick(panel.severityToggle(Problem::Severity::Notice), Qt::LeftButton);
    QCOMPARE(titles.last(), QStringLiteral("Problems (2)"));
    QTest::keyClicks(panel.filterField(), QStringLiteral("image"));
    QCOMPARE(titles.last(), QStringLiteral("Problems (1)"));
    panel.filterField()->clear();
    panel.groupingBox()->setCurrentIndex(1);
    QCOMPARE(panel.model()->grouping(), ProblemModel::Grouping::ByKind);
    // The full message of the current problem, and Copy.
    const QModelIndex entry = panel.model()->index(0, 0, panel.model()->index(0, 0));
    panel.view()->setCurrentIndex(entry);
    QCOMPARE(panel.detail()->text(), QStringLiteral("b.rst:7: error: :ref:`gone`: undefined label: gone"));
    QTest::mouseClick(panel.copyButton(), Qt::LeftButton);
    QCOMPARE(QApplication::clipboard()->text(), panel.detail()->text());
}

void TestProblems::opensThePageAtTheLine()
{
    MainWindow w;
    w.resize(1000, 700);
    QVERIFY(DocentTest::showTree(w, DocentTest::dataDir(QStringLiteral("problems")), QStringLiteral("Long Page")));
    QVERIFY(!w.problemDock()->isVisible()); // it opens when asked for
    auto *button = w.statusBar()->findChild<QToolButton *>(QStringLiteral("problemsButton"));
    QVERIFY(button && button->isVisible());
    QVERIFY2(button->text().startsWith(QStringLiteral("1 error")), qPrintable(button->text()));
    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY(w.problemDock()->isVisible());
    QCOMPARE(w.problemDock()->windowTitle(), QStringLiteral("Problems (1)"));
    const QAbstractItemModel *model = w.problemView()->model();
    const QModelIndex entry = model->index(0, 0, model->index(0, 0));
    QCOMPARE(entry.data(ProblemModel::LineRole).toInt(), 65);
    QCOMPARE(DocentTest::js(w.view(), QStringLiteral("String(window.scrollY)")), QStringLiteral("0"));
    w.problemView()->setCurrentIndex(entry);
    QTest::keyClick(w.problemView(), Qt::Key_Return);
    // The paragraph of line 65 is flashed and scrolled into view.
    QTRY_COMPARE_WITH_TIMEOUT(DocentTest::js(w.view(), QStringLiteral("String((document.querySelector('.flash') || "
                                                                       "{getAttribute: () => 'none'}).getAttribute('data-line'))")),
                              QStringLiteral("65"), 10000);
    QVERIFY(DocentTest::js(w.view(), QStringLiteral("String(window.scrollY)")).toInt() > 0);
    QVERIFY(DocentTest::js(w.view(), QStringLiteral("document.querySelector('.flash').textContent"))
                .contains(QStringLiteral("is missing, far down the page")));
}

void TestProblems::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("DocentTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_problems"));
}

QTEST_MAIN(TestProblems)
#include "tst_problems.moc"
