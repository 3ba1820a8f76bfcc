#include "indexpages.h"

#include "sphinx/indices.h"
#include "sphinx/project.h"

namespace Docent {
namespace {

QString esc(const QString &s) { return s.toHtmlEscaped(); }

QString href(const IndexLink &link)
{
    return esc(Project::relativeHref(QString::fromUtf16(kGenIndexDoc), link.docname) + u'#' + link.anchor);
}

// A word and its links: the word links to the first, the others are "[1]", "[2]" after it.
QString entryLinks(const QString &name, const std::vector<IndexLink> &links)
{
    if (links.empty())
        return esc(name);
    const auto bold = [](const QString &s, bool main) { return main ? QStringLiteral("<strong>%1</strong>").arg(s) : s; };
    QString out = QStringLiteral("<a href=\"%1\">%2</a>").arg(href(links[0]), bold(esc(name), links[0].main));
    for (size_t i = 1; i < links.size(); ++i)
        out += QStringLiteral(", <a href=\"%1\">%2</a>").arg(href(links[i]), bold(QStringLiteral("[%1]").arg(i), links[i].main));
    return out;
}

QString itemHtml(const IndexItem &item)
{
    QString out = QStringLiteral("<li>") + entryLinks(item.name, item.links);
    if (!item.subitems.empty()) {
        out += QStringLiteral("\n<ul>\n");
        for (const IndexItem &sub : item.subitems)
            out += QStringLiteral("<li>") + entryLinks(sub.name, sub.links) + QStringLiteral("</li>\n");
        out += QStringLiteral("</ul>");
    }
    return out + QStringLiteral("</li>\n");
}

QString generalIndexBody(const Project &project)
{
    const std::vector<IndexGroup> groups = buildGeneralIndex(collectIndexEntries(project));
    QString out = QStringLiteral("<h1 id=\"index\">Index</h1>\n");
    if (groups.empty())
        return out + QStringLiteral("<p>The tree has no index entries.</p>\n");
    QStringList jumps;
    for (const IndexGroup &g : groups)
        jumps << QStringLiteral("<a href=\"#%1\"><strong>%2</strong></a>").arg(esc(g.letter), esc(g.letter));
    out += QStringLiteral("<div class=\"genindex-jumpbox\">\n") + jumps.join(QStringLiteral("\n| ")) +
           QStringLiteral("\n</div>\n");
    for (const IndexGroup &g : groups) {
        out += QStringLiteral("<h2 id=\"%1\">%1</h2>\n<table class=\"indextable genindextable\"><tr>\n").arg(esc(g.letter));
        // Two columns of about equal length, sub-entries counted, as Sphinx splits them.
        size_t total = 0;
        for (const IndexItem &item : g.items)
            total += 1 + item.subitems.size();
        size_t seen = 0, split = g.items.size();
        for (size_t i = 0; i < g.items.size(); ++i) {
            if (seen >= (total + 1) / 2) {
                split = i;
                break;
            }
            seen += 1 + g.items[i].subitems.size();
        }
        for (const auto &[from, to] : {std::pair<size_t, size_t>{0, split}, {split, g.items.size()}}) {
            if (from == to)
                continue;
            out += QStringLiteral("<td><ul>\n");
            for (size_t i = from; i < to; ++i)
                out += itemHtml(g.items[i]);
            out += QStringLiteral("</ul></td>\n");
        }
        out += QStringLiteral("</tr></table>\n");
    }
    return out;
}

QString moduleRowHtml(const ModuleRow &row)
{
    const ModuleInfo &m = row.module;
    QString name = QStringLiteral("<code class=\"xref\">%1</code>").arg(esc(m.name));
    if (row.linked)
        name = QStringLiteral("<a href=\"%1\">%2</a>")
                   .arg(esc(Project::relativeHref(QString::fromUtf16(kModIndexDoc), m.docname) + u'#' + m.anchor), name);
    if (!m.platform.isEmpty())
        name += QStringLiteral(" <em>(%1)</em>").arg(esc(m.platform));
    QString about;
    if (m.deprecated)
        about = QStringLiteral("<strong>Deprecated:</strong> ");
    if (!m.synopsis.isEmpty())
        about += QStringLiteral("<em>%1</em>").arg(esc(m.synopsis));
    return QStringLiteral("<tr%1><td>%2%3</td><td>%4</td></tr>\n")
        .arg(row.submodule ? QStringLiteral(" class=\"submodule\"") : QString(),
             row.submodule ? QStringLiteral("&#160;&#160;&#160; ") : QString(), name, about);
}

QString moduleIndexBody(const Project &project)
{
    const std::vector<ModuleGroup> groups = buildModuleIndex(collectModules(project));
    QString out = QStringLiteral("<h1 id=\"py-modindex\">Python Module Index</h1>\n");
    if (groups.empty())
        return out + QStringLiteral("<p>The tree describes no Python modules.</p>\n");
    QStringList jumps;
    for (const ModuleGroup &g : groups)
        jumps << QStringLiteral("<a href=\"#cap-%1\"><strong>%2</strong></a>").arg(esc(g.letter), esc(g.letter));
    out += QStringLiteral("<div class=\"modindex-jumpbox\">\n") + jumps.join(QStringLiteral(" |\n")) +
           QStringLiteral("\n</div>\n<table class=\"indextable modindextable\">\n");
    for (const ModuleGroup &g : groups) {
        out += QStringLiteral("<tr class=\"cap\" id=\"cap-%1\"><td colspan=\"2\"><strong>%1</strong></td></tr>\n").arg(esc(g.letter));
        for (const ModuleRow &row : g.rows)
            out += moduleRowHtml(row);
    }
    return out + QStringLiteral("</table>\n");
}

} // namespace

bool isIndexPage(const Project &project, const QString &docname)
{
    return !project.document(docname) && (docname == kGenIndexDoc || docname == kModIndexDoc);
}

QString indexPageBody(const Project &project, const QString &docname)
{
    if (!isIndexPage(project, docname))
        return {};
    return docname == kGenIndexDoc ? generalIndexBody(project) : moduleIndexBody(project);
}

QString indexPageTitle(const QString &docname)
{
    return docname == kGenIndexDoc ? QStringLiteral("Index") : QStringLiteral("Python Module Index");
}

} // namespace Docent
