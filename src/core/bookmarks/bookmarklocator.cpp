#include "bookmarklocator.h"

#include "sphinx/project.h"

#include <QRegularExpression>
#include <QSet>

#include <vector>

namespace Docent {
namespace {

constexpr qsizetype kContextLength = 200;

QString collapse(const QString &text) { return text.simplified(); }

// The text a section starts with, after its title: enough to recognise it, not a copy of it.
QString contextOf(const Node &section)
{
    QString text;
    for (const auto &child : section.children()) {
        if (child->is(u"title") || child->is(u"target") || child->is(u"index"))
            continue;
        if (child->is(u"section"))
            break;
        text += child->astext() + u' ';
        if (text.size() >= kContextLength * 2)
            break;
    }
    return collapse(text).left(kContextLength);
}

QString titleOf(const Node &section)
{
    const Node *title = section.childCount() > 0 && section.child(0)->is(u"title") ? section.child(0) : nullptr;
    return title ? collapse(title->astext()) : QString();
}

void collectSections(const Node &node, const QString &docname, std::vector<SectionInfo> &out)
{
    node.forEach([&](const Node &n) {
        if (n.is(u"section") && !n.ids.isEmpty())
            out.push_back({docname, n.ids.first(), titleOf(n), contextOf(n)});
    });
}

const Node *findId(const Node &root, const QString &id)
{
    const Node *found = nullptr;
    root.forEach([&](const Node &n) {
        if (!found && n.ids.contains(id))
            found = &n;
    });
    return found;
}

// The element after `n` in document order, skipping further labels: what a label stands before.
const Node *nextElement(const Node &n)
{
    for (const Node *at = &n; at->parent(); at = at->parent()) {
        const Node *parent = at->parent();
        for (size_t i = 0; i + 1 < parent->childCount(); ++i) {
            if (parent->child(i) != at)
                continue;
            for (size_t j = i + 1; j < parent->childCount(); ++j) {
                if (!parent->child(j)->is(u"target") && !parent->child(j)->isText())
                    return parent->child(j);
            }
            break;
        }
    }
    return nullptr;
}

const Node *enclosingSection(const Node *n)
{
    while (n && !n->is(u"section"))
        n = n->parent();
    return n;
}

// Word-set similarity in [0, 1]: robust to small rewordings and reordering.
double similarity(const QString &a, const QString &b)
{
    static const QRegularExpression nonWord(QStringLiteral("\\W+"));
    const QStringList wa = a.toLower().split(nonWord, Qt::SkipEmptyParts);
    const QStringList wb = b.toLower().split(nonWord, Qt::SkipEmptyParts);
    if (wa.isEmpty() || wb.isEmpty())
        return 0.0;
    const QSet<QString> sa(wa.begin(), wa.end()), sb(wb.begin(), wb.end());
    const qsizetype common = QSet<QString>(sa).intersect(sb).size();
    return double(common) / double(sa.size() + sb.size() - common);
}

// Ids docutils makes up when a title repeats ("id3"): they name a position, not a section.
bool isPositionalId(const QString &id)
{
    static const QRegularExpression positional(QStringLiteral("^id\\d+$"));
    return positional.match(id).hasMatch();
}

} // namespace

std::optional<SectionInfo> describeTarget(const Project &project, const QString &docname, const QString &anchor)
{
    const Project::Document *doc = project.document(docname);
    if (!doc)
        return std::nullopt;
    if (anchor.isEmpty())
        return SectionInfo{docname, {}, doc->title, {}};
    const std::shared_ptr<const Node> doctree = project.doctree(docname); // any id: the full tree
    const Node *target = findId(*doctree, anchor);
    if (!target)
        return std::nullopt;
    // A label stands just before what it names: ".. _tuning:" above a section names the section.
    if (target->is(u"target") && target->childCount() == 0 && !target->hasAttribute(QStringLiteral("refuri"))) {
        if (const Node *named = nextElement(*target))
            target = named;
    }
    const Node *section = enclosingSection(target);
    if (target == section)
        return SectionInfo{docname, anchor, titleOf(*section), contextOf(*section)};
    // A note or a label inside a section: remembered by its own text, titled by its section.
    return SectionInfo{docname, anchor, section ? titleOf(*section) : doc->title,
                       collapse(target->astext()).left(kContextLength)};
}

Landing locate(const Project &project, const Bookmark &b)
{
    Landing landing;
    const Project::Document *doc = project.document(b.docname);
    if (doc && b.anchor.isEmpty()) {
        landing.kind = Landing::Kind::Exact;
        landing.target = {b.docname, {}, doc->title, {}};
        return landing;
    }
    std::vector<SectionInfo> sections;
    // Each section's opening text is compared too: the full doctrees, parsed again if released.
    for (const QString &name : project.docnames()) {
        if (const std::shared_ptr<const Node> doctree = project.doctree(name))
            collectSections(*doctree, name, sections);
    }
    if (doc) {
        if (auto here = describeTarget(project, b.docname, b.anchor)) {
            // A section with the same title added above takes the id of the one bookmarked,
            // which moves to "id1": the remembered text tells them apart.
            const double sameText = similarity(here->context, b.context);
            if (here->title == b.section && !b.context.isEmpty() && sameText < 0.5) {
                for (const SectionInfo &s : sections) {
                    if (s.docname == b.docname && s.title == b.section && s.anchor != b.anchor &&
                        similarity(s.context, b.context) > sameText) {
                        landing.kind = Landing::Kind::Moved;
                        landing.target = s;
                        return landing;
                    }
                }
            }
            // An author's label holds even when the title changes; a made-up id does not.
            if (b.section.isEmpty() || here->title == b.section || !isPositionalId(b.anchor)) {
                landing.kind = Landing::Kind::Exact;
                landing.target = *here;
                return landing;
            }
        }
    }
    // The same title in the same page is the same section under a new id; a page renamed or
    // moved keeps its sections' titles and text.
    std::vector<const SectionInfo *> sameTitleHere, sameEverywhere;
    for (const SectionInfo &s : sections) {
        if (b.section.isEmpty() || s.title != b.section)
            continue;
        if (s.docname == b.docname)
            sameTitleHere.push_back(&s);
        else if (!doc && s.context == b.context)
            sameEverywhere.push_back(&s);
    }
    if (sameTitleHere.size() == 1 || (sameTitleHere.empty() && sameEverywhere.size() == 1)) {
        landing.kind = Landing::Kind::Moved;
        landing.target = sameTitleHere.empty() ? *sameEverywhere.front() : *sameTitleHere.front();
        return landing;
    }
    landing.kind = Landing::Kind::Missing;
    double best = 0.25; // below this nothing is offered: a poor guess is worse than none
    for (const SectionInfo &s : sections) {
        double score = 0.6 * similarity(s.title, b.section) + 0.4 * similarity(s.context, b.context);
        if (s.docname == b.docname)
            score += 0.1;
        if (score > best) {
            best = score;
            landing.nearest = s;
        }
    }
    return landing;
}

} // namespace Docent
