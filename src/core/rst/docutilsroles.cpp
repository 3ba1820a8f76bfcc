// docutils' interpreted-text roles: emphasis, literal, sub/superscript, pep, rfc, ...
#include "codetokens.h"
#include "inlineparser_p.h"
#include "parsestate_p.h"
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

// :code:, and roles made from it with a :language:, which tokenizes its text as the code
// directive does and adds the language to the classes.
RoleResult codeRole(RoleCall &call)
{
    RoleResult r;
    const QString language = call.options.value(QStringLiteral("language"));
    auto node = Node::element(QStringLiteral("literal"), call.line);
    node->classes = QStringList{QStringLiteral("code")} + call.classes;
    if (!language.isEmpty() && !node->classes.contains(language))
        node->classes << language;
    for (auto &token : tokenizeCode(InlineParser::unescape(call.text, true), language, call.line))
        node->append(std::move(token));
    r.nodes.push_back(std::move(node));
    return r;
}

// :pep: and :rfc: — a number (with an optional "#anchor"), within the range the series has.
RoleHandler numbered(const QString &label, int minimum, const QString &uriPattern, int digits)
{
    return [=](RoleCall &call) {
        RoleResult r;
        const QString text = InlineParser::unescape(call.text);
        bool ok = false;
        const QString number = text.section(u'#', 0, 0).trimmed();
        const int n = number.toInt(&ok);
        const bool isNumber = ok && !number.startsWith(u'+') && !number.startsWith(u'-');
        if (!isNumber || n < minimum || n > 9999) {
            const QString range = minimum == 0 ? QStringLiteral("a number from 0 to 9999")
                                               : QStringLiteral("a number greater than or equal to 1");
            auto msg = call.state.message(MessageLevel::Error, call.line,
                                          QStringLiteral("%1 number must be %2; \"%3\" is invalid.")
                                              .arg(label, range, text));
            r.nodes.push_back(call.state.problematic(call.rawText, call.line, *msg));
            r.messages.push_back(std::move(msg));
            return r;
        }
        auto ref = Node::element(QStringLiteral("reference"), call.line);
        QString uri = uriPattern.arg(n, digits, 10, QLatin1Char('0'));
        if (text.contains(u'#'))
            uri += u'#' + text.section(u'#', 1);
        ref->setAttribute(QStringLiteral("refuri"), uri);
        ref->classes = call.classes;
        ref->append(Node::text(label + u' ' + QString::number(n), call.line));
        r.nodes.push_back(std::move(ref));
        return r;
    };
}

} // namespace

void registerDocutilsRoles(Registry &r)
{
    r.addRole(QStringLiteral("emphasis"), wrap(QStringLiteral("emphasis")));
    r.addRole(QStringLiteral("strong"), wrap(QStringLiteral("strong")));
    r.addRole(QStringLiteral("literal"), wrap(QStringLiteral("literal"))); // escapes resolved, unlike ``...``
    r.addRole(QStringLiteral("code"), codeRole);
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
    r.addRole(QStringLiteral("math"), wrap(QStringLiteral("math"), true)); // LaTeX keeps its backslashes
    const auto pep = numbered(QStringLiteral("PEP"), 0, QStringLiteral("https://peps.python.org/pep-%1"), 4);
    const auto rfc = numbered(QStringLiteral("RFC"), 1, QStringLiteral("https://tools.ietf.org/html/rfc%1.html"), 0);
    r.addRole(QStringLiteral("pep-reference"), pep);
    r.addRole(QStringLiteral("pep"), pep);
    r.addRole(QStringLiteral("rfc-reference"), rfc);
    r.addRole(QStringLiteral("rfc"), rfc);
}

} // namespace Docent
