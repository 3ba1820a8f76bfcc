// SQL lexers: Pygments' MySqlLexer ("mysql"). Case-insensitive throughout; words are classified
// by the tables in mysqlwords.cpp.
#include "languages_p.h"
#include "mysqlwords_p.h"
#include "statelexer_p.h"

#include <algorithm>
#include <climits>
#include <functional>

namespace Docent::Lexers {
namespace {

bool inTable(const std::vector<QStringView> &table, const QString &lowerWord)
{
    return std::binary_search(table.begin(), table.end(), QStringView(lowerWord));
}

enum State { Root, OptimizerHints, Comment, SingleString, DoubleString, SingleVariable, DoubleVariable,
             BacktickVariable, QuotedName };

class MySqlLexer : public StateLexer<MySqlLexer, State>
{
public:
    using StateLexer::StateLexer;

private:
    friend StateLexer;

    // Code points, for the classes that Python applies per character.
    char32_t cp(qsizetype i) const
    {
        if (s[i].isHighSurrogate() && i + 1 < n && s[i + 1].isLowSurrogate())
            return QChar::surrogateToUcs4(s[i], s[i + 1]);
        return s[i].unicode();
    }
    char32_t before(qsizetype i) const
    {
        if (i >= 2 && s[i - 1].isLowSurrogate() && s[i - 2].isHighSurrogate())
            return QChar::surrogateToUcs4(s[i - 2], s[i - 1]);
        return s[i - 1].unicode();
    }
    static bool isWordCp(char32_t c) { return c == U'_' || QChar::isLetterOrNumber(c); }
    /// [a-z] under IGNORECASE: ASCII letters and the four others that fold onto them.
    static bool isLetter(char32_t c)
    {
        return (c >= U'a' && c <= U'z') || (c >= U'A' && c <= U'Z') || c == 0x17f || c == 0x212a || c == 0x130 ||
               c == 0x131;
    }
    /// [0-9a-z$_\u0080-\uffff]: what unquoted names are made of.
    static bool isNameChar(char32_t c) { return (c >= U'0' && c <= U'9') || isLetter(c) || c == U'$' || c == U'_' || (c >= 0x80 && c <= 0xffff); }
    qsizetype cpRun(qsizetype i, bool (*pred)(char32_t)) const
    {
        while (i < n && pred(cp(i)))
            i += charLength(s, i);
        return i;
    }
    bool ci(qsizetype i, char16_t lower) const { return i < n && s[i].toLower() == QChar(lower) && s[i].unicode() < 128; }
    bool startsCi(qsizetype i, QStringView lower) const
    {
        if (i + lower.size() > n)
            return false;
        for (qsizetype k = 0; k < lower.size(); ++k)
            if (!ci(i + k, lower[k].unicode()))
                return false;
        return true;
    }
    qsizetype digitsEnd(qsizetype i) const { return runEnd(s, i, isAsciiDigit); }

    bool step()
    {
        switch (stack.back()) {
        case Root: return root();
        case OptimizerHints: return optimizerHints();
        case Comment: return comment();
        case SingleString: return quotedString(u'\'', Tok::StringSingle);
        case DoubleString: return quotedString(u'"', Tok::StringDouble);
        case SingleVariable: return quoted(u'\'', Tok::NameVariable, Tok::NameVariable);
        case DoubleVariable: return quoted(u'"', Tok::NameVariable, Tok::NameVariable);
        case BacktickVariable: return quoted(u'`', Tok::NameVariable, Tok::NameVariable);
        case QuotedName: return quoted(u'`', Tok::NameQuoted, Tok::NameQuotedEscape);
        }
        return false;
    }

    bool root()
    {
        const QChar c = s[p];
        if (isSpace(c))
            return take(Tok::Whitespace, spaceEnd(s, p));
        if (c == u'#' || (s.mid(p).startsWith(u"--") && p + 2 < n && isSpace(s[p + 2])))
            return take(Tok::CommentSingle, lineEnd(s, c == u'#' ? p : spaceEnd(s, p + 2)));
        if (s.mid(p).startsWith(u"/*+"))
            return pushTake(Tok::CommentSpecial, p + 3, OptimizerHints);
        if (s.mid(p).startsWith(u"/*"))
            return pushTake(Tok::CommentMultiline, p + 2, Comment);
        return number() || dateLiteral() || stringOrVariable() || operatorOrWord();
    }

    bool number()
    {
        const auto isHex = [](QChar x) { return isAsciiDigit(x) || QStringView(u"abcdefABCDEF").contains(x); };
        const auto isBin = [](QChar x) { return x == u'0' || x == u'1'; };
        if (ci(p, u'x') && p + 1 < n && s[p + 1] == u'\'') { // x'..' in pairs of hex digits
            const qsizetype e = runEnd(s, p + 2, isHex);
            if (e > p + 2 && (e - p - 2) % 2 == 0 && e < n && s[e] == u'\'')
                return take(Tok::NumberHex, e + 1);
        }
        if (s[p] == u'0' && ci(p + 1, u'x')) {
            const qsizetype e = runEnd(s, p + 2, isHex);
            if (e > p + 2)
                return take(Tok::NumberHex, e);
        }
        if (ci(p, u'b') && p + 1 < n && s[p + 1] == u'\'') {
            const qsizetype e = runEnd(s, p + 2, isBin);
            if (e > p + 2 && e < n && s[e] == u'\'')
                return take(Tok::NumberBin, e + 1);
        }
        if (s[p] == u'0' && ci(p + 1, u'b')) {
            const qsizetype e = runEnd(s, p + 2, isBin);
            if (e > p + 2)
                return take(Tok::NumberBin, e);
        }
        const auto exponentEnd = [&](qsizetype i) { // (e[+-]?[0-9]+)? : where it ends, or i
            if (!ci(i, u'e'))
                return i;
            qsizetype j = i + 1;
            if (j < n && (s[j] == u'+' || s[j] == u'-'))
                ++j;
            const qsizetype e = digitsEnd(j);
            return e > j ? e : i;
        };
        const qsizetype intEnd = digitsEnd(p);
        if (intEnd > p && intEnd < n && s[intEnd] == u'.') // 1. 1.5 1.5e3
            return take(Tok::NumberFloat, exponentEnd(digitsEnd(intEnd + 1)));
        if (intEnd < n && s[intEnd] == u'.' && digitsEnd(intEnd + 1) > intEnd + 1) // .5 .5e3
            return take(Tok::NumberFloat, exponentEnd(digitsEnd(intEnd + 1)));
        if (intEnd > p) {
            const qsizetype e = exponentEnd(intEnd);
            if (e > intEnd) // 1e5
                return take(Tok::NumberFloat, e);
            if (intEnd < n && !isNameChar(cp(intEnd))) // digits that do not start a name
                return take(Tok::NumberInteger, intEnd);
        }
        return false;
    }

    // The ODBC date and time literals: {d '2020-01-01'}, {t '12:00:00'}, {ts '...'}. Their
    // patterns have optional parts, so this is a small backtracking matcher over a sequence of
    // character classes with repeat bounds (greedy, as Python's are).
    struct Item {
        enum Kind { Digit, Space, Any, Dot, Group } kind = Any;
        int min = 1, max = 1;
        std::vector<Item> group; // Group: an optional sub-sequence, tried first
    };
    bool itemChar(Item::Kind k, qsizetype i) const
    {
        if (i >= n)
            return false;
        switch (k) {
        case Item::Digit: return s[i].isDigit();
        case Item::Space: return isSpace(s[i]);
        case Item::Any: return s[i] != u'\n';
        case Item::Dot: return s[i] == u'.';
        case Item::Group: return false;
        }
        return false;
    }
    /// End of a match of items[k...] then `rest` from `i`, or -1.
    qsizetype matchItems(const std::vector<Item> &items, size_t k, qsizetype i, const std::function<qsizetype(qsizetype)> &rest) const
    {
        if (k == items.size())
            return rest(i);
        const Item &it = items[k];
        if (it.kind == Item::Group) {
            const qsizetype with = matchItems(it.group, 0, i, [&](qsizetype j) { return matchItems(items, k + 1, j, rest); });
            return with >= 0 ? with : matchItems(items, k + 1, i, rest);
        }
        int count = 0;
        qsizetype j = i;
        while (count < it.max && itemChar(it.kind, j)) { // characters here are single units
            ++j;
            ++count;
        }
        for (; count >= it.min; --count, --j) {
            const qsizetype e = matchItems(items, k + 1, j, rest);
            if (e >= 0)
                return e;
        }
        return -1;
    }

    bool dateLiteral()
    {
        if (s[p] != u'{')
            return false;
        using K = Item::Kind;
        const auto rep = [](K kind, int lo, int hi) {
            Item it;
            it.kind = kind;
            it.min = lo;
            it.max = hi;
            return it;
        };
        const auto optional = [](std::vector<Item> items) {
            Item it;
            it.kind = K::Group;
            it.group = std::move(items);
            return it;
        };
        const Item sp = rep(K::Space, 0, INT_MAX), any = rep(K::Any, 0, 1);
        const auto digits = [&](int lo, int hi) { return rep(K::Digit, lo, hi); };
        const std::vector<Item> date = {digits(2, 2), optional({digits(2, 2)}), any, digits(2, 2), any, digits(2, 2)};
        const std::vector<Item> time = {digits(1, 2), any, digits(1, 2), any, digits(1, 2),
                                        optional({rep(K::Dot, 1, 1), digits(0, INT_MAX)})};
        std::vector<Item> timeWithDays = {optional({digits(1, INT_MAX), rep(K::Space, 1, INT_MAX)})};
        timeWithDays.insert(timeWithDays.end(), time.begin(), time.end());
        std::vector<Item> timestamp = date;
        timestamp.push_back(rep(K::Space, 1, INT_MAX));
        timestamp.insert(timestamp.end(), time.begin(), time.end());
        const std::pair<QStringView, const std::vector<Item> *> forms[] = {
            {u"d", &date}, {u"t", &timeWithDays}, {u"ts", &timestamp}};
        for (const auto &form : forms) { // (no structured bindings: lambdas below capture these)
            const QStringView letter = form.first;
            const std::vector<Item> *body = form.second;
            qsizetype i = spaceEnd(s, p + 1);
            if (!startsCi(i, letter))
                continue;
            i = spaceEnd(s, i + letter.size());
            if (i >= n || (s[i] != u'\'' && s[i] != u'"'))
                continue;
            const QChar quote = s[i];
            // \s* body \s* quote \s* }
            const qsizetype end = matchItems({sp}, 0, i + 1, [&](qsizetype j) {
                return matchItems(*body, 0, j, [&](qsizetype k) {
                    k = spaceEnd(s, k);
                    if (k >= n || s[k] != quote)
                        return qsizetype(-1);
                    k = spaceEnd(s, k + 1);
                    return k < n && s[k] == u'}' ? k + 1 : qsizetype(-1);
                });
            });
            if (end >= 0)
                return take(Tok::LiteralDate, end);
        }
        return false;
    }

    bool stringOrVariable()
    {
        const QChar c = s[p];
        if (c == u'\'')
            return pushTake(Tok::StringSingle, p + 1, SingleString);
        if (c == u'"')
            return pushTake(Tok::StringDouble, p + 1, DoubleString);
        if (c == u'?')
            return take(Tok::NameVariable, p + 1);
        if (c != u'@')
            return false;
        const auto isVarLetter = [](char32_t x) { return isLetter(x) || x == U'_'; };
        if (p + 1 < n && s[p + 1] == u'@') { // @@[scope.]name
            for (QStringView scope : {u"global.", u"persist.", u"persist_only.", u"session."})
                if (startsCi(p + 2, scope)) {
                    const qsizetype e = cpRun(p + 2 + scope.size(), isVarLetter);
                    if (e > p + 2 + scope.size())
                        return take(Tok::NameVariable, e);
                }
            const qsizetype e = cpRun(p + 2, isVarLetter);
            if (e > p + 2)
                return take(Tok::NameVariable, e);
        }
        const qsizetype e = cpRun(p + 1, [](char32_t x) { return isLetter(x) || (x >= U'0' && x <= U'9') || x == U'_' || x == U'$' || x == U'.'; });
        if (e > p + 1)
            return take(Tok::NameVariable, e);
        if (p + 1 < n) {
            const QChar q = s[p + 1];
            if (q == u'\'')
                return pushTake(Tok::NameVariable, p + 2, SingleVariable);
            if (q == u'"')
                return pushTake(Tok::NameVariable, p + 2, DoubleVariable);
            if (q == u'`')
                return pushTake(Tok::NameVariable, p + 2, BacktickVariable);
        }
        return false;
    }

    bool operatorOrWord()
    {
        const auto isOperator = [](QChar x) { return QStringView(u"!%&*+/:<=>^|~-").contains(x); };
        if (isOperator(s[p]))
            return take(Tok::Operator, runEnd(s, p, isOperator));
        const bool boundary = p == 0 || !isWordCp(before(p));
        if (boundary && isWordCp(cp(p))) {
            if (startsCi(p, u"set")) { // "set" unless a parenthesis follows: then the data type
                const qsizetype after = spaceEnd(s, p + 3);
                if (after >= n || s[after] != u'(')
                    return take(Tok::Keyword, p + 3);
            }
            const qsizetype wordEnd = cpRun(p, isWordCp);
            const QString word = s.mid(p, wordEnd - p).toString().toCaseFolded();
            if (word == u"character") { // character set
                const qsizetype sp = spaceEnd(s, wordEnd);
                if (sp > wordEnd && startsCi(sp, u"set") && (sp + 3 >= n || !isWordCp(cp(sp + 3)))) {
                    emit(Tok::Keyword, p, wordEnd - p);
                    emit(Tok::Whitespace, wordEnd, sp - wordEnd);
                    p = sp;
                    return take(Tok::Keyword, sp + 3);
                }
            }
            if (inTable(MySqlWords::constants(), word))
                return take(Tok::NameConstant, wordEnd);
            if (inTable(MySqlWords::dataTypes(), word))
                return take(Tok::KeywordType, wordEnd);
            if (inTable(MySqlWords::keywords(), word))
                return take(Tok::Keyword, wordEnd);
            if (inTable(MySqlWords::functions(), word)) {
                const qsizetype paren = spaceEnd(s, wordEnd);
                if (paren < n && s[paren] == u'(') {
                    emit(Tok::NameFunction, p, wordEnd - p);
                    emit(Tok::Whitespace, wordEnd, paren - wordEnd);
                    p = paren;
                    return take(Tok::Punctuation, paren + 1);
                }
            }
        }
        if (const qsizetype e = cpRun(p, isNameChar); e > p)
            return take(Tok::Name, e);
        if (s[p] == u'`')
            return pushTake(Tok::NameQuoted, p + 1, QuotedName);
        if (QStringView(u"(),.;").contains(s[p]))
            return take(Tok::Punctuation, p + 1);
        return false;
    }

    bool optimizerHints()
    {
        const auto isHintText = [](char32_t x) { return x != U'*' && !isLetter(x); };
        if (const qsizetype e = cpRun(p, isHintText); e > p)
            return take(Tok::CommentSpecial, e);
        if (s.mid(p).startsWith(u"*/"))
            return popTake(Tok::CommentSpecial, p + 2);
        if (s[p] == u'*')
            return take(Tok::CommentSpecial, p + 1);
        // a hint name: the word that starts here, if it ends where a word does
        const qsizetype wordEnd = cpRun(p, isWordCp);
        if (inTable(MySqlWords::optimizerHints(), s.mid(p, wordEnd - p).toString().toCaseFolded()))
            return take(Tok::CommentPreproc, wordEnd);
        return take(Tok::CommentSpecial, cpRun(p, isLetter));
    }

    bool comment()
    {
        if (s.mid(p).startsWith(u"*/"))
            return popTake(Tok::CommentMultiline, p + 2);
        if (s[p] == u'*')
            return take(Tok::CommentMultiline, p + 1);
        return take(Tok::CommentMultiline, runEnd(s, p, [](QChar x) { return x != u'*'; }));
    }

    bool quotedString(QChar quote, Tok type)
    {
        const QChar c = s[p];
        if (c == quote) {
            if (p + 1 < n && s[p + 1] == quote)
                return take(Tok::StringEscape, p + 2);
            return popTake(type, p + 1);
        }
        if (c == u'\\') {
            if (p + 1 < n && QStringView(u"0'\"bnrtzBNRTZ\\%_").contains(s[p + 1]))
                return take(Tok::StringEscape, p + 2);
            return false;
        }
        return take(type, runEnd(s, p, [&](QChar x) { return x != quote && x != u'\\'; }));
    }

    bool quoted(QChar quote, Tok type, Tok doubled)
    {
        if (s[p] == quote) {
            if (p + 1 < n && s[p + 1] == quote)
                return take(doubled, p + 2);
            return popTake(type, p + 1);
        }
        return take(type, runEnd(s, p, [&](QChar x) { return x != quote; }));
    }
};

} // namespace

void lexMySql(QStringView text, Tokens &out)
{
    MySqlLexer(text, out).run();
}

} // namespace Docent::Lexers
