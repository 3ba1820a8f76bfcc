// Edit > Preferences and the page's Copy and Select All: every choice stored through the typed
// settings and applied to the open window and its pages at once.
#include "application.h"
#include "mainwindow.h"
#include "preferencesdialog.h"
#include "settings.h"
#include "windowfixture.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QMenuBar>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>

using namespace Docent;

static void beforeApplication() { prepareWebEngine(); }
Q_CONSTRUCTOR_FUNCTION(beforeApplication)

namespace {

QAction *menuAction(QMainWindow &w, const QString &menu, const QString &text)
{
    for (QAction *m : w.menuBar()->actions()) {
        if (m->text() != menu || !m->menu())
            continue;
        for (QAction *a : m->menu()->actions()) {
            if (a->text() == text)
                return a;
        }
    }
    return nullptr;
}

QString pageStyle(QWebEngineView *view, const QString &expression)
{
    return DocentTest::js(view, QStringLiteral("String(%1)").arg(expression)).trimmed();
}

} // namespace

class TestPreferences : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void themeAndFontSizeReachThePages();
    void languageAndInventoriesAreStored();
    void showsAndClearsTheCache();
    void editCopiesFromThePage();
};

void TestPreferences::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // the cache and data folders are the tests' own
    QCoreApplication::setOrganizationName(QStringLiteral("DocentTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_preferences"));
}

void TestPreferences::init()
{
    QSettings().clear();
}

void TestPreferences::themeAndFontSizeReachThePages()
{
    MainWindow w;
    QVERIFY(DocentTest::showTree(w, DocentTest::dataDir(QStringLiteral("reader")), QStringLiteral("Reader Tree")));
    const QColor systemWindow = QApplication::palette().color(QPalette::Window);
    QAction *preferences = menuAction(w, QStringLiteral("&Edit"), QStringLiteral("&Preferences…"));
    QVERIFY(preferences);
    preferences->trigger();
    QTRY_VERIFY(w.preferences() && w.preferences()->isVisible());
    auto *theme = w.preferences()->findChild<QComboBox *>(QStringLiteral("themeBox"));
    auto *fontSize = w.preferences()->findChild<QSpinBox *>(QStringLiteral("fontSizeBox"));
    QVERIFY(theme && fontSize);
    QCOMPARE(theme->currentIndex(), 0); // as the system
    QCOMPARE(fontSize->value(), 16);

    theme->setCurrentIndex(2);
    QCOMPARE(Settings::theme(), QStringLiteral("dark"));
    QVERIFY(QApplication::palette().color(QPalette::Window).lightness() < 80);
    QTRY_COMPARE_WITH_TIMEOUT(pageStyle(w.view(), QStringLiteral("getComputedStyle(document.documentElement).backgroundColor")),
                              QStringLiteral("rgb(27, 30, 34)"), 5000);
    fontSize->setValue(20);
    QCOMPARE(Settings::pageFontSize(), 20);
    QTRY_VERIFY2_WITH_TIMEOUT(pageStyle(w.view(), QStringLiteral("getComputedStyle(document.body).fontSize")) == u"20px",
                              qPrintable(pageStyle(w.view(), QStringLiteral("document.querySelector('link[href*=\"theme.css\"]').href + ' ' + "
                                                                            "getComputedStyle(document.body).fontSize"))),
                              5000);
    // A page opened afterwards has them too.
    w.showDocument(QStringLiteral("guide"));
    QVERIFY(DocentTest::waitForHeading(w.view(), QStringLiteral("Guide")));
    QCOMPARE(pageStyle(w.view(), QStringLiteral("getComputedStyle(document.body).fontSize")), QStringLiteral("20px"));
    QCOMPARE(pageStyle(w.view(), QStringLiteral("getComputedStyle(document.documentElement).backgroundColor")), QStringLiteral("rgb(27, 30, 34)"));

    theme->setCurrentIndex(1);
    QTRY_COMPARE_WITH_TIMEOUT(pageStyle(w.view(), QStringLiteral("getComputedStyle(document.documentElement).backgroundColor")),
                              QStringLiteral("rgb(255, 255, 255)"), 5000);
    theme->setCurrentIndex(0);
    QCOMPARE(QApplication::palette().color(QPalette::Window), systemWindow);
}

void TestPreferences::languageAndInventoriesAreStored()
{
    PreferencesDialog dialog;
    auto *language = dialog.findChild<QComboBox *>(QStringLiteral("languageBox"));
    auto *fetch = dialog.findChild<QCheckBox *>(QStringLiteral("fetchInventoriesBox"));
    QVERIFY(language && fetch);
    QCOMPARE(language->currentIndex(), 0); // the system's
    QVERIFY(!fetch->isChecked());          // off unless the reader turns it on
    QVERIFY(!Settings::fetchLinkInventories());
    language->setCurrentIndex(language->findText(QStringLiteral("Deutsch")));
    QCOMPARE(Settings::language(), QStringLiteral("de"));
    QTest::mouseClick(fetch, Qt::LeftButton, {}, QPoint(4, fetch->height() / 2));
    QVERIFY(Settings::fetchLinkInventories());
    QCOMPARE(QSettings().value(QStringLiteral("network/fetchLinkInventories")).toBool(), true);
    // Opened again, it shows what is stored.
    PreferencesDialog again;
    QCOMPARE(again.findChild<QComboBox *>(QStringLiteral("languageBox"))->currentText(), QStringLiteral("Deutsch"));
    QVERIFY(again.findChild<QCheckBox *>(QStringLiteral("fetchInventoriesBox"))->isChecked());
}

void TestPreferences::showsAndClearsTheCache()
{
    const QString cache = PreferencesDialog::cacheFolder();
    QVERIFY(QDir().mkpath(cache + QStringLiteral("/search/some-tree")));
    QVERIFY(DocentTest::writeFile(cache + QStringLiteral("/search/some-tree/index"), QStringLiteral("x")));
    PreferencesDialog dialog;
    QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("cacheFolder"))->text(), QDir::toNativeSeparators(cache));
    QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("dataFolder"))->text(),
             QDir::toNativeSeparators(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)));
    QVERIFY(PreferencesDialog::clearCache());
    QVERIFY(QDir(cache).isEmpty());
}

void TestPreferences::editCopiesFromThePage()
{
    MainWindow w;
    QVERIFY(DocentTest::showTree(w, DocentTest::dataDir(QStringLiteral("reader/guide.rst")), QStringLiteral("Guide")));
    QAction *selectAll = menuAction(w, QStringLiteral("&Edit"), QStringLiteral("Select &All"));
    QAction *copy = menuAction(w, QStringLiteral("&Edit"), QStringLiteral("&Copy"));
    QVERIFY(selectAll && copy);
    QCOMPARE(copy->shortcut(), QKeySequence(QKeySequence::Copy));
    QCOMPARE(selectAll->shortcut(), QKeySequence(QKeySequence::SelectAll));
    QApplication::clipboard()->clear();
    w.view()->setFocus();
    QTest::keyClick(w.view()->focusProxy() ? w.view()->focusProxy() : w.view(), Qt::Key_A, Qt::ControlModifier);
    QTRY_COMPARE_WITH_TIMEOUT(DocentTest::js(w.view(), QStringLiteral("window.getSelection().toString().length > 50")),
                              QStringLiteral("true"), 5000);
    copy->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(QApplication::clipboard()->text().contains(QStringLiteral("Getting started")), 5000);
}

QTEST_MAIN(TestPreferences)
#include "tst_preferences.moc"
