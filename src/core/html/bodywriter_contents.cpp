// The "contents" directive's table of contents, drawn where the topic stands: the sections below
// the document (or, with :local:, below the topic's own section) as nested lists of links, down
// to :depth:, as docutils' Contents transform builds them for Sphinx's pages.
#include "bodywriter_p.h"

#include "doctree/node.h"

#include <QRegularExpression>

namespace Docent {
namespace {

// The sections directly below `n`, looking through the nodes Sphinx removes or keeps transparently
// ("only" whose content is shown).
void childSections(const Node &n, std::vector<const Node *> &out)
{
    for (const auto &c : n.children()) {
        if (c->is(u"section"))
            out.push_back(c.get());
        else if (c->is(u"only") && c->attribute(QStringLiteral("shown")) != u"False")
            childSections(*c, out);
    }
}

const Node *titleOf(const Node &section)
{
    for (const auto &c : section.children())
        if (c->is(u"title"))
            return c.get();
    return nullptr;
}

} // namespace

void BodyWriter::contentsList(const Node &topic)
{
    int depth = 1 << 20;
    for (const auto &c : topic.children())
        if (c->is(u"pending")) {
            static const QRegularExpression depthDetail(QStringLiteral("\\bdepth: (\\d+)"));
            const auto m = depthDetail.match(c->astext());
            if (m.hasMatch())
                depth = m.captured(1).toInt();
        }
    const Node *start = nullptr;
    if (topic.classes.contains(QStringLiteral("local"))) {
        for (const Node *p = topic.parent(); p && !start; p = p->parent())
            if (p->is(u"section") || p->is(u"document"))
                start = p;
    } else {
        start = &topic;
        while (start->parent())
            start = start->parent();
    }
    if (start)
        sectionList(*start, depth, true);
}

void BodyWriter::sectionList(const Node &parent, int depth, bool outermost)
{
    std::vector<const Node *> sections;
    childSections(parent, sections);
    if (sections.empty() || depth <= 0)
        return;
    out += outermost ? QStringLiteral("<ul class=\"simple\">\n") : QStringLiteral("<ul>\n");
    for (const Node *section : sections) {
        const Node *title = titleOf(*section);
        if (!title || section->ids.isEmpty())
            continue;
        out += QStringLiteral("<li><p><a class=\"reference internal\" href=\"#%1\">%2</a></p>\n")
                   .arg(esc(section->ids.first()), esc(title->astext()));
        sectionList(*section, depth - 1, false);
        out += QStringLiteral("</li>\n");
    }
    out += QStringLiteral("</ul>\n");
}

} // namespace Docent
