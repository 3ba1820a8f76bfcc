#include "application.h"

#include "fileopenfilter.h"
#include "mainwindow.h"
#include "schemehandler.h"
#include "singleinstance.h"
#include "uilanguage.h"
#include "resources.h"
#include "sphinx/project.h"

#include <QApplication>
#include <QFileInfo>
#include <QMessageBox>

#include <cstdio>
#include <optional>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace Docent {
namespace {

// Without a display Qt would abort with a cryptic message; say what to do instead.
bool displayAvailable()
{
#if defined(Q_OS_LINUX) || defined(Q_OS_FREEBSD)
    if (!qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        return true;
    return !qEnvironmentVariableIsEmpty("DISPLAY") || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY");
#else
    return true;
#endif
}

// Hands the request to a running window; an exit status when that is all this process has to do.
std::optional<int> handOver(SingleInstance &instance, const OpenRequest &request)
{
    for (int attempt = 0; attempt < 2; ++attempt) {
        switch (instance.sendToRunning(request)) {
        case SingleInstance::Handover::Delivered:
            return 0;
        case SingleInstance::Handover::NotAnswering:
            // Its socket stays: taking it over would leave two windows acting on one request.
            std::fputs("docent: a Docent window is running but did not answer in time; it may still open the "
                       "file once it is free\n",
                       stderr);
            return 1;
        case SingleInstance::Handover::Refused:
            std::fprintf(stderr, "docent: %s; opening a window of its own\n", qPrintable(instance.error()));
            return std::nullopt;
        case SingleInstance::Handover::NobodyRunning:
            // Another start may take the channel between the look and the listen: then it gets the request.
            if (instance.listen())
                return std::nullopt;
            break;
        }
    }
    std::fprintf(stderr, "docent: %s; opening a window of its own\n", qPrintable(instance.error()));
    return std::nullopt;
}

// A path that does not exist, said on stderr and, where nobody reads stderr, in a dialog.
int refuseMissingPath(int argc, char *argv[], const QString &path)
{
    std::fprintf(stderr, "docent: %s: no such file or folder\n", qPrintable(path));
#ifdef Q_OS_UNIX
    const bool noTerminal = startedWithoutTerminal(isatty(STDIN_FILENO), isatty(STDERR_FILENO),
                                                   !qEnvironmentVariableIsEmpty("GIO_LAUNCHED_DESKTOP_FILE"));
#else
    const bool noTerminal = true; // a GUI program there has no console to print to
#endif
    // Offscreen and minimal platforms show nothing: a dialog there would only wait forever.
    const QByteArray platform = qgetenv("QT_QPA_PLATFORM");
    const bool showsWindows = !platform.startsWith("offscreen") && !platform.startsWith("minimal");
    if (noTerminal && showsWindows && displayAvailable()) {
        QApplication app(argc, argv);
        installTranslators(app);
        QMessageBox::critical(nullptr, MainWindow::tr("Cannot open"), MainWindow::tr("%1: no such file or folder").arg(path));
    }
    return 1;
}

} // namespace

bool startedWithoutTerminal(bool stdinIsTerminal, bool stderrIsTerminal, bool launchedFromDesktopFile)
{
    return launchedFromDesktopFile || (!stdinIsTerminal && !stderrIsTerminal);
}

void prepareWebEngine()
{
#ifdef Q_OS_UNIX
    // Chromium refuses to run as root with its sandbox on.
    if (geteuid() == 0 && qEnvironmentVariableIsEmpty("QTWEBENGINE_DISABLE_SANDBOX"))
        qputenv("QTWEBENGINE_DISABLE_SANDBOX", "1");
#endif
    // Qt 6.4 cannot switch WebRTC off; this policy keeps it from sending any UDP (STUN, peers),
    // and Docent has no proxy for the rest to go through. Appended, so it wins over an earlier one.
    QByteArray flags = qgetenv("QTWEBENGINE_CHROMIUM_FLAGS");
    flags += (flags.isEmpty() ? "" : " ") + QByteArray("--force-webrtc-ip-handling-policy=disable_non_proxied_udp");
    qputenv("QTWEBENGINE_CHROMIUM_FLAGS", flags);
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    initCoreResources();
    SchemeHandler::registerScheme();
}

int runApplication(int argc, char *argv[], QString path)
{
    QString anchor;
    // "docent page.rst#section": the fragment names a section, unless the file's name has a '#'
    if (const qsizetype hash = path.lastIndexOf(u'#'); hash > 0 && !QFileInfo::exists(path)) {
        anchor = path.mid(hash + 1);
        path.truncate(hash);
    }
    if (!path.isEmpty()) {
        // Check the path before any window exists, so the command line gets a plain answer.
        if (!QFileInfo::exists(path))
            return refuseMissingPath(argc, argv, path);
    }
    if (!displayAvailable()) {
        std::fputs("docent: no display found (DISPLAY and WAYLAND_DISPLAY are not set).\n"
                   "Run it inside a desktop session, or under a virtual display: xvfb-run -a docent [PATH]\n"
                   "The sub-commands need no display: docent dump, render, check and export-pdf (docent --help).\n",
                   stderr);
        return 2;
    }
    prepareWebEngine();
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Docent"));
    QApplication::setOrganizationName(QStringLiteral("Docent"));
    QApplication::setApplicationVersion(QStringLiteral(DOCENT_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("org.docent.Docent"));
    installTranslators(app);

    // A window is already open: hand it the path (made absolute: its working folder differs).
    SingleInstance instance;
    const OpenRequest request{path.isEmpty() ? QString() : QFileInfo(path).absoluteFilePath(), anchor};
    if (qEnvironmentVariableIsEmpty("DOCENT_NEW_INSTANCE")) {
        if (const std::optional<int> status = handOver(instance, request))
            return *status;
    } else {
        instance.listen();
    }

    MainWindow window;
    QObject::connect(&instance, &SingleInstance::received, &window, &MainWindow::openRequested);
    // macOS hands files opened from the Finder as events, not arguments.
    app.installEventFilter(new FileOpenFilter(&window));
    if (path.isEmpty()) {
        window.openManual();
    } else {
        // Read on a worker while the window comes up; a path that cannot be opened ends Docent.
        bool failed = false;
        window.openTree(path, anchor, [&window, &failed](const QString &error) {
            std::fprintf(stderr, "docent: %s\n", qPrintable(error));
            QMessageBox::critical(&window, MainWindow::tr("Cannot open"), error);
            failed = true;
            QCoreApplication::exit(1);
        });
        if (failed) // said before the event loop runs, which exit() does not stop
            return 1;
    }
    window.show();
    return app.exec();
}

} // namespace Docent
