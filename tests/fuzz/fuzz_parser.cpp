// libFuzzer target: any bytes through the reST parser (both registries), the pseudo-XML dump and
// the HTML writer. The input is parsed in a folder of small fixture files, made once per run, so
// that the directives which read files (include with its options, literalinclude, raw and
// csv-table with :file:, image) reach their reading paths; rst.dict names the files.
// Built only with -DDOCENT_FUZZ=ON and clang; see README.md beside this file.
#include "doctree/pseudoxml.h"
#include "html/htmlwriter.h"
#include "transforms/transforms.h"
#include "rst/parser.h"
#include "rst/registry.h"

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QString>
#include <QTemporaryDir>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

namespace {

void write(const QDir &dir, const QString &name, const QByteArray &data)
{
    QFile f(dir.filePath(name));
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        std::abort(); // without the fixtures the reading paths go untested
    f.write(data);
}

// The fixture folder, made the working directory (relative paths in the input resolve against
// it: the parsed text has no file of its own). It goes with the process.
void enterFixtures()
{
    static QTemporaryDir folder;
    if (!folder.isValid() || !QDir(folder.path()).mkdir(QStringLiteral("sub")))
        std::abort();
    const QDir dir(folder.path());
    // reST with a section, a target, a substitution and two more inclusions (one of a file in
    // another folder, which includes relative to its own); including it again is circular.
    write(dir, QStringLiteral("a.rst"),
          "Included\n========\n\n.. _inc:\n\nSome *text* with |s|.\n\n.. |s| replace:: a **substitute**\n\n"
          ".. include:: b.txt\n   :literal:\n\n.. include:: sub/c.rst\n");
    write(dir, QStringLiteral("sub/c.rst"), "- item\n\n  .. include:: ../b.txt\n     :start-after: START\n");
    // Plain text with a tab, markers for :start-after: / :end-before:, and Latin-1 bytes.
    write(dir, QStringLiteral("b.txt"),
          "line one\n\tindented\nSTART\n*emphasis* and ``code``\nEND\ncaf\xe9\n");
    write(dir, QStringLiteral("t.csv"), "a,\"b, quoted\",c\n1,\"two\nlines\",3\n");
    write(dir, QStringLiteral("img.svg"), "<svg xmlns='http://www.w3.org/2000/svg' width='10' height='20'/>");
    if (!QDir::setCurrent(dir.path()))
        std::abort();
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    enterFixtures();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size > 64 * 1024)
        return 0; // keep each run short; length is not what finds bugs here
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto plain = Docent::parseRst(text, QStringLiteral("fuzz"), Docent::Registry::docutils());
    (void)Docent::toPseudoXml(*plain);
    const auto sphinx = Docent::parseRst(text, QStringLiteral("fuzz"), Docent::Registry::sphinx());
    (void)Docent::applyDocutilsTransforms(*sphinx, {{QStringLiteral("version"), QStringLiteral("1.0")}});
    (void)Docent::HtmlWriter::body(*sphinx, {});
    return 0;
}
