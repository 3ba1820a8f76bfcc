#include "navigationtree.h"

#include "doctree/node.h"
#include "sphinx/indices.h"
#include "sphinx/project.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

namespace Docent {
namespace {

const Node *titleOf(const Node &section)
{
    return section.childCount() && section.child(0)->is(u"title") ? section.child(0) : nullptr;
}

// A page's body sections: below the title section when the page has a single one.
std::vector<const Node *> bodySections(const Node &doctree)
{
    std::vector<const Node *> top;
    for (const auto &c : doctree.children())
        if (c->is(u"section"))
            top.push_back(c.get());
    if (top.size() != 1)
        return top;
    std::vector<const Node *> inner;
    for (const auto &c : top.front()->children())
        if (c->is(u"section"))
            inner.push_back(c.get());
    return inner;
}

struct Link {
    QString docname;
    QString description;
};

// The documents a section links, in order: :doc: references that open a bullet item (with the
// rest of the item as description) and toctree entries, its subsections included.
std::vector<Link> linksOf(const Project &project, const QString &docname, const Node &section)
{
    std::vector<Link> links;
    std::function<void(const Node &)> walk = [&](const Node &n) {
        for (const auto &c : n.children()) {
            if (c->is(u"toctree")) {
                for (const auto &e : c->children()) {
                    const QString target = project.resolveDoc(docname, e->attribute(QStringLiteral("target")));
                    if (!target.isEmpty())
                        links.push_back({target, {}});
                }
                continue;
            }
            if (c->is(u"list_item") && c->childCount() && c->child(0)->is(u"paragraph")) {
                const Node &para = *c->child(0);
                if (para.childCount() && para.child(0)->is(u"pending_xref") &&
                    para.child(0)->attribute(QStringLiteral("reftype")) == u"doc") {
                    const QString target =
                        project.resolveDoc(docname, para.child(0)->attribute(QStringLiteral("reftarget")));
                    if (!target.isEmpty()) {
                        QString description;
                        for (size_t k = 1; k < para.childCount(); ++k)
                            description += para.child(k)->astext();
                        description = description.simplified();
                        static const QRegularExpression lead(QStringLiteral("^[:\\-\u2013\u2014,]\\s*"));
                        description.remove(lead);
                        links.push_back({target, description});
                    }
                }
            }
            walk(*c);
        }
    };
    walk(section);
    return links;
}

class Builder
{
public:
    Builder(const Project &p, const NavNode *readEarlier) : m_project(p)
    {
        if (readEarlier)
            indexEarlier(*readEarlier);
    }

    NavNode document(const QString &docname, const QString &description)
    {
        const Project::Document *doc = m_project.document(docname);
        if (!doc || !doc->skeleton) {
            if (const NavNode *earlier = m_earlier.value(docname))
                return fromEarlier(*earlier, description);
            return leaf(docname, description);
        }
        NavNode node = leaf(docname, description);
        // A landing page has several sections that each list pages; they become groups holding
        // those pages. Other pages show their own outline.
        std::vector<std::pair<const Node *, std::vector<Link>>> sections;
        int linkingSections = 0;
        for (const Node *section : bodySections(*doc->skeleton)) {
            std::vector<Link> links = linksOf(m_project, docname, *section);
            linkingSections += links.empty() ? 0 : 1;
            sections.emplace_back(section, std::move(links));
        }
        if (linkingSections >= 2) {
            for (const auto &[section, links] : sections) {
                NavNode group;
                group.kind = NavNode::Kind::Group;
                group.docname = docname;
                group.anchor = section->ids.value(0);
                group.title = titleOf(*section) ? titleOf(*section)->astext() : QString();
                QSet<QString> listed; // a page's bullet list and its hidden toctree name the same pages
                for (const Link &l : links) {
                    if (l.docname == docname || listed.contains(l.docname))
                        continue;
                    listed.insert(l.docname);
                    if (claim(l.docname)) {
                        group.children.push_back(document(l.docname, l.description));
                    } else {
                        // Placed earlier in reading order; listed here too, as the page lists
                        // it, but not expanded a second time.
                        group.children.push_back(leaf(l.docname, l.description));
                    }
                }
                if (!group.children.empty())
                    node.children.push_back(std::move(group));
            }
        } else {
            node.children = NavigationTree::outline(*doc->skeleton, docname);
        }
        for (const QString &entry : doc->toctree) {
            if (entry.startsWith(QStringLiteral("glob:"))) {
                const QRegularExpression re(
                    QRegularExpression::wildcardToRegularExpression(entry.mid(5)));
                for (const QString &n : m_project.docnames())
                    if (re.match(n).hasMatch() && claim(n))
                        node.children.push_back(document(n, {}));
            } else if (isKnown(entry) && claim(entry)) {
                node.children.push_back(document(entry, {}));
            }
        }
        return node;
    }

    bool isKnown(const QString &docname) const { return m_project.document(docname) || m_earlier.contains(docname); }

    NavNode leaf(const QString &docname, const QString &description) const
    {
        NavNode node;
        node.kind = NavNode::Kind::Document;
        node.docname = docname;
        node.description = description;
        const Project::Document *doc = m_project.document(docname);
        node.title = doc ? doc->title : docname;
        return node;
    }

    bool claim(const QString &docname)
    {
        if (m_placed.contains(docname))
            return false;
        m_placed.insert(docname);
        return true;
    }

private:
    void indexEarlier(const NavNode &n)
    {
        if (n.kind == NavNode::Kind::Document && !n.docname.isEmpty() && !m_earlier.contains(n.docname))
            m_earlier.insert(n.docname, &n);
        for (const NavNode &c : n.children)
            indexEarlier(c);
    }

    // A page not read yet, as the reading before placed it; the pages it lists are placed again,
    // as read now if they are, so the tree grows below a page still to be read.
    NavNode fromEarlier(const NavNode &earlier, const QString &description)
    {
        NavNode node = withPagesPlacedAgain(earlier);
        if (!description.isEmpty())
            node.description = description;
        return node;
    }

    NavNode withPagesPlacedAgain(const NavNode &earlier)
    {
        NavNode node = earlier;
        node.children.clear();
        for (const NavNode &c : earlier.children) {
            if (c.kind != NavNode::Kind::Document)
                node.children.push_back(withPagesPlacedAgain(c)); // a section, or a group of pages
            else if (claim(c.docname))
                node.children.push_back(document(c.docname, c.description));
        }
        return node;
    }

    const Project &m_project;
    QSet<QString> m_placed;
    QHash<QString, const NavNode *> m_earlier; ///< the first node of each page in the reading before
};

void collectOutline(const Node &parent, const QString &docname, std::vector<NavNode> &out)
{
    for (const auto &c : parent.children()) {
        if (!c->is(u"section"))
            continue;
        NavNode n;
        n.kind = NavNode::Kind::Section;
        n.docname = docname;
        n.anchor = c->ids.value(0);
        n.title = titleOf(*c) ? titleOf(*c)->astext() : QString();
        collectOutline(*c, docname, n.children);
        out.push_back(std::move(n));
    }
}

} // namespace

QStringList defaultPlanWords()
{
    return {QStringLiteral("plan"), QStringLiteral("roadmap"), QStringLiteral("future"),
            QStringLiteral("evolution"), QStringLiteral("forward-looking"), QStringLiteral("forward looking")};
}

NavNode NavigationTree::build(const Project &project, const NavNode *readEarlier)
{
    Builder b(project, readEarlier);
    b.claim(project.rootDoc());
    NavNode root = b.document(project.rootDoc(), {});
    // Sphinx's generated indices, after everything the toctrees list, when the tree has entries.
    bool entries = false, modules = false;
    for (const QString &docname : project.docnames()) {
        const Project::Document *doc = project.document(docname);
        if (!doc->skeleton)
            continue; // a tree still being read: this page's doctree is whole, its skeleton not made yet
        doc->skeleton->forEach([&](const Node &n) {
            entries = entries || (n.is(u"index") && !n.attribute(QStringLiteral("entries")).isEmpty());
            modules = modules || (n.is(u"target") && n.hasAttribute(QStringLiteral("module")));
        });
    }
    if (entries && !project.document(QString::fromUtf16(kGenIndexDoc)))
        root.children.push_back({NavNode::Kind::Document, QStringLiteral("Index"), QString::fromUtf16(kGenIndexDoc), {}, {}, {}});
    if (modules && !project.document(QString::fromUtf16(kModIndexDoc)))
        root.children.push_back(
            {NavNode::Kind::Document, QStringLiteral("Python Module Index"), QString::fromUtf16(kModIndexDoc), {}, {}, {}});
    return root;
}

std::vector<NavNode> NavigationTree::outline(const Node &doctree, const QString &docname)
{
    std::vector<NavNode> out;
    std::vector<const Node *> top;
    for (const auto &c : doctree.children())
        if (c->is(u"section"))
            top.push_back(c.get());
    if (top.size() == 1)
        collectOutline(*top.front(), docname, out); // the page title is the page itself
    else
        collectOutline(doctree, docname, out);
    return out;
}

std::vector<TodoNote> NavigationTree::todos(const Project &project)
{
    std::vector<TodoNote> out;
    for (const QString &docname : project.docnames()) {
        const Project::Document *doc = project.document(docname);
        if (!doc)
            continue;
        std::function<void(const Node &, const Node *)> walk = [&](const Node &n, const Node *section) {
            for (const auto &c : n.children()) {
                if (c->is(u"todo_node")) {
                    TodoNote t;
                    t.docname = docname;
                    t.line = c->line();
                    t.text = c->astext().simplified();
                    if (section) {
                        t.section = titleOf(*section) ? titleOf(*section)->astext() : QString();
                        t.anchor = section->ids.value(0);
                    }
                    if (!c->ids.isEmpty())
                        t.anchor = c->ids.first(); // the note itself, when the project gave it an id
                    out.push_back(std::move(t));
                    continue;
                }
                walk(*c, c->is(u"section") ? c.get() : section);
            }
        };
        walk(*doc->skeleton, nullptr);
    }
    return out;
}

QStringList defaultPlanFolders()
{
    return {QStringLiteral("specs"), QStringLiteral("spec"), QStringLiteral("blueprints"), QStringLiteral("proposals"),
            QStringLiteral("rfcs"), QStringLiteral("enhancements"), QStringLiteral("roadmap")};
}

std::vector<NavNode> NavigationTree::planFolders(const Project &project, const QStringList &folders)
{
    std::vector<NavNode> out;
    for (const QString &docname : project.docnames()) {
        const QStringList parts = docname.split(u'/');
        // A folder named like one of `folders`, anywhere above the page: specs/2024.1/approved/x.
        const bool inPlanFolder = std::any_of(parts.begin(), parts.end() - 1, [&](const QString &part) {
            return folders.contains(part, Qt::CaseInsensitive);
        });
        if (!inPlanFolder || parts.last() == u"index")
            continue;
        const Project::Document *doc = project.document(docname);
        NavNode n;
        n.kind = NavNode::Kind::Document;
        n.docname = docname;
        n.title = doc ? doc->title : docname;
        n.description = parts.mid(0, parts.size() - 1).join(u'/'); // where it stands: its folder
        out.push_back(std::move(n));
    }
    return out;
}

std::vector<NavNode> NavigationTree::plans(const NavNode &root, const QStringList &words)
{
    std::vector<NavNode> out;
    std::function<void(const NavNode &)> walk = [&](const NavNode &n) {
        for (const NavNode &c : n.children) {
            if (c.kind == NavNode::Kind::Group) {
                const QString title = c.title.toLower();
                const bool isPlan = std::any_of(words.begin(), words.end(),
                                                [&](const QString &w) { return title.contains(w.toLower()); });
                if (isPlan)
                    for (const NavNode &page : c.children)
                        if (page.kind == NavNode::Kind::Document)
                            out.push_back(page);
            }
            walk(c);
        }
    };
    walk(root);
    return out;
}

} // namespace Docent
