// File > Print, Print Preview, Page Setup and Export as PDF, for the page shown or for a book of
// several pages (a node of the section tree), which is laid out in a view that is never shown.
#pragma once

#include <QObject>
#include <QPageLayout>

#include <functional>
#include <memory>

class QPrinter;
class QWebEnginePage;
class QWebEngineProfile;
class QWebEngineView;
class QWidget;

namespace Docent {

struct BookSpec;

/// A PDF file name from a title: "Internals" -> "Internals.pdf"; letters, digits and dashes only.
QString pdfFileName(const QString &title);
/// The paper of this locale (Letter in the US, A4 elsewhere), portrait, 15 mm margins.
QPageLayout defaultPageLayout();
/// Loads `url` in a view of `profile` that is never shown and calls `then` once it has loaded
/// (ok false when it failed). `then` owns the view from then on.
void loadHidden(QWebEngineProfile *profile, const QUrl &url, const std::function<void(QWebEngineView *, bool ok)> &then);
/// Prints `page` to a PDF file at `path`; `done` gets whether it worked.
void writePdf(QWebEnginePage *page, const QString &path, const QPageLayout &layout, const std::function<void(bool)> &done);

class Printing final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Printing)
public:
    enum class Action { Print, Preview, ExportPdf };

    Printing(QWebEngineProfile *profile, QWidget *window);
    ~Printing() override;

    /// On the page shown in `view`; `name` is used for the PDF file's suggested name.
    void run(Action action, QWebEngineView *view, const QString &name);
    /// On several pages as one book.
    void runBook(Action action, const BookSpec &book);
    void pageSetup();
    /// Exports without asking where (for tests and the command line's sake).
    void exportPdf(QWebEngineView *view, const QString &path);
    /// The layout shared by Print, Print Preview and Export as PDF: the sheet and its margins.
    QPageLayout pageLayout() const;
    /// Lays `view` out as Export as PDF does, on `printer`'s sheets, and draws them on `printer`
    /// (or writes the PDF when it prints to a file), as the preview and the printer get them;
    /// returns once they are drawn, false when that failed.
    bool paintSheets(QWebEngineView *view, QPrinter *printer);
    /// Names what is printed `name` (the print dialog's file is "name.pdf", as Export's).
    void preparePrinter(const QString &name);
    QPrinter *printer() const { return m_printer.get(); }

Q_SIGNALS:
    /// A short note for the status bar.
    void message(const QString &text);
    /// A PDF export ended; `ok` tells whether the file was written.
    void pdfWritten(const QString &path, bool ok);

private:
    void print(QWebEngineView *view, const QString &name, const std::function<void()> &done);
    void preview(QWebEngineView *view, const QString &name);
    QString askPdfPath(const QString &name);
    bool putOnSheets(const QByteArray &pdf, QPrinter *printer);

    QWebEngineProfile *m_profile;
    QWidget *m_window;
    std::unique_ptr<QPrinter> m_printer;
    bool m_busy = false;
};

} // namespace Docent
