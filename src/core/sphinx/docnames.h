// Document names ("guide/intro") and the relative URLs between their pages.
#pragma once

#include <QString>

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

} // namespace Docent
