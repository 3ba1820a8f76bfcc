// Sphinx's generated indices as data: the general index (every index entry of the tree, grouped
// by letter, with sub-entries) and the Python module index (modules grouped by letter, submodules
// under their package). The pages layer writes them as pages; the section tree lists them.
#pragma once

#include "doctree/indexentry.h"

#include <QString>

#include <utility>
#include <vector>

namespace Docent {

class Project;

/// The virtual docnames of the index pages, as in Sphinx's output ("genindex.html").
inline constexpr char16_t kGenIndexDoc[] = u"genindex";
inline constexpr char16_t kModIndexDoc[] = u"py-modindex";

struct IndexLink {
    QString docname;
    QString anchor;
    bool main = false; ///< the entry was written with "!": shown in bold
};

struct IndexItem {
    QString name;
    std::vector<IndexLink> links; ///< empty for a heading of sub-entries or a "see" entry
    std::vector<IndexItem> subitems; ///< one level only, as Sphinx shows them
};

struct IndexGroup {
    QString letter; ///< "A", "_", "Symbols", or an entry's own category key
    std::vector<IndexItem> items;
};

/// One entry as found in a document.
using LocatedIndexEntry = std::pair<QString /*docname*/, IndexEntry>;

/// Every index entry of the project, in document order (index nodes of every document).
std::vector<LocatedIndexEntry> collectIndexEntries(const Project &project);
/// The general index as Sphinx groups and sorts it: pairs and triples under each of their words,
/// "func() (in module a)" and "func() (in module b)" folded under the first.
std::vector<IndexGroup> buildGeneralIndex(const std::vector<LocatedIndexEntry> &entries);

struct ModuleInfo {
    QString name; ///< "os.path"
    QString docname;
    QString anchor; ///< "module-os.path"
    QString synopsis;
    QString platform;
    bool deprecated = false;
};

struct ModuleRow {
    ModuleInfo module;
    bool linked = true;  ///< false for a package that only its submodules name
    bool submodule = false; ///< shown indented under its package
    bool hasSubmodules = false;
};

struct ModuleGroup {
    QString letter; ///< lower case, as Sphinx shows it
    std::vector<ModuleRow> rows;
};

/// The modules the tree describes: targets carrying a "module" attribute (py:module's).
std::vector<ModuleInfo> collectModules(const Project &project);
std::vector<ModuleGroup> buildModuleIndex(std::vector<ModuleInfo> modules);

} // namespace Docent
