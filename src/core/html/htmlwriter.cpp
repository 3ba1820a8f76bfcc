// The public face of the HTML writer: the page around the body that BodyWriter writes, and the theme.
#include "htmlwriter.h"

#include "appfiles.h"
#include "bodywriter_p.h"
#include "codehighlighter.h"
#include "pagestrings.h"

#include <QFile>

namespace Docent {
namespace {

// <html lang>, and in the app the copy button's words for the page script, in the tree's language.
QString htmlAttributes(const QString &language, bool inApp)
{
    QString attributes;
    if (const QString lang = pageLanguage(language); !lang.isEmpty())
        attributes += QStringLiteral(" lang=\"%1\"").arg(lang.toHtmlEscaped());
    if (!inApp)
        return attributes;
    const std::pair<const char *, QString> words[] = {{"copy", QStringLiteral("Copy")},
                                                      {"copy-title", QStringLiteral("Copy the code")},
                                                      {"copied", QStringLiteral("Copied")},
                                                      {"not-copied", QStringLiteral("Not copied")}};
    for (const auto &[name, english] : words)
        attributes += QStringLiteral(" data-%1=\"%2\"").arg(QLatin1String(name), pageText(language, english).toHtmlEscaped());
    return attributes;
}

} // namespace

QString HtmlWriter::body(const Node &document, const HtmlOptions &options)
{
    BodyWriter w(options);
    w.visit(document);
    return w.out;
}

QString HtmlWriter::themeCss()
{
    QFile f(QStringLiteral(":/docent/theme.css"));
    QString css;
    if (f.open(QIODevice::ReadOnly))
        css = QString::fromUtf8(f.readAll());
    return css + CodeHighlighter::themeCss();
}

QString HtmlWriter::page(const Node &document, const HtmlOptions &options)
{
    return wrap(options.title, options.mode, body(document, options), options.language);
}

QString HtmlWriter::wrap(const QString &title, PageMode mode, const QString &articleHtml, const QString &language)
{
    // Shown in Docent (the theme comes from the app host), the page gets Docent's script and
    // KaTeX from that host, and the CSP allows scripts from there only: no inline script, no
    // event handler attributes, nothing from the tree (docent://tree) or elsewhere.
    const QString app = QLatin1String(AppFiles::origin) + u'/';
    const bool inApp = mode == PageMode::InApp;
    const bool katex = inApp && !AppFiles::katexDir().isEmpty();
    // A static site's pages load the tree's images copied beside them, and nothing else.
    const QString images = mode == PageMode::Site ? QStringLiteral("'self' file: data:") : QStringLiteral("docent: data:");
    QString html = QStringLiteral("<!DOCTYPE html>\n<html") + htmlAttributes(language, inApp) +
                   QStringLiteral("><head><meta charset=\"utf-8\">\n"
                                  "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
                                  "img-src %1; style-src docent: 'unsafe-inline'; ")
                       .arg(images);
    if (inApp)
        html += QStringLiteral("font-src %1; script-src %1").arg(QLatin1String(AppFiles::origin));
    else
        html += QStringLiteral("font-src docent:");
    html += QStringLiteral("\">\n<meta name=\"color-scheme\" content=\"light dark\">\n");
    html += QStringLiteral("<title>%1</title>\n").arg(title.toHtmlEscaped());
    if (katex)
        html += QStringLiteral("<link rel=\"stylesheet\" href=\"%1katex/katex.min.css\">\n").arg(app);
    if (inApp)
        html += QStringLiteral("<link rel=\"stylesheet\" href=\"%1theme.css\">\n").arg(app);
    else
        html += QStringLiteral("<style>\n") + themeCss() + QStringLiteral("</style>\n");
    if (katex)
        html += QStringLiteral("<script defer src=\"%1katex/katex.min.js\"></script>\n").arg(app);
    if (inApp)
        html += QStringLiteral("<script defer src=\"%1docent.js\"></script>\n").arg(app);
    html += QStringLiteral("</head>\n<body>\n<article class=\"document\">\n");
    html += articleHtml;
    html += QStringLiteral("</article>\n</body></html>\n");
    return html;
}

} // namespace Docent
