// What search knows of a page: one record a section, its title path, its prose, its code and the
// names it defines (object descriptions, glossary terms), taken from the doctree, never from HTML.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

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
};

/// Every document of `project`, in the tree's order.
QList<SearchDocument> searchDocuments(const Project &project);
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
