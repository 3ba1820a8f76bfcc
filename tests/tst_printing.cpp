// Printing to PDF: a page, a part of the tree as a book, from the window and from the command
// line; the text is read back with pdftotext (poppler-utils, installed by packaging/deps).
#include "application.h"
#include "navigation/bookselection.h"
#include "navigation/navigationtree.h"
#include "windowfixture.h"
#include "printing.h"
#include "sphinx/project.h"

#include <QAction>
#include <QApplication>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QPrinterInfo>
#include <QProcess>
#include <QTimer>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace Docent;

static void beforeApplication() { prepareWebEngine(); }
Q_CONSTRUCTOR_FUNCTION(beforeApplication)

namespace {

struct Run {
    int status = -1;
    QString out, err;
};

Run docent(const QStringList &args)
{
    QProcess p;
    p.start(qEnvironmentVariable("DOCENT_BIN"), args);
    Run r;
    if (!p.waitForFinished(180000))
        return r;
    r.status = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

QString pdfText(const QString &pdf)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    p.waitForFinished(60000);
    return QString::fromUtf8(p.readAllStandardOutput()).simplified();
}

int pdfPages(const QString &pdf)
{
    QProcess p;
    p.start(QStringLiteral("pdfinfo"), {pdf});
    p.waitForFinished(60000);
    for (const QString &line : QString::fromUtf8(p.readAllStandardOutput()).split(u'\n')) {
        if (line.startsWith(QStringLiteral("Pages:")))
            return line.mid(6).trimmed().toInt();
    }
    return 0;
}

/// Fails unless every one of `words` occurs in `text`, in this order.
bool inOrder(const QString &text, const QStringList &words, QString *missing)
{
    qsizetype at = 0;
    for (const QString &w : words) {
        const qsizetype found = text.indexOf(w.simplified(), at);
        if (found < 0) {
            *missing = w;
            return false;
        }
        at = found + w.size();
    }
    return true;
}

} // namespace

class TestPrinting : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void pageFromCommandLine();
    void subtreeIsABookInTreeOrder();
    void nothingCutAndLinksShowTheirAddress();
    void failuresSayWhy_data();
    void failuresSayWhy();
    void windowExportsThePageShown();
    void exportKeepsLongLinesWhole();
    void printDialogNamesTheFileAfterThePage();
    void novaInternalsAsOneBook();

private:
    QTemporaryDir m_out;
};

void TestPrinting::initTestCase()
{
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        QFAIL("pdftotext is missing: run packaging/deps/install-debian.sh (poppler-utils)");
    QVERIFY(!qEnvironmentVariableIsEmpty("DOCENT_BIN"));
}

void TestPrinting::pageFromCommandLine()
{
    const QString pdf = m_out.filePath(QStringLiteral("rpc.pdf"));
    const Run r = docent({QStringLiteral("export-pdf"), DocentTest::dataDir(QStringLiteral("reader/reference/rpc.rst")),
                          QStringLiteral("-o"), pdf});
    QVERIFY2(r.status == 0, qPrintable(r.err));
    QVERIFY(r.out.contains(pdf));
    QString missing;
    QVERIFY2(inOrder(pdfText(pdf), {QStringLiteral("Messaging"), QStringLiteral("Casts and calls"),
                                    QStringLiteral("A call waits for its answer.")}, &missing),
             qPrintable(missing));
}

void TestPrinting::subtreeIsABookInTreeOrder()
{
    const QString pdf = m_out.filePath(QStringLiteral("internals.pdf"));
    const Run r = docent({QStringLiteral("export-pdf"), DocentTest::dataDir(QStringLiteral("reader")),
                          QStringLiteral("--subtree"), QStringLiteral("Internals"), QStringLiteral("-o"), pdf});
    QVERIFY2(r.status == 0, qPrintable(r.err));
    const QString text = pdfText(pdf);
    QString missing;
    // Title page, contents, then each page of the part in the tree's order.
    QVERIFY2(inOrder(text, {QStringLiteral("Internals"), QStringLiteral("Contents"), QStringLiteral("Messaging"),
                            QStringLiteral("Scheduling"), QStringLiteral("Messaging"), QStringLiteral("Casts and calls"),
                            QStringLiteral("Scheduling"), QStringLiteral("Filters")},
                     &missing),
             qPrintable(missing));
    QVERIFY(!text.contains(QStringLiteral("Technical Reference Notes"))); // the landing page is not a chapter
    QVERIFY(!text.contains(QStringLiteral("Where the scheduler is going"))); // nor another part's pages
    QCOMPARE(pdfPages(pdf), 4); // title, contents, and a new sheet for each chapter
}

void TestPrinting::nothingCutAndLinksShowTheirAddress()
{
    QTemporaryDir tree;
    QString longLine = QStringLiteral("    echo");
    for (int i = 0; i < 40; ++i)
        longLine += QStringLiteral(" word%1").arg(i);
    QVERIFY(DocentTest::writeFile(tree.filePath(QStringLiteral("index.rst")),
                                  QStringLiteral("Wide\n====\n\nSee `the site <https://example.org/docs>`_.\n\n"
                                                 ".. code-block:: console\n\n") + longLine + u'\n'));
    const QString pdf = m_out.filePath(QStringLiteral("wide.pdf"));
    const Run r = docent({QStringLiteral("export-pdf"), tree.filePath(QStringLiteral("index.rst")), QStringLiteral("-o"), pdf});
    QVERIFY2(r.status == 0, qPrintable(r.err));
    const QString text = pdfText(pdf);
    QVERIFY2(text.contains(QStringLiteral("word39")), qPrintable(text)); // wrapped, not cut off at the margin
    QVERIFY2(text.contains(QStringLiteral("(https://example.org/docs)")), qPrintable(text));
}

void TestPrinting::failuresSayWhy_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("says");
    const QString reader = DocentTest::dataDir(QStringLiteral("reader"));
    QTest::newRow("no such path") << QStringList{QStringLiteral("/nonexistent/tree")} << QStringLiteral("/nonexistent/tree");
    QTest::newRow("no such node") << QStringList{reader, QStringLiteral("--subtree"), QStringLiteral("Nowhere")}
                                  << QStringLiteral("Nowhere");
    QTest::newRow("unwritable") << QStringList{reader, QStringLiteral("-o"), QStringLiteral("/nonexistent/dir/x.pdf")}
                                << QStringLiteral("could not be written");
    QTest::newRow("no path") << QStringList{} << QStringLiteral("usage");
}

void TestPrinting::failuresSayWhy()
{
    QFETCH(QStringList, args);
    QFETCH(QString, says);
    const Run r = docent(QStringList{QStringLiteral("export-pdf")} + args);
    QVERIFY(r.status > 0);
    QVERIFY2(r.err.contains(says), qPrintable(r.err));
}

void TestPrinting::windowExportsThePageShown()
{
    MainWindow w;
    QVERIFY(DocentTest::showTree(w, DocentTest::dataDir(QStringLiteral("reader/guide.rst")), QStringLiteral("Guide")));
    const QString pdf = m_out.filePath(QStringLiteral("guide.pdf"));
    QSignalSpy written(w.printing(), &Printing::pdfWritten);
    w.printing()->exportPdf(w.view(), pdf);
    QTRY_COMPARE_WITH_TIMEOUT(written.count(), 1, 30000);
    QVERIFY(written.first().at(1).toBool());
    QString missing;
    QVERIFY2(inOrder(pdfText(pdf), {QStringLiteral("Guide"), QStringLiteral("Getting started"), QStringLiteral("Configuring"),
                                    QStringLiteral("Advanced options")},
                     &missing),
             qPrintable(missing));
}

void TestPrinting::exportKeepsLongLinesWhole()
{
    MainWindow w;
    QVERIFY(DocentTest::showTree(w, DocentTest::dataDir(QStringLiteral("print/longlines.rst")), QStringLiteral("Long Lines")));
    const QString exported = m_out.filePath(QStringLiteral("longlines.pdf"));
    QSignalSpy written(w.printing(), &Printing::pdfWritten);
    w.printing()->exportPdf(w.view(), exported);
    QTRY_COMPARE_WITH_TIMEOUT(written.count(), 1, 30000);
    // Every long line is whole in the export: prose, code and links wrap, the table fits (its
    // last column is there).
    const QString text = pdfText(exported);
    for (const QString &end : {QStringLiteral("PROSEEND"), QStringLiteral("LASTWORDONCODELINE"), QStringLiteral("CONSOLEEND"),
                               QStringLiteral("TABLEEND"), QStringLiteral("LINKEND")})
        QVERIFY2(text.contains(end), qPrintable(end + QStringLiteral(" is cut off: ") + text));
}

void TestPrinting::printDialogNamesTheFileAfterThePage()
{
    MainWindow w;
    QVERIFY(DocentTest::showTree(w, DocentTest::dataDir(QStringLiteral("reader/guide.rst")), QStringLiteral("Guide")));
    // The preview is opened from the window's menu, shows the page's sheets and is closed.
    int previewSheets = -1;
    QString previewTitle;
    QTimer::singleShot(0, &w, [&] {
        const auto closeWhenDrawn = [&](const auto &self) -> void {
            auto *dialog = qobject_cast<QPrintPreviewDialog *>(QApplication::activeModalWidget());
            auto *widget = dialog ? dialog->findChild<QPrintPreviewWidget *>() : nullptr;
            if (!widget || widget->pageCount() == 0) {
                QTimer::singleShot(100, [self] { self(self); });
                return;
            }
            previewSheets = widget->pageCount();
            previewTitle = dialog->windowTitle();
            dialog->reject();
        };
        closeWhenDrawn(closeWhenDrawn);
    });
    QAction *preview = nullptr;
    for (QAction *a : w.findChildren<QAction *>())
        preview = a->text() == QStringLiteral("Print Pre&view…") ? a : preview;
    QVERIFY(preview);
    preview->trigger();
    QVERIFY(previewSheets >= 1);
    QCOMPARE(previewTitle, QStringLiteral("Print Preview — Guide"));
    // The file the print dialog offers is named after the page, as Export's is.
    QCOMPARE(w.printing()->printer()->docName(), QStringLiteral("Guide.pdf"));
    if (QPrinterInfo::availablePrinters().isEmpty())
        QVERIFY2(w.printing()->printer()->outputFileName().endsWith(QStringLiteral("/Guide.pdf")),
                 qPrintable(w.printing()->printer()->outputFileName()));
}

void TestPrinting::novaInternalsAsOneBook()
{
    const QString nova = qEnvironmentVariable("DOCENT_SHARED") + QStringLiteral("/corpus/nova/doc/source");
    if (!QFileInfo::exists(nova))
        QSKIP("../shared/corpus/nova is not here: the nova book is not checked");
    QString error;
    auto project = Project::open(nova, &error);
    QVERIFY2(project, qPrintable(error));
    const NavNode navigation = NavigationTree::build(*project);
    const NavNode *internals = findNode(navigation, QStringLiteral("Internals"));
    QVERIFY(internals);
    const BookSpec book = bookFor(*internals);
    QVERIFY(book.docnames.size() >= 14);
    const QString pdf = m_out.filePath(QStringLiteral("nova-internals.pdf"));
    const Run r = docent({QStringLiteral("export-pdf"), nova, QStringLiteral("--subtree"), QStringLiteral("Internals"),
                          QStringLiteral("-o"), pdf});
    QVERIFY2(r.status == 0, qPrintable(r.err));
    const QString text = pdfText(pdf);
    // Every chapter title, in tree order, after the contents.
    QStringList titles{QStringLiteral("Contents")};
    for (const QString &d : book.docnames)
        titles << project->document(d)->title;
    QString missing;
    QVERIFY2(inOrder(text, titles, &missing), qPrintable(missing));
    QVERIFY2(inOrder(text, titles.mid(1), &missing), qPrintable(missing)); // the contents list them in order too
    // Code comes through as text, long lines whole (isolate-aggregates' console sessions).
    QVERIFY(text.contains(QStringLiteral("trait create CUSTOM_LICENSED_WINDOWS")));
    QVERIFY2(text.contains(QStringLiteral("sed 's/^/--trait /')")), "a long command line was cut");
    QVERIFY(pdfPages(pdf) > book.docnames.size());
}

QTEST_MAIN(TestPrinting)
#include "tst_printing.moc"
