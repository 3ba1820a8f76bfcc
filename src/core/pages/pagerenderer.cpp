#include "pagerenderer.h"

#include "doctree/node.h"
#include "graphviz.h"
#include "indexpages.h"
#include "sphinx/project.h"
#include "toctreeitems.h"

#include <QFileInfo>

namespace Docent {

bool PageRenderer::hasPage(const QString &docname) const
{
    return m_project.document(docname) || isIndexPage(m_project, docname);
}

QString PageRenderer::page(const QString &docname, PageMode mode) const
{
    if (isIndexPage(m_project, docname))
        return HtmlWriter::wrap(indexPageTitle(docname), mode, indexPageBody(m_project, docname));
    const Project::Document *d = m_project.document(docname);
    return d ? HtmlWriter::page(*m_project.doctree(docname), options(docname, mode)) : QString();
}

QString PageRenderer::body(const QString &docname) const
{
    if (isIndexPage(m_project, docname))
        return indexPageBody(m_project, docname);
    const Project::Document *d = m_project.document(docname);
    return d ? HtmlWriter::body(*m_project.doctree(docname), options(docname, PageMode::InApp)) : QString();
}

HtmlOptions PageRenderer::options(const QString &docname, PageMode mode) const
{
    const Project::Document *d = m_project.document(docname);
    const ConfFacts &conf = m_project.conf();
    HtmlOptions o;
    o.title = d->title;
    o.mode = mode;
    o.defaultLanguage = conf.highlightLanguage;
    o.language = conf.language;
    o.sourceLines = mode == PageMode::InApp; // the window opens pages at a problem's line
    o.todosInBuild = conf.todoIncludeTodos || !QFileInfo::exists(m_project.root() + QStringLiteral("/conf.py"));
    o.expandToctree = [this, docname](const Node &toctree) { return toctreeItems(m_project, docname, toctree); };
    o.listTodos = [this, docname]() { return todoEntries(docname); };
    o.sectionNumber = [this](const Node &section) { return Numbering::text(m_project.numbering().section(section)); };
    o.captionNumber = [this](const Node &n) { return captionNumber(n); };
    o.drawGraph = Graphviz::toSvg;
    return o;
}

std::vector<TodoEntry> PageRenderer::todoEntries(const QString &fromDoc) const
{
    std::vector<TodoEntry> out;
    for (const QString &docname : m_project.docnames()) {
        m_project.document(docname)->skeleton->forEach([&](const Node &n) {
            if (n.is(u"todo_node"))
                out.push_back({&n,
                               (docname == fromDoc ? QString() : Project::relativeHref(fromDoc, docname)) + u'#' +
                                   n.ids.value(0),
                               QStringLiteral("%1, line %2").arg(docname).arg(n.line())});
        });
    }
    return out;
}

QString PageRenderer::captionNumber(const Node &n) const
{
    const Numbering::Number number = m_project.numbering().figure(n);
    if (number.isEmpty())
        return {};
    QString name;
    if (n.is(u"figure")) {
        if (const Node *caption = n.findFirst(u"caption"))
            name = caption->astext();
    } else if (n.is(u"table") && n.childCount() && n.child(0)->is(u"title")) {
        name = n.child(0)->astext();
    } else {
        name = n.attribute(QStringLiteral("caption"));
    }
    return Numbering::formatted(m_project.conf().numfigFormat.value(Numbering::figureType(n)), Numbering::text(number), name);
}

} // namespace Docent
