// Docent's own files for its pages, served from docent://app/: the theme, the page script and
// KaTeX. KaTeX is read at run time from Debian's libjs-katex package, never from the network and
// never from the documentation tree; without it math stays as LaTeX source.
#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace Docent::AppFiles {

/// Where the app's files are served; the only origin a page's CSP allows scripts from.
inline constexpr char origin[] = "docent://app";

struct File {
    QByteArray mime;
    QByteArray data;
};

/// The app file at `path` ("/theme.css", "/docent.js", "/katex/katex.min.js",
/// "/katex/fonts/KaTeX_Main-Regular.woff2" ...), or nullopt for anything else.
std::optional<File> read(const QString &path);

/// KaTeX's folder, or empty when it is not installed. DOCENT_KATEX_DIR overrides the Debian
/// location (set empty, it makes KaTeX absent: tests of the fallback).
QString katexDir();

} // namespace Docent::AppFiles
