// Literal blocks (highlighted, with line numbers and emphasized lines as asked), math blocks and
// raw content.
#include "bodywriter_p.h"

#include "codehighlighter.h"

#include <QSet>

namespace Docent {

void BodyWriter::codeBlock(const Node &n)
{
    QString language = n.attribute(QStringLiteral("language"));
    if (language.isEmpty() && n.classes.size() > 1 && n.classes.first() == u"code")
        language = n.classes.at(1);
    if (n.is(u"doctest_block"))
        language = QStringLiteral("pycon");
    const bool captioned = n.hasAttribute(QStringLiteral("caption"));
    if (captioned)
        out += QStringLiteral("<div class=\"code-block-caption\"") + idAttr(n) +
               QStringLiteral(">%1<span class=\"caption-text\">%2</span></div>")
                   .arg(captionNumber(n), esc(n.attribute(QStringLiteral("caption"))));
    out += QStringLiteral("<pre") + (captioned ? QString() : idAttr(n)) + QStringLiteral(" class=\"code");
    if (!language.isEmpty())
        out += QStringLiteral(" lang-") + esc(language);
    out += QStringLiteral("\">") + (captioned ? QString() : extraAnchors(n));
    bool plain = true;
    for (const auto &c : n.children())
        plain = plain && c->isText();
    if (!plain) {
        children(n); // parsed-literal keeps its inline markup
        out += QStringLiteral("</pre>\n");
        return;
    }
    const QString html = CodeHighlighter::toHtml(n.astext(), language.isEmpty() ? m_defaultLanguage : language);
    const bool linenos = n.hasAttribute(QStringLiteral("linenos"));
    QSet<int> emphasized;
    for (const QString &l : n.attribute(QStringLiteral("hl_lines")).split(u' ', Qt::SkipEmptyParts))
        emphasized.insert(l.toInt());
    if (!linenos && emphasized.isEmpty()) {
        out += html + QStringLiteral("</pre>\n");
        return;
    }
    // The highlighter closes its spans at each line end, so lines can be wrapped one by one.
    const QStringList lines = html.split(u'\n');
    const int start = n.hasAttribute(QStringLiteral("lineno-start")) ? n.attribute(QStringLiteral("lineno-start")).toInt() : 1;
    const int width = int(QString::number(start + lines.size() - 1).size());
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (i)
            out += u'\n';
        const bool hl = emphasized.contains(int(i) + 1);
        if (hl)
            out += QStringLiteral("<span class=\"hll\">");
        if (linenos)
            out += QStringLiteral("<span class=\"linenos\">%1</span>").arg(start + int(i), width);
        out += lines[i];
        if (hl)
            out += QStringLiteral("</span>");
    }
    out += QStringLiteral("</pre>\n");
}

void BodyWriter::mathBlock(const Node &n)
{
    out += QStringLiteral("<div class=\"math-block\"") + idAttr(n) + u'>';
    if (n.hasAttribute(QStringLiteral("number"))) // a labelled equation, as :eq: shows it
        out += QStringLiteral("<span class=\"eqno\">(%1)</span>").arg(esc(n.attribute(QStringLiteral("number"))));
    out += QStringLiteral("<span class=\"math-note\">LaTeX math, shown as source</span><pre class=\"math\">");
    children(n);
    out += QStringLiteral("</pre></div>\n");
}

void BodyWriter::raw(const Node &n)
{
    // Raw HTML could carry script: never passed through.
    out += QStringLiteral("<div class=\"notice\">Raw %1 content is not shown.</div>\n")
               .arg(esc(n.attribute(QStringLiteral("format"))));
}

} // namespace Docent
