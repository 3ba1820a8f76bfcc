// The per-document state the block and inline parsers share: ids, names, title styles, messages.
#pragma once

#include "../doctree/node.h"

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

#include <deque>
#include <memory>
#include <vector>

namespace Docent {

class Registry;

enum class MessageLevel { Debug = 0, Info = 1, Warning = 2, Error = 3, Severe = 4 };

class ParseState final
{
public:
    ParseState(Node &document, const Registry &registry);

    Node &document;
    const Registry &registry;

    /// Section title styles in order of first appearance: adornment char, and whether overlined.
    std::vector<std::pair<QChar, bool>> titleStyles;
    QString defaultRole; ///< empty: docutils' title-reference
    /// Substitution definitions by (whitespace-normalised) name; later ones replace earlier ones.
    QHash<QString, Node *> substitutions;
    /// Roles defined with the "role" directive: name -> (base role, classes).
    QHash<QString, std::pair<QString, QStringList>> customRoles;

    /// docutils' set_id: first free id from the node's names, else "<tag>-<n>".
    QString setId(Node &node);
    std::unique_ptr<Node> message(MessageLevel level, int line, const QString &text,
                                  const QString &literal = {});
    /// A <problematic> node for `rawText` that links to `message` (both get ids, docutils-style).
    std::unique_ptr<Node> problematic(const QString &rawText, int line, Node &message);
    void noteImplicitTarget(Node &target, Node &messageParent, int messageLine = 0);
    void noteExplicitTarget(Node &target, Node &messageParent);

private:
    void noteTarget(Node &target, Node &messageParent, bool isExplicit, int messageLine);

    QSet<QString> m_ids;
    QHash<QString, int> m_idCounters;
    struct NameEntry {
        Node *node;
        bool isExplicit;
    };
    QHash<QString, NameEntry> m_names;

public:
    // State of the directive layer (include, role, contents directives).
    /// Text of included files: blocks parsed from it hold views into it, so it lives as long as the parse.
    std::deque<QString> includedText;
    /// Files being included, innermost last (absolute path and clipping options), against circular inclusion.
    QStringList includeStack;
    int includeCount = 0; ///< inclusions so far, bounded so that mutual inclusion cannot explode
    /// Options of roles made by the "role" directive, such as raw's "format": role name -> option -> value.
    QHash<QString, QHash<QString, QString>> customRoleOptions;
    /// docutils' document.has_name: the name is taken, maybe by several targets.
    bool hasName(const QString &name) const { return m_names.contains(name); }
};

} // namespace Docent
