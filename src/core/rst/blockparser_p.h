// Turns lines of reST into body elements: sections, paragraphs, lists, literal blocks, explicit markup.
#pragma once

#include "lines.h"
#include "registry.h"

namespace Docent {

class ParseState;

class BlockParser final
{
public:
    explicit BlockParser(ParseState &state);

    /// Parses the top level of a document (sections allowed) into `document`.
    void parseDocument(const Block &lines, Node &document);
    /// docutils' nested_parse: body elements of an indented block into `parent`; no sections.
    void parseNested(const Block &lines, Node &parent);
    /// Inline markup of `text` into `node`; system messages go to `messageParent`.
    void parseInline(const QString &text, int line, Node &node, Node &messageParent, int stateLine = 0);
    /// Fills `node` with the inline markup of `text` and appends it to `parent`, with messages
    /// placed around it as docutils places them.
    Node *appendWithInline(std::unique_ptr<Node> node, const QString &text, int line, Node &parent, int stateLine = 0);

    ParseState &state() { return m_state; }
    /// Parses lines that take the place of a directive (the include directive), in the context the
    /// directive stands in: at the top level sections are allowed and continue the document's.
    void parseInserted(const Block &lines, Node &parent);
    /// Block quotes (with their attributions) of lines that are already dedented, as an indented
    /// block at this point would give.
    void parseBlockQuote(Block lines, Node &parent);
    /// True while the body being parsed is the document's top level (sections allowed).
    bool inTopLevel() const { return m_topLevel; }

private:
    struct Context;
    void parseBody(const Block &b, size_t begin, size_t end, Node &parent, bool topLevel);
    void parseBodyLines(const Block &b, size_t begin, size_t end, Node &parent, bool topLevel);

    size_t blockQuote(const Block &b, size_t i, size_t end, Node &parent);
    size_t bulletList(const Block &b, size_t i, size_t end, Node &parent);
    size_t enumeratedList(const Block &b, size_t i, size_t end, Node &parent);
    size_t fieldList(const Block &b, size_t i, size_t end, Node &parent);
    size_t lineBlock(const Block &b, size_t i, size_t end, Node &parent);
    size_t doctest(const Block &b, size_t i, size_t end, Node &parent);
    size_t explicitMarkup(const Block &b, size_t i, size_t end, Node &parent);
    size_t punctuationLine(const Block &b, size_t i, size_t end, Node &parent, bool topLevel);
    size_t textBlock(const Block &b, size_t i, size_t end, Node &parent, bool topLevel);
    size_t definitionList(const Block &b, size_t i, size_t end, Node &parent);
    // gridtable.cpp: "+---+" grid tables; simpletable.cpp: "=== ===" simple tables
    size_t gridTable(const Block &b, size_t i, size_t end, Node &parent);
    size_t simpleTable(const Block &b, size_t i, size_t end, Node &parent);
    // optionlists.cpp: "-a, --all  description"
    size_t optionList(const Block &b, size_t i, size_t end, Node &parent);
    bool isOptionListItem(QStringView line) const;
    size_t literalBlock(const Block &b, size_t i, size_t end, Node &parent);

    void directive(const QString &name, const Block &block, int line, Node &parent,
                   const BlockText &blockText);
    void footnoteOrCitation(QStringView label, const Block &block, int line, Node &parent);
    void hyperlinkTarget(const Block &block, int line, Node &parent);
    void anonymousTarget(const Block &block, int line, Node &parent);
    void substitutionDefinition(const Block &block, int line, Node &parent, const BlockText &blockText);
    void section(const QString &title, QChar style, bool overline, int line, Node &parent, bool topLevel,
                 const QString &source);
    /// Adds the paragraph; true when it ended with "::" so a literal block follows.
    bool paragraph(const Block &b, size_t begin, size_t end, Node &parent);

    /// docutils' get_indented: the indented block starting at `i` (first line's indent may be given).
    struct Indented {
        Block lines;
        size_t next = 0;
        bool blankFinish = true;
        int indent = 0;
    };
    Indented indented(const Block &b, size_t i, size_t end, int firstIndent = -1, bool untilBlank = false,
                      int blockIndent = -1) const;

    std::unique_ptr<Node> unindentWarning(const QString &what, int line);
    /// True when a line would start some body construct other than a paragraph.
    bool startsConstruct(QStringView line) const;

    ParseState &m_state;
    std::vector<Node *> m_sectionStack; ///< open sections at the document level
    int m_depth = 0;                    ///< nesting depth, bounded to keep the stack safe
    bool m_topLevel = false;
};

} // namespace Docent
