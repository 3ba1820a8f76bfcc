// The writer of a page's body, shared by its parts: one member function per kind of node or family
// of kinds, chosen from a table by the node's tag (bodywriter.cpp), as cmark's html.c switches
// over node types. It only reads the resolved doctree: targets, substitutions, footnotes and
// cross-references were settled before it runs.
#pragma once

#include "htmlwriter.h"

#include "doctree/node.h"

#include <QHash>
#include <QString>

#include <algorithm>
#include <cstddef>

namespace Docent {

/// A string literal as a template argument, so that one entry of the table of kinds can say which
/// element (and class) a kind becomes.
template <std::size_t N>
struct Latin1Literal {
    constexpr Latin1Literal(const char (&s)[N]) { std::copy_n(s, N, text); }
    char text[N];
};

class BodyWriter
{
public:
    explicit BodyWriter(const HtmlOptions &o) : m_opt(o), m_defaultLanguage(o.defaultLanguage) {}
    QString out;

    void visit(const Node &n);
    void children(const Node &n);

private:
    // Attribute markup shared by the parts.
    static QString esc(const QString &s) { return s.toHtmlEscaped(); }

    static QString idAttr(const Node &n)
    {
        return n.ids.isEmpty() ? QString() : QStringLiteral(" id=\"%1\"").arg(esc(n.ids.first()));
    }

    // Extra ids beyond the first become empty anchors so every label still works as a fragment.
    static QString extraAnchors(const Node &n)
    {
        QString anchors;
        for (qsizetype i = 1; i < n.ids.size(); ++i)
            anchors += QStringLiteral("<span id=\"%1\"></span>").arg(esc(n.ids[i]));
        return anchors;
    }

    static QString classAttr(const Node &n, const QString &base = {})
    {
        QStringList cls;
        if (!base.isEmpty())
            cls << base;
        cls += n.classes;
        return cls.isEmpty() ? QString() : QStringLiteral(" class=\"%1\"").arg(esc(cls.join(u' ')));
    }

    using Write = void (BodyWriter::*)(const Node &);
    /// How each kind of node is written, by tag; kinds not in it are written as their children.
    static const QHash<QString, Write> &kinds();
    static QHash<QString, Write> withSignatureParts(QHash<QString, Write> table);

    // bodywriter.cpp: kinds written as one element around their content, and kinds not shown.
    void tag(const Node &n, const char *name, const QString &cls = {});
    template <Latin1Literal Name, Latin1Literal Class = "">
    void element(const Node &n)
    {
        static const QString cls = QLatin1String(Class.text);
        tag(n, Name.text, cls);
    }
    void nothing(const Node &) {}
    /// Puts data-line="line" into the block element opening at `start` of `out`, if one does.
    void markLine(qsizetype start, int line);

    // bodywriter_blocks.cpp: sections, lists, figures, admonitions and other blocks.
    void section(const Node &n);
    void title(const Node &n);
    void enumeratedList(const Node &n);
    void optionGroup(const Node &n);
    void optionArgument(const Node &n);
    void fieldName(const Node &n);
    void classifier(const Node &n);
    void attribution(const Node &n);
    void line(const Node &n);
    void transition(const Node &n);
    void todo(const Node &n);
    void admonition(const Node &n);
    void titledAdmonition(const Node &n);
    void admonitionStart(const Node &n, const QString &cls);
    void admonitionTitleEnd(const Node &n);
    void admonitionEnd(const Node &n);
    void aside(const Node &n);
    /// A "contents" topic's list of sections (bodywriter_contents.cpp).
    void contentsList(const Node &topic);
    void sectionList(const Node &parent, int depth, bool outermost);
    void container(const Node &n);
    void image(const Node &n);
    void caption(const Node &n);
    void problem(const Node &n);
    void notice(const Node &n);
    QString captionNumber(const Node &captioned) const;

    // bodywriter_inline.cpp: inline markup.
    void literal(const Node &n);
    void math(const Node &n);
    void abbreviation(const Node &n);
    void substitutionReference(const Node &n);

    // bodywriter_references.cpp: links, targets, footnotes and citations.
    void reference(const Node &n);
    void xref(const Node &n);
    void target(const Node &n);
    void note(const Node &n);
    void noteReference(const Node &n);

    // bodywriter_code.cpp: literal blocks, math blocks and raw content.
    void codeBlock(const Node &n);
    void mathBlock(const Node &n);
    void raw(const Node &n);

    // bodywriter_tables.cpp
    void table(const Node &n);
    void tgroup(const Node &g, const Node &table);
    void tableBody(const Node &body, const QList<bool> &stub);

    // bodywriter_sphinx.cpp: Sphinx's own nodes.
    void toctree(const Node &n);
    void tocItems(const std::vector<TocItem> &items, int depth);
    void todoList(const Node &);
    void hlist(const Node &n);
    void versionNote(const Node &n);
    void only(const Node &n);
    void highlightLang(const Node &n);
    void desc(const Node &n);
    void productionList(const Node &n);
    void descSignature(const Node &n);
    void descSignatureLine(const Node &n);
    void placeholder(const Node &n);
    void extensionRole(const Node &n);
    void graph(const Node &n);

    // bodywriter_signatures.cpp: the pieces of an object description's signature, as Sphinx
    // writes them (spans with its classes, parameters separated by commas).
    void signaturePart(const Node &n);
    void descAnnotation(const Node &n);
    void descParameterList(const Node &n);
    void descParameter(const Node &n);
    void descOptional(const Node &n);
    void descReturns(const Node &n);

    const HtmlOptions &m_opt;
    int m_level = 0;
    QString m_defaultLanguage;
    bool m_firstParameter = true; ///< no comma before the next desc_parameter
};

} // namespace Docent
