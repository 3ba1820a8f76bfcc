// Internals shared by the lexers: the token buffer, Python-regex character classes and small
// scanners.
#pragma once

#include "tokentype.h"

#include <QChar>
#include <QString>
#include <QStringView>

#include <vector>

namespace Docent::Lexers {

struct Token {
    Tok type;
    QStringView text;
};
using Tokens = std::vector<Token>;

// Python's str-pattern classes (Unicode-aware), per UTF-16 unit.
inline bool isSpace(QChar c)
{
    const char16_t u = c.unicode();
    return c.isSpace() || (u >= 0x1c && u <= 0x1f);
}
inline bool isWord(QChar c)
{
    return c == u'_' || c.isLetterOrNumber();
}
inline bool isDigit(QChar c)
{
    return c.isDigit();
}
inline bool isAsciiAlpha(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z');
}
inline bool isAsciiDigit(QChar c)
{
    const char16_t u = c.unicode();
    return u >= u'0' && u <= u'9';
}

/// Length of one Python character (a code point) at `i`: 2 for a surrogate pair.
inline qsizetype charLength(QStringView s, qsizetype i)
{
    return (s[i].isHighSurrogate() && i + 1 < s.size() && s[i + 1].isLowSurrogate()) ? 2 : 1;
}

/// Whether `s` has `lit` at `p`. Compared here rather than by an out-of-line
/// QStringView::startsWith, as lexer rules try many literals at every position.
inline bool literalAt(QStringView s, qsizetype p, QStringView lit)
{
    if (s.size() - p < lit.size())
        return false;
    for (qsizetype k = 0; k < lit.size(); ++k)
        if (s[p + k] != lit[k])
            return false;
    return true;
}
/// String literals: their length is known at compile time (QStringView would count it).
template<size_t N> bool literalAt(QStringView s, qsizetype p, const char16_t (&lit)[N])
{
    return literalAt(s, p, QStringView(lit, qsizetype(N - 1)));
}

// Small scanners: the end of a run of characters satisfying a predicate from `i`.
template<typename F> qsizetype runEnd(QStringView s, qsizetype i, F &&pred)
{
    while (i < s.size() && pred(s[i]))
        ++i;
    return i;
}
inline qsizetype spaceEnd(QStringView s, qsizetype i)
{
    return runEnd(s, i, isSpace);
}
inline qsizetype wordEnd(QStringView s, qsizetype i)
{
    return runEnd(s, i, isWord);
}
inline qsizetype blankEnd(QStringView s, qsizetype i)  // [ \t]*
{
    return runEnd(s, i, [](QChar c) { return c == u' ' || c == u'\t'; });
}
inline qsizetype lineEnd(QStringView s, qsizetype i)  // position of the next '\n' or the end
{
    const qsizetype nl = s.indexOf(u'\n', i);
    return nl < 0 ? s.size() : nl;
}
/// Python's \b at `i`.
inline bool wordBoundary(QStringView s, qsizetype i)
{
    const bool before = i > 0 && isWord(s[i - 1]);
    const bool after = i < s.size() && isWord(s[i]);
    return before != after;
}

/// Whether `word` is one of `list` (keyword tables are short; a linear scan is fine).
inline bool oneOf(QStringView word, std::initializer_list<QStringView> list)
{
    for (QStringView w : list)
        if (word == w)
            return true;
    return false;
}

} // namespace Docent::Lexers
