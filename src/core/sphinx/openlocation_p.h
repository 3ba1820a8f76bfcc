// What a path given to Project::open (or openFirstPage) names: the folder the tree is looked for
// from, and the file to show first when it is a file.
#pragma once

#include <QString>

#include <optional>

namespace Docent {

struct OpenLocation {
    QString dir;
    QString file;
    bool isResource = false; ///< the built-in manual (":/..."), which has no real paths
};

/// Where `path` is, or nullopt and a message a user can act on (missing, unreadable).
std::optional<OpenLocation> locateOpenPath(const QString &path, QString *error);

} // namespace Docent
