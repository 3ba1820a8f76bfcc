// What the resolve pass decided for one cross-reference (a pending_xref node), kept on the node
// itself so the HTML writer and `docent check` read one answer.
#pragma once

#include <QString>

#include <optional>

namespace Docent {

class Node;

struct XrefResolution {
    enum class State {
        Unresolved, ///< no target: shown as written, marked, and reported
        Link,       ///< a link to `href`
        Text,       ///< resolved, or left as written the way Sphinx does, but shown without a link
        NotFound,   ///< a domain object nothing describes: shown as code without a link, as Sphinx
                    ///< does; a notice (Sphinx warns only in nitpicky mode)
    };
    State state = State::Unresolved;
    QString href;   ///< relative to the reference's own page ("../x.html#label")
    QString text;   ///< what the reference shows; empty keeps the node's own text
    QString reason; ///< why it is unresolved, or why Sphinx shows it without a link (then it warns)
    /// A link's tooltip: for one into another project's pages, which ("(in Python v3.12)").
    QString title = {};

    void writeTo(Node &xref) const;
    /// Nothing when no resolve pass has run on the node (a page rendered outside a project).
    static std::optional<XrefResolution> readFrom(const Node &xref);
};

} // namespace Docent
