#include "readingorder.h"

#include "doctree/node.h"
#include "sphinx/project.h"

namespace Docent {

ReadingOrder::ReadingOrder(const Project &project)
{
    const QString root = project.document(project.rootDoc()) ? project.rootDoc() : project.startDoc();
    if (project.document(root))
        visit(project, root);
}

void ReadingOrder::visit(const Project &project, const QString &docname)
{
    // Depth first, each page once: where a page is listed again (or a toctree loops back) it
    // keeps its first place, as Sphinx does.
    m_position.insert(docname, m_pages.size());
    m_pages.append(docname);
    const Project::Document *doc = project.document(docname);
    for (const Node *toctree : doc->toctreeNodes) {
        for (const QString &child : project.toctreeDocs(docname, *toctree)) {
            if (m_position.contains(child) || !project.document(child))
                continue;
            m_parent.insert(child, docname);
            visit(project, child);
        }
    }
}

QString ReadingOrder::previous(const QString &docname) const
{
    const qsizetype at = m_position.value(docname, -1);
    return at > 0 ? m_pages.at(at - 1) : QString();
}

QString ReadingOrder::next(const QString &docname) const
{
    const qsizetype at = m_position.value(docname, -1);
    return at >= 0 && at + 1 < m_pages.size() ? m_pages.at(at + 1) : QString();
}

} // namespace Docent
