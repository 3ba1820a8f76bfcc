// Sphinx's own nodes: toctrees, todo lists, version notes, hlists, object descriptions,
// placeholders for what extensions generate, and graphviz graphs.
#include "bodywriter_p.h"

#include "codehighlighter.h"
#include "pagestrings.h"

namespace Docent {

void BodyWriter::tocItems(const std::vector<TocItem> &items, int depth)
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

void BodyWriter::toctree(const Node &n)
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
void BodyWriter::todoList(const Node &)
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
void BodyWriter::hlist(const Node &n)
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

void BodyWriter::versionNote(const Node &n)
{
    static const QHash<QString, QString> labels = {
        {QStringLiteral("versionadded"), QStringLiteral("New in version %1")},
        {QStringLiteral("versionchanged"), QStringLiteral("Changed in version %1")},
        {QStringLiteral("deprecated"), QStringLiteral("Deprecated since version %1")},
        {QStringLiteral("versionremoved"), QStringLiteral("Removed in version %1")},
    };
    const QString type = n.attribute(QStringLiteral("type"));
    const QString label =
        pageText(m_opt.language, labels.value(type, QStringLiteral("%1"))).arg(esc(n.attribute(QStringLiteral("version"))));
    out += QStringLiteral("<div class=\"versionmodified %1\">").arg(esc(type));
    const bool inlineFirst = n.childCount() && n.child(0)->is(u"paragraph");
    // Sphinx ends the label with a full stop when no text follows it ("Deprecated since version 3.2.").
    if (!inlineFirst)
        out += QStringLiteral("<p><span class=\"versionmodified-label\">%1%2</span></p>\n")
                   .arg(label, n.childCount() ? QString() : QStringLiteral("."));
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

void BodyWriter::only(const Node &n)
{
    if (n.attribute(QStringLiteral("shown")) != u"False")
        children(n);
}

void BodyWriter::highlightLang(const Node &n)
{
    m_defaultLanguage = n.attribute(QStringLiteral("lang"));
}

void BodyWriter::desc(const Node &n)
{
    const QString domain = n.attribute(QStringLiteral("domain"));
    const QString objtype = n.attribute(QStringLiteral("objtype"));
    out += QStringLiteral("<dl class=\"%1\">").arg(esc(domain.isEmpty() ? objtype : domain + u' ' + objtype));
    children(n);
    out += QStringLiteral("</dl>\n");
}

void BodyWriter::descSignature(const Node &n)
{
    const QString domain = n.parent() ? n.parent()->attribute(QStringLiteral("domain")) : QString();
    out += QStringLiteral("<dt class=\"sig sig-object%1\"").arg(domain.isEmpty() ? QString() : u' ' + esc(domain)) +
           idAttr(n) + u'>' + extraAnchors(n);
    children(n);
    if (!n.ids.isEmpty())
        out += QStringLiteral("<a class=\"headerlink\" href=\"#%1\" title=\"%2\">¶</a>")
                   .arg(esc(n.ids.first()), esc(pageText(m_opt.language, QStringLiteral("Link to this definition"))));
    out += QStringLiteral("</dt>\n");
}

// A line of a signature shown on several (C++'s "template<typename T>" above the declaration).
void BodyWriter::descSignatureLine(const Node &n)
{
    children(n);
    out += QStringLiteral("<br />");
}

// Grammar rules as Sphinx lays them out: names padded to one width, continuation lines indented
// under the right-hand sides.
void BodyWriter::productionList(const Node &n)
{
    qsizetype width = 0;
    for (const auto &p : n.children())
        width = std::max(width, p->attribute(QStringLiteral("tokenname")).size());
    out += QStringLiteral("<pre class=\"productionlist\"") + idAttr(n) + u'>';
    for (const auto &p : n.children()) {
        const QString name = p->attribute(QStringLiteral("tokenname"));
        if (!name.isEmpty())
            out += QStringLiteral("<strong") + idAttr(*p) + u'>' + esc(name.leftJustified(width)) +
                   QStringLiteral("</strong> ::= ");
        else
            out += QString(width + 5, u' ');
        children(*p);
        out += u'\n';
    }
    out += QStringLiteral("</pre>\n");
}

void BodyWriter::placeholder(const Node &n)
{
    out += QStringLiteral("<div class=\"placeholder\"") + idAttr(n) + u'>';
    out += QStringLiteral("<p class=\"placeholder-title\"><code>.. %1::</code> %2</p>")
               .arg(esc(n.attribute(QStringLiteral("directive"))), esc(n.attribute(QStringLiteral("arguments"))));
    if (!n.attribute(QStringLiteral("options")).isEmpty())
        out += QStringLiteral("<pre class=\"placeholder-options\">%1</pre>").arg(esc(n.attribute(QStringLiteral("options"))));
    // Says what builds it, as far as Docent read: never "an extension" for Sphinx's own directives.
    const QString origin = n.attribute(QStringLiteral("origin"));
    if (origin.isEmpty())
        out += QStringLiteral("<p class=\"placeholder-note\">Neither Sphinx nor docutils has this directive: an "
                              "extension builds it when the documentation is built with Sphinx. Docent shows the "
                              "directive as written.</p>");
    else
        out += QStringLiteral("<p class=\"placeholder-note\">Built by %1 when the documentation is built with Sphinx; "
                              "Docent reads extensions but never runs them, so it shows the directive as "
                              "written.</p>")
                   .arg(esc(origin));
    for (const auto &c : n.children()) {
        if (c->is(u"literal_block"))
            out += QStringLiteral("<pre class=\"placeholder-content\">%1</pre>").arg(esc(c->astext()));
        else
            visit(*c);
    }
    out += QStringLiteral("</div>\n");
}

// A role only its extension's code could evaluate: its text, with the role and the extension in
// the tooltip.
void BodyWriter::extensionRole(const Node &n)
{
    const QString tip = QStringLiteral(":%1: role of %2 (not run by Docent)")
                            .arg(n.attribute(QStringLiteral("role")), n.attribute(QStringLiteral("origin")));
    out += QStringLiteral("<span class=\"extension-role%1\" title=\"%2\">")
               .arg(n.classes.isEmpty() ? QString() : u' ' + esc(n.classes.join(u' ')), esc(tip));
    children(n);
    out += QStringLiteral("</span>");
}

void BodyWriter::graph(const Node &n)
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

} // namespace Docent
