#include "objectdescription_p.h"

#include "blockparser_p.h"
#include "directivesupport_p.h"
#include "parsestate_p.h"

#include <QRegularExpression>

namespace Docent {

QHash<QString, OptionKind> objectOptions(std::initializer_list<const char *> extra)
{
    QHash<QString, OptionKind> options;
    for (const char *flag : {"no-index", "noindex", "no-index-entry", "noindexentry", "no-contents-entry",
                             "nocontentsentry"})
        options.insert(QLatin1String(flag), OptionKind::Flag);
    options.insert(QStringLiteral("canonical"), OptionKind::Unchanged);
    for (const char *o : extra)
        options.insert(QLatin1String(o), OptionKind::Unchanged);
    return options;
}

bool hasNoIndex(const DirectiveCall &call)
{
    return call.hasOption(QStringLiteral("noindex")) || call.hasOption(QStringLiteral("no-index"));
}

bool hasNoIndexEntry(const DirectiveCall &call)
{
    return call.hasOption(QStringLiteral("noindexentry")) || call.hasOption(QStringLiteral("no-index-entry"));
}

QStringList signatureLines(const DirectiveCall &call)
{
    static const QRegularExpression escapedNewline(QStringLiteral("\\\\\\n"));
    QStringList lines;
    for (const QString &line : call.arguments.join(u' ').replace(escapedNewline, QString()).split(u'\n'))
        if (!line.trimmed().isEmpty())
            lines << line.trimmed();
    return lines;
}

std::unique_ptr<Node> descNode(const DirectiveCall &call, const QString &domain, const QString &objtype)
{
    auto desc = Node::element(QStringLiteral("desc"), call.line);
    desc->setAttribute(QStringLiteral("domain"), domain);
    desc->setAttribute(QStringLiteral("objtype"), objtype);
    desc->setAttribute(QStringLiteral("desctype"), call.name.section(u':', -1));
    if (hasNoIndex(call))
        desc->setAttribute(QStringLiteral("noindex"), QStringLiteral("True"));
    return desc;
}

std::unique_ptr<Node> sigText(const QString &tag, const QString &text, int line)
{
    auto node = Node::element(tag, line);
    node->append(Node::text(text, line));
    return node;
}

void stampContext(Node &xref, const ParseState &state, const QString &domain)
{
    const QString prefix = domain + u':';
    for (auto it = state.domainContext.cbegin(); it != state.domainContext.cend(); ++it)
        if (it.key().startsWith(prefix) && !it.value().isEmpty())
            xref.setAttribute(it.key(), it.value());
}

std::unique_ptr<Node> sigXref(const ParseState &state, const QString &domain, const QString &type,
                              const QString &target, const QString &text, int line)
{
    auto xref = Node::element(QStringLiteral("pending_xref"), line);
    xref->setAttribute(QStringLiteral("refdomain"), domain);
    xref->setAttribute(QStringLiteral("reftype"), type);
    xref->setAttribute(QStringLiteral("reftarget"), target);
    xref->setAttribute(QStringLiteral("docent:signature"), QStringLiteral("True")); // not found: plain text, no notice
    stampContext(*xref, state, domain);
    xref->append(Node::text(text, line));
    return xref;
}

std::unique_ptr<Node> indexNode(const std::vector<ObjectIndexEntry> &entries, int line)
{
    auto node = Node::element(QStringLiteral("index"), line);
    QStringList items;
    for (const ObjectIndexEntry &e : entries)
        items << QStringLiteral("(%1, %2, %3, '', None)").arg(pythonRepr(e.type), pythonRepr(e.text), pythonRepr(e.target));
    node->setAttribute(QStringLiteral("entries"), u'[' + items.join(QStringLiteral(", ")) + u']');
    return node;
}

void setObjectTarget(Node &signature, const QString &id, const QString &name)
{
    if (!id.isEmpty() && !signature.ids.contains(id))
        signature.ids << id;
    if (!name.isEmpty() && name != id && !signature.ids.contains(name) && !name.contains(u' '))
        signature.ids << name;
    signature.setAttribute(QStringLiteral("docent:object"), name);
}

void appendDescContent(DirectiveCall &call, Node &desc, const QHash<QString, QString> &context)
{
    QHash<QString, QString> previous;
    for (auto it = context.cbegin(); it != context.cend(); ++it) {
        previous.insert(it.key(), call.state.domainContext.value(it.key()));
        call.state.domainContext.insert(it.key(), it.value());
    }
    auto content = Node::element(QStringLiteral("desc_content"), call.contentLine);
    call.parser.parseNested(call.content, *content);
    groupInfoFields(*content, call.state, desc.attribute(QStringLiteral("domain")));
    for (auto it = previous.cbegin(); it != previous.cend(); ++it)
        call.state.domainContext.insert(it.key(), it.value());
    desc.append(std::move(content));
}

NodeList descriptionResult(std::unique_ptr<Node> index, std::unique_ptr<Node> desc, NodeList messages)
{
    NodeList out;
    if (index)
        out.push_back(std::move(index));
    out.push_back(std::move(desc));
    for (auto &m : messages)
        out.push_back(std::move(m));
    return out;
}

} // namespace Docent
