// Printing to PDF: a page, a part of the tree as a book, from the window and from the command
// line; the text is read back with pdftotext (poppler-utils, installed by packaging/deps), the
// sheets of the preview and of Print are compared with the export's pages drawn by QtPdf.
#include "application.h"
#include "navigation/bookselection.h"
#include "navigation/navigationtree.h"
#include "windowfixture.h"
#include "pdfsheets.h"
#include "printing.h"
#include "sphinx/project.h"

#include <QAction>
#include <QBuffer>
#include <QApplication>
#include <QGraphicsItem>
#include <QGraphicsScene>
#include <QGraphicsView>
#include <QPainter>
#include <QPdfDocument>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QLineEdit>
#include <QPrintDialog>
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

QString pdfText(const QString &pdf, const QStringList &options = {})
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), options + QStringList{pdf, QStringLiteral("-")});
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

QAction *actionNamed(QWidget *window, const QString &text)
{
    for (QAction *a : window->findChildren<QAction *>()) {
        if (a->text() == text)
            return a;
    }
    return nullptr;
}

/// What File > Print Preview shows: its dialog's title and each sheet as an image `width` pixels
/// wide, drawn as the preview draws it.
struct Preview {
    QString title;
    QList<QImage> sheets;
};

QList<QImage> previewSheets(QGraphicsScene *scene, QSizeF paper, int width)
{
    // The scene holds one item per sheet with the paper at its origin, in device pixels.
    QList<QGraphicsItem *> items = scene->items();
    std::sort(items.begin(), items.end(), [](QGraphicsItem *a, QGraphicsItem *b) {
        return std::pair(a->scenePos().y(), a->scenePos().x()) < std::pair(b->scenePos().y(), b->scenePos().x());
    });
    QList<QImage> sheets;
    for (QGraphicsItem *item : std::as_const(items)) {
        QImage sheet(width, qRound(width * paper.height() / paper.width()), QImage::Format_RGB32);
        sheet.fill(Qt::black);
        QPainter painter(&sheet);
        painter.setRenderHints(QPainter::Antialiasing | QPainter::SmoothPixmapTransform);
        scene->render(&painter, sheet.rect(), item->mapRectToScene(QRectF(QPointF(), paper)));
        painter.end();
        sheets.append(sheet);
    }
    return sheets;
}

Preview previewFromMenu(Docent::MainWindow &w, int width)
{
    // The dialog runs its own event loop: it is looked for, read and closed from a timer, which
    // stops looking once the action has returned (when no dialog came up).
    auto preview = std::make_shared<Preview>();
    auto looking = std::make_shared<bool>(true);
    const QSizeF paper = w.printing()->printer()->paperRect(QPrinter::DevicePixel).size();
    const std::function<void()> grabWhenDrawn = [=, &grabWhenDrawn] {
        if (!*looking)
            return;
        auto *dialog = qobject_cast<QPrintPreviewDialog *>(QApplication::activeModalWidget());
        auto *widget = dialog ? dialog->findChild<QPrintPreviewWidget *>() : nullptr;
        auto *graphics = widget ? widget->findChild<QGraphicsView *>() : nullptr;
        if (!graphics || widget->pageCount() == 0) {
            QTimer::singleShot(100, grabWhenDrawn);
            return;
        }
        preview->title = dialog->windowTitle();
        preview->sheets = previewSheets(graphics->scene(), paper, width);
        dialog->reject();
    };
    QTimer::singleShot(0, &w, grabWhenDrawn);
    if (QAction *action = actionNamed(&w, QStringLiteral("Print Pre&view…")))
        action->trigger();
    *looking = false;
    return *preview;
}

/// Page `page` of `pdf` on white paper, drawn as a sheet of `printer` and shown at `size`: glyphs
/// drawn small are hinted otherwise than glyphs drawn at 300 dpi and made small.
QImage renderedPage(QPdfDocument &pdf, int page, QPrinter *printer, QSize size)
{
    const QSize device = printer->paperRect(QPrinter::DevicePixel).size().toSize();
    QImage sheet(device, QImage::Format_RGB32);
    sheet.fill(Qt::white);
    QPainter(&sheet).drawImage(0, 0, pdf.render(page, device));
    return sheet.scaled(size, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
}

/// The share of the pixels of two images of one size whose grey levels differ by more than a
/// quarter of the range, once both are halved (text edges are antialiased differently when a
/// sheet is drawn at the printer's resolution and shown smaller than when it is drawn small).
double differingShare(const QImage &a, const QImage &b)
{
    const QSize half = a.size() / 2;
    const QImage x = a.scaled(half, Qt::IgnoreAspectRatio, Qt::SmoothTransformation).convertToFormat(QImage::Format_Grayscale8);
    const QImage y = b.scaled(half, Qt::IgnoreAspectRatio, Qt::SmoothTransformation).convertToFormat(QImage::Format_Grayscale8);
    qsizetype differing = 0;
    for (int row = 0; row < x.height(); ++row) {
        const uchar *p = x.constScanLine(row);
        const uchar *q = y.constScanLine(row);
        for (int col = 0; col < x.width(); ++col)
            differing += std::abs(int(p[col]) - int(q[col])) > 64;
    }
    return double(differing) / double(qsizetype(x.width()) * x.height());
}

QString withoutSpaces(QString text)
{
    text.remove(QRegularExpression(QStringLiteral("\\s+")));
    return text;
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
    void previewShowsTheExportsSheets_data();
    void previewShowsTheExportsSheets();
    void printToAFileWritesTheExportsPdf();
    void sheetsFollowTheChosenOrderAndCopies_data();
    void sheetsFollowTheChosenOrderAndCopies();
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
    const Preview preview = previewFromMenu(w, 200);
    QVERIFY(!preview.sheets.isEmpty());
    QCOMPARE(preview.title, QStringLiteral("Print Preview — Guide"));
    // The file the print dialog offers is named after the page, as Export's is.
    QCOMPARE(w.printing()->printer()->docName(), QStringLiteral("Guide.pdf"));
    if (QPrinterInfo::availablePrinters().isEmpty())
        QVERIFY2(w.printing()->printer()->outputFileName().endsWith(QStringLiteral("/Guide.pdf")),
                 qPrintable(w.printing()->printer()->outputFileName()));
}

void TestPrinting::previewShowsTheExportsSheets_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("heading");
    QTest::newRow("long lines") << DocentTest::dataDir(QStringLiteral("print/longlines.rst")) << QStringLiteral("Long Lines");
    QTest::newRow("nova admin/service-groups")
        << qEnvironmentVariable("DOCENT_SHARED") + QStringLiteral("/corpus/nova/doc/source/admin/service-groups.rst")
        << QStringLiteral("Configure Compute service groups");
}

void TestPrinting::previewShowsTheExportsSheets()
{
    QFETCH(QString, path);
    QFETCH(QString, heading);
    if (!QFileInfo::exists(path))
        QSKIP(qPrintable(path + QStringLiteral(" is not here")));
    MainWindow w;
    QVERIFY(DocentTest::showTree(w, path, heading));
    const QString exported = m_out.filePath(QFileInfo(path).completeBaseName() + QStringLiteral("-export.pdf"));
    QSignalSpy written(w.printing(), &Printing::pdfWritten);
    w.printing()->exportPdf(w.view(), exported);
    QTRY_COMPARE_WITH_TIMEOUT(written.count(), 1, 30000);
    QVERIFY(written.first().at(1).toBool());

    // What is previewed is what is exported: as many sheets, each looking the same.
    const Preview preview = previewFromMenu(w, 600);
    QPdfDocument pdf;
    QCOMPARE(pdf.load(exported), QPdfDocument::Error::None);
    QCOMPARE(preview.sheets.size(), pdf.pageCount());
    for (int page = 0; page < pdf.pageCount(); ++page) {
        const QImage sheet = preview.sheets.at(page);
        const QImage exportedPage = renderedPage(pdf, page, w.printing()->printer(), sheet.size());
        const double share = differingShare(sheet, exportedPage);
        if (share > 0.002) { // kept for a look
            m_out.setAutoRemove(false);
            sheet.save(m_out.filePath(QStringLiteral("preview-%1.png").arg(page + 1)));
            exportedPage.save(m_out.filePath(QStringLiteral("export-%1.png").arg(page + 1)));
        }
        QVERIFY2(share <= 0.002, qPrintable(QStringLiteral("sheet %1 differs from the export's page in %2% of its pixels (see %3)")
                                                .arg(page + 1).arg(share * 100, 0, 'f', 2).arg(m_out.path())));
    }

    // And the export holds every line of the page's literal blocks whole: a line too long for
    // the sheet wraps, none is cut at its edge.
    const QString literals =
        DocentTest::js(w.view(), QStringLiteral("Array.from(document.querySelectorAll('pre'), p => p.innerText).join('\\n')"));
    const QStringList lines = literals.split(u'\n', Qt::SkipEmptyParts);
    QVERIFY(!lines.isEmpty());
    // (-raw: pdftotext would otherwise join a line wrapped after a dash and drop the dash.)
    const QString text = withoutSpaces(pdfText(exported, {QStringLiteral("-raw")}));
    for (const QString &line : lines)
        QVERIFY2(text.contains(withoutSpaces(line)), qPrintable(QStringLiteral("not whole in the export: ") + line));
}

void TestPrinting::printToAFileWritesTheExportsPdf()
{
    MainWindow w;
    QVERIFY(DocentTest::showTree(w, DocentTest::dataDir(QStringLiteral("print/longlines.rst")), QStringLiteral("Long Lines")));
    const QString printed = m_out.filePath(QStringLiteral("printed.pdf"));
    // The print dialog is told to print to a file of ours and accepted.
    bool accepted = false;
    auto looking = std::make_shared<bool>(true);
    const std::function<void()> acceptWhenShown = [&, looking] {
        if (!*looking)
            return;
        auto *dialog = qobject_cast<QPrintDialog *>(QApplication::activeModalWidget());
        auto *file = dialog ? dialog->findChild<QLineEdit *>(QStringLiteral("filename")) : nullptr;
        if (!file) {
            QTimer::singleShot(100, acceptWhenShown);
            return;
        }
        dialog->printer()->setOutputFormat(QPrinter::PdfFormat);
        file->setText(printed);
        dialog->printer()->setOutputFileName(printed);
        accepted = true;
        dialog->accept();
    };
    QTimer::singleShot(0, &w, acceptWhenShown);
    QSignalSpy messages(w.printing(), &Printing::message);
    QAction *print = actionNamed(&w, QStringLiteral("&Print…"));
    QVERIFY(print);
    print->trigger();
    *looking = false;
    QVERIFY(accepted);
    QTRY_VERIFY_WITH_TIMEOUT(!messages.isEmpty() && messages.last().first().toString().startsWith(QStringLiteral("Saved")), 30000);
    // The file is the engine's own PDF, as Export writes it: its text is text, every line whole.
    const QString text = pdfText(printed, {QStringLiteral("-raw")});
    for (const QString &end : {QStringLiteral("PROSEEND"), QStringLiteral("LASTWORDONCODELINE"), QStringLiteral("CONSOLEEND"),
                               QStringLiteral("TABLEEND"), QStringLiteral("LINKEND")})
        QVERIFY2(text.contains(end), qPrintable(end + QStringLiteral(" is missing: ") + text));
}

void TestPrinting::sheetsFollowTheChosenOrderAndCopies_data()
{
    QTest::addColumn<bool>("lastFirst");
    QTest::addColumn<int>("copies");
    QTest::addColumn<bool>("collate");
    QTest::addColumn<QString>("sheets");
    QTest::newRow("in order") << false << 1 << false << QStringLiteral("RGB");
    QTest::newRow("last page first") << true << 1 << false << QStringLiteral("BGR");
    QTest::newRow("two copies, collated") << false << 2 << true << QStringLiteral("RGBRGB");
    QTest::newRow("two copies, not collated") << false << 2 << false << QStringLiteral("RRGGBB");
    QTest::newRow("two copies, last first") << true << 2 << true << QStringLiteral("BGRBGR");
}

void TestPrinting::sheetsFollowTheChosenOrderAndCopies()
{
    QFETCH(bool, lastFirst);
    QFETCH(int, copies);
    QFETCH(bool, collate);
    QFETCH(QString, sheets);
    // Three pages told apart by their colour stand for a laid-out page.
    QByteArray source;
    {
        QBuffer buffer(&source);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setPageLayout(defaultPageLayout());
        QPainter painter(&writer);
        const QList<QColor> colours{Qt::red, Qt::green, Qt::blue};
        for (qsizetype page = 0; page < colours.size(); ++page) {
            if (page > 0)
                writer.newPage();
            painter.fillRect(QRect(QPoint(), painter.viewport().size()), colours.at(page));
        }
    }
    const QString printed = m_out.filePath(QStringLiteral("order-%1.pdf").arg(QString::fromUtf8(QTest::currentDataTag()).replace(u' ', u'-')));
    QPrinter printer;
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(printed);
    printer.setResolution(72);
    printer.setPageLayout(defaultPageLayout());
    printer.setPageOrder(lastFirst ? QPrinter::LastPageFirst : QPrinter::FirstPageFirst);
    printer.setCopyCount(copies);
    printer.setCollateCopies(collate);
    QVERIFY(drawPdfOnSheets(source, &printer));
    QPdfDocument pdf;
    QCOMPARE(pdf.load(printed), QPdfDocument::Error::None);
    QString got;
    for (int page = 0; page < pdf.pageCount(); ++page) {
        const QColor centre = renderedPage(pdf, page, &printer, QSize(60, 85)).pixelColor(30, 42);
        got += centre.red() > 200 ? u'R' : centre.green() > 200 ? u'G' : centre.blue() > 200 ? u'B' : u'?';
    }
    QCOMPARE(got, sheets);
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
