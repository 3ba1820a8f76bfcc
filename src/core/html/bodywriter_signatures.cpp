// The pieces of an object description's signature, written with the classes of Sphinx's HTML so
// that its stylesheets and a reader's expectations both hold: names, prefixes, keywords,
// parameters in parentheses separated by commas, optional groups in brackets, the return annotation.
#include "bodywriter_p.h"

namespace Docent {

void BodyWriter::signaturePart(const Node &n)
{
    static const QHash<QString, QString> classes = {
        {QStringLiteral("desc_name"), QStringLiteral("sig-name descname")},
        {QStringLiteral("desc_addname"), QStringLiteral("sig-prename descclassname")},
        {QStringLiteral("desc_sig_name"), QStringLiteral("n")},
        {QStringLiteral("desc_sig_operator"), QStringLiteral("o")},
        {QStringLiteral("desc_sig_punctuation"), QStringLiteral("p")},
        {QStringLiteral("desc_sig_keyword"), QStringLiteral("k")},
        {QStringLiteral("desc_sig_keyword_type"), QStringLiteral("kt")},
        {QStringLiteral("desc_sig_space"), QStringLiteral("w")},
        {QStringLiteral("desc_sig_literal_number"), QStringLiteral("m")},
        {QStringLiteral("desc_sig_literal_string"), QStringLiteral("s")},
    };
    out += QStringLiteral("<span class=\"%1\">").arg(classes.value(n.tag()));
    children(n);
    out += QStringLiteral("</span>");
}

void BodyWriter::descAnnotation(const Node &n)
{
    out += QStringLiteral("<em class=\"property\">");
    children(n);
    out += QStringLiteral("</em>");
}

void BodyWriter::descParameterList(const Node &n)
{
    out += QStringLiteral("<span class=\"sig-paren\">(</span>");
    m_firstParameter = true;
    children(n);
    out += QStringLiteral("<span class=\"sig-paren\">)</span>");
}

void BodyWriter::descParameter(const Node &n)
{
    if (!m_firstParameter)
        out += QStringLiteral(", ");
    m_firstParameter = false;
    const bool plain = n.hasAttribute(QStringLiteral("noemph"));
    out += plain ? QStringLiteral("<span class=\"sig-param\">") : QStringLiteral("<em class=\"sig-param\">");
    children(n);
    out += plain ? QStringLiteral("</span>") : QStringLiteral("</em>");
}

void BodyWriter::descOptional(const Node &n)
{
    out += QStringLiteral("<span class=\"optional\">[</span>");
    children(n);
    out += QStringLiteral("<span class=\"optional\">]</span>");
}

void BodyWriter::descReturns(const Node &n)
{
    out += QStringLiteral(" <span class=\"sig-return\"><span class=\"sig-return-icon\">&#x2192;</span> "
                          "<span class=\"sig-return-typehint\">");
    children(n);
    out += QStringLiteral("</span></span>");
}

} // namespace Docent
