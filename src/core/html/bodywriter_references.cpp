// Links, targets, cross-references, and footnotes and citations with their references: all as the
// resolve pass left them on the nodes.
#include "bodywriter_p.h"

#include "doctree/xrefresolution.h"

namespace Docent {

void BodyWriter::reference(const Node &n)
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

void BodyWriter::xref(const Node &n)
{
    const QString type = n.attribute(QStringLiteral("reftype"));
    const Node *inner = n.childCount() == 1 && !n.child(0)->isText() ? n.child(0) : nullptr;
    const bool code = inner && inner->is(u"literal");
    // Info fields show types emphasised and names strong, as their references' content.
    const QLatin1String wrap = !inner                    ? QLatin1String()
                               : inner->is(u"emphasis") ? QLatin1String("em")
                               : inner->is(u"strong")   ? QLatin1String("strong")
                                                        : QLatin1String();
    auto shown = [&](const QString &text) {
        if (code)
            return QStringLiteral("<code class=\"xref\">%1</code>").arg(esc(text));
        return wrap.isEmpty() ? esc(text) : QStringLiteral("<%1>%2</%1>").arg(wrap, esc(text));
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
    case XrefResolution::State::NotFound:
        out += QStringLiteral("<span class=\"xref notfound\" title=\"%1\">").arg(esc(resolved->reason));
        out += shown(text) + QStringLiteral("</span>");
        break;
    case XrefResolution::State::Link:
        // Into another project's pages (intersphinx): external, its title naming the project.
        if (resolved->href.contains(QStringLiteral("://")))
            out += QStringLiteral("<a class=\"reference external %1\" href=\"%2\" title=\"%3\">")
                       .arg(esc(type), esc(resolved->href), esc(resolved->title));
        else
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

void BodyWriter::target(const Node &n)
{
    if (!n.ids.isEmpty() && !n.hasAttribute(QStringLiteral("refuri")))
        out += QStringLiteral("<span") + idAttr(n) + QStringLiteral("></span>") + extraAnchors(n);
    children(n);
}

void BodyWriter::note(const Node &n)
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

void BodyWriter::noteReference(const Node &n)
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

} // namespace Docent
