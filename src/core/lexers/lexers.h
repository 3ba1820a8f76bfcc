// Pygments-compatible token lexers for the languages Sphinx projects use most: the token runs
// docutils builds its "code" doctree from (one run per stretch of equal token types), so that
// `dump --docutils` and the :code: role match docutils with Pygments. Depends on Qt Core only.
#pragma once

#include "tokentype.h"

#include <QString>

#include <vector>

namespace Docent::Lexers {

struct Run {
    Tok type;
    QString text;
};

/// The runs of `code` in `language` (an alias matched case-insensitively, as Pygments looks its
/// aliases up) after docutils' merging of equal neighbours, without the
/// newline Pygments adds at the end. Plain text and unknown languages give the code as one Text
/// run, untouched.
std::vector<Run> tokenRuns(const QString &code, const QString &language);

} // namespace Docent::Lexers
