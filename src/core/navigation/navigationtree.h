// What the reader navigates: documents in toctree order, landing pages split into their sections,
// each page's own outline, and the todo notes of the tree. Built from the parsed project.
#pragma once

#include <QString>
#include <QStringList>

#include <vector>

namespace Docent {

class Project;
class Node;

struct NavNode {
    enum class Kind { Document, Group, Section };
    Kind kind = Kind::Document;
    QString title;
    QString docname;     ///< the page this node shows
    QString anchor;      ///< section id within the page; empty for a whole page
    QString description; ///< "How nova uses AMQP as an RPC transport" from a landing page's bullet
    std::vector<NavNode> children;
};

struct TodoNote {
    QString docname;
    QString section; ///< title of the section the todo stands in
    QString anchor;  ///< the note's own id ("todo-3"), else its section's
    QString text;    ///< the note's text, whitespace collapsed
    int line = 0;
};

/// Words that make a landing-page section a list of plans.
QStringList defaultPlanWords();
/// Folder names that hold plans, one page each, as design-spec repositories do ("specs").
QStringList defaultPlanFolders();

class NavigationTree final
{
public:
    /// The whole navigation: the root document first, then what it links, recursively. For a
    /// tree still being read (OpenProgress::readSoFar), `readEarlier` is the navigation of a
    /// reading before (its first pages): a page not read yet is placed as it stood there, with
    /// the pages under it.
    static NavNode build(const Project &project, const NavNode *readEarlier = nullptr);
    /// The sections of one page ("Internals" > "Cells v2" ...), without the page title itself.
    static std::vector<NavNode> outline(const Node &doctree, const QString &docname);
    /// Every `.. todo::` of the tree, in document order.
    static std::vector<TodoNote> todos(const Project &project);
    /// Landing-page groups whose title contains one of `words` (case-insensitive), with their pages.
    static std::vector<NavNode> plans(const NavNode &root, const QStringList &words);
    /// Pages in folders named like one of `folders` (specs/2024.1/approved/cache.rst), with their
    /// folder as description, in document order. Folder index pages are left out.
    static std::vector<NavNode> planFolders(const Project &project, const QStringList &folders);
};

} // namespace Docent
