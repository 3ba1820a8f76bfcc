// Renders graphviz sources to SVG with Graphviz's `dot`, when it is installed; Docent never
// needs it, and a page shows the source instead when it is missing or fails.
#pragma once

#include <QByteArray>
#include <QString>

namespace Docent {

class Graphviz final
{
public:
    /// The `dot` executable, or empty when Graphviz is not installed.
    static QString dotPath();
    /// SVG for `code` (cached per source), or empty with `error` set. Bounded by a timeout.
    static QByteArray toSvg(const QString &code, const QString &layout, QString *error);
};

} // namespace Docent
