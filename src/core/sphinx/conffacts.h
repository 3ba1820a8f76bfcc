// What Docent reads from a Sphinx conf.py without running it: plain literal assignments only.
#pragma once

#include <QString>
#include <QStringList>

namespace Docent {

struct ConfFacts {
    QString project;
    QString rootDoc = QStringLiteral("index");
    QStringList excludePatterns;
    QString highlightLanguage;

    /// Reads `name = 'value'` / `name = ['a', 'b']` lines; anything else is ignored, never executed.
    static ConfFacts read(const QString &confPyPath);
    static ConfFacts parse(const QString &text);
};

} // namespace Docent
