// `docent check` and the Problems sidebar: everything a reader of the project's pages would find
// wrong, read from what loading, the transforms and the resolve pass recorded, plus what the
// pages cannot show (missing images, placeholders, graphs without Graphviz).
#pragma once

#include "sphinx/problem.h"

#include <QList>
#include <QMap>
#include <QString>

namespace Docent {

class Project;

/// Every problem, file by file in line order: files that failed to load, parser messages
/// (level >= 2), unresolved references and substitutions, duplicate labels, and notices.
QList<Problem> checkProject(const Project &project);

struct ReferenceCount {
    int total = 0;
    int resolved = 0;
};
/// Cross-references by type ("doc", "ref" ...): how many there are and how many resolve.
QMap<QString, ReferenceCount> countReferences(const Project &project);

} // namespace Docent
