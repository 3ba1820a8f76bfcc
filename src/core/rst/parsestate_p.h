// The per-document state the block and inline parsers share: ids, names, title styles, messages.
#pragma once

#include "doctree/node.h"
#include "rootlines_p.h"

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
    /// Sphinx's default domain ("py" unless "default-domain" changed it; empty in plain docutils).
    QString defaultDomain;
    /// Sphinx's reference context while object descriptions are read: "py:module", "py:class",
    /// "c:parent", "js:object", "rst:directive" ... -> the current value.
    QHash<QString, QString> domainContext;
    /// Set while the content of an "only" directive at the document's top level is read: Sphinx
    /// reads it with titles allowed, so "contents" may stand there (cpython's FAQ pages).
    bool inTopLevelOnly = false;
    /// The registered name an unprefixed directive or role name means: the default domain's
    /// one when it has it ("class" -> "py:class"), else the name itself.
    QString domainName(const QString &key, bool isRole) const;
    // `substitutions` and `m_names` point at nodes that a later step of the parse may drop with
    // the subtree they stand in; parseRst keeps dropped nodes until the parse ends
    // (Node::KeepDeletedScope), so the pointers stay valid, as docutils' references do.
    /// Substitution definitions by (whitespace-normalised) name; later ones replace earlier ones.
    QHash<QString, Node *> substitutions;
    /// Roles defined with the "role" directive: name -> (base role, classes).
    QHash<QString, std::pair<QString, QStringList>> customRoles;

    /// docutils' set_id: first free id from the node's names, else "<tag>-<n>".
    QString setId(Node &node);
    std::unique_ptr<Node> message(MessageLevel level, int line, const QString &text,
                                  const QString &literal = {});
    /// A message for which docutils takes `line`, a line number of the file being read, for a
    /// position in the document's line list, and so shows that entry's number (see RootLines).
    std::unique_ptr<Node> messageAtPosition(MessageLevel level, int line, const QString &text,
                                            const QString &literal = {});
    /// A <problematic> node for `rawText` that links to `message` (both get ids, docutils-style).
    std::unique_ptr<Node> problematic(const QString &rawText, int line, Node &message);
    void noteImplicitTarget(Node &target, Node &messageParent, int messageLine = 0);
    void noteExplicitTarget(Node &target, Node &messageParent);

    /// The document's line list as docutils' outermost state machine sees it.
    RootLines rootLines;

    // Where docutils' outermost state machine stands. Messages that name no line of their own
    // (duplicate names of inline targets, "Enumerated list start value not ordinal-1") show its
    // line. It reads the document's top level, and included files there, itself; for anything
    // nested (a section's body, a list, a directive's content) it stops on the last line it took
    // before handing the block over, and stays there until the block is done.
    /// The line a message without one of its own shows; `ownLine` is where the construct reading
    /// it stands, which is the outermost state machine while that reads the construct itself.
    int parkedLine(int ownLine) const { return m_rootReading ? ownLine : m_rootLine; }
    /// The outermost state machine hands a block over, standing on `line`; nothing when it already has.
    void parkRoot(int line)
    {
        if (m_rootReading) {
            m_rootLine = line;
            m_rootReading = false;
        }
    }
    /// The outermost state machine reads the next construct itself.
    void unparkRoot() { m_rootReading = true; }

    // docutils numbers the lines of a table cell's nested parse one too high wherever it counts lines itself
    // rather than asking the lines (table positions, "blank line required"), once per table the cell is in.
    /// The tables whose cells are being parsed (tables.cpp counts them while it parses a table's cells).
    int tableCellDepth = 0;
    /// Sphinx's serial number of index targets in this document ("index-0", "index-1" ...).
    int indexSerial = 0;
    /// Equations with a :label: so far: Sphinx numbers them per document.
    int equationSerial = 0;

private:
    void noteTarget(Node &target, Node &messageParent, bool isExplicit, int messageLine);

    QSet<QString> m_ids;
    QHash<QString, int> m_idCounters;
    struct NameEntry {
        Node *node;
        bool isExplicit;
    };
    QHash<QString, NameEntry> m_names;
    int m_rootLine = 0;
    bool m_rootReading = true;

public:
    // State of the directive layer (include, role, contents directives).
    /// Text of included files: blocks parsed from it hold views into it, so it lives as long as the parse.
    std::deque<QString> includedText;
    /// Files being included, innermost last (absolute path and clipping options), against circular inclusion.
    QStringList includeStack;
    int includeCount = 0; ///< inclusions so far, bounded so that mutual inclusion cannot explode
    qint64 includedBytes = 0; ///< bytes of the files directives have read so far (chargeIncludedBytes)
    size_t includedLines = 0; ///< lines of reST included so far
    /// Options of roles made by the "role" directive, such as raw's "format": role name -> option -> value.
    QHash<QString, QHash<QString, QString>> customRoleOptions;
    /// docutils' document.has_name: the name is taken, maybe by several targets.
    bool hasName(const QString &name) const { return m_names.contains(name); }

    // Node lists the inline parser fills, kept for reuse once their nodes have moved on: most
    // paragraphs would otherwise allocate one. They live as long as the parse.
    std::vector<std::unique_ptr<Node>> takeNodeList()
    {
        if (m_spareNodeLists.empty())
            return {};
        auto list = std::move(m_spareNodeLists.back());
        m_spareNodeLists.pop_back();
        return list;
    }
    /// `list` must be empty (its nodes moved out and the list cleared).
    void returnNodeList(std::vector<std::unique_ptr<Node>> &&list)
    {
        if (list.capacity() > 0)
            m_spareNodeLists.push_back(std::move(list));
    }

private:
    std::vector<std::vector<std::unique_ptr<Node>>> m_spareNodeLists;
};

} // namespace Docent
