#include "numbering.h"

#include "doctree/node.h"

#include <QMap>

#include <utility>

namespace Docent {
namespace {

// Toctrees inside `n` that are not inside one of its sections: the ones Sphinx's table of
// contents puts at this level, next to the subsections.
void toctreesOutsideSections(const Node &n, const std::function<void(const Node &)> &found)
{
    for (const auto &c : n.children()) {
        if (c->isText() || c->is(u"section"))
            continue;
        if (c->is(u"toctree"))
            found(*c);
        else
            toctreesOutsideSections(*c, found);
    }
}

// Sphinx's numbered toctree depth: the option's value, or unlimited for the bare flag.
int numberedDepth(const Node &toctree)
{
    if (!toctree.hasAttribute(QStringLiteral("numbered")))
        return 0;
    const int depth = toctree.attribute(QStringLiteral("numbered")).toInt();
    return depth > 0 ? depth : 999;
}

// assign_section_numbers: every numbered toctree starts its own count; a document listed by two
// numbered toctrees keeps the first numbers.
class SectionWalker
{
public:
    SectionWalker(const Numbering::Input &in, QHash<int, Numbering::Number> &sections, QSet<QString> &docs,
                  QHash<QString, Numbering::Number> &docNumbers)
        : m_in(in), m_sections(sections), m_docs(docs), m_docNumbers(docNumbers)
    {
    }

    void run()
    {
        for (const QString &docname : m_in.docnames) {
            bool any = false;
            for (const Node *toctree : m_in.toctrees(docname)) {
                if (numberedDepth(*toctree) <= 0)
                    continue;
                if (!any)
                    m_assigned.insert(docname);
                any = true;
                m_stack = {0};
                walkToctree(docname, *toctree, numberedDepth(*toctree));
            }
        }
    }

private:
    void walkToctree(const QString &owner, const Node &toctree, int depth)
    {
        if (depth <= 0)
            return;
        for (const QString &docname : m_in.entries(owner, toctree)) {
            const Node *doctree = m_in.doctree(docname);
            if (!doctree || m_assigned.contains(docname))
                continue; // Sphinx warns: already assigned section numbers (nested numbered toctree?)
            m_assigned.insert(docname);
            m_docs.insert(docname);
            const QString outerDocument = std::exchange(m_document, docname);
            const bool outerFirst = std::exchange(m_firstOfDocument, true);
            walkLevel(docname, *doctree, depth);
            m_document = outerDocument;
            m_firstOfDocument = outerFirst;
        }
    }

    // One level of a document's table of contents: its sections and the toctrees beside them.
    void walkLevel(const QString &docname, const Node &parent, int depth)
    {
        for (const auto &c : parent.children()) {
            if (c->isText())
                continue;
            if (c->is(u"section")) {
                ++m_stack.last();
                const Numbering::Number number = depth > 0 ? m_stack : Numbering::Number();
                m_sections.insert(c->serial(), number);
                if (m_firstOfDocument && m_document == docname) {
                    m_docNumbers.insert(docname, number);
                    m_firstOfDocument = false;
                }
                m_stack.append(0);
                walkLevel(docname, *c, depth - 1);
                m_stack.removeLast();
            } else if (c->is(u"only")) {
                walkLevel(docname, *c, depth);
            } else if (c->is(u"toctree")) {
                walkToctree(docname, *c, depth);
            } else {
                toctreesOutsideSections(*c, [&](const Node &t) { walkToctree(docname, t, depth); });
            }
        }
    }

    const Numbering::Input &m_in;
    QHash<int, Numbering::Number> &m_sections;
    QSet<QString> &m_docs;
    QHash<QString, Numbering::Number> &m_docNumbers;
    QSet<QString> m_assigned;
    Numbering::Number m_stack;
    QString m_document;
    bool m_firstOfDocument = false;
};

} // namespace

QString Numbering::figureType(const Node &n)
{
    if (n.is(u"section"))
        return QStringLiteral("section");
    if (n.is(u"figure") || n.is(u"graphviz"))
        return QStringLiteral("figure");
    if (n.is(u"table"))
        return QStringLiteral("table");
    if (n.is(u"literal_block") && n.hasAttribute(QStringLiteral("caption")))
        return QStringLiteral("code-block");
    return {};
}

bool Numbering::hasCaption(const Node &n)
{
    if (n.is(u"figure"))
        return n.findFirst(u"caption") != nullptr;
    if (n.is(u"table"))
        return n.childCount() && n.child(0)->is(u"title");
    return n.hasAttribute(QStringLiteral("caption")) && !n.attribute(QStringLiteral("caption")).isEmpty();
}

Numbering::Number Numbering::section(const Node &section) const
{
    return this->section(section.serial());
}

Numbering::Number Numbering::figure(const Node &n) const
{
    return figure(n.serial());
}

QString Numbering::text(const Number &number)
{
    QStringList parts;
    for (int i : number)
        parts << QString::number(i);
    return parts.join(u'.');
}

Numbering Numbering::compute(const Input &in)
{
    Numbering out;
    SectionWalker(in, out.m_sections, out.m_numberedDocs, out.m_documentNumbers).run();
    if (!in.numfig)
        return out;

    // assign_figure_numbers: from the root document down its toctrees, figures counted per type
    // and per leading part of the section number (numfig_secnum_depth of it).
    QSet<QString> visited;
    QHash<QString, QMap<Number, int>> counters;
    std::function<void(const QString &, const Node &, const Number &)> walkTree;
    auto walkDocument = [&](const QString &docname, const Number &secnum) {
        const Node *doctree = in.doctree(docname);
        if (!doctree || visited.contains(docname))
            return;
        visited.insert(docname);
        walkTree(docname, *doctree, secnum);
    };
    walkTree = [&](const QString &docname, const Node &node, const Number &secnum) {
        for (const auto &c : node.children()) {
            if (c->isText())
                continue;
            if (c->is(u"section")) {
                Number own = out.m_sections.contains(c->serial()) ? out.m_sections.value(c->serial())
                                                                  : out.m_documentNumbers.value(docname);
                walkTree(docname, *c, own.isEmpty() ? secnum : own);
            } else if (c->is(u"toctree")) {
                for (const QString &sub : in.entries(docname, *c))
                    walkDocument(sub, secnum);
            } else {
                const QString type = figureType(*c);
                if (!type.isEmpty() && type != u"section" && hasCaption(*c)) {
                    const Number prefix = secnum.mid(0, std::max(0, in.secnumDepth));
                    const int count = ++counters[type][prefix];
                    out.m_figures.insert(c->serial(), prefix + Number{count});
                }
                walkTree(docname, *c, secnum);
            }
        }
    };
    walkDocument(in.rootDoc, {});
    return out;
}

QString Numbering::formatted(const QString &format, const QString &number, const QString &name)
{
    if (format.contains(QStringLiteral("{number}")) || format.contains(QStringLiteral("{name}")))
        return QString(format).replace(QStringLiteral("{number}"), number).replace(QStringLiteral("{name}"), name);
    return QString(format).replace(QStringLiteral("%s"), number);
}

} // namespace Docent
