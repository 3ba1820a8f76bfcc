// Internals shared by the code lexers: token types, the token buffer and Python-regex character
// classes. Each lexer family lives in its own codetokens_<family>.cpp.
#pragma once

#include <QChar>
#include <QString>
#include <QStringView>

#include <cstdint>
#include <vector>

namespace Docent::CodeTokens {

// Pygments' token types that the lexers here produce; classes() gives docutils' class list
// (the long name, lower-cased, without "token" and "text").
enum class Tok : std::uint8_t {
    Text,
    Whitespace,
    WhitespaceError,
    Error,
    Other,
    Keyword,
    KeywordConstant,
    KeywordDeclaration,
    KeywordNamespace,
    KeywordPseudo,
    KeywordReserved,
    KeywordType,
    Name,
    NameAttribute,
    NameBuiltin,
    NameBuiltinPseudo,
    NameClass,
    NameConstant,
    NameDecorator,
    NameEntity,
    NameException,
    NameFunction,
    NameFunctionMagic,
    NameLabel,
    NameNamespace,
    NameOther,
    NameProperty,
    NameQuoted,
    NameQuotedEscape,
    NameTag,
    NameVariable,
    NameVariableMagic,
    NameVariableClass,
    NameVariableGlobal,
    NameVariableInstance,
    Literal,
    LiteralDate,
    LiteralScalarPlain,
    String,
    StringAffix,
    StringBacktick,
    StringChar,
    StringDelimiter,
    StringDoc,
    StringDouble,
    StringEscape,
    StringHeredoc,
    StringInterpol,
    StringOther,
    StringRegex,
    StringSingle,
    StringSymbol,
    Number,
    NumberBin,
    NumberFloat,
    NumberHex,
    NumberInteger,
    NumberIntegerLong,
    NumberOct,
    Operator,
    OperatorWord,
    Punctuation,
    PunctuationIndicator,
    PunctuationMarker,
    Comment,
    CommentHashbang,
    CommentMultiline,
    CommentPreproc,
    CommentPreprocFile,
    CommentSingle,
    CommentSpecial,
    GenericDeleted,
    GenericEmph,
    GenericError,
    GenericHeading,
    GenericInserted,
    GenericOutput,
    GenericPrompt,
    GenericPromptVirtualEnv,
    GenericStrong,
    GenericSubheading,
    GenericTraceback,  // keep last: codetokens.cpp sizes a table by it
};

/// docutils' classes for a token type, space-separated; empty for plain text.
QStringView classes(Tok type);

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

/// Pygments' answer where no rule matches at `p`: a newline sends the lexer back to its root
/// state (`backToRoot`) and is given `newline`; any other character is an Error token of its own.
template<typename Emit, typename BackToRoot>
void noRuleMatches(QStringView s, qsizetype &p, Tok newline, Emit &&emit, BackToRoot &&backToRoot)
{
    if (s[p] == u'\n') {
        backToRoot();
        emit(newline, p, 1);
        ++p;
        return;
    }
    const qsizetype len = charLength(s, p);
    emit(Tok::Error, p, len);
    p += len;
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

// The lexers: each appends the tokens of `text` (already preprocessed as Pygments does, so it
// ends with "\n") to `out`; tokens are views into `text` (or into strings the lexer keeps in
// `keep`, which must outlive `out`).
void lexBash(QStringView text, Tokens &out);
void lexBashSession(QStringView text, Tokens &out, std::vector<QString> &keep);
void lexIni(QStringView text, Tokens &out);
void lexDiff(QStringView text, Tokens &out);
void lexJson(QStringView text, Tokens &out);
void lexPython(QStringView text, Tokens &out);
void lexXml(QStringView text, Tokens &out);
void lexYaml(QStringView text, Tokens &out);
void lexMySql(QStringView text, Tokens &out);

/// Whether `word` is one of `list` (keyword tables are short; a linear scan is fine).
inline bool oneOf(QStringView word, std::initializer_list<QStringView> list)
{
    for (QStringView w : list)
        if (word == w)
            return true;
    return false;
}

} // namespace Docent::CodeTokens
