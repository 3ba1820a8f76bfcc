#include "projectcheck.h"

#include "doctree/node.h"
#include "doctree/xrefresolution.h"
#include "graphviz.h"
#include "sphinx/docnames.h"
#include "sphinx/project.h"

#include <QDir>
#include <QFileInfo>

#include <algorithm>

namespace Docent {
namespace {

// The walk over one document for what only its nodes tell.
class DocumentCheck
{
public:
    DocumentCheck(const Project &project, const Project::Document &document, QList<Problem> &found)
        : m_project(project), m_document(document), m_found(found)
    {
    }

    void walk(const Node &n, bool hidden)
    {
        if (n.isText() || n.is(u"substitution_definition"))
            return; // a definition's content is checked where the transforms copied it
        if (n.is(u"system_message")) {
            parserMessage(n);
            return;
        }
        if (n.is(u"docent_notice"))
            add(Problem::Severity::Notice, n.line(), QStringLiteral("notice"), n.astext());
        else if (n.is(u"image") && !hidden)
            image(n);
        else if (n.is(u"toctree") && !hidden)
            toctree(n);
        else if (n.is(u"placeholder"))
            add(Problem::Severity::Notice, n.line(), QStringLiteral("placeholder"),
                n.hasAttribute(QStringLiteral("origin"))
                    ? QStringLiteral("directive %1 is built by %2, which Docent does not run; shown as a placeholder")
                          .arg(n.attribute(QStringLiteral("directive")), n.attribute(QStringLiteral("origin")))
                    : QStringLiteral("directive %1 is generated at build time by a Sphinx extension; shown as a "
                                     "placeholder")
                          .arg(n.attribute(QStringLiteral("directive"))));
        else if (n.is(u"extension_role"))
            add(Problem::Severity::Notice, n.line(), QStringLiteral("role"),
                QStringLiteral("role :%1: is evaluated by %2, which Docent does not run; shown as text")
                    .arg(n.attribute(QStringLiteral("role")), n.attribute(QStringLiteral("origin"))));
        else if (n.is(u"literal") && n.hasAttribute(QStringLiteral("role")) && n.classes.contains(QStringLiteral("domain-role")))
            add(Problem::Severity::Notice, n.line(), QStringLiteral("role"),
                QStringLiteral("role :%1: is not resolved by Docent; shown as code").arg(n.attribute(QStringLiteral("role"))));
        else if (n.is(u"graphviz") && Graphviz::dotPath().isEmpty())
            add(Problem::Severity::Notice, n.line(), QStringLiteral("graphviz"),
                QStringLiteral("Graphviz (dot) is not installed; the graph is shown as source"));
        const bool hideChildren = hidden || (n.is(u"only") && n.attribute(QStringLiteral("shown")) == u"False");
        for (const auto &c : n.children())
            walk(*c, hideChildren);
    }

private:
    void add(Problem::Severity s, int line, const QString &kind, const QString &message)
    {
        m_found.append({s, m_document.docname, m_document.path, line, kind, message});
    }

    void parserMessage(const Node &n)
    {
        const int level = n.attribute(QStringLiteral("level")).toInt();
        if (level < 2)
            return;
        const Node *text = n.childCount() ? n.child(0) : nullptr;
        add(level >= 3 ? Problem::Severity::Error : Problem::Severity::Warning, n.attribute(QStringLiteral("line")).toInt(),
            QStringLiteral("parser"), (text ? text->astext() : QString()).simplified());
    }

    // Images are served from the tree; one that is missing shows as a broken picture.
    void image(const Node &n)
    {
        const QString uri = n.attribute(QStringLiteral("uri"));
        if (uri.contains(QStringLiteral("://"))) {
            add(Problem::Severity::Notice, n.line(), QStringLiteral("image"), QStringLiteral("remote image %1 is not loaded").arg(uri));
            return;
        }
        if (uri.startsWith(QStringLiteral("data:")) || uri.endsWith(u'*'))
            return;
        const QString path = QDir::cleanPath(uri.startsWith(u'/') ? m_project.root() + uri
                                                                   : QFileInfo(m_document.path).absolutePath() + u'/' + uri);
        if (!QFileInfo::exists(path))
            add(Problem::Severity::Warning, n.line(), QStringLiteral("image"), QStringLiteral("image file not readable: %1").arg(uri));
    }

    // Sphinx warns about an entry naming no document; so does Docent.
    void toctree(const Node &n)
    {
        const bool glob = n.hasAttribute(QStringLiteral("glob"));
        for (const auto &e : n.children()) {
            const QString target = e->attribute(QStringLiteral("target"));
            if (target.isEmpty() || isGlobEntry(glob, target) || target == u"self" || target.contains(QStringLiteral("://")))
                continue;
            if (m_project.resolveDoc(m_document.docname, target).isEmpty())
                add(Problem::Severity::Warning, e->line() ? e->line() : n.line(), QStringLiteral("toctree"),
                    QStringLiteral("toctree contains a reference to a missing document: %1").arg(target));
        }
    }

    const Project &m_project;
    const Project::Document &m_document;
    QList<Problem> &m_found;
};

} // namespace

QList<Problem> checkProject(const Project &project)
{
    QList<Problem> out;
    const QHash<QString, QString> &loadErrors = project.loadErrors();
    for (auto it = loadErrors.cbegin(); it != loadErrors.cend(); ++it)
        out.append({Problem::Severity::Error, QString(), it.key(), 0, QStringLiteral("load"), it.value()});
    for (const QString &docname : project.docnames()) {
        const Project::Document *d = project.document(docname);
        if (!d)
            continue;
        // What the transforms and the resolve pass recorded, and what the walk finds, in line order.
        QList<Problem> found = d->transformProblems + d->referenceProblems;
        DocumentCheck(project, *d, found).walk(*d->skeleton, false);
        std::stable_sort(found.begin(), found.end(), [](const Problem &a, const Problem &b) { return a.line < b.line; });
        out += found;
    }
    // Links into other projects need their inventories: a notice for each one not here.
    for (const LinkInventories::OtherProject &p : project.linkInventories().projects())
        if (!p.inventory)
            out.append({Problem::Severity::Notice, QString(), project.root() + QStringLiteral("/conf.py"), 0,
                        QStringLiteral("intersphinx"),
                        QStringLiteral("references to %1 (%2) stay without links: %3; `docent intersphinx fetch` "
                                       "fetches the inventories conf.py names")
                            .arg(p.mapping.name, p.mapping.uri, p.problem)});
    for (const Problem &p : project.inventory().problems()) {
        Problem q = p;
        if (const Project::Document *d = project.document(p.docname))
            q.file = d->path;
        out.append(q);
    }
    return out;
}

QMap<QString, ReferenceCount> countReferences(const Project &project)
{
    QMap<QString, ReferenceCount> counts;
    for (const QString &docname : project.docnames()) {
        project.doctree(docname)->forEach([&](const Node &n) {
            if (!n.is(u"pending_xref"))
                return;
            ReferenceCount &c = counts[n.attribute(QStringLiteral("reftype"))];
            ++c.total;
            const auto r = XrefResolution::readFrom(n);
            if (r && r->state != XrefResolution::State::Unresolved)
                ++c.resolved;
        });
    }
    return counts;
}

} // namespace Docent
