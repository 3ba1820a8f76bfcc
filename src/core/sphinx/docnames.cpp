#include "docnames.h"

#include <QDir>

#include <algorithm>

namespace Docent {

QString cleanDocname(QString name)
{
    if (name.endsWith(QStringLiteral(".rst")))
        name.chop(4);
    name = QDir::cleanPath(name);
    while (name.startsWith(u'/'))
        name.remove(0, 1);
    return name;
}

QString dirOf(const QString &docname)
{
    const qsizetype slash = docname.lastIndexOf(u'/');
    return slash < 0 ? QString() : docname.left(slash);
}

bool isGlobEntry(bool glob, const QString &target)
{
    return glob && (target.contains(u'*') || target.contains(u'?') || target.contains(u'['));
}

QString urlPath(const QString &path)
{
    QString out;
    out.reserve(path.size());
    for (const QChar c : path) {
        if (c == u'%')
            out += QStringLiteral("%25");
        else if (c == u'#')
            out += QStringLiteral("%23");
        else if (c == u'?')
            out += QStringLiteral("%3F");
        else
            out += c;
    }
    return out;
}

namespace {

bool isDriveStart(const QString &path)
{
    return path.size() >= 2 && path[1] == u':' && path[0].isLetter() && path[0].unicode() < 128 &&
           (path.size() == 2 || path[2] == u'/' || path[2] == u'\\');
}

bool isWindowsPath(const QString &path)
{
    return isDriveStart(path) || path.startsWith(QStringLiteral("\\\\"));
}

} // namespace

QString slashPath(const QString &path)
{
    return isWindowsPath(path) ? QString(path).replace(u'\\', u'/') : path;
}

qsizetype fileSystemRootLength(const QString &rawPath)
{
    const QString path = slashPath(rawPath);
    if (isDriveStart(path))
        return std::min<qsizetype>(path.size(), 3);
    if (path.startsWith(QStringLiteral("//"))) {
        // "//server/share/": the share is the root, as a drive is.
        const qsizetype server = path.indexOf(u'/', 2);
        if (server < 0)
            return path.size();
        const qsizetype share = path.indexOf(u'/', server + 1);
        return share < 0 ? path.size() : share + 1;
    }
    return path.startsWith(u'/') ? 1 : 0;
}

bool isWithinFolder(const QString &rawPath, const QString &rawFolder)
{
    const QString path = slashPath(rawPath), folder = slashPath(rawFolder);
    if (folder.isEmpty())
        return false;
    if (folder.endsWith(u'/')) // a root ("/", "C:/") or a folder written with its slash
        return path.startsWith(folder) || path == folder.chopped(1);
    return path == folder || path.startsWith(folder + u'/');
}

QStringList folderParts(const QString &rawPath)
{
    const QString path = slashPath(rawPath);
    return path.mid(fileSystemRootLength(path)).split(u'/', Qt::SkipEmptyParts);
}

} // namespace Docent
