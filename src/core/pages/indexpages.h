// The general index and the Python module index as pages of the tree ("genindex", "py-modindex"),
// laid out as Sphinx's HTML builder lays them out: a jump box of letters, then each letter's entries.
#pragma once

#include <QString>

namespace Docent {

class Project;

/// True for the docnames of the index pages, which no document of the tree takes.
bool isIndexPage(const Project &project, const QString &docname);
/// The article HTML of an index page; empty for another docname.
QString indexPageBody(const Project &project, const QString &docname);
/// "Index", "Python Module Index".
QString indexPageTitle(const QString &docname);

} // namespace Docent
