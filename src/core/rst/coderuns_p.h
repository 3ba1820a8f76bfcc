// The runs of code in a language that codetokens.cpp builds docutils' doctree from: from the
// lexers of src/core/lexers (coderuns.cpp), or, in a build without them (DOCENT_CODE_TOKENS off),
// the code as one untyped run (coderuns_untyped.cpp), as for a language no lexer knows.
#pragma once

#include <QString>
#include <QStringList>

#include <vector>

namespace Docent {

struct CodeRun {
    bool typed = false;  ///< false: plain text, not in an inline
    QStringList classes; ///< the token type's classes, as docutils gives them
    QString text;
};

/// The runs of `code` in `language`; an unknown language gives the code as one untyped run.
std::vector<CodeRun> codeRuns(const QString &code, const QString &language);

} // namespace Docent
