// Go to Page or Section (Ctrl+K): found by title or by file path, one row per place, matched
// letters marked, pages told from sections, a row saying when nothing matches, room for long titles.
#include "application.h"
#include "quickopen.h"
#include "windowfixture.h"

#include <QLineEdit>
#include <QListWidget>
#include <QSet>

using namespace Docent;

static void beforeApplication() { prepareWebEngine(); }
Q_CONSTRUCTOR_FUNCTION(beforeApplication)

namespace {

QStringList titles(const QListWidget *list)
{
    QStringList out;
    for (int r = 0; r < list->count(); ++r)
        out << list->item(r)->text();
    return out;
}

} // namespace

class TestQuickOpen : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void marksTheMatchedLetters_data();
    void marksTheMatchedLetters();
    void findsPagesByFilePath();
    void onePlaceOneRow();
    void saysWhenNothingMatches();
    void wideEnoughForLongTitles();
};

void TestQuickOpen::marksTheMatchedLetters_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QList<int>>("positions");
    QTest::newRow("subsequence") << "schev" << "Scheduler Evolution" << QList<int>{0, 1, 2, 3, 11};
    QTest::newRow("spaces ignored") << "adv opt" << "Advanced options" << QList<int>{0, 1, 2, 9, 10, 11};
    QTest::newRow("no match") << "xyz" << "Guide" << QList<int>{};
}

void TestQuickOpen::marksTheMatchedLetters()
{
    QFETCH(QString, query);
    QFETCH(QString, text);
    QFETCH(QList<int>, positions);
    QCOMPARE(QuickOpen::matchPositions(query, text), positions);
    QCOMPARE(QuickOpen::score(query, text) >= 0, !positions.isEmpty());
}

void TestQuickOpen::findsPagesByFilePath()
{
    MainWindow w;
    QVERIFY(DocentTest::showTree(w, DocentTest::dataDir(QStringLiteral("reader")), QStringLiteral("Reader Tree")));
    QTest::keyClick(&w, Qt::Key_K, Qt::ControlModifier);
    QTRY_VERIFY(w.quickOpen() && w.quickOpen()->isVisible());
    QTest::keyClicks(w.quickOpen()->field(), QStringLiteral("rpc.rst"));
    const QListWidgetItem *first = w.quickOpen()->results()->item(0);
    QVERIFY(first);
    QCOMPARE(first->text(), QStringLiteral("Messaging")); // its title has none of the letters: the path matched
    QCOMPARE(first->data(QuickOpen::SecondaryRole).toString(), QStringLiteral("Page · reference/rpc.rst"));
    QCOMPARE(first->data(QuickOpen::PathMatchesRole).value<QList<int>>().size(), 7);
    QTest::keyClick(w.quickOpen()->field(), Qt::Key_Return);
    QVERIFY(DocentTest::waitForHeading(w.view(), QStringLiteral("Messaging")));
    QCOMPARE(w.currentDocname(), QStringLiteral("reference/rpc"));
}

void TestQuickOpen::onePlaceOneRow()
{
    MainWindow w;
    QVERIFY(DocentTest::showTree(w, DocentTest::dataDir(QStringLiteral("reader")), QStringLiteral("Reader Tree")));
    QTest::keyClick(&w, Qt::Key_K, Qt::ControlModifier);
    QTRY_VERIFY(w.quickOpen() && w.quickOpen()->isVisible());
    QTest::keyClicks(w.quickOpen()->field(), QStringLiteral("e"));
    const QListWidget *results = w.quickOpen()->results();
    QVERIFY(results->count() > 5);
    QSet<QString> places;
    for (int r = 0; r < results->count(); ++r) {
        const QListWidgetItem *item = results->item(r);
        const QString secondary = item->data(QuickOpen::SecondaryRole).toString();
        // Each row says whether it is a page or a section, and is there once.
        QVERIFY2(secondary.startsWith(QStringLiteral("Page · ")) || secondary.startsWith(QStringLiteral("Section of ")),
                 qPrintable(secondary));
        const QString place = item->text() + u'|' + secondary;
        QVERIFY2(!places.contains(place), qPrintable(place));
        places.insert(place);
    }
    // The page "Messaging" and not again as its own title section.
    QCOMPARE(titles(results).count(QStringLiteral("Messaging")), 1);
}

void TestQuickOpen::saysWhenNothingMatches()
{
    MainWindow w;
    QVERIFY(DocentTest::showTree(w, DocentTest::dataDir(QStringLiteral("reader")), QStringLiteral("Reader Tree")));
    QTest::keyClick(&w, Qt::Key_K, Qt::ControlModifier);
    QTRY_VERIFY(w.quickOpen() && w.quickOpen()->isVisible());
    QTest::keyClicks(w.quickOpen()->field(), QStringLiteral("qqqzzz"));
    QCOMPARE(titles(w.quickOpen()->results()), QStringList{QStringLiteral("No page or section matches “qqqzzz”")});
    QCOMPARE(w.quickOpen()->results()->item(0)->flags(), Qt::NoItemFlags);
    QTest::keyClick(w.quickOpen()->field(), Qt::Key_Return); // nothing to open: the dialog stays
    QVERIFY(w.quickOpen()->isVisible());
}

void TestQuickOpen::wideEnoughForLongTitles()
{
    MainWindow w;
    w.resize(1500, 900);
    QVERIFY(DocentTest::showTree(w, DocentTest::dataDir(QStringLiteral("reader")), QStringLiteral("Reader Tree")));
    QTest::keyClick(&w, Qt::Key_K, Qt::ControlModifier);
    QTRY_VERIFY(w.quickOpen() && w.quickOpen()->isVisible());
    // Two thirds of the window (560 before), as far as the screen allows.
    const int screen = w.screen()->availableGeometry().width();
    QVERIFY2(w.quickOpen()->width() >= std::min(screen - 40, 1000), qPrintable(QString::number(w.quickOpen()->width())));
    QVERIFY(w.quickOpen()->width() <= screen);
}

void TestQuickOpen::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("DocentTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_quickopen"));
}

QTEST_MAIN(TestQuickOpen)
#include "tst_quickopen.moc"
