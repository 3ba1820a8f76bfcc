#include "pdfsheets.h"

#include <QBuffer>
#include <QEventLoop>
#include <QFile>
#include <QPaintEngine>
#include <QPainter>
#include <QPdfDocument>
#include <QPrinter>
#include <QWebEnginePage>

namespace Docent {
namespace {

// The PDF pages in the order they go on sheets: reversed for "last page first", and repeated
// for each copy the printer cannot make itself, collated (1 2 3 1 2 3) or not (1 1 2 2 3 3).
QList<int> sheetOrder(int pages, QPrinter *printer)
{
    QList<int> order;
    for (int page = 0; page < pages; ++page)
        order.append(printer->pageOrder() == QPrinter::LastPageFirst ? pages - 1 - page : page);
    const int copies = printer->supportsMultipleCopies() ? 1 : qMax(1, printer->copyCount());
    QList<int> sheets;
    if (printer->collateCopies()) {
        for (int copy = 0; copy < copies; ++copy)
            sheets.append(order);
    } else {
        for (int page : order)
            sheets.append(QList<int>(copies, page));
    }
    return sheets;
}

// Where the whole sheet lies in the painter's coordinates, which start at the printable area's
// corner unless the printer prints on the full page.
QRect wholeSheet(QPrinter *printer)
{
    const QRect paper = printer->paperRect(QPrinter::DevicePixel).toAlignedRect();
    const QRect printable = printer->pageRect(QPrinter::DevicePixel).toAlignedRect();
    return paper.translated(-printable.topLeft());
}

} // namespace

void layOutAsPdf(QWebEnginePage *page, const QPageLayout &layout, const QPageRanges &ranges,
                 const std::function<void(const QByteArray &)> &done)
{
    page->printToPdf(done, layout, ranges);
}

QByteArray layOutAsPdfNow(QWebEnginePage *page, const QPageLayout &layout, const QPageRanges &ranges)
{
    QByteArray pdf;
    QEventLoop loop;
    bool finished = false;
    layOutAsPdf(page, layout, ranges, [&](const QByteArray &bytes) {
        pdf = bytes;
        finished = true;
        loop.quit();
    });
    if (!finished)
        loop.exec();
    return pdf;
}

QPageRanges chosenPages(const QPrinter *printer)
{
    return printer->printRange() == QPrinter::PageRange ? printer->pageRanges() : QPageRanges();
}

bool writesPdfFile(QPrinter *printer)
{
    // While a preview draws its sheets the printer's paint engine is the preview's, not the PDF one.
    return printer->outputFormat() == QPrinter::PdfFormat && !printer->outputFileName().isEmpty() &&
           printer->paintEngine() && printer->paintEngine()->type() == QPaintEngine::Pdf;
}

bool drawPdfOnSheets(const QByteArray &pdf, QPrinter *printer)
{
    QBuffer source;
    source.setData(pdf);
    source.open(QIODevice::ReadOnly);
    QPdfDocument document;
    document.load(&source); // a buffer is read at once: no waiting
    if (document.status() != QPdfDocument::Status::Ready || document.pageCount() == 0)
        return false;
    QPainter painter;
    if (!painter.begin(printer))
        return false;
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    const QRect sheet = wholeSheet(printer);
    bool first = true;
    for (int page : sheetOrder(document.pageCount(), printer)) {
        if (!first && !printer->newPage())
            return false;
        first = false;
        // One sheet's image at a time: a long page at printer resolution would not fit in memory whole.
        QImage image(sheet.size(), QImage::Format_RGB32);
        image.fill(Qt::white);
        QPainter(&image).drawImage(0, 0, document.render(page, sheet.size()));
        painter.drawImage(sheet, image);
    }
    return painter.end();
}

bool writePdfFile(const QByteArray &pdf, const QPrinter *printer)
{
    QFile file(printer->outputFileName());
    return !pdf.isEmpty() && file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(pdf) == pdf.size();
}

} // namespace Docent
