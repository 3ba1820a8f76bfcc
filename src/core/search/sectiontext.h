// What search knows of a page: one record a section, its title path, its prose, its code and the
// names it defines (object descriptions, glossary terms), taken from the doctree, never from HTML.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

namespace Docent {

class Node;
class Project;

/// One section of a page as the index holds it. The text before a page's first section belongs
/// to a record with an empty anchor.
struct SearchSection {
    QString anchor;       ///< the section's id ("" for the top of the page)
    QStringList titles;   ///< section titles from the page's outermost one down to this one
    QString body;         ///< the section's own prose: nested sections have their own record
    QString code;         ///< its literal blocks and doctests
    /// Object names and glossary terms it defines, as written, each with its own anchor when it
    /// has one (a glossary term's "term-cell"), else the section's.
    struct Name {
        QString text;
        QString anchor;
        QString summary; ///< the start of its definition or description, when it has one
        bool operator==(const Name &) const = default;
    };
    QList<Name> names;
};

/// One page as the index reads it: what identifies it on disk and its doctree. The doctree is
/// shared with the Project that parsed it; a reload puts a new tree in the Project and leaves this
/// one whole, so a worker thread may read it.
struct SearchDocument {
    QString docname;
    QString path;
    QString title;
    std::shared_ptr<const Node> doctree;
    /// The files its directives read (include, literalinclude, …): its rows depend on them too.
    QStringList readFiles;
    /// Reads the doctree when `doctree` is null, called by the index only for a page whose rows
    /// must be written: a whole tree is indexed one page in memory at a time, and a page whose
    /// rows the cache holds is not parsed at all. Null when the page cannot be read any more.
    std::function<std::shared_ptr<const Node>()> readDoctree;

    /// False for a page that is gone: it has neither a doctree nor a way to read one.
    bool exists() const { return doctree || readDoctree; }
    /// Its doctree, read now when it is not at hand.
    std::shared_ptr<const Node> tree() const { return doctree ? doctree : (readDoctree ? readDoctree() : nullptr); }
};

/// Every document of `project`, in the tree's order, with its doctree (a command that keeps them all).
QList<SearchDocument> searchDocuments(const Project &project);
/// Every document of `project`, in the tree's order, each read when the index asks for it
/// (Project::doctree, without pushing the reader's pages out of memory), so that a window that
/// keeps a few doctrees never holds them all. The list holds the project weakly: a page asked for
/// once the project is closed reads as null, and the index build stops.
QList<SearchDocument> lazySearchDocuments(const std::shared_ptr<const Project> &project);
/// One document of `project`; its doctree is null when the project has no such document.
SearchDocument searchDocument(const Project &project, const QString &docname);

/// The sections of one doctree. Reads only tags, ids, children and text, which the resolve pass
/// of a reload never writes (it writes attributes of reference nodes): safe on another thread.
QList<SearchSection> searchSections(const Node &doctree);

/// The key a name is matched whole by: lower case, runs of anything but letters, digits, "_" and
/// "." made one space ("nova-manage cell_v2 map_instances" and the program id
/// "nova-manage-cell_v2-map_instances" both give "nova manage cell_v2 map_instances").
QString nameKey(const QString &name);

} // namespace Docent
