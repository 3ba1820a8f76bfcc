#include "parsestate_p.h"

#include "registry.h"

namespace Docent {

ParseState::ParseState(Node &doc, const Registry &reg)
    : document(doc), registry(reg), defaultDomain(reg.defaultDomain())
{
}

QString ParseState::domainName(const QString &key, bool isRole) const
{
    if (defaultDomain.isEmpty() || key.contains(u':'))
        return key;
    const QString prefixed = defaultDomain + u':' + key;
    return (isRole ? registry.role(prefixed) != nullptr : registry.directive(prefixed) != nullptr) ? prefixed : key;
}

QString ParseState::setId(Node &node)
{
    if (!node.ids.isEmpty())
        return node.ids.first();
    QString id;
    QString base;
    for (const QString &name : std::as_const(node.names)) {
        base = makeId(name);
        if (!base.isEmpty() && !m_ids.contains(base)) {
            id = base;
            break;
        }
    }
    if (id.isEmpty()) {
        const QString prefix = (base.isEmpty() ? makeId(node.tag()) : base) + QLatin1Char('-');
        int &counter = m_idCounters[prefix];
        do {
            id = prefix + QString::number(++counter);
        } while (m_ids.contains(id));
    }
    m_ids.insert(id);
    node.ids.append(id);
    return id;
}

std::unique_ptr<Node> ParseState::message(MessageLevel level, int line, const QString &text,
                                          const QString &literal)
{
    static const char *const types[] = {"DEBUG", "INFO", "WARNING", "ERROR", "SEVERE"};
    auto msg = Node::element(QStringLiteral("system_message"), line);
    msg->setAttribute(QStringLiteral("level"), QString::number(int(level)));
    if (line > 0)
        msg->setAttribute(QStringLiteral("line"), QString::number(line));
    msg->setAttribute(QStringLiteral("source"), document.attribute(QStringLiteral("source")));
    msg->setAttribute(QStringLiteral("type"), QLatin1String(types[int(level)]));
    auto para = Node::element(QStringLiteral("paragraph"), line);
    para->append(Node::text(text, line));
    msg->append(std::move(para));
    if (!literal.isEmpty()) {
        auto lit = Node::element(QStringLiteral("literal_block"), line);
        lit->setAttribute(QStringLiteral("xml:space"), QStringLiteral("preserve"));
        lit->append(Node::text(literal, line));
        msg->append(std::move(lit));
    }
    return msg;
}

std::unique_ptr<Node> ParseState::messageAtPosition(MessageLevel level, int line, const QString &text,
                                                    const QString &literal)
{
    auto msg = message(level, line, text, literal);
    msg->removeAttribute(QStringLiteral("line"));
    if (const std::optional<int> shown = rootLines.lineAt(line))
        msg->setAttribute(QStringLiteral("line"), QString::number(*shown)); // may be 0: a padding line
    return msg;
}

std::unique_ptr<Node> ParseState::problematic(const QString &rawText, int line, Node &message)
{
    const QString msgId = setId(message);
    auto prb = Node::element(QStringLiteral("problematic"), line);
    prb->setAttribute(QStringLiteral("refid"), msgId);
    prb->append(Node::text(rawText, line));
    message.backrefs.append(setId(*prb));
    return prb;
}

void ParseState::noteImplicitTarget(Node &target, Node &messageParent, int messageLine)
{
    noteTarget(target, messageParent, false, messageLine);
}

void ParseState::noteExplicitTarget(Node &target, Node &messageParent)
{
    noteTarget(target, messageParent, true, 0);
}

void ParseState::noteTarget(Node &target, Node &messageParent, bool isExplicit, int messageLine)
{
    if (messageLine <= 0)
        messageLine = target.line();
    setId(target);
    const QString id = target.ids.value(0);
    const QStringList names = target.names;
    const auto demote = [](Node *n, const QString &name) {
        if (n && n->names.removeAll(name) > 0)
            n->dupnames.append(name);
    };
    const auto report = [&](MessageLevel level, const QString &kind, const QString &name) {
        auto msg = message(level, messageLine, QStringLiteral("Duplicate %1 target name: \"%2\".").arg(kind, name));
        msg->backrefs.append(id);
        messageParent.append(std::move(msg));
    };
    for (const QString &name : names) {
        auto it = m_names.find(name);
        if (it == m_names.end()) {
            m_names.insert(name, {&target, isExplicit});
            continue;
        }
        // The name is taken. Explicit targets beat implicit ones (section titles); two explicit
        // targets are an error unless they point at the same URI; an ambiguous name has no node.
        Node *old = it->node;
        const bool oldExplicit = it->isExplicit;
        it->isExplicit = oldExplicit || isExplicit;
        if (isExplicit && oldExplicit) {
            MessageLevel level = MessageLevel::Warning;
            if (old && target.hasAttribute(QStringLiteral("refuri")) && !old->names.isEmpty() &&
                old->attribute(QStringLiteral("refuri")) == target.attribute(QStringLiteral("refuri")))
                level = MessageLevel::Info;
            if (level == MessageLevel::Warning && old) {
                demote(old, name);
                it->node = nullptr;
            }
            report(level, QStringLiteral("explicit"), name);
            demote(&target, name);
            continue;
        }
        if (isExplicit) {
            it->node = &target;
            if (old) {
                demote(old, name);
                report(MessageLevel::Info, QStringLiteral("implicit"), name);
            }
            continue;
        }
        if (old && !oldExplicit) {
            it->node = nullptr;
            demote(old, name);
        }
        demote(&target, name);
        report(MessageLevel::Info, QStringLiteral("implicit"), name);
    }
}

} // namespace Docent
