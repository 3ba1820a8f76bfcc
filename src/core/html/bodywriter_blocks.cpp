// Body elements: sections and their titles, lists, line blocks, figures, admonitions, asides and
// the notices Docent writes in place of what it cannot show.
#include "bodywriter_p.h"
#include "pagestrings.h"

namespace Docent {
namespace {

QString admonitionTitle(const QString &tag, const QString &language)
{
    static const QHash<QString, QString> titles = {
        {QStringLiteral("attention"), QStringLiteral("Attention")}, {QStringLiteral("caution"), QStringLiteral("Caution")},
        {QStringLiteral("danger"), QStringLiteral("Danger")},       {QStringLiteral("error"), QStringLiteral("Error")},
        {QStringLiteral("hint"), QStringLiteral("Hint")},           {QStringLiteral("important"), QStringLiteral("Important")},
        {QStringLiteral("note"), QStringLiteral("Note")},           {QStringLiteral("tip"), QStringLiteral("Tip")},
        {QStringLiteral("warning"), QStringLiteral("Warning")},     {QStringLiteral("todo_node"), QStringLiteral("Todo")},
        {QStringLiteral("seealso"), QStringLiteral("See also")},
    };
    return pageText(language, titles.value(tag));
}

} // namespace

void BodyWriter::section(const Node &n)
{
    ++m_level;
    out += QStringLiteral("<section") + idAttr(n) + u'>' + extraAnchors(n);
    children(n);
    out += QStringLiteral("</section>\n");
    --m_level;
}

void BodyWriter::title(const Node &n)
{
    if (!n.parent() || !n.parent()->is(u"section")) {
        out += QStringLiteral("<p class=\"title\">");
        children(n);
        out += QStringLiteral("</p>\n");
        return;
    }
    const int h = std::min(m_level, 6);
    const QString id = n.parent()->ids.value(0);
    out += QStringLiteral("<h%1>").arg(h);
    const QString number = m_opt.sectionNumber ? m_opt.sectionNumber(*n.parent()) : QString();
    if (!number.isEmpty())
        out += QStringLiteral("<span class=\"section-number\">%1. </span>").arg(esc(number));
    children(n);
    if (!id.isEmpty())
        out += QStringLiteral("<a class=\"headerlink\" href=\"#%1\" title=\"%2\">¶</a>")
                   .arg(esc(id), esc(pageText(m_opt.language, QStringLiteral("Link to this heading"))));
    out += QStringLiteral("</h%1>\n").arg(h);
}

void BodyWriter::transition(const Node &)
{
    out += QStringLiteral("<hr>\n");
}

void BodyWriter::attribution(const Node &n)
{
    out += QStringLiteral("<p class=\"attribution\">\u2014 ");
    children(n);
    out += QStringLiteral("</p>\n");
}

void BodyWriter::line(const Node &n)
{
    out += QStringLiteral("<div class=\"line\">");
    children(n);
    out += n.childCount() ? QStringLiteral("</div>\n") : QStringLiteral("<br></div>\n");
}

void BodyWriter::enumeratedList(const Node &n)
{
    static const QHash<QString, QString> types = {{QStringLiteral("loweralpha"), QStringLiteral("a")},
                                                  {QStringLiteral("upperalpha"), QStringLiteral("A")},
                                                  {QStringLiteral("lowerroman"), QStringLiteral("i")},
                                                  {QStringLiteral("upperroman"), QStringLiteral("I")}};
    out += QStringLiteral("<ol");
    if (types.contains(n.attribute(QStringLiteral("enumtype"))))
        out += QStringLiteral(" type=\"%1\"").arg(types.value(n.attribute(QStringLiteral("enumtype"))));
    if (n.hasAttribute(QStringLiteral("start")))
        out += QStringLiteral(" start=\"%1\"").arg(esc(n.attribute(QStringLiteral("start"))));
    out += classAttr(n) + u'>';
    children(n);
    out += QStringLiteral("</ol>\n");
}

void BodyWriter::classifier(const Node &n)
{
    out += QStringLiteral(" <span class=\"classifier-delimiter\">:</span> ");
    tag(n, "span", QStringLiteral("classifier"));
}

void BodyWriter::optionGroup(const Node &n)
{
    out += QStringLiteral("<dt><kbd>");
    bool first = true;
    for (const auto &c : n.children()) {
        if (!first)
            out += QStringLiteral(", ");
        first = false;
        visit(*c);
    }
    out += QStringLiteral("</kbd></dt>\n");
}

void BodyWriter::optionArgument(const Node &n)
{
    out += n.hasAttribute(QStringLiteral("delimiter")) ? esc(n.attribute(QStringLiteral("delimiter"))) : QStringLiteral(" ");
    tag(n, "var");
}

// A field's name; an info field's label ("Parameters", "Returns") in the tree's language.
void BodyWriter::fieldName(const Node &n)
{
    if (!n.hasAttribute(QStringLiteral("docent:pagetext"))) {
        tag(n, "dt");
        return;
    }
    out += QStringLiteral("<dt") + idAttr(n) + classAttr(n, {}) + u'>' + esc(pageText(m_opt.language, n.astext())) +
           QStringLiteral("</dt>\n");
}

void BodyWriter::todo(const Node &n)
{
    if (m_opt.todosInBuild) {
        admonition(n);
        return;
    }
    out += QStringLiteral("<div") + idAttr(n) + classAttr(n, QStringLiteral("admonition todo_node todo-excluded")) +
           QStringLiteral("><p class=\"admonition-title\">") + esc(pageText(m_opt.language, QStringLiteral("Todo"))) +
           QStringLiteral(" <span class=\"todo-excluded-note\">(not in the "
                          "built documentation: todo_include_todos is off)</span></p>\n");
    children(n);
    out += QStringLiteral("</div>\n");
}

// An admonition's box and title. A collapsible one (Sphinx's :collapsible:) is a details element
// the reader folds by its summary, open unless the author said "closed".
void BodyWriter::admonitionStart(const Node &n, const QString &cls)
{
    const QString collapsible = n.attribute(QStringLiteral("collapsible"));
    if (collapsible.isEmpty()) {
        out += QStringLiteral("<div") + idAttr(n) + classAttr(n, cls) + QStringLiteral("><p class=\"admonition-title\">");
        return;
    }
    out += QStringLiteral("<details") + idAttr(n) + classAttr(n, cls + QStringLiteral(" collapsible")) +
           (collapsible == u"closed" ? QString() : QStringLiteral(" open")) +
           QStringLiteral("><summary class=\"admonition-title\">");
}

void BodyWriter::admonitionTitleEnd(const Node &n)
{
    out += n.hasAttribute(QStringLiteral("collapsible")) ? QStringLiteral("</summary>\n") : QStringLiteral("</p>\n");
}

void BodyWriter::admonitionEnd(const Node &n)
{
    out += n.hasAttribute(QStringLiteral("collapsible")) ? QStringLiteral("</details>\n") : QStringLiteral("</div>\n");
}

// An admonition of a kind with a title of its own: a note, a warning, ...
void BodyWriter::admonition(const Node &n)
{
    const QString &t = n.tag();
    admonitionStart(n, QStringLiteral("admonition ") + t);
    out += admonitionTitle(t, m_opt.language);
    admonitionTitleEnd(n);
    children(n);
    admonitionEnd(n);
}

// The generic admonition, titled by its author.
void BodyWriter::titledAdmonition(const Node &n)
{
    for (const auto &c : n.children()) {
        if (c->is(u"title")) {
            admonitionStart(n, QStringLiteral("admonition"));
            children(*c);
            admonitionTitleEnd(n);
        } else {
            visit(*c);
        }
    }
    admonitionEnd(n);
}

// A topic or a sidebar.
void BodyWriter::aside(const Node &n)
{
    out += QStringLiteral("<aside") + idAttr(n) + classAttr(n, n.tag()) + u'>';
    children(n);
    if (n.is(u"topic") && n.classes.contains(QStringLiteral("contents")))
        contentsList(n);
    out += QStringLiteral("</aside>\n");
}

// A container or a compound paragraph.
void BodyWriter::container(const Node &n)
{
    tag(n, "div", n.tag());
}

void BodyWriter::image(const Node &n)
{
    out += QStringLiteral("<img src=\"%1\" alt=\"%2\"").arg(esc(n.attribute(QStringLiteral("uri"))),
                                                          esc(n.attribute(QStringLiteral("alt"))));
    if (n.hasAttribute(QStringLiteral("width")))
        out += QStringLiteral(" style=\"width:%1\"").arg(esc(n.attribute(QStringLiteral("width"))));
    out += classAttr(n) + QStringLiteral(">\n");
}

void BodyWriter::caption(const Node &n)
{
    out += QStringLiteral("<figcaption") + idAttr(n) + classAttr(n) + u'>' + extraAnchors(n) +
           (n.parent() ? captionNumber(*n.parent()) : QString());
    children(n);
    out += QStringLiteral("</figcaption>\n");
}

// "Fig. 3 " before a caption, as Sphinx's numfig writes it; empty when not numbered.
QString BodyWriter::captionNumber(const Node &captioned) const
{
    const QString number = m_opt.captionNumber ? m_opt.captionNumber(captioned) : QString();
    return number.isEmpty() ? QString() : QStringLiteral("<span class=\"caption-number\">%1 </span>").arg(esc(number));
}

// A system message of the parser, shown from level 2 (warnings) up.
void BodyWriter::problem(const Node &n)
{
    const int level = n.attribute(QStringLiteral("level")).toInt();
    if (level < 2)
        return;
    const Node *text = n.childCount() ? n.child(0) : nullptr;
    out += QStringLiteral("<div class=\"problem level-%1\"%2><strong>Line %3:</strong> %4</div>\n")
               .arg(level)
               .arg(idAttr(n), esc(n.attribute(QStringLiteral("line"))), esc(text ? text->astext() : QString()));
}

void BodyWriter::notice(const Node &n)
{
    out += QStringLiteral("<div class=\"notice\">") + esc(n.astext()) + QStringLiteral("</div>\n");
}

} // namespace Docent
