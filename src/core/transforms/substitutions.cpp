#include "doctree/node.h"
#include "transforms_p.h"

#include <QSet>

namespace Docent {
namespace {

// A definition may use another, but not itself, not deeper than this, and not so often that the
// copies grow without bound (ten definitions each using the next twice are 1,024 copies of the last).
constexpr int maxNesting = 8;
constexpr qsizetype maxCopiedNodes = 200000;

qsizetype nodeCount(const Node &n)
{
    qsizetype count = 1;
    n.forEach([&](const Node &) { ++count; });
    return count;
}

class Substituter
{
public:
    Substituter(Node &document, const QHash<QString, QString> &global, QList<TransformIssue> &issues)
        : m_global(global), m_issues(issues)
    {
        document.forEach([&](const Node &n) {
            if (n.is(u"substitution_definition"))
                for (const QString &name : n.names) {
                    m_definitions.insert(name, &n);
                    m_definitions.insert(name.toLower(), &n);
                }
        });
    }

    void expandChildren(Node &parent, int depth)
    {
        size_t i = 0;
        while (i < parent.childCount()) {
            Node &child = *parent.child(i);
            if (child.is(u"substitution_reference")) {
                i += replace(parent, i, depth);
                continue;
            }
            // Definitions stay as written; their content is copied where it is used.
            if (!child.isText() && !child.is(u"substitution_definition"))
                expandChildren(child, depth);
            ++i;
        }
    }

private:
    // Replaces the reference at parent.child(index); returns how many nodes now stand in its place.
    size_t replace(Node &parent, size_t index, int depth)
    {
        const Node &reference = *parent.child(index);
        const QString name = reference.attribute(QStringLiteral("refname"));
        const Node *definition = m_definitions.value(name, m_definitions.value(name.toLower()));
        auto leave = [&](const QString &message) {
            m_issues.append({reference.line(), QStringLiteral("substitution"), message});
            return size_t(1);
        };
        if (!definition) {
            if (!m_global.contains(name))
                return leave(QStringLiteral("Undefined substitution referenced: \"%1\".").arg(name));
            parent.take(index);
            parent.insert(index, Node::text(m_global.value(name), reference.line()));
            return 1;
        }
        if (m_active.contains(definition))
            return leave(QStringLiteral("Circular substitution definition referenced: \"%1\".").arg(name));
        if (depth >= maxNesting)
            return leave(QStringLiteral("Substitution \"%1\" is nested more than %2 definitions deep.").arg(name).arg(maxNesting));
        const qsizetype size = nodeCount(*definition) - 1;
        if (m_copied + size > maxCopiedNodes)
            return leave(QStringLiteral("Substitution \"%1\" not expanded: the document's substitutions would copy more "
                                        "than %2 nodes.")
                             .arg(name)
                             .arg(maxCopiedNodes));
        m_copied += size;
        const int line = reference.line();
        const auto removed = parent.take(index); // keeps `reference` alive while the copies go in
        std::unique_ptr<Node> copies = Node::element(QStringLiteral("substitution"), line);
        for (const auto &c : definition->children())
            copies->append(c->clone());
        m_active.insert(definition);
        expandChildren(*copies, depth + 1);
        m_active.remove(definition);
        const size_t count = copies->childCount();
        for (size_t k = 0; k < count; ++k)
            parent.insert(index + k, copies->take(0));
        return count;
    }

    const QHash<QString, QString> &m_global;
    QList<TransformIssue> &m_issues;
    QHash<QString, const Node *> m_definitions;
    QSet<const Node *> m_active;
    qsizetype m_copied = 0;
};

} // namespace

void substituteReferences(Node &document, const QHash<QString, QString> &substitutions, QList<TransformIssue> &issues)
{
    Substituter(document, substitutions, issues).expandChildren(document, 0);
}

} // namespace Docent
