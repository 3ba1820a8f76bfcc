// Turns code into HTML spans with KSyntaxHighlighting, naming languages as Sphinx/Pygments do.
#pragma once

#include <QString>

namespace Docent {

class CodeHighlighter final
{
public:
    /// "python", "console", "ini", "none" ... -> escaped HTML with <span class="hl-Keyword"> runs.
    /// Unknown languages come back escaped but uncoloured.
    static QString toHtml(const QString &code, const QString &language);
    /// CSS rules for the hl-* classes: the light theme, and the dark one under prefers-color-scheme.
    static QString themeCss();
    /// The KSyntaxHighlighting definition name for a Sphinx/Pygments language name, or empty.
    static QString definitionName(const QString &language);
};

} // namespace Docent
