// libFuzzer target: the Sphinx project layer over a small tree made from the input. The input is
// split at lines "%%" into conf.py, index.rst, a.rst, sub/b.rst and sub/c.rst (missing parts stay
// empty files), beside fixed files a tree may refer to (an image, a CSV table, an include). The tree
// is opened, every page rendered, its problems and reference counts listed, all pages put into one
// book, and one document reloaded with another's text, so that cross-file references, toctrees,
// numbering, todos and the book are reached. Built only with -DDOCENT_FUZZ=ON; see README.md.
#include "pages/book.h"
#include "pages/projectcheck.h"
#include "pages/pagerenderer.h"
#include "html/htmlwriter.h"
#include "sphinx/project.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QList>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

namespace {

constexpr const char *kFileNames[] = {"conf.py", "index.rst", "a.rst", "sub/b.rst", "sub/c.rst"};

void write(const QString &path, const QByteArray &data)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        std::abort(); // the fuzzer's own folder must be writable, or nothing is tested
    f.write(data);
}

// One folder for the whole run, in memory where the system offers it: files are rewritten per input.
const QString &treeFolder()
{
    static const QString folder = [] {
        const QString base = QDir(QStringLiteral("/dev/shm")).exists() ? QStringLiteral("/dev/shm") : QDir::tempPath();
        QString path = base + QStringLiteral("/docent-fuzz-project-") + QString::number(QCoreApplication::applicationPid());
        QDir().mkpath(path + QStringLiteral("/sub"));
        write(path + QStringLiteral("/diagram.svg"), "<svg xmlns='http://www.w3.org/2000/svg'/>");
        write(path + QStringLiteral("/sub/table.csv"), "a,b\n1,2\n");
        write(path + QStringLiteral("/sub/part.txt"), "Included *text*.\n\n.. _included:\n\nInc\n---\n");
        return path;
    }();
    return folder;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size > 64 * 1024)
        return 0; // keep each run short; length is not what finds bugs here
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    const QString &root = treeFolder();
    qsizetype from = 0;
    for (const char *name : kFileNames) {
        qsizetype end = input.indexOf("\n%%\n", from);
        const bool last = end < 0 || name == kFileNames[std::size(kFileNames) - 1];
        if (last)
            end = input.size();
        write(root + u'/' + QLatin1String(name), from < input.size() ? input.mid(from, end - from) : QByteArray());
        from = last ? input.size() : end + 4;
    }

    QString error;
    std::optional<Docent::Project> project = Docent::Project::open(root, &error);
    if (!project)
        return 0;
    const QStringList docnames = project->docnames();
    for (const QString &docname : docnames)
        (void)Docent::PageRenderer(*project).page(docname, Docent::PageMode::InApp);
    (void)checkProject(*project);
    (void)countReferences(*project);
    (void)Docent::bookHtml(*project, Docent::BookSpec{QStringLiteral("Book"), docnames}, {});
    // The live-reload path: a.rst takes b's text and is read again, then every page once more.
    QFile::copy(root + QStringLiteral("/sub/b.rst"), root + QStringLiteral("/a.rst.new"));
    QFile::remove(root + QStringLiteral("/a.rst"));
    QFile::rename(root + QStringLiteral("/a.rst.new"), root + QStringLiteral("/a.rst"));
    project->reloadDocument(QStringLiteral("a"));
    for (const QString &docname : docnames)
        (void)Docent::PageRenderer(*project).page(docname, Docent::PageMode::Standalone);
    (void)checkProject(*project);
    return 0;
}
