// Renders graphviz sources to SVG with Graphviz's `dot`, when it is installed; Docent never
// needs it, and a page shows the source instead when it is missing or fails.
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>


namespace Docent {

class Node;

class Graphviz final
{
public:
    /// The `dot` executable, or empty when Graphviz is not installed.
    static QString dotPath();
    /// SVG for `code` (cached per source), or empty with `error` set. Bounded by a timeout.
    static QByteArray toSvg(const QString &code, const QString &layout, QString *error);

    struct Source {
        QString code, layout;
    };
    /// The graphs of a doctree, to render ahead of time (toSvg is safe on any thread).
    static QList<Source> sourcesIn(const Node &doctree);
};

} // namespace Docent
