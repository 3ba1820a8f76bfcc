// Sphinx's numbers for a project: the sections of documents under a :numbered: toctree ("2.1")
// and, with conf.py's numfig, figures, tables and captioned code blocks ("Fig. 2.1"), assigned
// the way Sphinx's toctree collector assigns them (assign_section_numbers, assign_figure_numbers).
#pragma once

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <functional>
#include <span>

namespace Docent {

class Node;

class Numbering final
{
public:
    using Number = QList<int>;
    /// The documents a toctree lists, in order: globs expanded, links and "self" left out.
    using EntryLister = std::function<QStringList(const QString &ownerDoc, const Node &toctree)>;
    using DoctreeOf = std::function<const Node *(const QString &docname)>;
    /// A document's toctree nodes in document order (the project found them when it parsed it).
    using ToctreesOf = std::function<std::span<const Node *const>(const QString &docname)>;

    struct Input {
        QString rootDoc;
        QStringList docnames; ///< every document, in a stable order
        DoctreeOf doctree;
        ToctreesOf toctrees;
        EntryLister entries;
        bool numfig = false;
        int secnumDepth = 1; ///< numfig_secnum_depth: how much of the section number figures carry
    };
    static Numbering compute(const Input &input);

    /// A section's number ({2, 1} for "2.1"); empty when it has none. Numbers are kept by the
    /// nodes' serials, so a document parsed again finds its own.
    Number section(const Node &section) const;
    Number section(int serial) const { return serial ? m_sections.value(serial) : Number(); }
    /// Whether Sphinx numbers this document's sections (it is under a numbered toctree).
    bool hasSectionNumbers(const QString &docname) const { return m_numberedDocs.contains(docname); }
    /// A figure's, table's or captioned code block's number; empty when it has none.
    Number figure(const Node &n) const;
    Number figure(int serial) const { return serial ? m_figures.value(serial) : Number(); }

    /// What :numref: can number: "section", "figure", "table", "code-block", or empty.
    static QString figureType(const Node &n);
    /// Whether the node has the caption (or table title) that numfig numbers it by.
    static bool hasCaption(const Node &n);
    /// {2, 1} -> "2.1"
    static QString text(const Number &number);
    /// numfig_format applied: "%s" or "{number}" takes the number, "{name}" the caption.
    static QString formatted(const QString &format, const QString &number, const QString &name);

private:
    QHash<int, Number> m_sections; ///< by Node::serial()
    QSet<QString> m_numberedDocs;
    QHash<QString, Number> m_documentNumbers; ///< a document's first section: what its other headings fall back to
    QHash<int, Number> m_figures; ///< by Node::serial()
};

} // namespace Docent
