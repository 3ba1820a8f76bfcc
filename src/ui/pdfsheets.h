// One layout for Print, Print Preview and Export as PDF: the web engine lays the page out once as
// a PDF on the printer's sheets (paper, orientation and margins as set), and Print and the preview
// draw those PDF pages over whole sheets. Letting the engine print to the printer itself lays the
// page out wider than the printable area and cuts the text at the sheet's right edge.
#pragma once

#include <QByteArray>
#include <QPageLayout>
#include <QPageRanges>

#include <functional>

class QPrinter;
class QWebEnginePage;

namespace Docent {

/// Lays `page` out as a PDF on `layout`'s sheets (only the pages in `ranges`, every page when it
/// is empty) and gives the bytes to `done`, empty when it failed.
void layOutAsPdf(QWebEnginePage *page, const QPageLayout &layout, const QPageRanges &ranges,
                 const std::function<void(const QByteArray &)> &done);
/// As layOutAsPdf, but returns once the PDF is laid out (running an event loop meanwhile).
QByteArray layOutAsPdfNow(QWebEnginePage *page, const QPageLayout &layout, const QPageRanges &ranges);
/// The pages the reader chose in the print dialog (empty: all of them).
QPageRanges chosenPages(const QPrinter *printer);
/// Whether `printer` writes a PDF file: it then gets the engine's PDF as it is (text stays
/// text). A print preview's sheets are drawn even when the printer is set to write a file.
bool writesPdfFile(QPrinter *printer);
/// Draws each page of `pdf` over a whole sheet of `printer`, rendered at the printer's
/// resolution, in the printer's page order and copies; false when the PDF cannot be read or
/// the printer cannot start.
bool drawPdfOnSheets(const QByteArray &pdf, QPrinter *printer);
/// Writes `pdf` to the printer's output file; false when it cannot be written.
bool writePdfFile(const QByteArray &pdf, const QPrinter *printer);

} // namespace Docent
