// A project's pages as HTML: the writer's options filled in from the project's tables (section
// and figure numbers, toctrees, todos) and Graphviz for diagrams.
#pragma once

#include "html/htmlwriter.h"

#include <QString>

namespace Docent {

class Project;

class PageRenderer final
{
public:
    explicit PageRenderer(const Project &project) : m_project(project) {}
    /// A document of the tree, or one of the index pages ("genindex", "py-modindex").
    bool hasPage(const QString &docname) const;
    /// The whole page (a document's or an index page's); links to other documents are relative ("../x.html").
    QString page(const QString &docname, PageMode mode) const;
    /// Only the page's article content, for putting several pages into one (printing a book).
    QString body(const QString &docname) const;

private:
    HtmlOptions options(const QString &docname, PageMode mode) const;
    /// Every todo note of the project in document order, for a todolist shown in `fromDoc`.
    std::vector<TodoEntry> todoEntries(const QString &fromDoc) const;
    /// "Fig. 3" for a numbered figure, table or code block; else empty.
    QString captionNumber(const Node &captioned) const;

    const Project &m_project;
};

} // namespace Docent
