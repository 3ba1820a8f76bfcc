// Document names ("guide/intro") and the relative URLs between their pages.
#pragma once

#include <QString>
#include <QStringList>

namespace Docent {

/// "guide/../intro.rst" -> "intro"; leading slashes dropped.
QString cleanDocname(QString name);
/// The folder part of a docname: "guide/intro" -> "guide", "index" -> "".
QString dirOf(const QString &docname);
/// A toctree entry under :glob: that is a pattern rather than a page name.
bool isGlobEntry(bool glob, const QString &target);
/// A file or document name as a relative URL: the characters a URL gives a meaning of its own
/// ('%' escapes, '#' starts the fragment, '?' the query) are escaped, the rest stays readable.
QString urlPath(const QString &path);

// File paths as Qt spells them ('/' between folders on every system). A Windows path ("C:\\docs",
// "\\\\server\\share\\docs") also comes with backslashes, which these turn into '/'; on other
// systems a backslash is part of a name and is left alone.

/// `path` with a Windows path's backslashes as '/'; any other path unchanged.
QString slashPath(const QString &path);
/// How long the file system root that starts `path` is: 1 for "/home", 3 for "C:/docs" (a drive),
/// the whole "//server/share/" of a network path; 0 for a relative path.
qsizetype fileSystemRootLength(const QString &path);
/// Whether `path` is `folder` or lies below it: "C:/docs/a.rst" is in "C:/docs" and in "C:/",
/// not in "C:/do"; an empty folder holds nothing.
bool isWithinFolder(const QString &path, const QString &folder);
/// The folders of `path` below its file system root: "C:/a/b" -> {"a", "b"}, "/" -> {}.
QStringList folderParts(const QString &path);

} // namespace Docent
