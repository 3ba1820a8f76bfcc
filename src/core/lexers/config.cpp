// Configuration-file lexers: Pygments' IniLexer ("ini", "cfg") and DiffLexer ("diff").
#include "languages_p.h"
#include "statelexer_p.h"

namespace Docent::Lexers {
namespace {

enum State { Root, Quoted, Value };

class IniLexer : public StateLexer<IniLexer, State>
{
public:
    using StateLexer::StateLexer;

private:
    friend StateLexer;

    bool step()
    {
        switch (stack.back()) {
        case Root: return root();
        case Quoted: return quoted();
        case Value: return value();
        }
        return false;
    }

    // (.*?)([ \t]*)([=:])([ \t]*)<tail>: the lazy key ends at the first "=" or ":" (after optional
    // blanks) whose tail matches; `tail(b)` gets the position after the second blanks and returns
    // the match end or -1. Emits key, blanks, operator and blanks and returns the tail start.
    template<typename Tail> qsizetype keyValue(Tail &&tail, qsizetype &end)
    {
        const qsizetype eol = lineEnd(s, p);
        qsizetype blankStart = p;  // start of the blank run before the current character
        for (qsizetype a = p; a < eol; ++a) {
            const QChar c = s[a];
            if (c == u'=' || c == u':') {
                const qsizetype b = blankEnd(s, a + 1);
                end = tail(b);
                if (end >= 0) {
                    emit(Tok::NameAttribute, p, blankStart - p);
                    emit(Tok::Whitespace, blankStart, a - blankStart);
                    emit(Tok::Operator, a, 1);
                    emit(Tok::Whitespace, a + 1, b - a - 1);
                    return b;
                }
            }
            if (c != u' ' && c != u'\t')
                blankStart = a + 1;
        }
        return -1;
    }

    bool root()
    {
        const QChar c = s[p];
        if (isSpace(c))
            return take(Tok::Whitespace, spaceEnd(s, p));
        const qsizetype eol = lineEnd(s, p);
        if (c == u';' || c == u'#')
            return take(Tok::CommentSingle, eol);
        if (c == u'[') {  // (\[.*?\])([ \t]*)$
            qsizetype e = eol;
            while (e > p && (s[e - 1] == u' ' || s[e - 1] == u'\t'))
                --e;
            if (e - p >= 2 && s[e - 1] == u']') {
                emit(Tok::Keyword, p, e - p);
                emit(Tok::Whitespace, e, eol - e);
                p = eol;
                return true;
            }
        }
        qsizetype end = -1;
        // ... (["']) -> quoted value
        qsizetype b = keyValue([&](qsizetype b) { return b < n && (s[b] == u'"' || s[b] == u'\'') ? b + 1 : -1; }, end);
        if (b >= 0) {
            emit(Tok::String, b, 1);
            p = end;
            push(Quoted);
            return true;
        }
        // ... ([^;#\n]*)(\\)(\s+) -> continued value
        qsizetype segEnd = -1, lastSlash = -1;  // cached per ;#\n-delimited segment
        b = keyValue(
            [&](qsizetype b) {
                if (b >= segEnd) {
                    segEnd = runEnd(s, b, [](QChar x) { return x != u';' && x != u'#' && x != u'\n'; });
                    lastSlash = -1;
                    for (qsizetype j = segEnd - 1; j >= b; --j)
                        if (s[j] == u'\\' && j + 1 < n && isSpace(s[j + 1])) {
                            lastSlash = j;
                            break;
                        }
                }
                return lastSlash >= b ? lastSlash : -1;
            },
            end);
        if (b >= 0) {
            emit(Tok::String, b, end - b);
            emit(Tok::Text, end, 1);
            emit(Tok::Whitespace, end + 1, spaceEnd(s, end + 1) - end - 1);
            p = spaceEnd(s, end + 1);
            push(Value);
            return true;
        }
        // ... ([^ ;#\n]*(?: +[^ ;#\n]+)*)
        b = keyValue([](qsizetype b) { return b; }, end);
        if (b >= 0) {
            const auto valueChar = [](QChar x) { return x != u' ' && x != u';' && x != u'#' && x != u'\n'; };
            qsizetype e = runEnd(s, b, valueChar);
            for (;;) {
                const qsizetype sp = runEnd(s, e, [](QChar x) { return x == u' '; });
                if (sp == e || sp >= n || !valueChar(s[sp]))
                    break;
                e = runEnd(s, sp, valueChar);
            }
            emit(Tok::String, b, e - b);
            p = e;
            return true;
        }
        if (eol > p)  // (.+?)$
            return take(Tok::NameAttribute, eol);
        return false;
    }

    bool quoted()
    {
        const QChar c = s[p];
        const qsizetype q = runEnd(s, p, [](QChar x) { return x != u'"' && x != u'\'' && x != u'\n'; });
        if (q < n && (s[q] == u'"' || s[q] == u'\'')) {  // ([^"'\n]*)(["'])(\s*)
            emit(Tok::String, p, q - p);
            emit(Tok::String, q, 1);
            const qsizetype w = spaceEnd(s, q + 1);
            emit(Tok::Whitespace, q + 1, w - q - 1);
            p = w;
            pop();
            return true;
        }
        if (c == u';' || c == u'#')
            return take(Tok::CommentSingle, lineEnd(s, p));
        if (c == u'\n') {  // $ : an empty string token
            pop();
            return take(Tok::String, p);
        }
        return false;
    }

    bool value()
    {
        if (isSpace(s[p]))
            return take(Tok::Whitespace, spaceEnd(s, p));
        const qsizetype eol = lineEnd(s, p);
        const qsizetype slash = s.mid(p, eol - p).lastIndexOf(u'\\');
        if (slash >= 0) {  // (\s*)(.*)(\\)([ \t]*)
            const qsizetype j = p + slash;
            emit(Tok::String, p, j - p);
            emit(Tok::Text, j, 1);
            const qsizetype w = blankEnd(s, j + 1);
            emit(Tok::Whitespace, j + 1, w - j - 1);
            p = w;
            return true;
        }
        pop();  // .*$
        return take(Tok::String, eol);
    }
};

} // namespace

void lexIni(QStringView text, Tokens &out)
{
    IniLexer(text, out).run();
}

// Diff: one rule per line, each ending at the newline.
void lexDiff(QStringView text, Tokens &out)
{
    auto emit = [&](Tok t, qsizetype from, qsizetype len) {
        if (len > 0)
            out.push_back({t, text.mid(from, len)});
    };
    for (qsizetype b = 0; b < text.size();) {
        const qsizetype nl = text.indexOf(u'\n', b);
        if (nl < 0) {  // no rule matches without a newline
            for (qsizetype i = b; i < text.size(); i += charLength(text, i))
                emit(Tok::Error, i, charLength(text, i));
            break;
        }
        const QStringView line = text.mid(b, nl - b);
        auto digitsEnd = [&](qsizetype i) { return runEnd(line, i, isDigit); };
        auto isChange = [&]() {  // \d(?:,\d+)?(?:a|c|d)\d+(?:,\d+)?
            if (line.isEmpty() || !isDigit(line[0]))
                return false;
            qsizetype i = 1;
            if (i < line.size() && line[i] == u',') {
                const qsizetype e = digitsEnd(i + 1);
                if (e == i + 1)
                    return false;
                i = e;
            }
            if (i >= line.size() || !QStringView(u"acd").contains(line[i]))
                return false;
            qsizetype e = digitsEnd(i + 1);
            if (e == i + 1)
                return false;
            if (e < line.size() && line[e] == u',') {
                const qsizetype f = digitsEnd(e + 1);
                if (f == e + 1)
                    return false;
                e = f;
            }
            return e == line.size();
        };
        if (line.startsWith(u' ')) {
            emit(Tok::Whitespace, b, 1);
            emit(Tok::Text, b + 1, line.size() - 1);
        } else if (line.startsWith(u'!') || line == u"---") {
            emit(Tok::GenericStrong, b, line.size());
        } else if (line.startsWith(u"< ") || line.startsWith(u'-')) {
            emit(Tok::GenericDeleted, b, line.size());
        } else if (line.startsWith(u"> ") || line.startsWith(u'+')) {
            emit(Tok::GenericInserted, b, line.size());
        } else if (line.startsWith(u'@') || isChange()) {
            emit(Tok::GenericSubheading, b, line.size());
        } else if (line.startsWith(u"Index") || line.startsWith(u"index") || line.startsWith(u"diff") ||
                   line.startsWith(u'=')) {
            emit(Tok::GenericHeading, b, line.size());
        } else {
            emit(Tok::Text, b, line.size());
        }
        emit(Tok::Whitespace, nl, 1);
        b = nl + 1;
    }
}

} // namespace Docent::Lexers
