// Docent's entry point: the command line is read once; headless sub-commands run without a
// display, otherwise the window opens.
#include "application.h"
#include "cli/commandline.h"
#include "cli/headlesscommands.h"
#include "exportpdfcommand.h"
#include "fetchcommand.h"

#include <QCoreApplication>
#include <QTextStream>

#ifdef Q_OS_WIN
#include <cstdio>
#include <windows.h>

// docent.exe is a GUI program (no console window opens when it is started from Explorer), so it
// has no console of its own: started from one, `docent render` and the other commands write to
// that console instead. Output redirected to a file or a pipe is left as it is.
static void useParentConsole()
{
    const HANDLE out = GetStdHandle(STD_OUTPUT_HANDLE);
    if ((out == nullptr || out == INVALID_HANDLE_VALUE) && AttachConsole(ATTACH_PARENT_PROCESS)) {
        std::freopen("CONOUT$", "w", stdout);
        std::freopen("CONOUT$", "w", stderr);
    }
}
#endif

#if defined(__GLIBC__) && defined(Q_OS_LINUX)
#include <cstdlib>
#include <cstring>
#include <string>
#include <unistd.h>

// `check` and `render` build every document of a tree: hundreds of MB of small nodes and strings,
// and a third of their time went to the kernel's faults on fresh 4 KiB pages (cpython's check:
// 67,000 faults, 0.5 s of 1.5 s). glibc's malloc asks for transparent huge pages when its
// tunable says so, and tunables are read only when a process starts: so these two commands
// start themselves once more with it set (the program itself, the same arguments).
static void restartWithHugePages(char *argv[])
{
    const char *current = std::getenv("GLIBC_TUNABLES");
    if (current && std::strstr(current, "glibc.malloc.hugetlb"))
        return; // set already (by the user, or by the first start)
    const std::string tunables =
        (current && *current ? std::string(current) + ':' : std::string()) + "glibc.malloc.hugetlb=1";
    if (setenv("GLIBC_TUNABLES", tunables.c_str(), 1) != 0)
        return;
    execv("/proc/self/exe", argv);
    unsetenv("GLIBC_TUNABLES"); // exec failed: carry on in this process, as before
    if (current)
        setenv("GLIBC_TUNABLES", current, 1);
}
#endif

int main(int argc, char *argv[])
{
#ifdef Q_OS_WIN
    useParentConsole();
#endif
    QStringList args;
    for (int i = 1; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);
    QTextStream out(stdout), err(stderr);
    const Docent::ParsedCommandLine parsed = Docent::parseCommandLine(args, out, err);
    if (!parsed.commandLine) {
        out.flush();
        err.flush();
        return parsed.status;
    }
    const Docent::CommandLine &command = *parsed.commandLine;
    switch (command.command) {
    case Docent::CommandLine::Command::Open:
        return Docent::runApplication(argc, argv, command.path);
    case Docent::CommandLine::Command::ExportPdf: // needs the web engine, though no display
        return Docent::runExportPdf(argc, argv, command);
    case Docent::CommandLine::Command::Render:
    case Docent::CommandLine::Command::Check:
#if defined(__GLIBC__) && defined(Q_OS_LINUX)
        restartWithHugePages(argv);
#endif
        break;
    case Docent::CommandLine::Command::Dump:
    case Docent::CommandLine::Command::Search:
    case Docent::CommandLine::Command::IntersphinxFetch:
        break;
    }
    QCoreApplication app(argc, argv);
    // As the window names itself: `docent search` and the window share the index in the cache.
    QCoreApplication::setApplicationName(QStringLiteral("Docent"));
    QCoreApplication::setOrganizationName(QStringLiteral("Docent"));
    // The one command that uses the network, when asked by name: docent_net, not docent_cli.
    const int status = command.command == Docent::CommandLine::Command::IntersphinxFetch
                           ? Docent::runIntersphinxFetch(command, out, err)
                           : Docent::runHeadlessCommand(command, out, err);
    out.flush();
    err.flush();
    return status;
}
