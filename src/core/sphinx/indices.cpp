#include "indices.h"

#include "project.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>

namespace Docent {
namespace {

// What Sphinx sorts index words by: case and accents folded, and words starting with a letter
// or "_" after every symbol.
QString sortKey(const QString &word)
{
    QString key = word.toLower().normalized(QString::NormalizationForm_D);
    if (key.startsWith(QChar(0x200F))) // a right-to-left mark
        key.remove(0, 1);
    if (!key.isEmpty() && (key[0].isLetter() || key[0] == u'_'))
        key.prepend(QChar(127));
    return key;
}

struct Collected {
    std::vector<IndexLink> links;
    QHash<QString, std::vector<IndexLink>> subentries; ///< sub-entry -> its links
    QString categoryKey;
};

class Collector
{
public:
    void add(const QString &docname, const IndexEntry &e)
    {
        const IndexLink link{docname, e.targetId, !e.main.isEmpty()};
        const auto parts = [&](int n) {
            QStringList p;
            for (const QString &s : e.value.split(u';'))
                p << s.trimmed();
            while (p.size() > n) // the last part keeps its own ";"s
                p[n - 1] += QStringLiteral("; ") + p.takeAt(n);
            return p;
        };
        if (e.type == u"single") {
            const QStringList p = parts(2);
            addEntry(p[0], p.value(1), link, true, e.key);
        } else if (e.type == u"pair") {
            const QStringList p = parts(2);
            if (p.size() < 2)
                return;
            addEntry(p[0], p[1], link, true, e.key);
            addEntry(p[1], p[0], link, true, e.key);
        } else if (e.type == u"triple") {
            const QStringList p = parts(3);
            if (p.size() < 3)
                return;
            addEntry(p[0], p[1] + u' ' + p[2], link, true, e.key);
            addEntry(p[1], p[2] + QStringLiteral(", ") + p[0], link, true, e.key);
            addEntry(p[2], p[0] + u' ' + p[1], link, true, e.key);
        } else if (e.type == u"see" || e.type == u"seealso") {
            const QStringList p = parts(2);
            if (p.size() < 2)
                return;
            addEntry(p[0], (e.type == u"see" ? QStringLiteral("see %1") : QStringLiteral("see also %1")).arg(p[1]), link,
                     false, e.key);
        }
    }
    QHash<QString, Collected> words;

private:
    void addEntry(const QString &word, const QString &subword, const IndexLink &link, bool linked, const QString &key)
    {
        if (word.isEmpty())
            return;
        Collected &c = words[word];
        if (c.categoryKey.isEmpty())
            c.categoryKey = key;
        if (!subword.isEmpty()) {
            std::vector<IndexLink> &links = c.subentries[subword];
            if (linked)
                links.push_back(link);
        } else if (linked) {
            c.links.push_back(link);
        }
    }
};

// Main entries first, then by where they link, as Sphinx orders the links of one word.
void sortLinks(std::vector<IndexLink> &links)
{
    std::stable_sort(links.begin(), links.end(), [](const IndexLink &a, const IndexLink &b) {
        if (a.main != b.main)
            return a.main;
        return std::pair(a.docname, a.anchor) < std::pair(b.docname, b.anchor);
    });
}

QString groupLetter(const QString &name, const QString &categoryKey)
{
    if (!categoryKey.isEmpty())
        return categoryKey;
    QString word = name;
    if (word.startsWith(QChar(0x200F)))
        word.remove(0, 1);
    const QString first = word.left(1).normalized(QString::NormalizationForm_D).left(1).toUpper();
    if (!first.isEmpty() && (first[0].isLetter() || first[0] == u'_'))
        return first;
    return QStringLiteral("Symbols");
}

} // namespace

std::vector<LocatedIndexEntry> collectIndexEntries(const Project &project)
{
    std::vector<LocatedIndexEntry> out;
    for (const QString &docname : project.docnames()) {
        project.document(docname)->skeleton->forEach([&](const Node &n) {
            if (n.is(u"index"))
                for (const IndexEntry &e : parseIndexEntries(n.attribute(QStringLiteral("entries"))))
                    out.emplace_back(docname, e);
        });
    }
    return out;
}

std::vector<IndexGroup> buildGeneralIndex(const std::vector<LocatedIndexEntry> &entries)
{
    Collector collector;
    for (const auto &[docname, e] : entries)
        collector.add(docname, e);

    struct Word {
        QString name;
        Collected *c;
        QString key;
    };
    std::vector<Word> words;
    for (auto it = collector.words.begin(); it != collector.words.end(); ++it)
        words.push_back({it.key(), &it.value(), sortKey(it->categoryKey.isEmpty() ? it.key() : it->categoryKey)});
    std::sort(words.begin(), words.end(),
              [](const Word &a, const Word &b) { return std::pair(a.key, a.name) < std::pair(b.key, b.name); });

    std::vector<IndexGroup> groups;
    // "f() (in module a)" then "f() (in module b)": the second becomes a sub-entry "(in module b)"
    // of the first, when the first has no sub-entries of its own.
    static const QRegularExpression qualified(QStringLiteral("^(.*) (\\([^()]*\\))$"));
    QString previousStem;
    IndexItem *previous = nullptr;
    for (const Word &w : words) {
        if (w.c->subentries.isEmpty()) {
            const auto m = qualified.match(w.name);
            if (m.hasMatch() && previous && m.captured(1) == previousStem) {
                IndexItem sub{m.captured(2), w.c->links, {}};
                sortLinks(sub.links);
                auto same = std::find_if(previous->subitems.begin(), previous->subitems.end(),
                                         [&](const IndexItem &s) { return s.name == sub.name; });
                if (same != previous->subitems.end())
                    same->links.insert(same->links.end(), sub.links.begin(), sub.links.end());
                else
                    previous->subitems.push_back(std::move(sub));
                continue;
            }
            previousStem = m.hasMatch() ? m.captured(1) : w.name;
        }
        const QString letter = groupLetter(w.name, w.c->categoryKey);
        if (groups.empty() || groups.back().letter != letter)
            groups.push_back({letter, {}});
        IndexItem item{w.name, w.c->links, {}};
        sortLinks(item.links);
        for (auto it = w.c->subentries.begin(); it != w.c->subentries.end(); ++it) {
            item.subitems.push_back({it.key(), it.value(), {}});
            sortLinks(item.subitems.back().links);
        }
        std::sort(item.subitems.begin(), item.subitems.end(), [](const IndexItem &a, const IndexItem &b) {
            return std::pair(sortKey(a.name), a.name) < std::pair(sortKey(b.name), b.name);
        });
        groups.back().items.push_back(std::move(item));
        previous = &groups.back().items.back();
    }
    return groups;
}

std::vector<ModuleInfo> collectModules(const Project &project)
{
    std::vector<ModuleInfo> out;
    for (const QString &docname : project.docnames()) {
        project.document(docname)->skeleton->forEach([&](const Node &n) {
            if (!n.is(u"target") || !n.hasAttribute(QStringLiteral("module")))
                return;
            ModuleInfo m;
            m.name = n.attribute(QStringLiteral("module"));
            m.docname = docname;
            m.anchor = n.ids.value(0, QStringLiteral("module-") + m.name);
            m.synopsis = n.attribute(QStringLiteral("synopsis"));
            m.platform = n.attribute(QStringLiteral("platform"));
            m.deprecated = n.hasAttribute(QStringLiteral("deprecated")) &&
                           n.attribute(QStringLiteral("deprecated")) != u"False";
            out.push_back(std::move(m));
        });
    }
    return out;
}

std::vector<ModuleGroup> buildModuleIndex(std::vector<ModuleInfo> modules)
{
    std::stable_sort(modules.begin(), modules.end(),
                     [](const ModuleInfo &a, const ModuleInfo &b) { return a.name.toLower() < b.name.toLower(); });
    std::vector<ModuleGroup> groups;
    QString previous;
    for (const ModuleInfo &m : modules) {
        if (m.name == previous)
            continue; // described twice: listed once, as Sphinx does
        const QString letter = m.name.left(1).toLower();
        if (groups.empty() || groups.back().letter != letter)
            groups.push_back({letter, {}});
        std::vector<ModuleRow> &rows = groups.back().rows;
        const QString package = m.name.section(u'.', 0, 0);
        ModuleRow row{m, true, false, false};
        if (package != m.name) {
            row.submodule = true;
            if (previous == package && !rows.empty()) {
                rows.back().hasSubmodules = true;
            } else if (!previous.startsWith(package + u'.') && previous != package) {
                // Submodules of a package the tree does not describe: a heading without a link.
                ModuleInfo heading;
                heading.name = package;
                rows.push_back({heading, false, false, true});
            }
        }
        rows.push_back(row);
        previous = m.name;
    }
    return groups;
}

} // namespace Docent
