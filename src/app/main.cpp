// Docent's entry point: headless sub-commands run without a display; otherwise the window opens.
#include "cli/headlesscommands.h"
#include "application.h"
#include "exportpdfcommand.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char *argv[])
{
    QStringList args;
    for (int i = 1; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);
    if (args.value(0) == u"export-pdf") // needs the web engine, though no display
        return Docent::runExportPdf(argc, argv);
    if (Docent::isHeadlessCommand(args)) {
        QCoreApplication app(argc, argv);
        QTextStream out(stdout), err(stderr);
        const int status = Docent::runHeadlessCommand(args, out, err);
        out.flush();
        err.flush();
        return status;
    }
    return Docent::runApplication(argc, argv);
}
