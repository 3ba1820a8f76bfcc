// The Sphinx layer's cross-reference roles (doc, ref, ...): they make pending_xref nodes the resolver fills in.
#include "inlineparser.h"
#include "parsestate.h"
#include "registry.h"

namespace Docent {
namespace {

RoleHandler xref(const QString &type)
{
    return [type](RoleCall &call) {
        RoleResult r;
        const QString text = InlineParser::unescape(call.text);
        auto node = Node::element(QStringLiteral("pending_xref"), call.line);
        node->setAttribute(QStringLiteral("reftype"), type);
        QString title = text, target = text;
        // "Title <target>" is an explicit title
        if (text.endsWith(u'>') && text.contains(u'<')) {
            const qsizetype open = text.lastIndexOf(u'<');
            title = text.left(open).trimmed();
            target = text.mid(open + 1, text.size() - open - 2).trimmed();
            node->setAttribute(QStringLiteral("refexplicit"), QStringLiteral("True"));
        }
        node->setAttribute(QStringLiteral("reftarget"), target);
        auto inner = Node::element(QStringLiteral("inline"), call.line);
        inner->append(Node::text(title, call.line));
        node->append(std::move(inner));
        r.nodes.push_back(std::move(node));
        return r;
    };
}

} // namespace

void registerSphinxRoles(Registry &r)
{
    r.addRole(QStringLiteral("doc"), xref(QStringLiteral("doc")));
    r.addRole(QStringLiteral("ref"), xref(QStringLiteral("ref")));
}

} // namespace Docent
