// Writes a doctree as a semantic HTML5 page for the web view (and `docent render`).
#pragma once

#include <QHash>
#include <QString>

#include <functional>
#include <vector>

namespace Docent {

class Node;

/// What the writer needs from the project: where a :doc: target points and what it is called.
struct DocLink {
    QString href;  ///< relative to the current page, e.g. "../reference/rpc.html"; empty when unresolved
    QString title; ///< the target document's title (or label title, term ...)
    QString reason = {}; ///< why it could not be resolved, when href is empty
    bool plain = false; ///< resolved, but shown without a link (":ref:`!x`", keywords)
};
using DocResolver = std::function<DocLink(const QString &target)>;
/// Resolves any <pending_xref> node (doc, ref, term, option ...).
using XrefResolver = std::function<DocLink(const Node &xref)>;

/// One line of a rendered toctree: a document, a section of it, or an external link.
struct TocItem {
    QString title;
    QString href; ///< relative to the current page; empty when the entry does not resolve
    bool external = false;
    std::vector<TocItem> children;
};
/// Expands a <toctree> node into its entries with their sections and sub-documents, as deep as
/// its :maxdepth: allows.
using TocExpander = std::function<std::vector<TocItem>(const Node &toctree)>;

/// One todo note of the project, for the todolist directive.
struct TodoEntry {
    const Node *todo = nullptr; ///< the todo_node, in its own document's doctree
    QString href;               ///< to the note in its page
    QString location;           ///< "reference/scheduling, line 12"
};
using TodoLister = std::function<std::vector<TodoEntry>()>;

struct HtmlOptions {
    QString title;          ///< <title> of the page
    QString stylesheetHref; ///< link to the theme CSS; empty inlines it (for `docent render`)
    DocResolver resolveDoc; ///< may be empty: :doc: links then stay plain text
    XrefResolver resolveXref; ///< preferred over resolveDoc when set
    TocExpander expandToctree; ///< empty: toctrees list their entries only
    /// Substitutions every document has, as Sphinx gives |version|, |release| and |today|.
    QHash<QString, QString> substitutions;
    TodoLister listTodos;      ///< empty: todolist shows a pointer to the Todos sidebar
    /// Renders graphviz directives with Graphviz's `dot` when it is installed.
    bool renderGraphs = true;
    QString defaultLanguage; ///< conf.py's highlight_language, for blocks that name none
    /// conf.py's todo_include_todos: when off, todo boxes are still shown (the reader is usually
    /// the author) but marked as absent from the built documentation.
    bool todosInBuild = true;
    /// Sphinx's numbers, empty for none: a section's under a :numbered: toctree ("2.1"), and a
    /// captioned figure's, table's or code block's with numfig ("Fig. 3"). Unset: no numbers.
    std::function<QString(const Node &section)> sectionNumber;
    std::function<QString(const Node &captioned)> captionNumber;
};

class HtmlWriter final
{
public:
    /// A whole page: <!DOCTYPE html> ... <article>body</article>.
    static QString page(const Node &document, const HtmlOptions &options);
    /// A whole page around `articleHtml`: the head with the content security policy (nothing from
    /// outside docent:) and the theme. With the theme from docent://app/ the page also gets
    /// Docent's page script and KaTeX from there, and scripts from that origin only; otherwise
    /// (`docent render`) no script at all.
    static QString wrap(const QString &title, const QString &stylesheetHref, const QString &articleHtml);
    /// Only the article's inner HTML.
    static QString body(const Node &document, const HtmlOptions &options);
    /// The theme: page CSS plus the code colours.
    static QString themeCss();
};

} // namespace Docent
