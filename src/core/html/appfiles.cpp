#include "appfiles.h"

#include "htmlwriter.h"
#include "resources.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace Docent::AppFiles {
namespace {

constexpr char kDebianKatexDir[] = "/usr/share/javascript/katex";

std::optional<File> readFile(const QString &path, const QByteArray &mime)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return std::nullopt;
    return File{mime, f.readAll()};
}

} // namespace

QString katexDir()
{
    const QString dir = qEnvironmentVariableIsSet("DOCENT_KATEX_DIR") ? qEnvironmentVariable("DOCENT_KATEX_DIR")
                                                                      : QString::fromLatin1(kDebianKatexDir);
    if (dir.isEmpty() || !QFileInfo::exists(dir + QStringLiteral("/katex.min.js")))
        return {};
    return dir;
}

std::optional<File> read(const QString &path)
{
    if (path == u"/theme.css")
        return File{"text/css", HtmlWriter::themeCss().toUtf8()};
    if (path == u"/docent.js") {
        initCoreResources();
        return readFile(QStringLiteral(":/docent/docent.js"), "text/javascript");
    }
    // Only KaTeX's script, style sheet and fonts, by name: no path from a page reaches any other
    // file (the fonts folder is a link into /usr/share/fonts, so names are checked, not folders).
    const QString katex = katexDir();
    if (katex.isEmpty())
        return std::nullopt;
    if (path == u"/katex/katex.min.js")
        return readFile(katex + QStringLiteral("/katex.min.js"), "text/javascript");
    if (path == u"/katex/katex.min.css")
        return readFile(katex + QStringLiteral("/katex.min.css"), "text/css");
    static const QRegularExpression font(QStringLiteral("^/katex/fonts/(KaTeX_[A-Za-z0-9_-]+\\.(woff2|woff|ttf))$"));
    const auto m = font.match(path);
    if (m.hasMatch())
        return readFile(katex + QStringLiteral("/fonts/") + m.captured(1), "font/" + m.captured(2).toLatin1());
    return std::nullopt;
}

} // namespace Docent::AppFiles
