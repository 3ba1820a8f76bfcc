// The cross-reference roles of Sphinx's domains (:py:func:, :class:, :c:type:, :rst:dir: ...):
// pending_xref nodes carrying the reference context of where they are written (current module,
// class, C scope), resolved later by the project. Sphinx's title rules apply here: "()" after
// functions, "~" shows the last component, a leading "." searches more specific names first,
// "!" makes no reference at all.
#include "inlineparser_p.h"
#include "objectdescription_p.h"
#include "parsestate_p.h"
#include "registry.h"
#include "sphinxregistry.h"

#include <QRegularExpression>

#include <algorithm>

namespace Docent {
namespace {

RoleResult single(std::unique_ptr<Node> node)
{
    RoleResult r;
    r.nodes.push_back(std::move(node));
    return r;
}

// "title <target>": the title, the target and whether a title was given.
std::tuple<QString, QString, bool> titleAndTarget(const QString &text)
{
    static const QRegularExpression explicitTitle(QStringLiteral("^(.+?)\\s*<([^<]*?)>$"),
                                                  QRegularExpression::DotMatchesEverythingOption);
    if (!text.endsWith(u'>')) // most roles of a tree: no match possible, and no regular expression run
        return {text, text, false};
    const auto m = explicitTitle.match(text);
    if (m.hasMatch() && !m.captured(1).endsWith(u'\\'))
        return {m.captured(1), m.captured(2).trimmed(), true};
    return {text, text, false};
}

// Whether `text` may hold what \s matches: an ASCII space or control space, or any non-ASCII
// character (left to the regular expression). Most targets hold neither.
bool mayHoldWhitespace(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() > 0x7f || c.isSpace(); });
}

void withParentheses(QString &title, QString &target, bool isExplicit)
{
    if (!isExplicit) {
        if (title.endsWith(QStringLiteral("()")))
            title.chop(2);
        title += QStringLiteral("()");
    }
    if (target.endsWith(QStringLiteral("()")))
        target.chop(2);
}

RoleHandler domainXrefRole(const QString &domain, const QString &type, bool parentheses)
{
    const QStringList classes{QStringLiteral("xref"), domain, domain + u'-' + type};
    return [=](RoleCall &call) {
        static const QRegularExpression whitespace(QStringLiteral("\\s+"));
        if (call.text.startsWith(u'!')) { // no reference: the text in the role's style
            QString title = InlineParser::unescape(call.text.mid(1)), ignored;
            if (parentheses)
                withParentheses(title, ignored, false);
            auto literal = sigText(QStringLiteral("literal"), title, call.line);
            literal->classes = classes + call.classes;
            return single(std::move(literal));
        }
        auto [title, target, isExplicit] = titleAndTarget(InlineParser::unescape(call.text));
        if (mayHoldWhitespace(target))
            target.replace(whitespace, QStringLiteral(" "));
        if (parentheses)
            withParentheses(title, target, isExplicit);
        if (!isExplicit) {
            if (domain == u"py" || domain == u"js")
                while (title.startsWith(u'.'))
                    title.remove(0, 1);
            while (target.startsWith(u'~'))
                target.remove(0, 1);
            if (title.startsWith(u'~')) {
                title.remove(0, 1);
                const bool cpp = domain == u"cpp"; // "~geo::Shape" shows "Shape"
                const qsizetype dot = cpp ? title.lastIndexOf(QStringLiteral("::")) : title.lastIndexOf(u'.');
                if (dot >= 0)
                    title = title.mid(dot + (cpp ? 2 : 1));
            }
        }
        auto xref = Node::element(QStringLiteral("pending_xref"), call.line);
        xref->setAttribute(QStringLiteral("refdomain"), domain);
        xref->setAttribute(QStringLiteral("reftype"), type);
        if ((domain == u"py" || domain == u"js") && target.startsWith(u'.')) {
            target.remove(0, 1);
            xref->setAttribute(QStringLiteral("refspecific"), QStringLiteral("True"));
        }
        xref->setAttribute(QStringLiteral("reftarget"), target);
        if (isExplicit)
            xref->setAttribute(QStringLiteral("refexplicit"), QStringLiteral("True"));
        stampContext(*xref, call.state, domain);
        auto literal = sigText(QStringLiteral("literal"), title, call.line);
        literal->classes = classes + call.classes;
        xref->append(std::move(literal));
        return single(std::move(xref));
    };
}

// :c:expr: and :c:texpr:: a C expression or type shown as code.
RoleHandler expressionRole(const QString &domain)
{
    return [domain](RoleCall &call) {
        auto literal = sigText(QStringLiteral("literal"), InlineParser::unescape(call.text), call.line);
        literal->classes = QStringList{QStringLiteral("xref"), domain, domain + QStringLiteral("-expr")} + call.classes;
        return single(std::move(literal));
    };
}

} // namespace

void registerDomainRoles(Registry &r)
{
    struct Roles {
        const char *domain;
        std::initializer_list<const char *> plain, parenthesised;
    };
    const Roles domains[] = {
        {"py", {"data", "exc", "class", "const", "attr", "mod", "obj"}, {"func", "meth"}},
        {"c", {"member", "data", "var", "macro", "struct", "union", "enum", "enumerator", "type"}, {"func"}},
        {"cpp", {"any", "class", "struct", "union", "member", "var", "type", "concept", "enum", "enumerator"}, {"func"}},
        {"js", {"data", "attr", "class", "mod"}, {"func", "meth"}},
        {"rst", {"dir", "role"}, {}},
    };
    for (const Roles &d : domains) {
        const QString domain = QLatin1String(d.domain);
        for (const char *type : d.plain)
            r.addRole(domain + u':' + QLatin1String(type), domainXrefRole(domain, QLatin1String(type), false));
        for (const char *type : d.parenthesised)
            r.addRole(domain + u':' + QLatin1String(type), domainXrefRole(domain, QLatin1String(type), true));
    }
    for (const char *domain : {"c", "cpp"}) {
        r.addRole(QLatin1String(domain) + QStringLiteral(":expr"), expressionRole(QLatin1String(domain)));
        r.addRole(QLatin1String(domain) + QStringLiteral(":texpr"), expressionRole(QLatin1String(domain)));
    }
}

void registerDomainDirectives(Registry &r)
{
    registerPythonDomain(r);
    registerCDomain(r);
    registerCppDomain(r);
    registerOtherDomains(r);
}

} // namespace Docent
