// libFuzzer target: any bytes through the reST parser (both registries), the pseudo-XML dump and
// the HTML writer. Built only with -DDOCENT_FUZZ=ON and clang; see tests/fuzz/README.md.
#include "doctree/pseudoxml.h"
#include "html/htmlwriter.h"
#include "rst/parser.h"
#include "rst/registry.h"

#include <QString>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size > 64 * 1024)
        return 0; // keep each run short; length is not what finds bugs here
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto plain = Docent::parseRst(text, QStringLiteral("fuzz"), Docent::Registry::docutils());
    (void)Docent::toPseudoXml(*plain);
    const auto sphinx = Docent::parseRst(text, QStringLiteral("fuzz"), Docent::Registry::sphinx());
    (void)Docent::HtmlWriter::body(*sphinx, {});
    return 0;
}
