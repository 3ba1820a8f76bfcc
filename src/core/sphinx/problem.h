// One entry of the problems list: a broken reference, a missing file, a parser message or a
// construct Docent shows as a placeholder, with the place it was written.
#pragma once

#include <QString>

namespace Docent {

struct Problem {
    enum class Severity { Notice, Warning, Error };
    Severity severity = Severity::Warning;
    QString docname;
    QString file; ///< absolute path of the document (or of the file that failed to load)
    int line = 0;
    QString kind;    ///< "reference", "parser", "placeholder", "load", "label"
    QString message;

    static QString severityName(Severity s)
    {
        switch (s) {
        case Severity::Notice:
            return QStringLiteral("notice");
        case Severity::Warning:
            return QStringLiteral("warning");
        case Severity::Error:
            return QStringLiteral("error");
        }
        return {};
    }
};

} // namespace Docent
