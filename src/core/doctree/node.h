// A doctree node in docutils' model: an element with a tag, attributes and children, or a text leaf.
#pragma once

#include <QString>
#include <QStringList>

#include <cstring>
#include <memory>
#include <memory_resource>
#include <new>
#include <utility>
#include <vector>

namespace Docent {

class Node final
{
public:
    using Attributes = std::pmr::vector<std::pair<QString, QString>>;
    using Children = std::pmr::vector<std::unique_ptr<Node>>;

    /// A text leaf; its tag is "#text".
    static std::unique_ptr<Node> text(const QString &content, int line = 0);
    /// Takes a temporary string over without touching its reference count (an atomic operation).
    static std::unique_ptr<Node> text(QString &&content, int line = 0);
    /// An element such as "paragraph" or "section".
    static std::unique_ptr<Node> element(const QString &tag, int line = 0);

    /// While an ArenaScope lives, nodes created on its thread (and their attribute and child
    /// lists) come from an arena owned by `owner`, normally the document being parsed: a document
    /// has tens of thousands of small nodes, and one allocation and one free for each dominated
    /// parsing. The arena is released after all of the owner's descendants are destroyed; nodes
    /// made in the scope must not outlive the owner. Only the current thread is affected, so
    /// documents can be parsed on several threads at once; nothing is shared between documents.
    class ArenaScope
    {
    public:
        explicit ArenaScope(Node &owner);
        ~ArenaScope();
        ArenaScope(const ArenaScope &) = delete;
        ArenaScope &operator=(const ArenaScope &) = delete;

    private:
        std::pmr::memory_resource *m_previous;
    };

    /// While a KeepDeletedScope lives, nodes deleted on its thread are kept whole, and destroyed
    /// only when it ends. A parse keeps tables that point at nodes (target names, substitution
    /// definitions), and a later step may drop the subtree such a node stands in: a substitution
    /// definition found to hold a target, a directive's content that turns out not to be a table.
    /// docutils keeps those nodes alive as long as its tables refer to them (Python's references),
    /// and so does this; the parser's tables never point at freed memory.
    class KeepDeletedScope
    {
    public:
        KeepDeletedScope();
        ~KeepDeletedScope();
        KeepDeletedScope(const KeepDeletedScope &) = delete;
        KeepDeletedScope &operator=(const KeepDeletedScope &) = delete;

    private:
        std::vector<Node *> m_kept;
        std::vector<Node *> *m_previous;
    };

    Node(const Node &) = delete;
    Node &operator=(const Node &) = delete;
    ~Node() = default;
    /// Nodes made outside an ArenaScope are freed; arena nodes go with their arena. Within a
    /// KeepDeletedScope neither happens before the scope ends.
    void operator delete(Node *node, std::destroying_delete_t);

    bool isText() const { return m_tag.isEmpty(); }
    const QString &tag() const { return m_tag; }
    bool is(QStringView tag) const { return m_tag == tag; }
    /// The same for a literal (`is(u"section")`), the way every walk asks: its length is known at
    /// compile time, so most nodes are told apart by their tag's size alone, with no strlen of the
    /// literal per node (that alone was a tenth of the instructions of opening a tree).
    template<std::size_t N>
    bool is(const char16_t (&tag)[N]) const
    {
        return m_tag.size() == qsizetype(N - 1) && std::memcmp(m_tag.constData(), tag, (N - 1) * sizeof(char16_t)) == 0;
    }

    /// The source line (1-based) this node came from, 0 when unknown.
    int line() const { return m_line; }
    void setLine(int line) { m_line = line; }

    /// The project's number for this element, the same each time its document is parsed again
    /// from the same text (0: none given): what tables keyed by node (section and figure numbers)
    /// use, so that they outlive the doctree they were made from.
    int serial() const { return m_serial; }
    void setSerial(int serial) { m_serial = serial; }

    /// Text of a leaf; for elements the concatenated text of all descendants.
    QString astext() const;
    const QString &textContent() const { return m_text; }
    void setTextContent(const QString &text) { m_text = text; }

    // docutils' list attributes, printed space-separated and omitted when empty.
    QStringList ids, classes, names, dupnames, backrefs;

    /// Plain attributes in docutils' spelling ("refuri", "xml:space", "level" ...).
    QString attribute(const QString &name) const;
    bool hasAttribute(const QString &name) const;
    void setAttribute(const QString &name, const QString &value);
    void setAttribute(const QString &name, QString &&value);
    void removeAttribute(const QString &name);
    const Attributes &attributes() const { return m_attributes; }

    Node *parent() const { return m_parent; }
    const Children &children() const { return m_children; }
    Node *child(size_t i) const { return m_children[i].get(); }
    size_t childCount() const { return m_children.size(); }
    Node *lastChild() const { return m_children.empty() ? nullptr : m_children.back().get(); }

    Node *append(std::unique_ptr<Node> child);
    void insert(size_t index, std::unique_ptr<Node> child);
    std::unique_ptr<Node> take(size_t index);
    void appendChildrenOf(Node &other);
    /// A deep copy with no parent, made on the heap (or in the current ArenaScope): what docutils
    /// puts in place of a substitution reference.
    std::unique_ptr<Node> clone() const;

    /// First descendant (depth-first, self excluded) with this tag, or nullptr.
    Node *findFirst(QStringView tag) const;
    template<typename F> void forEach(F &&f) const
    {
        for (const auto &c : m_children) {
            f(*c);
            c->forEach(f);
        }
    }

private:
    explicit Node(std::pmr::memory_resource *resource)
        : m_resource(resource), m_attributes(resource), m_children(resource)
    {
    }
    static std::unique_ptr<Node> create(int line);

    QString m_tag;
    QString m_text;
    int m_line = 0;
    int m_serial = 0; // in the padding after m_line: no bigger node
    Node *m_parent = nullptr;
    std::pmr::memory_resource *m_resource;     ///< where this node's memory came from
    std::unique_ptr<std::pmr::memory_resource> m_arena; ///< owned arena; outlives the children below
    Attributes m_attributes;
    Children m_children;
};

/// docutils' name normalisation: "Foo  Bar" -> "foo bar".
QString normalizeName(const QString &name);
/// docutils' id generation: "Foo Bar!" -> "foo-bar".
QString makeId(const QString &name);
/// Sphinx's id rule (its make_id): case, dots and underscores are kept ("os.path.join",
/// "cmdoption-nova-manage-source_is_ipv6", "term-Cell"); other runs become one hyphen; no hyphen,
/// digit, dot or underscore at the start, no hyphen at the end.
QString sphinxId(const QString &text);

} // namespace Docent
