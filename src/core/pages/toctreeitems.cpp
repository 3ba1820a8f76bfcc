#include "toctreeitems.h"

#include "doctree/node.h"

#include "sphinx/project.h"

#include <algorithm>

namespace Docent {
namespace {

// A toctree line's title with its section number, as Sphinx shows it: "2.1. Filters".
QString numbered(const QString &number, const QString &title)
{
    return number.isEmpty() ? title : number + QStringLiteral(". ") + title;
}

class TocBuilder
{
public:
    TocBuilder(const Project &project, const QString &fromDoc, const Node &toctree)
        : m_project(project), m_fromDoc(fromDoc), m_path{fromDoc}
    {
        m_maxDepth = toctree.attribute(QStringLiteral("maxdepth")).toInt();
        if (m_maxDepth <= 0)
            m_maxDepth = 32; // Sphinx's default is unlimited; the path check stops cycles
        m_titlesOnly = toctree.hasAttribute(QStringLiteral("titlesonly"));
    }

    std::vector<TocItem> entries(const QString &ownerDoc, const Node &toctree, int depth)
    {
        std::vector<TocItem> items;
        const bool glob = toctree.hasAttribute(QStringLiteral("glob"));
        for (const auto &e : toctree.children()) {
            const QString target = e->attribute(QStringLiteral("target"));
            const QString explicitTitle = e->attribute(QStringLiteral("title"));
            if (target.contains(QStringLiteral("://"))) {
                items.push_back({explicitTitle.isEmpty() ? target : explicitTitle, target, true, {}});
                continue;
            }
            if (target == u"self") {
                const Project::Document *d = m_project.document(ownerDoc);
                items.push_back({explicitTitle.isEmpty() && d ? d->title : explicitTitle, Project::relativeHref(m_fromDoc, ownerDoc), false, {}});
                continue;
            }
            const QStringList names = m_project.entryDocs(ownerDoc, target, glob);
            if (names.isEmpty()) {
                items.push_back({explicitTitle.isEmpty() ? target : explicitTitle, QString(), false, {}});
                continue;
            }
            for (const QString &name : names) {
                const Project::Document *d = m_project.document(name);
                // the document's own title section stands for the entry; its contents are the children
                const Node *top = d->skeleton->findFirst(u"section");
                TocItem item{numbered(top ? sectionNumber(*top) : QString(),
                                      explicitTitle.isEmpty() || names.size() > 1 ? d->title : explicitTitle),
                             Project::relativeHref(m_fromDoc, name), false, {}};
                if (depth < m_maxDepth && !m_path.contains(name)) {
                    m_path << name;
                    item.children = children(name, top ? *top : *d->skeleton, depth + 1);
                    m_path.removeLast();
                }
                items.push_back(std::move(item));
            }
        }
        if (toctree.hasAttribute(QStringLiteral("reversed")))
            std::reverse(items.begin(), items.end());
        return items;
    }

    std::vector<TocItem> children(const QString &docname, const Node &node, int depth)
    {
        std::vector<TocItem> items;
        if (depth > m_maxDepth)
            return items;
        for (const auto &c : node.children()) {
            if (c->isText())
                continue;
            if (c->is(u"section")) {
                if (m_titlesOnly) {
                    // sections are left out, documents their toctrees list are kept
                    std::vector<TocItem> docs = children(docname, *c, depth);
                    for (TocItem &i : docs)
                        items.push_back(std::move(i));
                    continue;
                }
                std::vector<TocItem> sub = children(docname, *c, depth + 1);
                const QString title = numbered(sectionNumber(*c), c->childCount() && c->child(0)->is(u"title") ? c->child(0)->astext()
                                                                                                         : QString());
                items.push_back({title, Project::relativeHref(m_fromDoc, docname) + u'#' + c->ids.value(0), false, std::move(sub)});
            } else if (c->is(u"toctree")) {
                if (c->hasAttribute(QStringLiteral("hidden")))
                    continue;
                for (TocItem &i : entries(docname, *c, depth))
                    items.push_back(std::move(i));
            } else if (c->is(u"desc")) {
                if (!m_titlesOnly)
                    for (TocItem &i : objectEntries(docname, *c, depth))
                        items.push_back(std::move(i));
            } else if (!(c->is(u"only") && c->attribute(QStringLiteral("shown")) == u"False")) {
                for (TocItem &i : children(docname, *c, depth))
                    items.push_back(std::move(i));
            }
        }
        return items;
    }

    // Sphinx 5.2+ lists object descriptions too: one entry per signature that has a name and an
    // id; the descriptions in its content (a class's methods) nested under it.
    std::vector<TocItem> objectEntries(const QString &docname, const Node &desc, int depth)
    {
        std::vector<TocItem> items;
        for (const auto &c : desc.children()) {
            if (c->is(u"desc_signature") && c->hasAttribute(QStringLiteral("docent:tocname")) && !c->ids.isEmpty() &&
                !desc.hasAttribute(QStringLiteral("nocontentsentry"))) {
                items.push_back({c->attribute(QStringLiteral("docent:tocname")),
                                 Project::relativeHref(m_fromDoc, docname) + u'#' + c->ids.first(), false, {}});
            } else if (c->is(u"desc_content") && depth < m_maxDepth) {
                std::vector<TocItem> nested;
                c->forEach([&](const Node &n) {
                    if (n.is(u"desc") && n.parent() && nearestDesc(*n.parent()) == &desc)
                        for (TocItem &i : objectEntries(docname, n, depth + 1))
                            nested.push_back(std::move(i));
                });
                for (TocItem &i : nested)
                    (items.empty() ? items : items.back().children).push_back(std::move(i));
            }
        }
        return items;
    }

private:
    static const Node *nearestDesc(const Node &n)
    {
        for (const Node *p = &n; p; p = p->parent())
            if (p->is(u"desc"))
                return p;
        return nullptr;
    }

    // The project's numbers (Numbering), the same as the headings of the pages show.
    QString sectionNumber(const Node &section) const { return Numbering::text(m_project.numbering().section(section)); }

    const Project &m_project;
    const QString m_fromDoc;
    QStringList m_path; ///< the documents being expanded, to cut cycles
    int m_maxDepth = 32;
    bool m_titlesOnly = false;
};

} // namespace

std::vector<TocItem> toctreeItems(const Project &project, const QString &fromDoc, const Node &toctree)
{
    return TocBuilder(project, fromDoc, toctree).entries(fromDoc, toctree, 1);
}

} // namespace Docent
