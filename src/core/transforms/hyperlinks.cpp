#include "doctree/node.h"
#include "transforms_p.h"

#include <functional>

namespace Docent {
namespace {

// A chain of targets naming each other ends somewhere, or is cut here.
constexpr int maxIndirection = 16;

class Hyperlinks
{
public:
    explicit Hyperlinks(const Node &document)
    {
        // Every named element, and the anonymous targets in order.
        document.forEach([&](const Node &n) {
            if (n.isText())
                return;
            if (n.is(u"target") && n.hasAttribute(QStringLiteral("anonymous")))
                m_anonymousTargets << &n;
            if (n.is(u"reference") || n.is(u"substitution_definition") || n.is(u"footnote") || n.is(u"citation"))
                return;
            for (const QString &name : n.names)
                if (!m_named.contains(name))
                    m_named.insert(name, &n);
        });
    }

    // Where a reference by name or an anonymous one points; false when nowhere.
    bool resolve(Node &reference, QString *uri, QString *id)
    {
        if (reference.hasAttribute(QStringLiteral("anonymous"))) {
            const Node *target = m_anonymousTargets.value(m_nextAnonymous++);
            if (target)
                resolveTarget(*target, uri, id, 0);
        } else {
            resolveName(reference.attribute(QStringLiteral("refname")), uri, id, 0);
        }
        return !uri->isEmpty() || !id->isEmpty();
    }

    qsizetype anonymousTargets() const { return m_anonymousTargets.size(); }

private:
    // A target's destination: its URI, the name it forwards to, or itself (the id of the element it
    // labels; the writer gives the target's own span the same id).
    void resolveTarget(const Node &target, QString *uri, QString *id, int depth)
    {
        if (target.hasAttribute(QStringLiteral("refuri")))
            *uri = target.attribute(QStringLiteral("refuri"));
        else if (target.hasAttribute(QStringLiteral("refid")))
            *id = target.attribute(QStringLiteral("refid"));
        else if (target.hasAttribute(QStringLiteral("refname")) && depth < maxIndirection)
            resolveName(target.attribute(QStringLiteral("refname")), uri, id, depth + 1);
        else
            *id = target.ids.value(0);
    }

    void resolveName(const QString &name, QString *uri, QString *id, int depth)
    {
        if (const Node *target = m_named.value(name))
            resolveTarget(*target, uri, id, depth);
    }

    QHash<QString, const Node *> m_named;
    QList<const Node *> m_anonymousTargets;
    qsizetype m_nextAnonymous = 0;
};

} // namespace

void resolveHyperlinks(Node &document, QList<TransformIssue> &issues)
{
    Hyperlinks links(document);
    qsizetype anonymousReferences = 0;
    std::function<void(Node &)> walk = [&](Node &n) {
        for (const auto &c : n.children()) {
            if (c->isText() || c->is(u"substitution_definition"))
                continue; // a definition's references are resolved where its content was copied
            if (c->is(u"reference") && !c->hasAttribute(QStringLiteral("refuri")) &&
                !c->hasAttribute(QStringLiteral("refid")) &&
                (c->hasAttribute(QStringLiteral("anonymous")) || c->hasAttribute(QStringLiteral("refname")))) {
                anonymousReferences += c->hasAttribute(QStringLiteral("anonymous")) ? 1 : 0;
                QString uri, id;
                if (!links.resolve(*c, &uri, &id)) {
                    if (!c->hasAttribute(QStringLiteral("anonymous")))
                        issues.append({c->line(), QStringLiteral("reference"),
                                       QStringLiteral("Unknown target name: \"%1\".").arg(c->attribute(QStringLiteral("refname")))});
                } else if (!uri.isEmpty()) {
                    c->setAttribute(QStringLiteral("refuri"), uri);
                } else {
                    c->setAttribute(QStringLiteral("refid"), id);
                }
            }
            walk(*c);
        }
    };
    walk(document);
    if (anonymousReferences != links.anonymousTargets())
        issues.append({0, QStringLiteral("reference"),
                       QStringLiteral("Anonymous hyperlink mismatch: %1 references but %2 targets.")
                           .arg(anonymousReferences)
                           .arg(links.anonymousTargets())});
}

} // namespace Docent
