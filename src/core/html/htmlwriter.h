// Writes a doctree as a semantic HTML5 page for the web view (and `docent render`).
#pragma once

#include <QString>

#include <functional>

namespace Docent {

class Node;

/// What the writer needs from the project: where a :doc: target points and what it is called.
struct DocLink {
    QString href;  ///< relative to the current page, e.g. "../reference/rpc.html"; empty when unresolved
    QString title; ///< the target document's title
};
using DocResolver = std::function<DocLink(const QString &target)>;

struct HtmlOptions {
    QString title;          ///< <title> of the page
    QString stylesheetHref; ///< link to the theme CSS; empty inlines it (for `docent render`)
    DocResolver resolveDoc; ///< may be empty: :doc: links then stay plain text
};

class HtmlWriter final
{
public:
    /// A whole page: <!DOCTYPE html> ... <article>body</article>.
    static QString page(const Node &document, const HtmlOptions &options);
    /// Only the article's inner HTML.
    static QString body(const Node &document, const HtmlOptions &options);
    /// The theme: page CSS plus the code colours.
    static QString themeCss();
};

} // namespace Docent
