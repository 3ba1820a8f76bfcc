// The body writer's dispatch: the table from a node's tag to the member function that writes it.
#include "bodywriter_p.h"

#include <QSet>

namespace Docent {

// The names, prefixes, keywords and punctuation of signatures are all spans (signaturePart).
QHash<QString, BodyWriter::Write> BodyWriter::withSignatureParts(QHash<QString, Write> table)
{
    for (const char *tag : {"desc_name", "desc_addname", "desc_sig_name", "desc_sig_operator", "desc_sig_punctuation",
                            "desc_sig_keyword", "desc_sig_keyword_type", "desc_sig_space", "desc_sig_literal_number",
                            "desc_sig_literal_string"})
        table.insert(QLatin1String(tag), &BodyWriter::signaturePart);
    return table;
}

const QHash<QString, BodyWriter::Write> &BodyWriter::kinds()
{
    using W = BodyWriter;
    static const QHash<QString, Write> table = withSignatureParts({
        // The document and its sections
        {QStringLiteral("document"), &W::children},
        {QStringLiteral("section"), &W::section},
        {QStringLiteral("title"), &W::title},
        {QStringLiteral("transition"), &W::transition},
        // Paragraphs and other body elements
        {QStringLiteral("paragraph"), &W::element<"p">},
        {QStringLiteral("block_quote"), &W::element<"blockquote">},
        {QStringLiteral("attribution"), &W::attribution},
        {QStringLiteral("line_block"), &W::element<"div", "line-block">},
        {QStringLiteral("line"), &W::line},
        {QStringLiteral("rubric"), &W::element<"p", "rubric">},
        {QStringLiteral("container"), &W::container},
        {QStringLiteral("compound"), &W::container},
        {QStringLiteral("topic"), &W::aside},
        {QStringLiteral("sidebar"), &W::aside},
        {QStringLiteral("image"), &W::image},
        {QStringLiteral("figure"), &W::element<"figure">},
        {QStringLiteral("caption"), &W::caption},
        {QStringLiteral("legend"), &W::element<"div", "legend">},
        {QStringLiteral("system_message"), &W::problem},
        {QStringLiteral("docent_notice"), &W::notice},
        // Lists
        {QStringLiteral("bullet_list"), &W::element<"ul">},
        {QStringLiteral("enumerated_list"), &W::enumeratedList},
        {QStringLiteral("list_item"), &W::element<"li">},
        {QStringLiteral("definition_list"), &W::element<"dl">},
        {QStringLiteral("definition_list_item"), &W::children},
        {QStringLiteral("term"), &W::element<"dt">},
        {QStringLiteral("classifier"), &W::classifier},
        {QStringLiteral("definition"), &W::element<"dd">},
        {QStringLiteral("field_list"), &W::element<"dl", "field-list">},
        {QStringLiteral("field"), &W::children},
        {QStringLiteral("field_name"), &W::fieldName},
        {QStringLiteral("field_body"), &W::element<"dd">},
        {QStringLiteral("option_list"), &W::element<"dl", "option-list">},
        {QStringLiteral("option_list_item"), &W::children},
        {QStringLiteral("option_group"), &W::optionGroup},
        {QStringLiteral("option"), &W::children},
        {QStringLiteral("option_string"), &W::element<"span", "option">},
        {QStringLiteral("option_argument"), &W::optionArgument},
        {QStringLiteral("description"), &W::element<"dd">},
        // Admonitions
        {QStringLiteral("attention"), &W::admonition},
        {QStringLiteral("caution"), &W::admonition},
        {QStringLiteral("danger"), &W::admonition},
        {QStringLiteral("error"), &W::admonition},
        {QStringLiteral("hint"), &W::admonition},
        {QStringLiteral("important"), &W::admonition},
        {QStringLiteral("note"), &W::admonition},
        {QStringLiteral("tip"), &W::admonition},
        {QStringLiteral("warning"), &W::admonition},
        {QStringLiteral("seealso"), &W::admonition},
        {QStringLiteral("todo_node"), &W::todo},
        {QStringLiteral("admonition"), &W::titledAdmonition},
        // Literal blocks, math and raw content
        {QStringLiteral("literal_block"), &W::codeBlock},
        {QStringLiteral("doctest_block"), &W::codeBlock},
        {QStringLiteral("math_block"), &W::mathBlock},
        {QStringLiteral("raw"), &W::raw},
        // Inline markup
        {QStringLiteral("emphasis"), &W::element<"em">},
        {QStringLiteral("strong"), &W::element<"strong">},
        {QStringLiteral("literal"), &W::literal},
        {QStringLiteral("title_reference"), &W::element<"cite">},
        {QStringLiteral("subscript"), &W::element<"sub">},
        {QStringLiteral("superscript"), &W::element<"sup">},
        {QStringLiteral("inline"), &W::element<"span">},
        {QStringLiteral("problematic"), &W::element<"span", "problematic">},
        {QStringLiteral("abbreviation"), &W::abbreviation},
        {QStringLiteral("acronym"), &W::abbreviation},
        {QStringLiteral("math"), &W::math},
        {QStringLiteral("substitution_reference"), &W::substitutionReference},
        // References, targets, footnotes and citations
        {QStringLiteral("reference"), &W::reference},
        {QStringLiteral("pending_xref"), &W::xref},
        {QStringLiteral("target"), &W::target},
        {QStringLiteral("footnote"), &W::note},
        {QStringLiteral("citation"), &W::note},
        {QStringLiteral("label"), &W::nothing}, // written by note()
        {QStringLiteral("footnote_reference"), &W::noteReference},
        {QStringLiteral("citation_reference"), &W::noteReference},
        // Tables
        {QStringLiteral("table"), &W::table},
        // Sphinx's nodes
        {QStringLiteral("toctree"), &W::toctree},
        {QStringLiteral("todolist"), &W::todoList},
        {QStringLiteral("versionmodified"), &W::versionNote},
        {QStringLiteral("hlist"), &W::hlist},
        {QStringLiteral("glossary"), &W::element<"div", "glossary">},
        {QStringLiteral("only"), &W::only},
        {QStringLiteral("highlightlang"), &W::highlightLang},
        {QStringLiteral("desc"), &W::desc},
        {QStringLiteral("desc_signature"), &W::descSignature},
        {QStringLiteral("desc_signature_line"), &W::descSignatureLine},
        {QStringLiteral("desc_annotation"), &W::descAnnotation},
        {QStringLiteral("desc_parameterlist"), &W::descParameterList},
        {QStringLiteral("desc_parameter"), &W::descParameter},
        {QStringLiteral("desc_optional"), &W::descOptional},
        {QStringLiteral("desc_returns"), &W::descReturns},
        {QStringLiteral("desc_content"), &W::element<"dd">},
        {QStringLiteral("productionlist"), &W::productionList},
        {QStringLiteral("placeholder"), &W::placeholder},
        {QStringLiteral("extension_role"), &W::extensionRole},
        {QStringLiteral("graphviz"), &W::graph},
        // Invisible
        {QStringLiteral("comment"), &W::nothing},
        {QStringLiteral("substitution_definition"), &W::nothing},
        {QStringLiteral("toctree_entry"), &W::nothing},
        {QStringLiteral("index"), &W::nothing},
        {QStringLiteral("program"), &W::nothing},
        {QStringLiteral("pending"), &W::nothing},
    });
    return table;
}

void BodyWriter::visit(const Node &n)
{
    if (n.isText()) {
        out += esc(n.textContent());
        return;
    }
    const QHash<QString, Write> &table = kinds();
    const auto kind = table.constFind(n.tag());
    if (kind == table.cend())
        children(n);
    else {
        const qsizetype start = out.size();
        (this->*kind.value())(n);
        if (m_opt.sourceLines && n.line() > 0)
            markLine(start, n.line());
    }
}

void BodyWriter::markLine(qsizetype start, int line)
{
    // Only elements a reader sees as a block: a line is found by scrolling to one of them.
    static const QSet<QString> blocks = {
        QStringLiteral("p"),     QStringLiteral("pre"),   QStringLiteral("div"),        QStringLiteral("section"),
        QStringLiteral("table"), QStringLiteral("ul"),    QStringLiteral("ol"),         QStringLiteral("dl"),
        QStringLiteral("dt"),    QStringLiteral("dd"),    QStringLiteral("li"),         QStringLiteral("blockquote"),
        QStringLiteral("figure"), QStringLiteral("aside"), QStringLiteral("h1"),        QStringLiteral("h2"),
        QStringLiteral("h3"),    QStringLiteral("h4"),    QStringLiteral("h5"),         QStringLiteral("h6")};
    if (start >= out.size() || out[start] != u'<')
        return;
    qsizetype end = start + 1;
    while (end < out.size() && out[end].isLetterOrNumber())
        ++end;
    if (!blocks.contains(out.mid(start + 1, end - start - 1)))
        return;
    // A node whose element is its first child's keeps the child's (closer) line.
    if (QStringView(out).mid(end).startsWith(QLatin1String(" data-line=")))
        return;
    out.insert(end, QStringLiteral(" data-line=\"%1\"").arg(line));
}

void BodyWriter::children(const Node &n)
{
    for (const auto &c : n.children())
        visit(*c);
}

void BodyWriter::tag(const Node &n, const char *name, const QString &cls)
{
    out += u'<' + QLatin1String(name) + idAttr(n) + classAttr(n, cls) + u'>' + extraAnchors(n);
    children(n);
    out += QStringLiteral("</") + QLatin1String(name) + QStringLiteral(">");
    // A line break after block elements only: inside code or a term it would show as a space.
    static const QSet<QString> inlineTags = {
        QStringLiteral("emphasis"), QStringLiteral("strong"),      QStringLiteral("literal"),
        QStringLiteral("title_reference"), QStringLiteral("subscript"), QStringLiteral("superscript"),
        QStringLiteral("inline"),   QStringLiteral("problematic"), QStringLiteral("option_string"),
        QStringLiteral("option_argument"), QStringLiteral("desc_name"), QStringLiteral("desc_addname")};
    if (n.parent() && !n.parent()->is(u"paragraph") && !inlineTags.contains(n.tag()))
        out += u'\n';
}

} // namespace Docent
