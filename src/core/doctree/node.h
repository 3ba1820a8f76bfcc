// A doctree node in docutils' model: an element with a tag, attributes and children, or a text leaf.
#pragma once

#include <QString>
#include <QStringList>

#include <memory>
#include <utility>
#include <vector>

namespace Docent {

class Node final
{
public:
    /// A text leaf; its tag is "#text".
    static std::unique_ptr<Node> text(const QString &content, int line = 0);
    /// An element such as "paragraph" or "section".
    static std::unique_ptr<Node> element(const QString &tag, int line = 0);

    bool isText() const { return m_tag.isEmpty(); }
    const QString &tag() const { return m_tag; }
    bool is(QStringView tag) const { return m_tag == tag; }

    /// The source line (1-based) this node came from, 0 when unknown.
    int line() const { return m_line; }
    void setLine(int line) { m_line = line; }

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
    void removeAttribute(const QString &name);
    const std::vector<std::pair<QString, QString>> &attributes() const { return m_attributes; }

    Node *parent() const { return m_parent; }
    const std::vector<std::unique_ptr<Node>> &children() const { return m_children; }
    Node *child(size_t i) const { return m_children[i].get(); }
    size_t childCount() const { return m_children.size(); }
    Node *lastChild() const { return m_children.empty() ? nullptr : m_children.back().get(); }

    Node *append(std::unique_ptr<Node> child);
    void insert(size_t index, std::unique_ptr<Node> child);
    std::unique_ptr<Node> take(size_t index);
    void appendChildrenOf(Node &other);

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
    QString m_tag;
    QString m_text;
    int m_line = 0;
    Node *m_parent = nullptr;
    std::vector<std::pair<QString, QString>> m_attributes;
    std::vector<std::unique_ptr<Node>> m_children;
};

/// docutils' name normalisation: "Foo  Bar" -> "foo bar".
QString normalizeName(const QString &name);
/// docutils' id generation: "Foo Bar!" -> "foo-bar".
QString makeId(const QString &name);

} // namespace Docent
