// Bookmarks as a reader uses them in the real window: made on sections, kept across restarts,
// still landing right after the files are edited, honest when a target is gone, exported and
// imported back.
#include "application.h"
#include "bookmarkmodel.h"
#include "bookmarkpanel.h"
#include "bookmarks/bookmarklocator.h"
#include "bookmarks/bookmarkstore.h"
#include "bookmarks/xbel.h"
#include "bookmarkdialog.h"
#include "settings.h"
#include "windowfixture.h"

#include <QAction>
#include <QApplication>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimer>
#include <QTreeView>

using namespace Docent;
using DocentTest::js;
using DocentTest::waitForHeading;

static void beforeApplication() { prepareWebEngine(); }
Q_CONSTRUCTOR_FUNCTION(beforeApplication)

namespace {

bool write(const QString &path, const QString &text) { return DocentTest::writeFile(path, text); }

// Waits until the page shows `docname` scrolled to `anchor`, and returns the title of the
// section the anchor names.
QString landedSection(MainWindow &w, const QString &docname, const QString &anchor)
{
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < 15000) {
        if (w.currentDocname() == docname && w.view()->url().fragment() == anchor) {
            const QString title = js(w.view(), QStringLiteral("(function(){var e=document.getElementById('%1');"
                                                             "if(!e)return '';var s=e.closest('section')||e.nextElementSibling;"
                                                             "var h=s&&s.querySelector('h1,h2,h3,h4');"
                                                             "return h?h.firstChild.textContent:'';})()")
                                                   .arg(anchor));
            if (!title.isEmpty())
                return title;
        }
        QTest::qWait(50);
    }
    return {};
}

// Answers the next modal dialog with `answer` once it shows.
void whenModal(const std::function<void(QWidget *)> &answer)
{
    auto *timer = new QTimer;
    timer->setInterval(50);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, answer] {
        if (QWidget *modal = QApplication::activeModalWidget()) {
            timer->stop();
            timer->deleteLater();
            answer(modal);
        }
    });
    timer->start();
}

QString longPage()
{
    QString text = QStringLiteral("Long Page\n=========\n\n");
    for (const char *title : {"First part", "Second part", "Third part"}) {
        const QString t = QString::fromLatin1(title);
        text += t + u'\n' + QString(t.size(), u'-') + QStringLiteral("\n\n");
        for (int i = 0; i < 30; ++i)
            text += QStringLiteral("Paragraph %1 of %2, long enough to fill a line or two of the page.\n\n").arg(i).arg(t);
    }
    return text;
}

} // namespace

class TestBookmarksInWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void threeBookmarksSurviveRestartAndEdits();
    void ctrlDBookmarksTheSectionBeingRead();
    void missingTargetOffersClosestMatch();
    void exportDeleteImportBringsThemBack();
    void deleteCanBeUndone();
    void bookmarkOfAnotherTreeOpensIt();
    void damagedStoreIsReported();
    void largeImportRunsBesideTheWindow();
    void heldStoreIsReportedAndRetried();

private:
    QTemporaryDir m_data;
};

void TestBookmarksInWindow::initTestCase()
{
    // A data folder of its own: the bookmark store of this test and nothing else.
    qputenv("XDG_DATA_HOME", m_data.path().toLocal8Bit());
    QCoreApplication::setOrganizationName(QStringLiteral("DocentTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_bookmarksinwindow"));
}

void TestBookmarksInWindow::init()
{
    Settings::clearSessions();
    for (const char *suffix : {"", "-wal", "-shm"})
        QFile::remove(BookmarkStore::defaultPath() + QLatin1String(suffix));
}

void TestBookmarksInWindow::threeBookmarksSurviveRestartAndEdits()
{
    QTemporaryDir tree;
    QVERIFY(DocentTest::copyTree(QStringLiteral("reader"), tree.path()));
    const QList<std::pair<QString, QString>> targets = {{QStringLiteral("guide"), QStringLiteral("configuring")},
                                                        {QStringLiteral("reference/rpc"), QStringLiteral("casts-and-calls")},
                                                        {QStringLiteral("reference/scheduling"), QStringLiteral("filters")}};
    {
        MainWindow w;
        QVERIFY(DocentTest::openTree(w, tree.path()));
        for (const auto &[docname, anchor] : targets)
            QVERIFY(w.bookmarkPanel()->add(w.proposeBookmark(docname, anchor)) != 0);
        QCOMPARE(w.bookmarkPanel()->model()->rowCount(), 3);
    }
    // Edits while Docent is closed: lines above, a section moved below another, a new one before.
    QVERIFY(write(tree.filePath(QStringLiteral("guide.rst")),
                  QStringLiteral("Guide\n=====\n\nA new introduction.\n\nWith two paragraphs.\n\n"
                                 "Advanced options\n----------------\n\nOnly if you must.\n\n"
                                 "Getting started\n---------------\n\nInstall it.\n\n"
                                 "Configuring\n-----------\n\nEdit the file.\n")));
    QVERIFY(write(tree.filePath(QStringLiteral("reference/rpc.rst")),
                  QStringLiteral("Messaging\n=========\n\nServices talk over a message bus.\n\n"
                                 "Transports\n----------\n\nThere are several.\n\n"
                                 "Casts and calls\n---------------\n\nA call waits for its answer.\n")));
    QVERIFY(write(tree.filePath(QStringLiteral("reference/scheduling.rst")),
                  QStringLiteral("Scheduling\n==========\n\n") + QStringLiteral("More words.\n\n").repeated(40) +
                      QStringLiteral("Filters\n-------\n\nEach filter removes hosts.\n")));

    MainWindow w; // a restart
    QVERIFY(DocentTest::openTree(w, tree.path()));
    w.show();
    BookmarkModel *model = w.bookmarkPanel()->model();
    QCOMPARE(model->rowCount(), 3);
    const QStringList expected = {QStringLiteral("Configuring"), QStringLiteral("Casts and calls"), QStringLiteral("Filters")};
    for (int row = 0; row < 3; ++row) {
        const Bookmark b = *model->bookmark(model->index(row, 0));
        const Landing landing = w.openBookmark(b);
        QCOMPARE(landing.kind, Landing::Kind::Exact);
        QCOMPARE(landedSection(w, b.docname, b.anchor), expected[row]);
    }
}

void TestBookmarksInWindow::ctrlDBookmarksTheSectionBeingRead()
{
    QTemporaryDir tree;
    QVERIFY(write(tree.filePath(QStringLiteral("conf.py")), QStringLiteral("project = 'Long'\n")));
    QVERIFY(write(tree.filePath(QStringLiteral("index.rst")), longPage()));
    MainWindow w;
    QVERIFY(DocentTest::openTree(w, tree.path(), QStringLiteral("second-part")));
    w.resize(1000, 600);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QCOMPARE(landedSection(w, QStringLiteral("index"), QStringLiteral("second-part")), QStringLiteral("Second part"));
    QTRY_VERIFY(js(w.view(), QStringLiteral("String(window.scrollY)")).toInt() > 100);

    QAction *bookmark = nullptr;
    for (QAction *a : w.findChildren<QAction *>()) {
        if (a->shortcut() == QKeySequence(QStringLiteral("Ctrl+D")))
            bookmark = a;
    }
    QVERIFY(bookmark);
    QString dialogTitle;
    whenModal([&](QWidget *modal) {
        auto *dialog = qobject_cast<BookmarkDialog *>(modal);
        QVERIFY(dialog);
        dialogTitle = dialog->result().title;
        dialog->accept();
    });
    bookmark->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(w.bookmarkPanel()->model()->rowCount(), 1, 10000);
    const Bookmark *made = w.bookmarkPanel()->model()->bookmark(w.bookmarkPanel()->model()->index(0, 0));
    QCOMPARE(made->anchor, QStringLiteral("second-part"));
    QCOMPARE(made->section, QStringLiteral("Second part"));
    QVERIFY(made->context.startsWith(QStringLiteral("Paragraph 0 of Second part")));
    QCOMPARE(dialogTitle, QStringLiteral("Second part — Long Page"));
}

void TestBookmarksInWindow::missingTargetOffersClosestMatch()
{
    QTemporaryDir tree;
    QVERIFY(DocentTest::copyTree(QStringLiteral("reader"), tree.path()));
    MainWindow w;
    QVERIFY(DocentTest::openTree(w, tree.path()));
    w.show();
    const Bookmark b = w.proposeBookmark(QStringLiteral("guide"), QStringLiteral("configuring"));
    QVERIFY(w.bookmarkPanel()->add(b));
    // The section is renamed: its id changes and no label holds it.
    QVERIFY(write(tree.filePath(QStringLiteral("guide.rst")),
                  QStringLiteral("Guide\n=====\n\nGetting started\n---------------\n\nInstall it.\n\n"
                                 "Settings\n--------\n\nEdit the file.\n")));
    QTRY_VERIFY_WITH_TIMEOUT(!w.proposeBookmark(QStringLiteral("guide"), QStringLiteral("settings")).docname.isEmpty(), 5000);

    QString shown;
    whenModal([&](QWidget *modal) {
        auto *box = qobject_cast<QMessageBox *>(modal);
        QVERIFY(box);
        shown = box->text() + u' ' + box->informativeText();
        for (QAbstractButton *button : box->buttons()) {
            if (button->text() == MainWindow::tr("Go to Closest Match"))
                button->click();
        }
    });
    const Bookmark stored = *w.bookmarkPanel()->model()->bookmark(w.bookmarkPanel()->model()->index(0, 0));
    const Landing landing = w.openBookmark(stored);
    QCOMPARE(landing.kind, Landing::Kind::Missing);
    QVERIFY2(shown.contains(QStringLiteral("“Configuring”")) && shown.contains(QStringLiteral("“Settings”")),
             qPrintable(shown));
    QCOMPARE(landedSection(w, QStringLiteral("guide"), QStringLiteral("settings")), QStringLiteral("Settings"));
    // Only going there was asked for: the bookmark itself is unchanged.
    QCOMPARE(w.bookmarkPanel()->model()->bookmark(w.bookmarkPanel()->model()->index(0, 0))->anchor,
             QStringLiteral("configuring"));
}

void TestBookmarksInWindow::exportDeleteImportBringsThemBack()
{
    MainWindow w;
    QVERIFY(DocentTest::openTree(w, DocentTest::dataDir(QStringLiteral("reader"))));
    BookmarkPanel *panel = w.bookmarkPanel();
    Bookmark folder;
    folder.folder = true;
    folder.tree = DocentTest::dataDir(QStringLiteral("reader"));
    folder.tree = panel->model()->openTree();
    folder.title = QStringLiteral("Reading list");
    const qint64 folderId = panel->add(folder);
    Bookmark inside = w.proposeBookmark(QStringLiteral("reference/rpc"), QStringLiteral("casts-and-calls"));
    inside.parent = folderId;
    inside.note = QStringLiteral("Read before the review");
    QVERIFY(panel->add(inside));
    QVERIFY(panel->add(w.proposeBookmark(QStringLiteral("guide"), QStringLiteral("configuring"))));
    QVERIFY(panel->add(w.proposeBookmark(QStringLiteral("reference/scheduling"), {})));
    const QByteArray before = Xbel::write(panel->store()->items());

    QTemporaryDir out;
    const QString file = out.filePath(QStringLiteral("bookmarks.xbel"));
    QString error;
    QVERIFY2(panel->exportTo(file, &error), qPrintable(error));
    while (panel->model()->rowCount() > 0)
        QVERIFY(panel->remove(panel->model()->index(0, 0).data(BookmarkModel::IdRole).toLongLong()));
    QVERIFY(panel->store()->items().isEmpty());
    QSignalSpy imported(panel, &BookmarkPanel::imported);
    QSignalSpy failed(panel, &BookmarkPanel::importFailed);
    QVERIFY(panel->importFrom(file));
    QVERIFY(imported.wait());
    QCOMPARE(imported.first().first().toInt(), 3);
    QCOMPARE(Xbel::write(panel->store()->items()), before);
    QCOMPARE(panel->model()->rowCount(), 3);

    QVERIFY(panel->importFrom(out.filePath(QStringLiteral("missing.xbel"))));
    QVERIFY(failed.wait());
    QTRY_VERIFY(w.findChild<QMessageBox *>(QStringLiteral("bookmarkImportFailed")));
    QCOMPARE(panel->store()->items().size(), 4); // nothing added, nothing lost
}

void TestBookmarksInWindow::deleteCanBeUndone()
{
    MainWindow w;
    QVERIFY(DocentTest::openTree(w, DocentTest::dataDir(QStringLiteral("reader"))));
    BookmarkPanel *panel = w.bookmarkPanel();
    const qint64 id = panel->add(w.proposeBookmark(QStringLiteral("guide"), QStringLiteral("configuring")));
    QVERIFY(panel->remove(id));
    QCOMPARE(panel->model()->rowCount(), 0);
    QVERIFY(panel->undo());
    QCOMPARE(panel->model()->rowCount(), 1);
    QCOMPARE(panel->model()->index(0, 0).data(BookmarkModel::IdRole).toLongLong(), id);
    QVERIFY(!panel->undo()); // nothing more to undo
}

void TestBookmarksInWindow::bookmarkOfAnotherTreeOpensIt()
{
    MainWindow w;
    QVERIFY(DocentTest::openTree(w, DocentTest::dataDir(QStringLiteral("reader"))));
    w.show();
    const Bookmark b = w.proposeBookmark(QStringLiteral("reference/rpc"), QStringLiteral("casts-and-calls"));
    QVERIFY(w.bookmarkPanel()->add(b));
    QVERIFY(DocentTest::openTree(w, DocentTest::dataDir(QStringLiteral("tree"))));
    // The other tree's bookmark is grouped under its tree's title.
    QCOMPARE(BookmarkModel::Kind(w.bookmarkPanel()->model()->index(0, 0).data(BookmarkModel::KindRole).toInt()),
             BookmarkModel::Kind::Tree);
    // Its tree is read on the worker; the bookmark lands once it is in place.
    QSignalSpy opened(&w, &MainWindow::treeOpened);
    QCOMPARE(w.openBookmark(b).kind, Landing::Kind::Opening);
    QVERIFY(opened.wait(30000));
    QCOMPARE(landedSection(w, QStringLiteral("reference/rpc"), QStringLiteral("casts-and-calls")),
             QStringLiteral("Casts and calls"));
    QCOMPARE(w.bookmarkPanel()->model()->rowCount(), 1);
}

void TestBookmarksInWindow::damagedStoreIsReported()
{
    QVERIFY(write(BookmarkStore::defaultPath(), QStringLiteral("not a database at all\n")));
    MainWindow w;
    w.show();
    QTRY_VERIFY_WITH_TIMEOUT(w.findChild<QMessageBox *>(QStringLiteral("bookmarkStoreProblem")), 5000);
    const auto *box = w.findChild<QMessageBox *>(QStringLiteral("bookmarkStoreProblem"));
    const QString backup = w.bookmarkPanel()->store()->backupPath();
    QVERIFY(box->text().contains(backup));
    QCOMPARE(DocentTest::readFile(backup), QStringLiteral("not a database at all\n"));
    QVERIFY(w.bookmarkPanel()->store()->isOpen());
}

void TestBookmarksInWindow::largeImportRunsBesideTheWindow()
{
    MainWindow w;
    QVERIFY(DocentTest::openTree(w, DocentTest::dataDir(QStringLiteral("reader"))));
    BookmarkPanel *panel = w.bookmarkPanel();
    const QString tree = panel->model()->openTree();
    QList<Bookmark> many;
    for (int i = 0; i < 20000; ++i) {
        Bookmark b = w.proposeBookmark(QStringLiteral("guide"), QStringLiteral("configuring"));
        b.id = i + 1;
        b.position = i;
        b.title = QStringLiteral("Bookmark %1").arg(i);
        many.append(b);
    }
    QTemporaryDir out;
    const QString file = out.filePath(QStringLiteral("many.xbel"));
    QVERIFY(DocentTest::writeFile(file, QString::fromUtf8(Xbel::write(many))));

    // The reading happens on a thread of its own: nothing is there until the event loop hands the
    // result over, and the window can cancel it meanwhile.
    QSignalSpy imported(panel, &BookmarkPanel::imported);
    QVERIFY(panel->importFrom(file));
    QVERIFY(!panel->importFrom(file)); // one at a time
    QVERIFY(panel->store()->items().isEmpty());
    auto *progress = panel->findChild<QProgressDialog *>(QStringLiteral("bookmarkImportProgress"));
    QVERIFY(progress);
    auto *cancel = progress->findChild<QPushButton *>();
    QVERIFY(cancel);
    cancel->click();
    QVERIFY(panel->store()->items().isEmpty());

    QVERIFY(panel->importFrom(file));
    QVERIFY(imported.wait(60000));
    QCOMPARE(imported.size(), 1); // the cancelled one never stored anything
    QCOMPARE(imported.first().first().toInt(), 20000);
    QCOMPARE(panel->store()->items().size(), 20000);
    QCOMPARE(panel->model()->rowCount(), 20000);
    QCOMPARE(panel->model()->index(19999, 0).data().toString(), QStringLiteral("Bookmark 19999"));
    QTRY_VERIFY(!panel->findChild<QProgressDialog *>(QStringLiteral("bookmarkImportProgress")));
}

void TestBookmarksInWindow::heldStoreIsReportedAndRetried()
{
    {
        BookmarkStore store(BookmarkStore::defaultPath());
        Bookmark b;
        b.tree = QStringLiteral("/elsewhere");
        b.title = QStringLiteral("Kept");
        b.docname = QStringLiteral("index");
        QVERIFY(store.add(b));
    }
    const QDir folder = QFileInfo(BookmarkStore::defaultPath()).dir();
    const QStringList setAside = folder.entryList({QStringLiteral("*.damaged*")}); // by earlier tests
    {
        // Another program holds the file for longer than the window waits.
        QSqlDatabase holder = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("holder"));
        holder.setDatabaseName(BookmarkStore::defaultPath());
        QVERIFY(holder.open());
        QSqlQuery q(holder);
        QVERIFY(q.exec(QStringLiteral("PRAGMA locking_mode=EXCLUSIVE")));
        QVERIFY(q.exec(QStringLiteral("BEGIN EXCLUSIVE")));
        QVERIFY(q.exec(QStringLiteral("UPDATE bookmarks SET note = note")));

        MainWindow w;
        w.show();
        QTRY_VERIFY_WITH_TIMEOUT(w.findChild<QMessageBox *>(QStringLiteral("bookmarkStoreProblem")), 15000);
        const QString text = w.findChild<QMessageBox *>(QStringLiteral("bookmarkStoreProblem"))->text();
        QVERIFY2(text.contains(QStringLiteral("another program")), qPrintable(text));
        BookmarkPanel *panel = w.bookmarkPanel();
        QCOMPARE(panel->store()->opening(), BookmarkStore::Opening::Busy);
        QCOMPARE(folder.entryList({QStringLiteral("*.damaged*")}), setAside); // nothing set aside

        QVERIFY(q.exec(QStringLiteral("ROLLBACK")));
        q.finish();
        holder.close();
        // Let go: the next bookmark opens the same store again, with what it held.
        QVERIFY(DocentTest::openTree(w, DocentTest::dataDir(QStringLiteral("reader"))));
        QVERIFY(panel->add(w.proposeBookmark(QStringLiteral("guide"), QStringLiteral("configuring"))));
        QCOMPARE(panel->store()->items().size(), 2);
    }
    QSqlDatabase::removeDatabase(QStringLiteral("holder"));
}

QTEST_MAIN(TestBookmarksInWindow)
#include "tst_bookmarksinwindow.moc"
