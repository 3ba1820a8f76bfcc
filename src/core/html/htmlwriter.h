// Writes a doctree as a semantic HTML5 page for the web view (and `docent render`).
#pragma once

#include <QHash>
#include <QString>

#include <functional>
#include <vector>

namespace Docent {

class Node;

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

/// Where a page is shown, which decides what it may load and run.
enum class PageMode {
    Standalone, ///< `docent render`: the theme inline, no script at all
    InApp,      ///< Docent's web view: the theme, Docent's page script and KaTeX from docent://app only
    Site,       ///< `docent render -o`: like Standalone, with the tree's images beside the pages
};

struct HtmlOptions {
    QString title;          ///< <title> of the page
    PageMode mode = PageMode::Standalone;
    TocExpander expandToctree; ///< empty: toctrees list their entries only
    TodoLister listTodos;      ///< empty: todolist shows a pointer to the Todos sidebar
    /// Draws a graphviz directive's graph as SVG (`dot` source, layout program); empty: shown as
    /// source. On failure returns nothing and says why in `error`.
    std::function<QByteArray(const QString &code, const QString &layout, QString *error)> drawGraph;
    QString defaultLanguage; ///< conf.py's highlight_language, for blocks that name none
    /// conf.py's language: the words Docent writes into the page (admonition titles, version
    /// notes ...) are in it (pagestrings.h); empty: English.
    QString language;
    /// conf.py's todo_include_todos: when off, todo boxes are still shown (the reader is usually
    /// the author) but marked as absent from the built documentation.
    bool todosInBuild = true;
    /// Marks block elements with the source line they came from (data-line="N"), so the window
    /// can open a page at a line (a problem's place). Off for exported pages and goldens.
    bool sourceLines = false;
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
    /// outside docent:) and the theme, as `mode` says; `language` is conf.py's (<html lang> and
    /// the page script's words).
    static QString wrap(const QString &title, PageMode mode, const QString &articleHtml, const QString &language = {});
    /// Only the article's inner HTML.
    static QString body(const Node &document, const HtmlOptions &options);
    /// The theme: page CSS plus the code colours.
    static QString themeCss();
};

} // namespace Docent
