// docutils' interpreted-text roles: emphasis, literal, sub/superscript, pep, rfc, ...
#include "inlineparser.h"
#include "parsestate.h"
#include "registry.h"

namespace Docent {
namespace {

RoleHandler wrap(const QString &tag, bool literal = false, const QStringList &classes = {})
{
    return [tag, literal, classes](RoleCall &call) {
        RoleResult r;
        auto node = Node::element(tag, call.line);
        node->classes = classes + call.classes;
        node->append(Node::text(InlineParser::unescape(call.text, literal), call.line));
        r.nodes.push_back(std::move(node));
        return r;
    };
}

RoleHandler numbered(const QString &prefix, const QString &label, const QString &base)
{
    return [prefix, label, base](RoleCall &call) {
        RoleResult r;
        const QString text = InlineParser::unescape(call.text);
        bool ok = false;
        const QString number = text.section(u'#', 0, 0).trimmed();
        const int n = number.toInt(&ok);
        if (!ok || n < 0) {
            auto msg = call.state.message(MessageLevel::Error, call.line,
                                          QStringLiteral("%1 number must be a number from 0 to 9999; \"%2\" is invalid.")
                                              .arg(label, text));
            r.messages.push_back(std::move(msg));
            return r;
        }
        auto ref = Node::element(QStringLiteral("reference"), call.line);
        QString uri = base.arg(n, prefix == u"PEP " ? 4 : 0, 10, QLatin1Char('0'));
        if (text.contains(u'#'))
            uri += u'#' + text.section(u'#', 1);
        ref->setAttribute(QStringLiteral("refuri"), uri);
        ref->classes = call.classes;
        ref->append(Node::text(prefix + QString::number(n), call.line));
        r.nodes.push_back(std::move(ref));
        return r;
    };
}

} // namespace

void registerDocutilsRoles(Registry &r)
{
    r.addRole(QStringLiteral("emphasis"), wrap(QStringLiteral("emphasis")));
    r.addRole(QStringLiteral("strong"), wrap(QStringLiteral("strong")));
    r.addRole(QStringLiteral("literal"), wrap(QStringLiteral("literal"), true));
    r.addRole(QStringLiteral("code"), wrap(QStringLiteral("literal"), true, {QStringLiteral("code")}));
    for (const char *n : {"subscript", "sub"})
        r.addRole(QLatin1String(n), wrap(QStringLiteral("subscript")));
    for (const char *n : {"superscript", "sup"})
        r.addRole(QLatin1String(n), wrap(QStringLiteral("superscript")));
    for (const char *n : {"title-reference", "title", "t"})
        r.addRole(QLatin1String(n), wrap(QStringLiteral("title_reference")));
    for (const char *n : {"abbreviation", "ab"})
        r.addRole(QLatin1String(n), wrap(QStringLiteral("abbreviation")));
    for (const char *n : {"acronym", "ac"})
        r.addRole(QLatin1String(n), wrap(QStringLiteral("acronym")));
    r.addRole(QStringLiteral("math"), wrap(QStringLiteral("math")));
    const auto pep = numbered(QStringLiteral("PEP "), QStringLiteral("PEP"),
                              QStringLiteral("https://peps.python.org/pep-%1"));
    const auto rfc = numbered(QStringLiteral("RFC "), QStringLiteral("RFC"),
                              QStringLiteral("https://tools.ietf.org/html/rfc%1.html"));
    r.addRole(QStringLiteral("pep-reference"), pep);
    r.addRole(QStringLiteral("pep"), pep);
    r.addRole(QStringLiteral("rfc-reference"), rfc);
    r.addRole(QStringLiteral("rfc"), rfc);
}

} // namespace Docent
