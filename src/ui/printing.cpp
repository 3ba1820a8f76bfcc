#include "printing.h"

#include "pdfsheets.h"
#include "schemehandler.h"
#include "pages/book.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QMessageBox>
#include <QPageSetupDialog>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPrinterInfo>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QWebEnginePage>
#include <QWebEngineView>

namespace Docent {

QString pdfFileName(const QString &title)
{
    QString base = title.simplified();
    base.replace(QRegularExpression(QStringLiteral("[^\\w]+")), QStringLiteral("-"));
    return (base.isEmpty() ? QStringLiteral("docent") : base) + QStringLiteral(".pdf");
}

QPageLayout defaultPageLayout()
{
    const bool letter = QLocale().measurementSystem() == QLocale::ImperialUSSystem;
    return QPageLayout(QPageSize(letter ? QPageSize::Letter : QPageSize::A4), QPageLayout::Portrait,
                       QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
}

void loadHidden(QWebEngineProfile *profile, const QUrl &url, const std::function<void(QWebEngineView *, bool)> &then)
{
    auto *view = new QWebEngineView;
    view->setPage(new QWebEnginePage(profile, view));
    view->setAttribute(Qt::WA_DontShowOnScreen);
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection = QObject::connect(view, &QWebEngineView::loadFinished, view, [view, then, connection](bool ok) {
        QObject::disconnect(*connection);
        then(view, ok);
    });
    view->setUrl(url);
}

void writePdf(QWebEnginePage *page, const QString &path, const QPageLayout &layout, const std::function<void(bool)> &done)
{
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection = QObject::connect(page, &QWebEnginePage::pdfPrintingFinished, page,
                                   [connection, done, path](const QString &written, bool ok) {
                                       if (written != path)
                                           return;
                                       QObject::disconnect(*connection);
                                       done(ok);
                                   });
    page->printToPdf(path, layout);
}

Printing::Printing(QWebEngineProfile *profile, QWidget *window)
    : QObject(window), m_profile(profile), m_window(window), m_printer(std::make_unique<QPrinter>(QPrinter::HighResolution))
{
    m_printer->setPageLayout(defaultPageLayout());
    // Each sheet is drawn as an image at the printer's resolution: 300 dpi prints sharply,
    // where HighResolution's 1200 dpi makes a long book take minutes and gigabytes.
    m_printer->setResolution(300);
}

Printing::~Printing() = default;

QPageLayout Printing::pageLayout() const { return m_printer->pageLayout(); }

void Printing::pageSetup()
{
    QPageSetupDialog dialog(m_printer.get(), m_window);
    dialog.exec();
}

void Printing::preparePrinter(const QString &name)
{
    // The print dialog offers a file named after the document (Qt's "print.pdf" without one);
    // with no printer installed a file is all it can print to: in the documents folder, as Export.
    m_printer->setDocName(pdfFileName(name));
    if (QPrinterInfo::availablePrinters().isEmpty() || m_printer->outputFormat() == QPrinter::PdfFormat)
        m_printer->setOutputFileName(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + u'/' +
                                     pdfFileName(name));
}

bool Printing::paintSheets(QWebEngineView *view, QPrinter *printer)
{
    // The preview wants its sheets drawn before it goes on, so this waits for the layout.
    const QByteArray pdf = layOutAsPdfNow(view->page(), printer->pageLayout(), chosenPages(printer));
    const bool ok = putOnSheets(pdf, printer);
    if (!ok)
        Q_EMIT message(tr("The pages could not be laid out for printing"));
    return ok;
}

bool Printing::putOnSheets(const QByteArray &pdf, QPrinter *printer)
{
    // A PDF file gets the engine's own PDF, its text still text; anything else gets the sheets.
    return writesPdfFile(printer) ? writePdfFile(pdf, printer) : drawPdfOnSheets(pdf, printer);
}

QString Printing::askPdfPath(const QString &name)
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QFileDialog::getSaveFileName(m_window, tr("Export as PDF"), folder + u'/' + pdfFileName(name),
                                        tr("PDF documents (*.pdf)"));
}

void Printing::exportPdf(QWebEngineView *view, const QString &path)
{
    m_busy = true;
    Q_EMIT message(tr("Writing %1…").arg(QDir::toNativeSeparators(path)));
    writePdf(view->page(), path, pageLayout(), [this, path](bool ok) {
        m_busy = false;
        Q_EMIT message(ok ? tr("Saved %1").arg(QDir::toNativeSeparators(path))
                          : tr("Could not write %1").arg(QDir::toNativeSeparators(path)));
        if (!ok)
            QMessageBox::warning(m_window, tr("Export as PDF"),
                                 tr("%1 could not be written. Is the folder writable?").arg(path));
        Q_EMIT pdfWritten(path, ok);
    });
}

void Printing::print(QWebEngineView *view, const QString &name, const std::function<void()> &done)
{
    preparePrinter(name);
    QPrintDialog dialog(m_printer.get(), m_window);
    if (dialog.exec() != QDialog::Accepted) {
        done();
        return;
    }
    m_busy = true;
    Q_EMIT message(tr("Printing…"));
    // Laid out as Export as PDF lays it out, on the sheets and margins the dialog set.
    layOutAsPdf(view->page(), m_printer->pageLayout(), chosenPages(m_printer.get()), [this, done](const QByteArray &pdf) {
        const bool toFile = writesPdfFile(m_printer.get());
        const bool ok = putOnSheets(pdf, m_printer.get());
        m_busy = false;
        if (!ok)
            Q_EMIT message(tr("Printing failed"));
        else if (toFile)
            Q_EMIT message(tr("Saved %1").arg(QDir::toNativeSeparators(m_printer->outputFileName())));
        else
            Q_EMIT message(tr("Sent to the printer"));
        done();
    });
}

void Printing::preview(QWebEngineView *view, const QString &name)
{
    preparePrinter(name);
    QPrintPreviewDialog dialog(m_printer.get(), m_window);
    dialog.setObjectName(QStringLiteral("printPreview"));
    dialog.setWindowTitle(tr("Print Preview — %1").arg(name));
    connect(&dialog, &QPrintPreviewDialog::paintRequested, view, [this, view](QPrinter *printer) { paintSheets(view, printer); });
    dialog.exec();
}

void Printing::run(Action action, QWebEngineView *view, const QString &name)
{
    if (m_busy) {
        Q_EMIT message(tr("Still printing; try again in a moment"));
        return;
    }
    switch (action) {
    case Action::Print:
        return print(view, name, [] {});
    case Action::Preview:
        return preview(view, name);
    case Action::ExportPdf:
        if (const QString path = askPdfPath(name); !path.isEmpty())
            exportPdf(view, path);
        return;
    }
}

void Printing::runBook(Action action, const BookSpec &book)
{
    if (m_busy) {
        Q_EMIT message(tr("Still printing; try again in a moment"));
        return;
    }
    // Ask first where the PDF goes, then lay the book out: the reader is not kept waiting twice.
    QString path;
    if (action == Action::ExportPdf && (path = askPdfPath(book.title)).isEmpty())
        return;
    m_busy = true;
    Q_EMIT message(tr("Laying out “%1” (%n page(s))…", nullptr, int(book.docnames.size())).arg(book.title));
    loadHidden(m_profile, SchemeHandler::bookUrl(book), [this, action, path, title = book.title](QWebEngineView *view, bool ok) {
        m_busy = false;
        if (!ok) {
            Q_EMIT message(tr("The pages could not be laid out for printing"));
            view->deleteLater();
            return;
        }
        switch (action) {
        case Action::Print:
            print(view, title, [view] { view->deleteLater(); });
            return;
        case Action::Preview:
            preview(view, title);
            view->deleteLater();
            return;
        case Action::ExportPdf:
            connect(this, &Printing::pdfWritten, view, &QObject::deleteLater);
            exportPdf(view, path);
            return;
        }
    });
}

} // namespace Docent
