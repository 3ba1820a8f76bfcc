// Inline markup with more to it than one element: literals, abbreviations, math and
// substitution references left unresolved.
#include "bodywriter_p.h"

namespace Docent {

void BodyWriter::literal(const Node &n)
{
    if (n.classes.contains(QStringLiteral("kbd"))) {
        tag(n, "kbd");
    } else if (n.classes.contains(QStringLiteral("domain-role"))) {
        out += QStringLiteral("<code class=\"xref domain-role\" title=\"%1\">")
                   .arg(esc(QStringLiteral(":%1: %2 (resolved at Sphinx build time)")
                                .arg(n.attribute(QStringLiteral("role")), n.attribute(QStringLiteral("reftarget")))));
        children(n);
        out += QStringLiteral("</code>");
    } else {
        tag(n, "code", QStringLiteral("literal"));
    }
}

void BodyWriter::abbreviation(const Node &n)
{
    out += QStringLiteral("<abbr");
    if (n.hasAttribute(QStringLiteral("explanation")))
        out += QStringLiteral(" title=\"%1\"").arg(esc(n.attribute(QStringLiteral("explanation"))));
    out += classAttr(n) + u'>';
    children(n);
    out += QStringLiteral("</abbr>");
}

void BodyWriter::math(const Node &n)
{
    out += QStringLiteral("<code class=\"math\" title=\"LaTeX math, shown as source\">");
    children(n);
    out += QStringLiteral("</code>");
}

void BodyWriter::substitutionReference(const Node &n)
{
    // Still here after the transforms: undefined, circular or nested too deep.
    out += QStringLiteral("<span class=\"problematic\" title=\"undefined substitution\">|");
    children(n);
    out += QStringLiteral("|</span>");
}

} // namespace Docent
