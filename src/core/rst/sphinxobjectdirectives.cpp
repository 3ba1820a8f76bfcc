// Object descriptions of Sphinx's std domain that references point at: confval (Sphinx 7.4+, for
// :confval:) and productionlist (grammar rules, for :token:). Ids are Sphinx's, which keep case,
// dots and underscores ("confval-html_theme", "grammar-token-try_stmt").
#include "blockparser_p.h"
#include "directivesupport_p.h"
#include "parsestate_p.h"
#include "registry.h"
#include "sphinxregistry.h"

#include <QRegularExpression>

namespace Docent {
namespace {

// One field ("Type", "Default") of a confval, its value parsed as inline markup.
std::unique_ptr<Node> confvalField(DirectiveCall &call, const QString &name, const QString &value)
{
    auto field = Node::element(QStringLiteral("field"), call.line);
    auto fieldName = Node::element(QStringLiteral("field_name"), call.line);
    fieldName->append(Node::text(name, call.line));
    field->append(std::move(fieldName));
    auto body = Node::element(QStringLiteral("field_body"), call.line);
    call.parser.appendWithInline(Node::element(QStringLiteral("paragraph"), call.line), value, call.line, *body);
    field->append(std::move(body));
    return field;
}

// .. confval:: name — with :type: and :default: shown as a field list before the description.
DirectiveSpec confvalSpec()
{
    DirectiveSpec spec;
    spec.requiredArguments = 1;
    spec.finalArgumentWhitespace = true;
    spec.hasContent = true;
    spec.options.insert(QStringLiteral("type"), OptionKind::Text);
    spec.options.insert(QStringLiteral("default"), OptionKind::Text);
    spec.options.insert(QStringLiteral("no-index"), OptionKind::Flag);
    spec.options.insert(QStringLiteral("noindex"), OptionKind::Flag);
    spec.run = [](DirectiveCall &call) {
        static const QRegularExpression whitespace(QStringLiteral("\\s+"));
        const QString name = call.arguments.value(0).trimmed().replace(whitespace, QStringLiteral(" "));
        auto desc = Node::element(QStringLiteral("desc"), call.line);
        desc->setAttribute(QStringLiteral("domain"), QStringLiteral("std"));
        desc->setAttribute(QStringLiteral("objtype"), QStringLiteral("confval"));
        auto sig = Node::element(QStringLiteral("desc_signature"), call.line);
        auto descName = Node::element(QStringLiteral("desc_name"), call.line);
        descName->append(Node::text(name, call.line));
        sig->append(std::move(descName));
        sig->ids << sphinxId(QStringLiteral("confval-") + name);
        if (!call.hasOption(QStringLiteral("no-index")) && !call.hasOption(QStringLiteral("noindex")))
            sig->setAttribute(QStringLiteral("confval"), name);
        desc->append(std::move(sig));
        auto content = Node::element(QStringLiteral("desc_content"), call.contentLine);
        auto fields = Node::element(QStringLiteral("field_list"), call.line);
        if (call.hasOption(QStringLiteral("type")))
            fields->append(confvalField(call, QStringLiteral("Type"), call.options.value(QStringLiteral("type"))));
        if (call.hasOption(QStringLiteral("default")))
            fields->append(confvalField(call, QStringLiteral("Default"), call.options.value(QStringLiteral("default"))));
        if (fields->childCount())
            content->append(std::move(fields));
        call.parser.parseNested(call.content, *content);
        desc->append(std::move(content));
        return one(std::move(desc));
    };
    return spec;
}

// The right-hand side of a rule: text, with each `token` a :token: reference (qualified with the
// list's group unless it names one; "~group:name" shows the name only).
void appendRuleTokens(Node &production, const QString &rhs, const QString &group, int line)
{
    static const QRegularExpression token(QStringLiteral("`((~?\\w*:)?\\w+)`"),
                                          QRegularExpression::UseUnicodePropertiesOption);
    qsizetype at = 0;
    for (auto it = token.globalMatch(rhs); it.hasNext();) {
        const auto m = it.next();
        if (m.capturedStart() > at)
            production.append(Node::text(rhs.mid(at, m.capturedStart() - at), line));
        QString name = m.captured(1), title = name, target = name;
        if (name.startsWith(u'~') && name.contains(u':')) {
            target = name.mid(1);
            title = name.section(u':', 1);
        } else if (!name.contains(u':') && !group.isEmpty()) {
            target = group + u':' + name;
        }
        auto xref = Node::element(QStringLiteral("pending_xref"), line);
        xref->setAttribute(QStringLiteral("refdomain"), QStringLiteral("std"));
        xref->setAttribute(QStringLiteral("reftype"), QStringLiteral("token"));
        xref->setAttribute(QStringLiteral("reftarget"), target);
        auto literal = Node::element(QStringLiteral("literal"), line);
        literal->classes << QStringLiteral("xref");
        literal->append(Node::text(title, line));
        xref->append(std::move(literal));
        production.append(std::move(xref));
        at = m.capturedEnd();
    }
    if (at < rhs.size())
        production.append(Node::text(rhs.mid(at), line));
}

// .. productionlist:: [group]
//    name: rule with `tokens`
//        : continued
DirectiveSpec productionListSpec()
{
    DirectiveSpec spec;
    spec.requiredArguments = 1;
    spec.finalArgumentWhitespace = true;
    spec.run = [](DirectiveCall &call) {
        static const QRegularExpression escapedNewline(QStringLiteral("\\\\\\n"));
        const QStringList rules = call.arguments.value(0).replace(escapedNewline, QString()).split(u'\n');
        auto list = Node::element(QStringLiteral("productionlist"), call.line);
        QString group;
        for (qsizetype i = 0; i < rules.size(); ++i) {
            const QString &rule = rules[i];
            if (i == 0 && !rule.contains(u':')) { // a first line without a rule names the group
                group = rule.trimmed();
                continue;
            }
            if (!rule.contains(u':'))
                break;
            const int line = call.line + int(i);
            const QString name = rule.section(u':', 0, 0).trimmed();
            auto production = Node::element(QStringLiteral("production"), line);
            production->setAttribute(QStringLiteral("tokenname"), name);
            if (!name.isEmpty()) {
                production->ids << sphinxId(QStringLiteral("grammar-token-%1-%2").arg(group, name));
                production->setAttribute(QStringLiteral("token"), group.isEmpty() ? name : group + u':' + name);
            }
            appendRuleTokens(*production, rule.section(u':', 1), group, line);
            list->append(std::move(production));
        }
        return one(std::move(list));
    };
    return spec;
}

} // namespace

void registerSphinxObjectDirectives(Registry &r)
{
    const DirectiveSpec confval = confvalSpec();
    r.addDirective(QStringLiteral("confval"), confval);
    r.addDirective(QStringLiteral("std:confval"), confval);
    r.addDirective(QStringLiteral("productionlist"), productionListSpec());
}

} // namespace Docent
