// YAML, as Pygments' YamlLexer ("yaml") tokenizes it: a state machine that also tracks the
// indentation of block collections, because a plain scalar or a block scalar ("|", ">") runs on
// over the following lines only while they are indented deeper than the collection it is in.
#include "languages_p.h"
#include "statelexer_p.h"

#include <optional>

namespace Docent::Lexers {
namespace {

enum State {
    Root,
    IgnoredLine,   // after a directive or block scalar header: blanks and a comment
    YamlDirective, // %YAML
    TagDirective,  // %TAG
    Indentation,   // a block line's indentation and its "-", "?", ":" indicators
    BlockLine,
    FlowSequence,
    FlowMapping,
    BlockScalarHeader,
    BlockScalarContent,
    SingleQuoted,
    DoubleQuoted,
    PlainInBlock,
    PlainInBlockNewLine,
    PlainInFlow,
};

class YamlLexer : public StateLexer<YamlLexer, State>
{
public:
    YamlLexer(QStringView text, Tokens &out) : StateLexer(text, out)
    {
        unmatchedNewline = Tok::Text;
        dropEmpty = true;  // the lexer's callbacks yield nothing for an empty match
    }

private:
    friend StateLexer;

    // The indentation context: the current block collection's indentation, the enclosing ones',
    // the indentation of the line being read so far, and a block scalar's content indentation.
    int indent = -1;
    std::vector<int> indentStack;
    int nextIndent = 0;
    std::optional<int> blockScalarIndent;

    bool atLineStart(qsizetype i) const { return i == 0 || s[i - 1] == u'\n'; }
    bool atLineEnd(qsizetype i) const { return i >= n || s[i] == u'\n'; }
    qsizetype spacesEnd(qsizetype i) const { return runEnd(s, i, [](QChar c) { return c == u' '; }); }
    bool spaceOrEnd(qsizetype i) const { return atLineEnd(i) || s[i] == u' '; } // (?=[ ]|$)
    bool in(qsizetype i, QStringView set) const { return i < n && set.contains(s[i]); }

    // The indentation callbacks.
    void resetIndent()
    {
        indentStack.clear();
        indent = -1;
        nextIndent = 0;
        blockScalarIndent.reset();
    }
    /// Leading spaces of a line: closes the collections it dedents out of; spaces beyond the
    /// collection it lands in, if it lands between two, are an error.
    void lineIndent(qsizetype end)
    {
        qsizetype len = end - p;
        nextIndent = int(len);
        qsizetype extra = 0;
        if (nextIndent < indent) {
            while (nextIndent < indent && !indentStack.empty()) {
                indent = indentStack.back();
                indentStack.pop_back();
            }
            if (nextIndent > indent) {
                // split at the collection's indentation, counted from the end when that is -1
                // (the top level): Python's slicing of the spaces
                const qsizetype cut = indent >= 0 ? std::min<qsizetype>(indent, len) : std::max<qsizetype>(len + indent, 0);
                extra = len - cut;
                len = cut;
            }
        }
        emit(Tok::Whitespace, p, len);
        emit(Tok::WhitespaceError, p + len, extra);
        p = end;
    }
    void moreIndent(qsizetype end)
    {
        nextIndent += int(end - p);
        take(Tok::Whitespace, end);
    }
    /// An indicator that opens a collection at the indentation reached so far.
    void openCollection(Tok t, qsizetype end, bool implicit)
    {
        if (indent < nextIndent) {
            indentStack.push_back(indent);
            indent = nextIndent;
        }
        if (!implicit)
            nextIndent += int(end - p);
        take(t, end);
    }

    bool step()
    {
        switch (stack.back()) {
        case Root: return root();
        case IgnoredLine: return ignoredLine();
        case YamlDirective: return yamlDirective();
        case TagDirective: return tagDirective();
        case Indentation: return indentation();
        case BlockLine: return blockLine();
        case FlowSequence: return flowCollection(u']');
        case FlowMapping: return flowCollection(u'}');
        case BlockScalarHeader: return blockScalarHeader();
        case BlockScalarContent: return blockScalarContent();
        case SingleQuoted: return singleQuoted();
        case DoubleQuoted: return doubleQuoted();
        case PlainInBlock: return plainInBlock();
        case PlainInBlockNewLine: return plainInBlockNewLine();
        case PlainInFlow: return plainInFlow();
        }
        return false;
    }

    bool comment() // #[^\n]*
    {
        return s[p] == u'#' && take(Tok::CommentSingle, lineEnd(s, p));
    }
    bool newlines(Tok t = Tok::Whitespace) // \n+
    {
        return s[p] == u'\n' && take(t, runEnd(s, p, [](QChar c) { return c == u'\n'; }));
    }

    bool root()
    {
        const qsizetype sp = spacesEnd(p);
        if (sp > p && (atLineEnd(sp) || s[sp] == u'#')) // blanks before a comment or the line end
            return take(Tok::Whitespace, sp);
        if (newlines() || comment())
            return true;
        if (atLineStart(p)) {
            const QStringView rest = s.mid(p);
            for (const auto &[word, next] : {std::pair{u"%YAML", YamlDirective}, std::pair{u"%TAG", TagDirective}}) {
                const qsizetype len = qsizetype(std::char_traits<char16_t>::length(word));
                if (rest.startsWith(word) && spaceOrEnd(p + len)) {
                    resetIndent();
                    take(Tok::NameTag, p + len);
                    push(next);
                    return true;
                }
            }
            if ((rest.startsWith(u"---") || rest.startsWith(u"...")) && spaceOrEnd(p + 3)) {
                resetIndent();
                take(Tok::NameNamespace, p + 3);
                push(BlockLine);
                return true;
            }
        }
        // the indentation of a line with content
        if (sp < n && !isSpace(s[sp])) {
            lineIndent(sp);
            push(BlockLine);
            push(Indentation);
            return true;
        }
        return false;
    }

    bool ignoredLine()
    {
        const qsizetype sp = spacesEnd(p);
        if (sp > p && (atLineEnd(sp) || s[sp] == u'#'))
            return take(Tok::Whitespace, sp);
        if (comment())
            return true;
        if (s[p] == u'\n') {
            take(Tok::Whitespace, p + 1);
            pop(2);
            return true;
        }
        return false;
    }

    bool yamlDirective() // " 1.2"
    {
        const qsizetype sp = spacesEnd(p);
        const qsizetype major = runEnd(s, sp, isAsciiDigit);
        if (sp == p || major == sp || !in(major, u"."))
            return false;
        const qsizetype minor = runEnd(s, major + 1, isAsciiDigit);
        if (minor == major + 1)
            return false;
        emit(Tok::Whitespace, p, sp - p);
        emit(Tok::Number, sp, minor - sp);
        p = minor;
        push(IgnoredLine);
        return true;
    }

    static bool isTagChar(QChar c) { return isWord(c) || QStringView(u";/?:@&=+$,.!~*'()[]%-").contains(c); }
    static bool isUriChar(QChar c) { return isTagChar(c) || c == u'#'; }

    bool tagDirective() // " !handle! prefix"
    {
        const qsizetype sp1 = spacesEnd(p);
        if (sp1 == p || !in(sp1, u"!"))
            return false;
        // the handle: "!" alone when blanks follow it, else "!word!"
        qsizetype handleEnd = sp1 + 1;
        if (!in(handleEnd, u" ")) {
            handleEnd = runEnd(s, sp1 + 1, [](QChar c) { return isWord(c) || c == u'-'; });
            if (!in(handleEnd, u"!"))
                return false;
            ++handleEnd;
        }
        const qsizetype sp2 = spacesEnd(handleEnd);
        if (sp2 == handleEnd || sp2 >= n)
            return false;
        // the prefix: a lone "!" if it starts with one, else a run of tag characters
        qsizetype prefixEnd;
        if (s[sp2] == u'!') {
            prefixEnd = sp2 + 1;
        } else {
            prefixEnd = runEnd(s, sp2, isTagChar);
            if (prefixEnd == sp2)
                return false;
        }
        emit(Tok::Whitespace, p, sp1 - p);
        emit(Tok::KeywordType, sp1, handleEnd - sp1);
        emit(Tok::Whitespace, handleEnd, sp2 - handleEnd);
        emit(Tok::KeywordType, sp2, prefixEnd - sp2);
        p = prefixEnd;
        push(IgnoredLine);
        return true;
    }

    bool indentation()
    {
        const qsizetype sp = spacesEnd(p);
        if (atLineEnd(sp)) {
            emit(Tok::Whitespace, p, sp - p);
            p = sp;
            pop(2);
            return true;
        }
        const auto isIndicator = [&](qsizetype i) { return in(i, u"?:-") && spaceOrEnd(i + 1); };
        if (sp > p && isIndicator(sp)) {
            moreIndent(sp);
            return true;
        }
        if (isIndicator(p)) {
            openCollection(Tok::PunctuationIndicator, p + 1, false);
            return true;
        }
        moreIndent(sp);
        pop();
        return true;
    }

    /// "key:" before a blank or the line end: the last such colon of a run without flow
    /// indicators, quotes, "#" or "?".
    qsizetype keyColon() const
    {
        const qsizetype e = runEnd(s, p, [](QChar c) { return !QStringView(u"#,?[]{}\"'\n").contains(c); });
        for (qsizetype j = e - 1; j > p; --j)
            if (s[j] == u':' && spaceOrEnd(j + 1))
                return j;
        return -1;
    }

    bool descriptor() // tags, anchors and aliases
    {
        const QChar c = s[p];
        if (c == u'!') {
            if (in(p + 1, u"<")) {
                const qsizetype e = runEnd(s, p + 2, isUriChar);
                if (e > p + 2 && in(e, u">"))
                    return take(Tok::KeywordType, e + 1);
            }
            return take(Tok::KeywordType, runEnd(s, p + 1, isUriChar));
        }
        if (c == u'&' || c == u'*') {
            const qsizetype e = runEnd(s, p + 1, [](QChar x) { return isWord(x) || x == u'-'; });
            if (e > p + 1)
                return take(c == u'&' ? Tok::NameLabel : Tok::NameVariable, e);
        }
        return false;
    }

    bool flowNode() // flow collections and quoted scalars
    {
        static constexpr std::pair<char16_t, State> opens[] = {
            {u'[', FlowSequence}, {u'{', FlowMapping}, {u'\'', SingleQuoted}, {u'"', DoubleQuoted}};
        for (const auto &[c, next] : opens)
            if (s[p] == c) {
                take(c == u'[' || c == u'{' ? Tok::PunctuationIndicator : Tok::String, p + 1);
                push(next);
                return true;
            }
        return false;
    }

    bool blockLine()
    {
        const qsizetype sp = spacesEnd(p);
        if (atLineEnd(sp) || s[sp] == u'#') {
            emit(Tok::Whitespace, p, sp - p);
            p = sp;
            pop();
            return true;
        }
        if (sp > p)
            return take(Tok::Whitespace, sp);
        if (const qsizetype colon = keyColon(); colon > 0) {
            emit(Tok::NameTag, p, colon - p);
            p = colon;
            openCollection(Tok::Punctuation, colon + 1, true);
            return true;
        }
        if (descriptor())
            return true;
        if (s[p] == u':' && spaceOrEnd(p + 1)) {
            openCollection(Tok::PunctuationIndicator, p + 1, true);
            return true;
        }
        if (s[p] == u'|' || s[p] == u'>') {
            take(Tok::PunctuationIndicator, p + 1);
            push(BlockScalarContent);
            push(BlockScalarHeader);
            return true;
        }
        if (flowNode())
            return true;
        // a plain scalar starts with anything but an indicator, or with "?:-" before a non-blank
        const QChar c = s[p];
        if ((!isSpace(c) && !QStringView(u"?:,[]{}#&*!|>'\"%@`-").contains(c)) ||
            (QStringView(u"?:-").contains(c) && p + 1 < n && !isSpace(s[p + 1]))) {
            push(PlainInBlock);
            return true;
        }
        return false;
    }

    bool flowCollection(QChar close)
    {
        const QChar c = s[p];
        if (close == u'}') { // in a mapping, "key:" first, blanks and all, up to the first colon
            const qsizetype colon = runEnd(s, p, [](QChar x) { return !QStringView(u",:?[]{}\"'\n").contains(x); });
            if (colon > p && in(colon, u":") && spaceOrEnd(colon + 1)) {
                emit(Tok::NameTag, p, colon - p);
                emit(Tok::Punctuation, colon, 1);
                p = colon + 1;
                return true;
            }
        }
        if (c == u' ')
            return take(Tok::Whitespace, spacesEnd(p));
        if (newlines() || comment())
            return true;
        if (c == u'?' || c == u':' || c == u',')
            return take(Tok::PunctuationIndicator, p + 1);
        if (descriptor() || flowNode())
            return true;
        if (!isSpace(c) && !QStringView(u"?:,[]{}#&*!|>'\"%@`").contains(c)) {
            push(PlainInFlow);
            return true;
        }
        if (c == close) {
            take(Tok::PunctuationIndicator, p + 1);
            pop();
            return true;
        }
        return false;
    }

    bool blockScalarHeader() // an indentation digit and a chomping sign, in either order
    {
        const auto isDigit19 = [&](qsizetype i) { return i < n && s[i] >= u'1' && s[i] <= u'9'; };
        const auto isSign = [&](qsizetype i) { return in(i, u"+-"); };
        for (const bool digitFirst : {true, false}) {
            std::optional<qsizetype> end;
            qsizetype digitAt = -1;
            // the longest of the forms the pattern tries, in its order
            const qsizetype first = digitFirst ? (isDigit19(p) ? 1 : 0) : (isSign(p) ? 1 : 0);
            for (qsizetype a = first; a >= 0 && !end; --a) {
                const qsizetype second = digitFirst ? (isSign(p + a) ? 1 : 0) : (isDigit19(p + a) ? 1 : 0);
                for (qsizetype b = second; b >= 0 && !end; --b)
                    if (spaceOrEnd(p + a + b)) {
                        end = p + a + b;
                        if (digitFirst && a)
                            digitAt = p;
                        else if (!digitFirst && b)
                            digitAt = p + a;
                    }
            }
            if (!end)
                continue;
            blockScalarIndent.reset();
            if (*end > p) {
                if (digitAt >= 0)
                    blockScalarIndent = std::max(indent, 0) + (s[digitAt].unicode() - u'0');
                take(Tok::PunctuationIndicator, *end);
            }
            push(IgnoredLine);
            return true;
        }
        return false;
    }

    bool blockScalarContent()
    {
        if (s[p] == u'\n')
            return take(Tok::Whitespace, p + 1);
        if (atLineStart(p)) {
            const qsizetype sp = spacesEnd(p);
            if (sp > p && atLineEnd(sp)) { // a blank line: spaces beyond the indentation are content
                const qsizetype len = sp - p;
                if (!blockScalarIndent || len <= *blockScalarIndent) {
                    take(Tok::Whitespace, sp);
                } else {
                    emit(Tok::Whitespace, p, *blockScalarIndent);
                    emit(Tok::NameConstant, p + *blockScalarIndent, len - *blockScalarIndent);
                    p = sp;
                }
                return true;
            }
            // the indentation decides whether the scalar goes on
            const int len = int(sp - p);
            if (!blockScalarIndent) {
                if (len <= std::max(indent, 0)) {
                    pop(2);
                    return true;
                }
                blockScalarIndent = len;
            } else if (len < *blockScalarIndent) {
                pop(2);
                return true;
            }
            return take(Tok::Whitespace, sp);
        }
        const qsizetype e = runEnd(s, p, [](QChar c) { return c == u'\t' || c == u' ' || !isSpace(c); });
        return e > p && take(Tok::NameConstant, e);
    }

    bool quotedWhitespace() // blanks at a line's ends are whitespace, inside it part of the scalar
    {
        if (s[p] == u'\n')
            return newlines();
        if (s[p] != u' ')
            return false;
        const qsizetype sp = spacesEnd(p);
        return take(atLineStart(p) || atLineEnd(sp) ? Tok::Whitespace : Tok::NameVariable, sp);
    }

    bool singleQuoted()
    {
        if (quotedWhitespace())
            return true;
        if (s[p] == u'\'') {
            if (in(p + 1, u"'"))
                return take(Tok::StringEscape, p + 2);
            take(Tok::String, p + 1);
            pop();
            return true;
        }
        const qsizetype e = runEnd(s, p, [](QChar c) { return !isSpace(c) && c != u'\''; });
        return e > p && take(Tok::String, e);
    }

    bool doubleQuoted()
    {
        if (quotedWhitespace())
            return true;
        const QChar c = s[p];
        if (c == u'\\' && p + 1 < n) {
            if (QStringView(u"0abt\tn\nvfre \"\\N_LP").contains(s[p + 1]))
                return take(Tok::String, p + 2);
            const auto hexRun = [&](qsizetype from, int count) {
                for (int k = 0; k < count; ++k)
                    if (from + k >= n || !(isAsciiDigit(s[from + k]) || QStringView(u"abcdefABCDEF").contains(s[from + k])))
                        return false;
                return true;
            };
            const QChar kind = s[p + 1];
            const int digits = kind == u'x' ? 2 : kind == u'u' ? 4 : kind == u'U' ? 8 : 0;
            if (digits && hexRun(p + 2, digits))
                return take(Tok::StringEscape, p + 2 + digits);
            return false;
        }
        if (c == u'"') {
            take(Tok::String, p + 1);
            pop();
            return true;
        }
        const qsizetype e = runEnd(s, p, [](QChar x) { return !isSpace(x) && x != u'"' && x != u'\\'; });
        return e > p && take(Tok::String, e);
    }

    bool plainInBlock()
    {
        const qsizetype sp = spacesEnd(p);
        if (in(sp, u":") && spaceOrEnd(sp + 1)) { // the scalar was a key
            emit(Tok::Whitespace, p, sp - p);
            p = sp;
            pop();
            return true;
        }
        if (sp > p && in(sp, u"#")) {
            take(Tok::Whitespace, sp);
            pop();
            return true;
        }
        if (sp > p)
            return take(atLineEnd(sp) ? Tok::Whitespace : Tok::LiteralScalarPlain, sp);
        if (s[p] == u'\n') {
            newlines();
            push(PlainInBlockNewLine);
            return true;
        }
        // (?::(?!\s)|[^\s:])+ : colons count unless a blank follows
        qsizetype e = p;
        while (e < n && !isSpace(s[e]) && (s[e] != u':' || e + 1 >= n || !isSpace(s[e + 1])))
            ++e;
        return e > p && take(Tok::LiteralScalarPlain, e);
    }

    bool plainInBlockNewLine()
    {
        const qsizetype sp = spacesEnd(p);
        if (atLineStart(p) && sp > p && atLineEnd(sp))
            return take(Tok::Whitespace, sp);
        if (newlines())
            return true;
        if (!atLineStart(p))
            return false;
        const QStringView rest = s.mid(p);
        if (rest.startsWith(u"---") || rest.startsWith(u"...")) { // a document marker ends the scalar
            pop(3);
            return true;
        }
        // a continuation line must be indented deeper than the collection
        if (sp - p <= indent) {
            pop(2);
            pop();
            return true;
        }
        take(Tok::Whitespace, sp);
        pop();
        return true;
    }

    bool plainInFlow()
    {
        const qsizetype sp = spacesEnd(p);
        if (in(sp, u",:?[]{}")) {
            emit(Tok::Whitespace, p, sp - p);
            p = sp;
            pop();
            return true;
        }
        if (sp > p && in(sp, u"#")) {
            take(Tok::Whitespace, sp);
            pop();
            return true;
        }
        if (sp > p)
            return take(atLineStart(p) || atLineEnd(sp) ? Tok::Whitespace : Tok::NameVariable, sp);
        if (newlines())
            return true;
        const qsizetype e = runEnd(s, p, [](QChar c) { return !isSpace(c) && !QStringView(u",:?[]{}").contains(c); });
        return e > p && take(Tok::NameVariable, e);
    }
};

} // namespace

void lexYaml(QStringView text, Tokens &out)
{
    YamlLexer(text, out).run();
}

} // namespace Docent::Lexers
