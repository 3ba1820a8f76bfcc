// The window in the reader's language: every catalogue is complete and in step with the others,
// the language chosen in View > Language wins over the system's, and the file events macOS sends
// (Finder's "Open With") reach the window.
#include "application.h"
#include "fileopenfilter.h"
#include "settings.h"
#include "uilanguage.h"
#include "windowfixture.h"

#include <QApplication>
#include <QFileOpenEvent>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QSet>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTranslator>

using namespace Docent;

static void beforeApplication() { prepareWebEngine(); }
Q_CONSTRUCTOR_FUNCTION(beforeApplication)

namespace {

QString catalogue(const QString &language)
{
    return DocentTest::readFile(DocentTest::dataDir(QStringLiteral("../../translations/docent_%1.ts").arg(language)));
}

// "context|source" of every message of a .ts file.
QSet<QString> messages(const QString &ts)
{
    QSet<QString> keys;
    static const QRegularExpression context(QStringLiteral("<context>\\s*<name>([^<]*)</name>(.*?)</context>"),
                                            QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression source(QStringLiteral("<source>(.*?)</source>"),
                                           QRegularExpression::DotMatchesEverythingOption);
    for (const auto &c : context.globalMatch(ts)) {
        for (const auto &s : source.globalMatch(c.captured(2)))
            keys.insert(c.captured(1) + u'|' + s.captured(1));
    }
    return keys;
}

} // namespace

class TestLocalization : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void translationIsComplete_data();
    void translationIsComplete();
    void cataloguesHoldTheSameMessages();
    void pluralFormsFollowTheLanguage_data();
    void pluralFormsFollowTheLanguage();
    void chosenLanguageWinsOverTheSystem();
    void languageMenuStoresTheChoice();
    void fileOpenEventOpensTheFile();
};

void TestLocalization::init()
{
    Settings::setLanguage({});
}

void TestLocalization::cleanup()
{
    Settings::setLanguage({});
}

void TestLocalization::translationIsComplete_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("file");
    QTest::newRow("German") << "de" << "&Datei";
    QTest::newRow("French") << "fr" << "&Fichier";
    QTest::newRow("Spanish") << "es" << "&Archivo";
}

void TestLocalization::translationIsComplete()
{
    QFETCH(QString, language);
    QFETCH(QString, file);
    QTranslator translator;
    QVERIFY2(translator.load(QStringLiteral(":/i18n/docent_%1.qm").arg(language)), "the catalogue must be embedded");
    QCOMPARE(translator.translate("Docent::MainWindow", "&File"), file);
    const QString ts = catalogue(language);
    QVERIFY(ts.contains(QStringLiteral("<TS ")));
    QVERIFY2(!ts.contains(QStringLiteral("type=\"unfinished\"")), "every string must be translated");
    // Strings no longer in the sources are dropped, not kept as leftovers.
    QVERIFY2(!ts.contains(QStringLiteral("type=\"vanished\"")) && !ts.contains(QStringLiteral("type=\"obsolete\"")),
             "run `cmake --build build --target update_translations` and remove the vanished strings");
}

// A string added to the sources reaches every catalogue at once (update_translations refreshes
// them together), so one complete catalogue cannot hide another one's gap.
void TestLocalization::cataloguesHoldTheSameMessages()
{
    const QSet<QString> german = messages(catalogue(QStringLiteral("de")));
    QVERIFY(german.size() > 150);
    for (const QString &language : {QStringLiteral("fr"), QStringLiteral("es")}) {
        const QSet<QString> other = messages(catalogue(language));
        QVERIFY2(other == german, qPrintable(QStringLiteral("%1 differs from de in %2 messages").arg(language)
                                                 .arg((other - german).size() + (german - other).size())));
    }
}

void TestLocalization::pluralFormsFollowTheLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<int>("count");
    QTest::addColumn<QString>("expected");
    QTest::newRow("en 1") << "en" << 1 << "1 page";
    QTest::newRow("en 0") << "en" << 0 << "0 pages";
    QTest::newRow("de 1") << "de" << 1 << "1 Seite";
    QTest::newRow("de 0") << "de" << 0 << "0 Seiten";
    // French counts zero as singular, Spanish as plural.
    QTest::newRow("fr 0") << "fr" << 0 << "0 page";
    QTest::newRow("fr 2") << "fr" << 2 << "2 pages";
    QTest::newRow("es 0") << "es" << 0 << "0 páginas";
    QTest::newRow("es 1") << "es" << 1 << "1 página";
}

void TestLocalization::pluralFormsFollowTheLanguage()
{
    QFETCH(QString, language);
    QFETCH(int, count);
    QFETCH(QString, expected);
    QTranslator translator;
    QVERIFY(translator.load(QStringLiteral(":/i18n/docent_%1.qm").arg(language)));
    QCOMPARE(translator.translate("Docent::MainWindow", "%n page(s)", nullptr, count).replace(QStringLiteral("%n"),
                                                                                           QString::number(count)),
             expected);
}

void TestLocalization::chosenLanguageWinsOverTheSystem()
{
    QCOMPARE(uiLocale(), QLocale());
    Settings::setLanguage(QStringLiteral("es"));
    QCOMPARE(uiLocale().language(), QLocale::Spanish);
    // A language Docent has no catalogue for (an old setting, a hand edit) falls back to the system's.
    Settings::setLanguage(QStringLiteral("xx"));
    QCOMPARE(uiLocale(), QLocale());
}

void TestLocalization::languageMenuStoresTheChoice()
{
    QWidget parent;
    int changes = 0;
    QMenu *menu = createLanguageMenu(&parent, [&] { ++changes; });
    QStringList names;
    QAction *french = nullptr;
    for (QAction *a : menu->actions()) {
        if (a->isSeparator())
            continue;
        names << a->text();
        if (a->data().toString() == u"fr")
            french = a;
    }
    QCOMPARE(names, (QStringList{QStringLiteral("&System Language"), QStringLiteral("English"), QStringLiteral("Deutsch"),
                                 QStringLiteral("Français"), QStringLiteral("Español")}));
    QVERIFY(menu->actions().first()->isChecked());
    QVERIFY(french);
    french->trigger();
    QCOMPARE(Settings::language(), QStringLiteral("fr"));
    QCOMPARE(changes, 1);
    QVERIFY(french->isChecked());
    french->trigger(); // the same choice again changes nothing
    QCOMPARE(changes, 1);
}

// Finder hands the file to open as an event on the application (src/ui/fileopenfilter.cpp).
void TestLocalization::fileOpenEventOpensTheFile()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("finder.rst"));
    QVERIFY(DocentTest::writeFile(file, QStringLiteral("Opened From The Finder\n======================\n\nHello.\n")));
    MainWindow w;
    auto *filter = new FileOpenFilter(&w);
    qApp->installEventFilter(filter);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QFileOpenEvent event(file);
    QVERIFY(QCoreApplication::sendEvent(qApp, &event));
    QVERIFY(DocentTest::waitForHeading(w.view(), QStringLiteral("Opened From The Finder")));
    // Other events pass through the filter untouched.
    QEvent other(QEvent::User);
    QVERIFY(!filter->eventFilter(qApp, &other));
    qApp->removeEventFilter(filter);
}

QTEST_MAIN(TestLocalization)
#include "tst_localization.moc"
