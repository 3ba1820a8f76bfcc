#include "htmlwriter.h"

#include "codehighlighter.h"
#include "doctree/node.h"

#include <QFile>
#include <QHash>

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
    };
    return titles.value(tag);
}

class Writer
{
public:
    explicit Writer(const HtmlOptions &o) : m_opt(o) {}
    QString out;

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
            tag(n, "figcaption");
        } else if (t == u"legend") {
            tag(n, "div", QStringLiteral("legend"));
        } else if (t == u"footnote" || t == u"citation") {
            out += QStringLiteral("<aside") + idAttr(n) + classAttr(n, t) + u'>';
            children(n);
            out += QStringLiteral("</aside>\n");
        } else if (t == u"label") {
            out += QStringLiteral("<span class=\"label\">[");
            children(n);
            out += QStringLiteral("]</span>");
        } else if (t == u"footnote_reference" || t == u"citation_reference") {
            out += QStringLiteral("<sup class=\"footnote-reference\">[");
            children(n);
            out += QStringLiteral("]</sup>");
        } else if (t == u"problematic") {
            tag(n, "span", QStringLiteral("problematic"));
        } else if (t == u"system_message") {
            problem(n);
        } else if (t == u"toctree") {
            toctree(n);
        } else if (t == u"math" || t == u"math_block") {
            tag(n, t == u"math" ? "code" : "pre", QStringLiteral("math"));
        } else if (t == u"raw") {
            // Raw HTML could carry script: never passed through.
            out += QStringLiteral("<div class=\"notice\">Raw %1 content is not shown.</div>\n")
                       .arg(esc(n.attribute(QStringLiteral("format"))));
        } else if (t == u"comment" || t == u"substitution_definition" || t == u"toctree_entry") {
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
        if (n.parent() && !n.parent()->is(u"paragraph"))
            out += u'\n';
    }

    void codeBlock(const Node &n)
    {
        QString language = n.attribute(QStringLiteral("language"));
        if (language.isEmpty() && n.classes.size() > 1 && n.classes.first() == u"code")
            language = n.classes.at(1);
        if (n.is(u"doctest_block"))
            language = QStringLiteral("pycon");
        if (n.hasAttribute(QStringLiteral("caption")))
            out += QStringLiteral("<div class=\"code-caption\">%1</div>").arg(esc(n.attribute(QStringLiteral("caption"))));
        out += QStringLiteral("<pre") + idAttr(n) + QStringLiteral(" class=\"code");
        if (!language.isEmpty())
            out += QStringLiteral(" lang-") + esc(language);
        out += QStringLiteral("\">");
        bool plain = true;
        for (const auto &c : n.children())
            plain = plain && c->isText();
        if (plain)
            out += CodeHighlighter::toHtml(n.astext(), language.isEmpty() ? m_defaultLanguage : language);
        else
            children(n); // parsed-literal keeps its inline markup
        out += QStringLiteral("</pre>\n");
    }

    void reference(const Node &n)
    {
        if (n.hasAttribute(QStringLiteral("refuri"))) {
            const QString uri = n.attribute(QStringLiteral("refuri"));
            const QString scheme = uri.section(u':', 0, 0).trimmed().toLower();
            if (scheme == u"javascript" || scheme == u"vbscript" || scheme == u"data") {
                // A link that would run code is shown as text only.
                out += QStringLiteral("<span class=\"reference blocked\" title=\"%1\">").arg(esc(uri));
                children(n);
                out += QStringLiteral("</span>");
                return;
            }
            out += QStringLiteral("<a class=\"reference external\" href=\"%1\">").arg(esc(uri));
        } else if (n.hasAttribute(QStringLiteral("refid"))) {
            out += QStringLiteral("<a class=\"reference internal\" href=\"#%1\">").arg(esc(n.attribute(QStringLiteral("refid"))));
        } else {
            const QString id = makeId(n.attribute(QStringLiteral("refname")));
            out += QStringLiteral("<a class=\"reference internal\" href=\"#%1\">").arg(esc(id));
        }
        children(n);
        out += QStringLiteral("</a>");
    }

    void xref(const Node &n)
    {
        const QString type = n.attribute(QStringLiteral("reftype"));
        const bool explicitTitle = n.hasAttribute(QStringLiteral("refexplicit"));
        if (type == u"doc" && m_opt.resolveDoc) {
            const DocLink link = m_opt.resolveDoc(n.attribute(QStringLiteral("reftarget")));
            if (!link.href.isEmpty()) {
                out += QStringLiteral("<a class=\"reference internal doc\" href=\"%1\">").arg(esc(link.href));
                out += esc(explicitTitle || link.title.isEmpty() ? n.astext() : link.title);
                out += QStringLiteral("</a>");
                return;
            }
        }
        out += QStringLiteral("<span class=\"xref unresolved\" title=\"%1: %2\">")
                   .arg(esc(type), esc(n.attribute(QStringLiteral("reftarget"))));
        out += esc(n.astext());
        out += QStringLiteral("</span>");
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

    void toctree(const Node &n)
    {
        if (n.hasAttribute(QStringLiteral("hidden")))
            return;
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
            const DocLink link = m_opt.resolveDoc ? m_opt.resolveDoc(target) : DocLink{};
            const QString title = !explicitTitle.isEmpty() ? explicitTitle : (link.title.isEmpty() ? target : link.title);
            if (link.href.isEmpty())
                out += QStringLiteral("<li><span class=\"xref unresolved\">%1</span></li>\n").arg(esc(title));
            else
                out += QStringLiteral("<li><a class=\"reference internal\" href=\"%1\">%2</a></li>\n")
                           .arg(esc(link.href), esc(title));
        }
        out += QStringLiteral("</ul></nav>\n");
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
    QString html = QStringLiteral("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">\n"
                                  "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
                                  "img-src docent: data:; style-src docent: 'unsafe-inline'; font-src docent:\">\n"
                                  "<meta name=\"color-scheme\" content=\"light dark\">\n");
    html += QStringLiteral("<title>%1</title>\n").arg(esc(options.title));
    if (options.stylesheetHref.isEmpty())
        html += QStringLiteral("<style>\n") + themeCss() + QStringLiteral("</style>\n");
    else
        html += QStringLiteral("<link rel=\"stylesheet\" href=\"%1\">\n").arg(esc(options.stylesheetHref));
    html += QStringLiteral("</head>\n<body>\n<article class=\"document\">\n");
    html += body(document, options);
    html += QStringLiteral("</article>\n</body></html>\n");
    return html;
}

} // namespace Docent
