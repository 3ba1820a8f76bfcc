// Shell lexers: Pygments' BashLexer ("bash", "sh", "shell" ...) and BashSessionLexer ("console"),
// written as scanners that follow the lexers' regular-expression rules and their backtracking.
#include "languages_p.h"
#include "statelexer_p.h"

#include <QRegularExpression>

#include <algorithm>

namespace Docent::Lexers {
namespace {

// Character classes of the rules below.
constexpr QStringView kOperatorChars = u"[]{}()=";
constexpr QStringView kNotPlain = u"=[]{}()$\"'`\\<&|;"; // what ends a run of plain text, besides spaces

bool isBashKeyword(QStringView w)
{
    return oneOf(w, {u"if", u"fi", u"else", u"while", u"in", u"do", u"done", u"for", u"then", u"return",
                     u"function", u"case", u"select", u"break", u"continue", u"until", u"esac", u"elif"});
}

bool isBashBuiltin(QStringView w)
{
    return oneOf(w, {u"alias",  u"bg",      u"bind",     u"builtin",  u"caller", u"cd",      u"command",
                     u"compgen", u"complete", u"declare", u"dirs",    u"disown", u"echo",    u"enable",
                     u"eval",   u"exec",    u"exit",     u"export",   u"false",  u"fc",      u"fg",
                     u"getopts", u"hash",   u"help",     u"history",  u"jobs",   u"kill",    u"let",
                     u"local",  u"logout",  u"popd",     u"printf",   u"pushd",  u"pwd",     u"read",
                     u"readonly", u"set",   u"shift",    u"shopt",    u"source", u"suspend", u"test",
                     u"time",   u"times",   u"trap",     u"true",     u"type",   u"typeset", u"ulimit",
                     u"umask",  u"unalias", u"unset",    u"wait"});
}

enum State { Root, String, Curly, Paren, Math, Backticks };

class BashLexer : public StateLexer<BashLexer, State>
{
public:
    using StateLexer::StateLexer;

private:
    friend StateLexer;

    qsizetype heredocWork = 0;

    bool step()
    {
        switch (stack.back()) {
        case Root: return root();
        case String: return string();
        case Curly: return curly();
        case Paren: return paren();
        case Math: return math();
        case Backticks: return backticks();
        }
        return false;
    }

    bool root() { return basic() || (s[p] == u'`' && pushTake(Tok::StringBacktick, p + 1, Backticks)) || data() || interp(); }

    bool basic()
    {
        const QChar c = s[p];
        if (isWord(c) && (p == 0 || !isWord(s[p - 1]))) {
            const qsizetype e = wordEnd(s, p);
            const QStringView w = s.mid(p, e - p);
            if (isBashKeyword(w)) {
                emit(Tok::Keyword, p, e - p);
                const qsizetype f = spaceEnd(s, e);
                if (f > e && f < n && isWord(s[f])) {
                    emit(Tok::Whitespace, e, f - e);
                    p = f;
                } else {
                    p = e;
                }
                return true;
            }
            if (e < n && (isSpace(s[e]) || s[e] == u')' || s[e] == u'`') && isBashBuiltin(w))
                return take(Tok::NameBuiltin, e);
        }
        if (p == 0 && at(u"#!")) {
            const qsizetype nl = s.indexOf(u'\n', 2);
            if (nl > 2)
                return take(Tok::CommentHashbang, nl + 1);
        }
        if (c == u'#') {
            const qsizetype nl = s.indexOf(u'\n', p);
            if (nl >= 0)
                return take(Tok::CommentSingle, nl + 1);
        }
        if (c == u'\\' && p + 1 < n)
            return take(Tok::StringEscape, p + 1 + charLength(s, p + 1));
        if (isWord(c) && (p == 0 || !isWord(s[p - 1]))) {  // (\b\w+)(\s*)(\+?=)
            const qsizetype e = wordEnd(s, p);
            const qsizetype f = spaceEnd(s, e);
            const qsizetype op = ch(f) == u'=' ? 1 : (ch(f) == u'+' && ch(f + 1) == u'=') ? 2 : 0;
            if (op) {
                emit(Tok::NameVariable, p, e - p);
                if (f > e)
                    emit(Tok::Whitespace, e, f - e);
                p = f;
                return take(Tok::Operator, f + op);
            }
        }
        if (kOperatorChars.contains(c))
            return take(Tok::Operator, p + 1);
        if (at(u"<<<"))
            return take(Tok::Operator, p + 3);
        if (at(u"<<") && heredoc())
            return true;
        if (at(u"&&") || at(u"||"))
            return take(Tok::Operator, p + 2);
        return false;
    }

    // <<-?\s*(\'?)\\?(\w+)[\w\W]+?\2 : the word may shrink until a later copy of it is found
    bool heredoc()
    {
        qsizetype i = p + 2;
        if (ch(i) == u'-')
            ++i;
        i = spaceEnd(s, i);
        if (ch(i) == u'\'')
            ++i;
        if (ch(i) == u'\\')
            ++i;
        const qsizetype we = wordEnd(s, i);
        for (qsizetype len = we - i; len > 0; --len) {
            if (heredocWork > 50'000'000)  // bounded work on hostile input
                return false;
            heredocWork += n - i;
            const qsizetype found = s.indexOf(s.mid(i, len), i + len + 1);
            if (found >= 0)
                return take(Tok::String, found + len);
        }
        return false;
    }

    bool data()
    {
        const QChar c = s[p];
        if (c == u'"' || (c == u'$' && ch(p + 1) == u'"')) {  // \$?"(\\.|[^"\\$])*"
            for (qsizetype i = c == u'$' ? p + 2 : p + 1; i < n;) {
                if (s[i] == u'\\') {
                    if (i + 1 >= n)
                        break;
                    i += 2;
                } else if (s[i] == u'"') {
                    return take(Tok::StringDouble, i + 1);
                } else if (s[i] == u'$') {
                    break;
                } else {
                    ++i;
                }
            }
        }
        if (c == u'"')
            return pushTake(Tok::StringDouble, p + 1, String);
        if (c == u'$' && ch(p + 1) == u'\'') {
            for (qsizetype i = p + 2; i < n;) {
                if (s[i] == u'\\') {
                    if (i + 1 >= n)
                        break;
                    i += 2;
                } else if (s[i] == u'\'') {
                    return take(Tok::StringSingle, i + 1);
                } else {
                    ++i;
                }
            }
        }
        if (c == u'\'') {
            const qsizetype close = s.indexOf(u'\'', p + 1);
            if (close >= 0)
                return take(Tok::StringSingle, close + 1);
        }
        if (c == u';' || c == u'&' || c == u'|')
            return take(Tok::Punctuation, p + 1);
        if (isSpace(c))
            return take(Tok::Whitespace, spaceEnd(s, p));
        if (isDigit(c)) {
            const qsizetype e = runEnd(s, p, isDigit);
            if (e == n || !isWord(s[e]))
                return take(Tok::Number, e);
        }
        const auto plain = [](QChar x) { return !isSpace(x) && !kNotPlain.contains(x); };
        if (plain(c))
            return take(Tok::Text, runEnd(s, p, plain));
        if (c == u'<')
            return take(Tok::Text, p + 1);
        return false;
    }

    bool interp()
    {
        if (s[p] != u'$')
            return false;
        if (at(u"$(("))
            return pushTake(Tok::Keyword, p + 3, Math);
        if (at(u"$("))
            return pushTake(Tok::Keyword, p + 2, Paren);
        if (at(u"${"))
            return pushTake(Tok::StringInterpol, ch(p + 2) == u'#' ? p + 3 : p + 2, Curly);
        const QChar c = ch(p + 1);
        if (isAsciiAlpha(c) || c == u'_')
            return take(Tok::NameVariable, wordEnd(s, p + 1));
        if (isDigit(c))
            return take(Tok::NameVariable, runEnd(s, p + 1, isDigit));
        if (p + 1 < n && QStringView(u"#$?!_*@-").contains(c))
            return take(Tok::NameVariable, p + 2);
        return take(Tok::Text, p + 1);
    }

    bool string()
    {
        if (s[p] == u'"')
            return popTake(Tok::StringDouble, p + 1);
        qsizetype i = p;
        while (i < n) {
            if (s[i] == u'\\') {
                if (i + 1 >= n)
                    break;
                i += 2;
            } else if (s[i] == u'"' || s[i] == u'$') {
                break;
            } else {
                ++i;
            }
        }
        if (i > p)
            return take(Tok::StringDouble, i);
        return interp();
    }

    bool curly()
    {
        const QChar c = s[p];
        if (c == u'}')
            return popTake(Tok::StringInterpol, p + 1);
        if (at(u":-"))
            return take(Tok::Keyword, p + 2);
        if (isWord(c))
            return take(Tok::NameVariable, wordEnd(s, p));
        const auto punct = [](QChar x) { return !QStringView(u"}:\"'`$\\").contains(x); };
        if (punct(c))
            return take(Tok::Punctuation, runEnd(s, p, punct));
        if (c == u':')
            return take(Tok::Punctuation, p + 1);
        return root();
    }

    bool paren()
    {
        if (s[p] == u')')
            return popTake(Tok::Keyword, p + 1);
        return root();
    }

    bool math()
    {
        if (at(u"))"))
            return popTake(Tok::Keyword, p + 2);
        if (at(u"**") || at(u"||") || at(u"<<") || at(u">>"))
            return take(Tok::Operator, p + 2);
        const QChar c = s[p];
        if (QStringView(u"-+*/%^|&<>").contains(c))
            return take(Tok::Operator, p + 1);
        if (isDigit(c)) {
            const qsizetype e = runEnd(s, p, isDigit);
            if (ch(e) == u'#') {
                const qsizetype f = runEnd(s, e + 1, [](QChar x) { return isDigit(x) || isAsciiAlpha(x); });
                if (f > e + 1)
                    return take(Tok::Number, f);
                if (ch(e + 1) != u' ')
                    return take(Tok::Number, e + 1);
            }
            return take(Tok::Number, e);
        }
        if (isAsciiAlpha(c) || c == u'_')
            return take(Tok::NameVariable, wordEnd(s, p));
        return root();
    }

    bool backticks()
    {
        if (s[p] == u'`')
            return popTake(Tok::StringBacktick, p + 1);
        return root();
    }
};

// Splices prompt tokens into the command tokens at code offsets, splitting tokens that span them.
struct Insertion {
    qsizetype at;
    Token token;
};

void insertInto(const Tokens &code, QStringView base, const std::vector<Insertion> &ins, Tokens &out)
{
    size_t k = 0;
    for (const Token &t : code) {
        const qsizetype start = t.text.data() - base.data();
        const qsizetype len = t.text.size();
        qsizetype done = 0;
        while (k < ins.size() && start + len >= ins[k].at) {
            const qsizetype cut = ins[k].at - start;
            if (cut > done)
                out.push_back({t.type, t.text.mid(done, cut - done)});
            out.push_back(ins[k].token);
            done = cut;
            ++k;
        }
        if (done < len)
            out.push_back({t.type, t.text.mid(done)});
    }
    for (; k < ins.size(); ++k)
        out.push_back(ins[k].token);
}

} // namespace

void lexBash(QStringView text, Tokens &out)
{
    BashLexer(text, out).run();
}

void lexBashSession(QStringView text, Tokens &out, std::vector<QString> &keep)
{
    // The prompt: Pygments' pattern, whose backtracking a hand-written scanner would have to
    // mirror; the match limit bounds the work on hostile lines.
    static const QRegularExpression ps1(
        QStringLiteral("(*LF)(*LIMIT_MATCH=200000)^((?:(?:\\[.*?\\])|(?:\\(\\S+\\))?(?:| |sh\\S*?|\\w+\\S+[@:]\\S+"
                       "(?:\\s+\\S+)?|\\[\\S+[@:][^\\n]+\\].+))\\s*[$#%]\\s*)(.*\\n?)"),
        QRegularExpression::UseUnicodePropertiesOption);

    QString code;
    std::vector<Insertion> insertions;
    bool continuation = false;
    auto flush = [&]() {
        // `keep` owns the command text the tokens point into (moving a QString keeps its data)
        keep.push_back(code);
        const QString &stored = keep.back();
        Tokens inner;
        BashLexer(stored, inner).run();
        insertInto(inner, stored, insertions, out);
        insertions.clear();
        code.clear();
    };

    for (qsizetype b = 0; b < text.size();) {
        const qsizetype nl = text.indexOf(u'\n', b);
        const qsizetype e = nl < 0 ? text.size() : nl + 1;
        QStringView line = text.mid(b, e - b);
        b = e;

        // a virtualenv name before the prompt: ^(\([^)]*\))(\s*)
        if (line.startsWith(u'(')) {
            const qsizetype close = line.indexOf(u')');
            if (close > 0) {
                const qsizetype ws = spaceEnd(line, close + 1);
                insertions.push_back({code.size(), {Tok::GenericPromptVirtualEnv, line.first(close + 1)}});
                if (ws > close + 1)
                    insertions.push_back({code.size(), {Tok::Text, line.mid(close + 1, ws - close - 1)}});
                line = line.mid(ws);
            }
        }

        // A prompt ends in '$', '#' or '%': lines without one (most output) skip the pattern.
        const bool mayBePrompt = std::any_of(line.begin(), line.end(),
                                             [](QChar c) { return c == u'$' || c == u'#' || c == u'%'; });
        const QRegularExpressionMatch m = mayBePrompt ? ps1.match(line) : QRegularExpressionMatch();
        if (m.hasMatch()) {
            insertions.push_back({code.size(), {Tok::GenericPrompt, line.first(m.capturedLength(1))}});
            code += line.mid(m.capturedLength(1));
            continuation = code.endsWith(u"\\\n");
        } else if (continuation) {
            if (line.startsWith(u"> ")) {
                insertions.push_back({code.size(), {Tok::GenericPrompt, line.first(2)}});
                code += line.mid(2);
            } else {
                code += line;
            }
            continuation = code.endsWith(u"\\\n");
        } else {
            if (!insertions.empty())
                flush();
            out.push_back({Tok::GenericOutput, line});
        }
    }
    if (!insertions.empty())
        flush();
}

} // namespace Docent::Lexers
