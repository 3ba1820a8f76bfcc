#include "openlocation_p.h"

#include <QDir>
#include <QFileInfo>

namespace Docent {

std::optional<OpenLocation> locateOpenPath(const QString &path, QString *error)
{
    const QFileInfo info(path);
    if (!info.exists()) {
        if (error)
            *error = QStringLiteral("%1: no such file or folder").arg(path);
        return std::nullopt;
    }
    OpenLocation location;
    location.isResource = path.startsWith(u':');
    if (info.isDir()) {
        location.dir = location.isResource ? QDir::cleanPath(path) : info.canonicalFilePath();
    } else {
        // The file as named (a link stays a link, so that its page is the one shown), in its
        // folder's real path, which is how the tree's scan names it too.
        location.dir = info.absolutePath();
        if (!location.isResource)
            location.dir = QFileInfo(location.dir).canonicalFilePath();
        location.file = location.isResource ? QDir::cleanPath(path) : location.dir + u'/' + info.fileName();
    }
    if (!location.isResource && !info.isReadable()) {
        if (error)
            *error = QStringLiteral("%1: permission denied").arg(path);
        return std::nullopt;
    }
    return location;
}

} // namespace Docent
