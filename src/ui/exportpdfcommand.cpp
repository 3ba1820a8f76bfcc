#include "exportpdfcommand.h"

#include "application.h"
#include "navigation/bookselection.h"
#include "navigation/navigationtree.h"
#include "networkblocker.h"
#include "printing.h"
#include "schemehandler.h"
#include "pages/book.h"
#include "sphinx/project.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTimer>
#include <QWebEngineProfile>
#include <QWebEngineView>

#include <cstdio>

namespace Docent {
namespace {

constexpr int kTimeoutMs = 300'000;

// The web engine says a good deal on stderr when it starts without a GPU; none of it is news to
// someone exporting a PDF, and it would bury the one line that matters.
void quietEngineNoise(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (message.startsWith(QLatin1String("WebEngineContext used before")) ||
        message.startsWith(QLatin1String("No suitable graphics backend")) ||
        QLatin1String(context.category ? context.category : "").startsWith(QLatin1String("qt.webengine")))
        return;
    std::fprintf(stderr, "%s\n", qPrintable(qFormatLogMessage(type, context, message)));
}

int fail(const QString &message)
{
    std::fprintf(stderr, "docent export-pdf: %s\n", qPrintable(message));
    return 1;
}

} // namespace

int runExportPdf(int argc, char *argv[], const CommandLine &command)
{
    const QString path = command.path;
    const QString subtree = command.subtree;
    QString output = command.output;
    // No window is shown: the engine lays pages out offscreen, display or not.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    qInstallMessageHandler(quietEngineNoise);
    prepareWebEngine();
    QApplication app(argc, argv);

    QString error;
    auto opened = Project::open(path, &error, [dirs = command.allowedOutside](const QString &) { return dirs; });
    if (!opened)
        return fail(error);
    auto project = std::make_shared<Project>(std::move(*opened));

    const NavNode navigation = NavigationTree::build(*project);
    QUrl url;
    QString title;
    int pages = 1;
    if (!subtree.isEmpty()) {
        const NavNode *node = findNode(navigation, subtree);
        if (!node)
            return fail(QStringLiteral("no node of the section tree is called \"%1\"").arg(subtree));
        const BookSpec book = bookFor(*node);
        url = SchemeHandler::bookUrl(book);
        title = book.title;
        pages = int(book.docnames.size());
    } else if (QFileInfo(path).isFile()) {
        url = SchemeHandler::pageUrl(project->startDoc());
        title = project->document(project->startDoc())->title;
    } else {
        const BookSpec book = bookFor(navigation);
        url = SchemeHandler::bookUrl(book);
        title = project->title();
        pages = int(book.docnames.size());
    }
    if (output.isEmpty())
        output = pdfFileName(title);
    output = QFileInfo(output).absoluteFilePath();

    auto *profile = new QWebEngineProfile(&app); // off the record: nothing is written but the PDF
    auto *handler = new SchemeHandler(profile);
    handler->setProject(project);
    profile->installUrlSchemeHandler(SchemeHandler::scheme, handler);
    profile->setUrlRequestInterceptor(new NetworkBlocker(profile));

    int status = 1;
    QElapsedTimer clock;
    clock.start();
    QTimer::singleShot(kTimeoutMs, &app, [&] {
        std::fprintf(stderr, "docent export-pdf: gave up after %d s\n", kTimeoutMs / 1000);
        app.exit(1);
    });
    loadHidden(profile, url, [&](QWebEngineView *view, bool ok) {
        if (!ok) {
            fail(QStringLiteral("the pages could not be laid out"));
            view->deleteLater();
            app.exit(1);
            return;
        }
        writePdf(view->page(), output, defaultPageLayout(), [&, view](bool written) {
            if (written) {
                std::printf("%s: \"%s\", %d page%s of the tree, %lld ms\n", qPrintable(output), qPrintable(title),
                            pages, pages == 1 ? "" : "s", static_cast<long long>(clock.elapsed()));
                status = 0;
            } else {
                fail(QStringLiteral("%1 could not be written").arg(output));
            }
            view->deleteLater();
            app.exit(status);
        });
    });
    const int code = app.exec();
    // Pages must go before their profile.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    return code == 0 ? status : code;
}

} // namespace Docent
