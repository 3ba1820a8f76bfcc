#include "htmlwriter.h"

#include "appfiles.h"
#include "codehighlighter.h"
#include "doctree/node.h"
#include "doctree/xrefresolution.h"

#include <QFile>
#include <QHash>
#include <QSet>

namespace Docent {
namespace {

QString esc(const QString &s) { return s.toHtmlEscaped(); }

QString idAttr(const Node &n)
{
    return n.ids.isEmpty() ? QString() : QStringLiteral(" id=\"%1\"").arg(esc(n.ids.first()));
}

// Extra ids beyond the first become empty anchors so every label still works as a fragment.
QString extraAnchors(const Node &n)
{
    QString out;
    for (qsizetype i = 1; i < n.ids.size(); ++i)
        out += QStringLiteral("<span id=\"%1\"></span>").arg(esc(n.ids[i]));
    return out;
}

QString classAttr(const Node &n, const QString &base = {})
{
    QStringList cls;
    if (!base.isEmpty())
        cls << base;
    cls += n.classes;
    return cls.isEmpty() ? QString() : QStringLiteral(" class=\"%1\"").arg(esc(cls.join(u' ')));
}

QString admonitionTitle(const QString &tag)
{
    static const QHash<QString, QString> titles = {
        {QStringLiteral("attention"), QStringLiteral("Attention")}, {QStringLiteral("caution"), QStringLiteral("Caution")},
        {QStringLiteral("danger"), QStringLiteral("Danger")},       {QStringLiteral("error"), QStringLiteral("Error")},
        {QStringLiteral("hint"), QStringLiteral("Hint")},           {QStringLiteral("important"), QStringLiteral("Important")},
        {QStringLiteral("note"), QStringLiteral("Note")},           {QStringLiteral("tip"), QStringLiteral("Tip")},
        {QStringLiteral("warning"), QStringLiteral("Warning")},     {QStringLiteral("todo_node"), QStringLiteral("Todo")},
        {QStringLiteral("seealso"), QStringLiteral("See also")},
    };
    return titles.value(tag);
}

class Writer
{
public:
    explicit Writer(const HtmlOptions &o) : m_opt(o), m_defaultLanguage(o.defaultLanguage) {}
    QString out;

    // "Fig. 3 " before a caption, as Sphinx's numfig writes it; empty when not numbered.
    QString captionNumber(const Node &captioned) const
    {
        const QString number = m_opt.captionNumber ? m_opt.captionNumber(captioned) : QString();
        return number.isEmpty() ? QString() : QStringLiteral("<span class=\"caption-number\">%1 </span>").arg(esc(number));
    }

    void children(const Node &n)
    {
        for (const auto &c : n.children())
            visit(*c);
    }

    void visit(const Node &n)
    {
        if (n.isText()) {
            out += esc(n.textContent());
            return;
        }
        const QString &t = n.tag();
        if (t == u"document") {
            children(n);
        } else if (t == u"section") {
            ++m_level;
            out += QStringLiteral("<section") + idAttr(n) + u'>' + extraAnchors(n);
            children(n);
            out += QStringLiteral("</section>\n");
            --m_level;
        } else if (t == u"title") {
            if (n.parent() && n.parent()->is(u"section")) {
                const int h = std::min(m_level, 6);
                const QString id = n.parent()->ids.value(0);
                out += QStringLiteral("<h%1>").arg(h);
                const QString number = m_opt.sectionNumber ? m_opt.sectionNumber(*n.parent()) : QString();
                if (!number.isEmpty())
                    out += QStringLiteral("<span class=\"section-number\">%1. </span>").arg(esc(number));
                children(n);
                if (!id.isEmpty())
                    out += QStringLiteral("<a class=\"headerlink\" href=\"#%1\" title=\"Link to this heading\">¶</a>")
                               .arg(esc(id));
                out += QStringLiteral("</h%1>\n").arg(h);
            } else {
                out += QStringLiteral("<p class=\"title\">");
                children(n);
                out += QStringLiteral("</p>\n");
            }
        } else if (t == u"paragraph") {
            tag(n, "p");
        } else if (t == u"bullet_list") {
            tag(n, "ul");
        } else if (t == u"enumerated_list") {
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
        } else if (t == u"list_item") {
            tag(n, "li");
        } else if (t == u"literal_block" || t == u"doctest_block") {
            codeBlock(n);
        } else if (t == u"emphasis") {
            tag(n, "em");
        } else if (t == u"strong") {
            tag(n, "strong");
        } else if (t == u"literal" && n.classes.contains(QStringLiteral("kbd"))) {
            tag(n, "kbd");
        } else if (t == u"literal" && n.classes.contains(QStringLiteral("domain-role"))) {
            out += QStringLiteral("<code class=\"xref domain-role\" title=\"%1\">")
                       .arg(esc(QStringLiteral(":%1: %2 (resolved at Sphinx build time)")
                                    .arg(n.attribute(QStringLiteral("role")), n.attribute(QStringLiteral("reftarget")))));
            children(n);
            out += QStringLiteral("</code>");
        } else if (t == u"literal") {
            tag(n, "code", QStringLiteral("literal"));
        } else if (t == u"title_reference") {
            tag(n, "cite");
        } else if (t == u"subscript") {
            tag(n, "sub");
        } else if (t == u"superscript") {
            tag(n, "sup");
        } else if (t == u"reference") {
            reference(n);
        } else if (t == u"pending_xref") {
            xref(n);
        } else if (t == u"target") {
            if (!n.ids.isEmpty() && !n.hasAttribute(QStringLiteral("refuri")))
                out += QStringLiteral("<span") + idAttr(n) + QStringLiteral("></span>") + extraAnchors(n);
            children(n);
        } else if (t == u"inline") {
            tag(n, "span");
        } else if (t == u"block_quote") {
            tag(n, "blockquote");
        } else if (t == u"attribution") {
            out += QStringLiteral("<p class=\"attribution\">\u2014 ");
            children(n);
            out += QStringLiteral("</p>\n");
        } else if (t == u"definition_list") {
            tag(n, "dl");
        } else if (t == u"definition_list_item") {
            children(n);
        } else if (t == u"term") {
            tag(n, "dt");
        } else if (t == u"classifier") {
            out += QStringLiteral(" <span class=\"classifier-delimiter\">:</span> ");
            tag(n, "span", QStringLiteral("classifier"));
        } else if (t == u"definition") {
            tag(n, "dd");
        } else if (t == u"field_list") {
            tag(n, "dl", QStringLiteral("field-list"));
        } else if (t == u"field") {
            children(n);
        } else if (t == u"field_name") {
            tag(n, "dt");
        } else if (t == u"field_body") {
            tag(n, "dd");
        } else if (t == u"line_block") {
            tag(n, "div", QStringLiteral("line-block"));
        } else if (t == u"line") {
            out += QStringLiteral("<div class=\"line\">");
            children(n);
            out += n.childCount() ? QStringLiteral("</div>\n") : QStringLiteral("<br></div>\n");
        } else if (t == u"transition") {
            out += QStringLiteral("<hr>\n");
        } else if (t == u"todo_node" && !m_opt.todosInBuild) {
            out += QStringLiteral("<div") + idAttr(n) + classAttr(n, QStringLiteral("admonition todo_node todo-excluded")) +
                   QStringLiteral("><p class=\"admonition-title\">Todo <span class=\"todo-excluded-note\">(not in the "
                                  "built documentation: todo_include_todos is off)</span></p>\n");
            children(n);
            out += QStringLiteral("</div>\n");
        } else if (!admonitionTitle(t).isEmpty()) {
            out += QStringLiteral("<div") + idAttr(n) + classAttr(n, QStringLiteral("admonition ") + t) +
                   QStringLiteral("><p class=\"admonition-title\">") + admonitionTitle(t) + QStringLiteral("</p>\n");
            children(n);
            out += QStringLiteral("</div>\n");
        } else if (t == u"admonition") {
            out += QStringLiteral("<div") + idAttr(n) + classAttr(n, QStringLiteral("admonition")) + u'>';
            for (const auto &c : n.children()) {
                if (c->is(u"title")) {
                    out += QStringLiteral("<p class=\"admonition-title\">");
                    children(*c);
                    out += QStringLiteral("</p>\n");
                } else {
                    visit(*c);
                }
            }
            out += QStringLiteral("</div>\n");
        } else if (t == u"topic" || t == u"sidebar") {
            out += QStringLiteral("<aside") + idAttr(n) + classAttr(n, t) + u'>';
            children(n);
            out += QStringLiteral("</aside>\n");
        } else if (t == u"rubric") {
            tag(n, "p", QStringLiteral("rubric"));
        } else if (t == u"container" || t == u"compound") {
            tag(n, "div", t);
        } else if (t == u"image") {
            out += QStringLiteral("<img src=\"%1\" alt=\"%2\"").arg(esc(n.attribute(QStringLiteral("uri"))),
                                                                  esc(n.attribute(QStringLiteral("alt"))));
            if (n.hasAttribute(QStringLiteral("width")))
                out += QStringLiteral(" style=\"width:%1\"").arg(esc(n.attribute(QStringLiteral("width"))));
            out += classAttr(n) + QStringLiteral(">\n");
        } else if (t == u"figure") {
            tag(n, "figure");
        } else if (t == u"caption") {
            out += QStringLiteral("<figcaption") + idAttr(n) + classAttr(n) + u'>' + extraAnchors(n) +
                   (n.parent() ? captionNumber(*n.parent()) : QString());
            children(n);
            out += QStringLiteral("</figcaption>\n");
        } else if (t == u"legend") {
            tag(n, "div", QStringLiteral("legend"));
        } else if (t == u"footnote" || t == u"citation") {
            note(n);
        } else if (t == u"label") {
            // written by note()
        } else if (t == u"footnote_reference" || t == u"citation_reference") {
            noteReference(n);
        } else if (t == u"problematic") {
            tag(n, "span", QStringLiteral("problematic"));
        } else if (t == u"system_message") {
            problem(n);
        } else if (t == u"toctree") {
            toctree(n);
        } else if (t == u"math") {
            out += QStringLiteral("<code class=\"math\" title=\"LaTeX math, shown as source\">");
            children(n);
            out += QStringLiteral("</code>");
        } else if (t == u"math_block") {
            out += QStringLiteral("<div class=\"math-block\"") + idAttr(n) +
                   QStringLiteral("><span class=\"math-note\">LaTeX math, shown as source</span><pre class=\"math\">");
            children(n);
            out += QStringLiteral("</pre></div>\n");
        } else if (t == u"raw") {
            // Raw HTML could carry script: never passed through.
            out += QStringLiteral("<div class=\"notice\">Raw %1 content is not shown.</div>\n")
                       .arg(esc(n.attribute(QStringLiteral("format"))));
        } else if (t == u"table") {
            table(n);
        } else if (t == u"option_list") {
            tag(n, "dl", QStringLiteral("option-list"));
        } else if (t == u"option_list_item") {
            children(n);
        } else if (t == u"option_group") {
            out += QStringLiteral("<dt><kbd>");
            bool first = true;
            for (const auto &c : n.children()) {
                if (!first)
                    out += QStringLiteral(", ");
                first = false;
                visit(*c);
            }
            out += QStringLiteral("</kbd></dt>\n");
        } else if (t == u"option") {
            children(n);
        } else if (t == u"option_string") {
            tag(n, "span", QStringLiteral("option"));
        } else if (t == u"option_argument") {
            out += n.hasAttribute(QStringLiteral("delimiter")) ? esc(n.attribute(QStringLiteral("delimiter"))) : QStringLiteral(" ");
            tag(n, "var");
        } else if (t == u"description") {
            tag(n, "dd");
        } else if (t == u"versionmodified") {
            versionNote(n);
        } else if (t == u"hlist") {
            hlist(n);
        } else if (t == u"glossary") {
            tag(n, "div", QStringLiteral("glossary"));
        } else if (t == u"only") {
            if (n.attribute(QStringLiteral("shown")) != u"False")
                children(n);
        } else if (t == u"highlightlang") {
            m_defaultLanguage = n.attribute(QStringLiteral("lang"));
        } else if (t == u"desc") {
            out += QStringLiteral("<dl class=\"%1 %2\">").arg(esc(n.attribute(QStringLiteral("domain"))),
                                                             esc(n.attribute(QStringLiteral("objtype"))));
            children(n);
            out += QStringLiteral("</dl>\n");
        } else if (t == u"desc_signature") {
            out += QStringLiteral("<dt class=\"sig\"") + idAttr(n) + u'>' + extraAnchors(n);
            children(n);
            if (!n.ids.isEmpty())
                out += QStringLiteral("<a class=\"headerlink\" href=\"#%1\" title=\"Link to this definition\">¶</a>")
                           .arg(esc(n.ids.first()));
            out += QStringLiteral("</dt>\n");
        } else if (t == u"desc_name") {
            tag(n, "code", QStringLiteral("sig-name descname"));
        } else if (t == u"desc_addname") {
            tag(n, "code", QStringLiteral("sig-prename descclassname"));
        } else if (t == u"desc_content") {
            tag(n, "dd");
        } else if (t == u"placeholder") {
            placeholder(n);
        } else if (t == u"graphviz") {
            graph(n);
        } else if (t == u"substitution_reference") {
            // Still here after the transforms: undefined, circular or nested too deep.
            out += QStringLiteral("<span class=\"problematic\" title=\"undefined substitution\">|");
            children(n);
            out += QStringLiteral("|</span>");
        } else if (t == u"docent_notice") {
            out += QStringLiteral("<div class=\"notice\">") + esc(n.astext()) + QStringLiteral("</div>\n");
        } else if (t == u"todolist") {
            todoList();
        } else if (t == u"abbreviation" || t == u"acronym") {
            out += QStringLiteral("<abbr");
            if (n.hasAttribute(QStringLiteral("explanation")))
                out += QStringLiteral(" title=\"%1\"").arg(esc(n.attribute(QStringLiteral("explanation"))));
            out += classAttr(n) + u'>';
            children(n);
            out += QStringLiteral("</abbr>");
        } else if (t == u"comment" || t == u"substitution_definition" || t == u"toctree_entry" || t == u"index" ||
                   t == u"program" || t == u"pending") {
            // invisible
        } else {
            children(n);
        }
    }

private:
    void tag(const Node &n, const char *name, const QString &cls = {})
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

    void codeBlock(const Node &n)
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

    void reference(const Node &n)
    {
        // The transforms gave references by name their target's refuri or refid; one with neither
        // points nowhere.
        const QString uri = n.attribute(QStringLiteral("refuri"));
        const QString id = n.attribute(QStringLiteral("refid"));
        const QString scheme = uri.section(u':', 0, 0).trimmed().toLower();
        const bool runsCode = scheme == u"javascript" || scheme == u"vbscript" || scheme == u"data";
        if (uri.isEmpty() && id.isEmpty()) {
            out += QStringLiteral("<span class=\"reference unresolved\" title=\"unknown target\">");
        } else if (runsCode) {
            // A link that would run code is shown as text only.
            out += QStringLiteral("<span class=\"reference blocked\" title=\"%1\">").arg(esc(uri));
        } else if (!uri.isEmpty()) {
            out += QStringLiteral("<a") + classAttr(n, QStringLiteral("reference external")) +
                   QStringLiteral(" href=\"%1\">").arg(esc(uri));
        } else {
            out += QStringLiteral("<a class=\"reference internal\" href=\"#%1\">").arg(esc(id));
        }
        children(n);
        out += (uri.isEmpty() && id.isEmpty()) || runsCode ? QStringLiteral("</span>") : QStringLiteral("</a>");
    }

    void xref(const Node &n)
    {
        const QString type = n.attribute(QStringLiteral("reftype"));
        const Node *inner = n.childCount() == 1 && !n.child(0)->isText() ? n.child(0) : nullptr;
        const bool code = inner && inner->is(u"literal");
        auto shown = [&](const QString &text) {
            return code ? QStringLiteral("<code class=\"xref\">%1</code>").arg(esc(text)) : esc(text);
        };
        const auto resolved = XrefResolution::readFrom(n);
        if (!resolved) {
            // Outside a project nothing resolves cross-references.
            out += QStringLiteral("<span class=\"xref unresolved\" title=\"%1: %2\">")
                       .arg(esc(type), esc(n.attribute(QStringLiteral("reftarget"))));
            out += esc(n.astext()) + QStringLiteral("</span>");
            return;
        }
        const QString text = resolved->text.isEmpty() ? n.astext() : resolved->text;
        switch (resolved->state) {
        case XrefResolution::State::Text:
            out += shown(text);
            break;
        case XrefResolution::State::Link:
            out += QStringLiteral("<a class=\"reference internal %1\" href=\"%2\">").arg(esc(type), esc(resolved->href));
            out += shown(text) + QStringLiteral("</a>");
            break;
        case XrefResolution::State::Unresolved:
            out += QStringLiteral("<span class=\"xref unresolved\" title=\"%1\">")
                       .arg(esc(QStringLiteral("%1: %2").arg(type, resolved->reason)));
            out += shown(n.astext()) + QStringLiteral("</span>");
            break;
        }
    }

    void problem(const Node &n)
    {
        const int level = n.attribute(QStringLiteral("level")).toInt();
        if (level < 2)
            return;
        const Node *text = n.childCount() ? n.child(0) : nullptr;
        out += QStringLiteral("<div class=\"problem level-%1\"%2><strong>Line %3:</strong> %4</div>\n")
                   .arg(level)
                   .arg(idAttr(n), esc(n.attribute(QStringLiteral("line"))), esc(text ? text->astext() : QString()));
    }

    void tocItems(const std::vector<TocItem> &items, int depth)
    {
        out += QStringLiteral("<ul>\n");
        for (const TocItem &item : items) {
            out += QStringLiteral("<li class=\"toctree-l%1\">").arg(depth);
            if (item.href.isEmpty())
                out += QStringLiteral("<span class=\"xref unresolved\">%1</span>").arg(esc(item.title));
            else
                out += QStringLiteral("<a class=\"reference %1\" href=\"%2\">%3</a>")
                           .arg(item.external ? QStringLiteral("external") : QStringLiteral("internal"), esc(item.href),
                                esc(item.title));
            if (!item.children.empty())
                tocItems(item.children, depth + 1);
            out += QStringLiteral("</li>\n");
        }
        out += QStringLiteral("</ul>");
    }

    void toctree(const Node &n)
    {
        if (n.hasAttribute(QStringLiteral("hidden")))
            return;
        if (m_opt.expandToctree) {
            out += QStringLiteral("<nav class=\"toctree\"") + idAttr(n) + u'>';
            if (n.hasAttribute(QStringLiteral("caption")))
                out += QStringLiteral("<p class=\"caption\">%1</p>").arg(esc(n.attribute(QStringLiteral("caption"))));
            tocItems(m_opt.expandToctree(n), 1);
            out += QStringLiteral("</nav>\n");
            return;
        }
        out += QStringLiteral("<nav class=\"toctree\">");
        if (n.hasAttribute(QStringLiteral("caption")))
            out += QStringLiteral("<p class=\"caption\">%1</p>").arg(esc(n.attribute(QStringLiteral("caption"))));
        out += QStringLiteral("<ul>\n");
        for (const auto &e : n.children()) {
            const QString target = e->attribute(QStringLiteral("target"));
            const QString explicitTitle = e->attribute(QStringLiteral("title"));
            if (target.contains(QStringLiteral("://"))) {
                out += QStringLiteral("<li><a class=\"reference external\" href=\"%1\">%2</a></li>\n")
                           .arg(esc(target), esc(explicitTitle.isEmpty() ? target : explicitTitle));
                continue;
            }
            // Outside a project no document is known.
            const QString title = explicitTitle.isEmpty() ? target : explicitTitle;
            out += QStringLiteral("<li><span class=\"xref unresolved\">%1</span></li>\n").arg(esc(title));
        }
        out += QStringLiteral("</ul></nav>\n");
    }

    // Sphinx's todolist: every todo of the project, each with a link to where it was written.
    void todoList()
    {
        if (!m_opt.listTodos) {
            out += QStringLiteral("<div class=\"notice\">The list of all todo notes is in the Todos sidebar.</div>\n");
            return;
        }
        out += QStringLiteral("<div class=\"todolist\">\n");
        for (const TodoEntry &e : m_opt.listTodos()) {
            if (!e.todo)
                continue;
            out += QStringLiteral("<div class=\"admonition todo_node\"><p class=\"admonition-title\">Todo</p>\n");
            children(*e.todo);
            out += QStringLiteral("<p class=\"todo-origin\">(The original entry is located in <a class=\"reference internal\" "
                                  "href=\"%1\">%2</a>.)</p>\n</div>\n")
                       .arg(esc(e.href), esc(e.location));
        }
        out += QStringLiteral("</div>\n");
    }

    // Sphinx's hlist: the list's items dealt into columns, the first ones one longer.
    void hlist(const Node &n)
    {
        const Node *list = n.childCount() ? n.child(0) : nullptr;
        if (!list || (!list->is(u"bullet_list") && !list->is(u"enumerated_list"))) {
            tag(n, "div", QStringLiteral("hlist"));
            return;
        }
        const int columns = qBound(1, n.attribute(QStringLiteral("columns")).toInt(), 12);
        const int count = int(list->childCount());
        const int perColumn = count / columns, more = count % columns;
        const char *listTag = list->is(u"bullet_list") ? "ul" : "ol";
        out += QStringLiteral("<table class=\"hlist\"><tr>");
        int index = 0;
        for (int c = 0; c < columns && index < count; ++c) {
            const int end = index + (c < more ? perColumn + 1 : perColumn);
            out += QStringLiteral("<td><%1").arg(QLatin1String(listTag));
            if (list->is(u"enumerated_list"))
                out += QStringLiteral(" start=\"%1\"").arg(index + 1);
            out += u'>';
            for (; index < end; ++index)
                visit(*list->child(size_t(index)));
            out += QStringLiteral("</%1></td>").arg(QLatin1String(listTag));
        }
        out += QStringLiteral("</tr></table>\n");
    }

    void versionNote(const Node &n)
    {
        static const QHash<QString, QString> labels = {
            {QStringLiteral("versionadded"), QStringLiteral("New in version %1")},
            {QStringLiteral("versionchanged"), QStringLiteral("Changed in version %1")},
            {QStringLiteral("deprecated"), QStringLiteral("Deprecated since version %1")},
            {QStringLiteral("versionremoved"), QStringLiteral("Removed in version %1")},
        };
        const QString type = n.attribute(QStringLiteral("type"));
        const QString label = labels.value(type, QStringLiteral("%1")).arg(esc(n.attribute(QStringLiteral("version"))));
        out += QStringLiteral("<div class=\"versionmodified %1\">").arg(esc(type));
        const bool inlineFirst = n.childCount() && n.child(0)->is(u"paragraph");
        if (!inlineFirst)
            out += QStringLiteral("<p><span class=\"versionmodified-label\">%1</span></p>\n").arg(label);
        for (size_t i = 0; i < n.childCount(); ++i) {
            if (i == 0 && inlineFirst) {
                out += QStringLiteral("<p><span class=\"versionmodified-label\">%1:</span> ").arg(label);
                children(*n.child(0));
                out += QStringLiteral("</p>\n");
            } else {
                visit(*n.child(i));
            }
        }
        out += QStringLiteral("</div>\n");
    }

    void note(const Node &n)
    {
        // The transforms gave automatic notes their label and every note its references' ids.
        const Node *labelNode = n.childCount() && n.child(0)->is(u"label") ? n.child(0) : nullptr;
        const QString label = labelNode ? labelNode->astext() : QString();
        out += QStringLiteral("<aside") + idAttr(n) + classAttr(n, n.tag()) + u'>' + extraAnchors(n);
        out += QStringLiteral("<span class=\"label\">[");
        const QStringList &back = n.backrefs;
        if (back.size() == 1)
            out += QStringLiteral("<a class=\"backref\" href=\"#%1\">%2</a>").arg(esc(back.first()), esc(label));
        else
            out += esc(label);
        out += QStringLiteral("]</span>");
        if (back.size() > 1) {
            out += QStringLiteral("<span class=\"backrefs\">(");
            for (qsizetype i = 0; i < back.size(); ++i)
                out += QStringLiteral("%1<a class=\"backref\" href=\"#%2\">%3</a>")
                           .arg(i ? QStringLiteral(", ") : QString(), esc(back[i]))
                           .arg(i + 1);
            out += QStringLiteral(")</span>");
        }
        children(n);
        out += QStringLiteral("</aside>\n");
    }

    void noteReference(const Node &n)
    {
        QString label = n.astext();
        if (label.isEmpty())
            label = QStringLiteral("?"); // an automatic reference with no note left for it
        const QString target = n.attribute(QStringLiteral("refid"));
        out += QStringLiteral("<a class=\"footnote-reference\" id=\"%1\"").arg(esc(n.ids.value(0)));
        if (!target.isEmpty())
            out += QStringLiteral(" href=\"#%1\"").arg(esc(target));
        out += QStringLiteral(">[%1]</a>").arg(esc(label));
    }

    void table(const Node &n)
    {
        out += QStringLiteral("<table") + idAttr(n) + classAttr(n, QStringLiteral("docutils")) + u'>' + extraAnchors(n);
        for (const auto &c : n.children()) {
            if (c->is(u"title")) {
                out += QStringLiteral("<caption>") + captionNumber(n);
                children(*c);
                out += QStringLiteral("</caption>\n");
            } else if (c->is(u"tgroup")) {
                tgroup(*c, n);
            } else {
                visit(*c);
            }
        }
        out += QStringLiteral("</table>\n");
    }

    void tgroup(const Node &g, const Node &table)
    {
        // Column widths are proportions of the colspecs, applied only when the author asked for
        // them (":widths:"), as docutils' HTML5 writer does; otherwise the browser fits the content.
        QList<double> widths;
        double total = 0;
        for (const auto &c : g.children())
            if (c->is(u"colspec")) {
                widths << c->attribute(QStringLiteral("colwidth")).toDouble();
                total += widths.last();
            }
        const bool given = table.classes.contains(QStringLiteral("colwidths-given"));
        if (total > 0 && given && widths.size() > 1) {
            out += QStringLiteral("<colgroup>");
            for (double w : widths)
                out += QStringLiteral("<col style=\"width:%1%\">").arg(QString::number(100.0 * w / total, 'f', 1));
            out += QStringLiteral("</colgroup>\n");
        }
        QList<bool> stub;
        for (const auto &c : g.children())
            if (c->is(u"colspec"))
                stub << c->hasAttribute(QStringLiteral("stub"));
        for (const auto &c : g.children()) {
            if (!c->is(u"thead") && !c->is(u"tbody"))
                continue;
            const bool head = c->is(u"thead");
            out += head ? QStringLiteral("<thead>\n") : QStringLiteral("<tbody>\n");
            // Which columns are still covered by a cell spanning down from an earlier row.
            QList<int> coveredUntil(stub.size() + 64, -1);
            int rowIndex = 0;
            for (const auto &row : c->children()) {
                if (!row->is(u"row"))
                    continue;
                out += QStringLiteral("<tr>");
                int col = 0;
                for (const auto &entry : row->children()) {
                    if (!entry->is(u"entry"))
                        continue;
                    while (col < coveredUntil.size() && coveredUntil[col] >= rowIndex)
                        ++col;
                    const int morerows = entry->attribute(QStringLiteral("morerows")).toInt();
                    const int morecols = entry->attribute(QStringLiteral("morecols")).toInt();
                    const bool th = head || stub.value(col);
                    out += th ? QStringLiteral("<th") : QStringLiteral("<td");
                    if (morerows)
                        out += QStringLiteral(" rowspan=\"%1\"").arg(morerows + 1);
                    if (morecols)
                        out += QStringLiteral(" colspan=\"%1\"").arg(morecols + 1);
                    out += idAttr(*entry) + classAttr(*entry) + u'>';
                    // A lone paragraph needs no <p> margins inside a cell.
                    if (entry->childCount() == 1 && entry->child(0)->is(u"paragraph"))
                        children(*entry->child(0));
                    else
                        children(*entry);
                    out += th ? QStringLiteral("</th>") : QStringLiteral("</td>");
                    for (int k = 0; k <= morecols; ++k)
                        if (col + k < coveredUntil.size() && morerows)
                            coveredUntil[col + k] = rowIndex + morerows;
                    col += morecols + 1;
                }
                out += QStringLiteral("</tr>\n");
                ++rowIndex;
            }
            out += head ? QStringLiteral("</thead>\n") : QStringLiteral("</tbody>\n");
        }
    }

    void placeholder(const Node &n)
    {
        out += QStringLiteral("<div class=\"placeholder\"") + idAttr(n) + u'>';
        out += QStringLiteral("<p class=\"placeholder-title\"><code>.. %1::</code> %2</p>")
                   .arg(esc(n.attribute(QStringLiteral("directive"))), esc(n.attribute(QStringLiteral("arguments"))));
        if (!n.attribute(QStringLiteral("options")).isEmpty())
            out += QStringLiteral("<pre class=\"placeholder-options\">%1</pre>").arg(esc(n.attribute(QStringLiteral("options"))));
        out += QStringLiteral("<p class=\"placeholder-note\">This content is generated when the documentation is "
                              "built with Sphinx (by an extension); Docent shows the directive as written.</p>");
        for (const auto &c : n.children()) {
            if (c->is(u"literal_block"))
                out += QStringLiteral("<pre class=\"placeholder-content\">%1</pre>").arg(esc(c->astext()));
            else
                visit(*c);
        }
        out += QStringLiteral("</div>\n");
    }

    void graph(const Node &n)
    {
        const QString code = n.attribute(QStringLiteral("code"));
        QString error;
        QByteArray svg;
        if (code.trimmed().isEmpty())
            error = QStringLiteral("graph files (%1) are not read").arg(n.attribute(QStringLiteral("file")));
        else if (m_opt.drawGraph)
            svg = m_opt.drawGraph(code, n.attribute(QStringLiteral("layout")), &error);
        else
            error = QStringLiteral("graphs are not drawn here");
        out += QStringLiteral("<figure class=\"graphviz\"") + idAttr(n) + u'>';
        if (!svg.isEmpty()) {
            // As an image, the SVG can neither run script nor fetch anything.
            out += QStringLiteral("<img src=\"data:image/svg+xml;base64,%1\" alt=\"%2\">")
                       .arg(QString::fromLatin1(svg.toBase64()), esc(n.hasAttribute(QStringLiteral("alt")) ? n.attribute(QStringLiteral("alt")) : QStringLiteral("graph")));
        } else {
            out += QStringLiteral("<p class=\"notice\">Graph shown as source: %1.</p>").arg(esc(error));
            out += QStringLiteral("<pre class=\"code lang-dot\">") + CodeHighlighter::toHtml(code, QStringLiteral("dot")) +
                   QStringLiteral("</pre>");
        }
        if (n.hasAttribute(QStringLiteral("caption")))
            out += QStringLiteral("<figcaption>%1%2</figcaption>").arg(captionNumber(n), esc(n.attribute(QStringLiteral("caption"))));
        out += QStringLiteral("</figure>\n");
    }

    const HtmlOptions &m_opt;
    int m_level = 0;
    QString m_defaultLanguage;
};

} // namespace

QString HtmlWriter::body(const Node &document, const HtmlOptions &options)
{
    Writer w(options);
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
    return wrap(options.title, options.mode, body(document, options));
}

QString HtmlWriter::wrap(const QString &title, PageMode mode, const QString &articleHtml)
{
    // Shown in Docent (the theme comes from the app host), the page gets Docent's script and
    // KaTeX from that host, and the CSP allows scripts from there only: no inline script, no
    // event handler attributes, nothing from the tree (docent://tree) or elsewhere.
    const QString app = QLatin1String(AppFiles::origin) + u'/';
    const bool inApp = mode == PageMode::InApp;
    const bool katex = inApp && !AppFiles::katexDir().isEmpty();
    QString html = QStringLiteral("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">\n"
                                  "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
                                  "img-src docent: data:; style-src docent: 'unsafe-inline'; ");
    if (inApp)
        html += QStringLiteral("font-src %1; script-src %1").arg(QLatin1String(AppFiles::origin));
    else
        html += QStringLiteral("font-src docent:");
    html += QStringLiteral("\">\n<meta name=\"color-scheme\" content=\"light dark\">\n");
    html += QStringLiteral("<title>%1</title>\n").arg(esc(title));
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
