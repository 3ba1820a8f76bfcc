// Pygments' PythonLexer ("python", "py", "python3"): keywords, builtins, numbers, the string
// prefixes and their escape and formatting rules, f-string expressions and import statements.
#include "languages_p.h"
#include "statelexer_p.h"

#include <QRegularExpression>

namespace Docent::Lexers {
namespace {

bool nameStart(QChar c)
{
    if (c == u'_' || c.isLetter())
        return true;
    return c.category() == QChar::Number_Letter;
}
bool nameChar(QChar c)
{
    if (nameStart(c) || c.isDigit())
        return true;
    const auto cat = c.category();
    return cat == QChar::Mark_NonSpacing || cat == QChar::Mark_SpacingCombining || cat == QChar::Punctuation_Connector;
}

const std::initializer_list<QStringView> keywords = {
    u"assert", u"async", u"await",  u"break", u"continue", u"del",   u"elif",     u"else",
    u"except", u"finally", u"for",  u"global", u"if",      u"lambda", u"pass",    u"raise",
    u"nonlocal", u"return", u"try", u"while", u"yield",    u"as",    u"with"};
const std::initializer_list<QStringView> constants = {u"True", u"False", u"None"};
const std::initializer_list<QStringView> exprKeywords = {u"await", u"else", u"for", u"if", u"lambda", u"yield"};
const std::initializer_list<QStringView> softKeywordBlockers = {
    u"and", u"as", u"assert", u"async", u"await", u"break", u"class", u"continue", u"def", u"del", u"elif",
    u"else", u"except", u"finally", u"for", u"from", u"global", u"if", u"import", u"in", u"is", u"lambda",
    u"nonlocal", u"not", u"or", u"pass", u"raise", u"return", u"try", u"while", u"with", u"yield"};
const std::initializer_list<QStringView> builtins = {
    u"__import__", u"abs", u"aiter", u"all", u"any", u"bin", u"bool", u"bytearray", u"breakpoint", u"bytes",
    u"callable", u"chr", u"classmethod", u"compile", u"complex", u"delattr", u"dict", u"dir", u"divmod",
    u"enumerate", u"eval", u"filter", u"float", u"format", u"frozenset", u"getattr", u"globals", u"hasattr",
    u"hash", u"hex", u"id", u"input", u"int", u"isinstance", u"issubclass", u"iter", u"len", u"list",
    u"locals", u"map", u"max", u"memoryview", u"min", u"next", u"object", u"oct", u"open", u"ord", u"pow",
    u"print", u"property", u"range", u"repr", u"reversed", u"round", u"set", u"setattr", u"slice", u"sorted",
    u"staticmethod", u"str", u"sum", u"super", u"tuple", u"type", u"vars", u"zip"};
const std::initializer_list<QStringView> pseudoBuiltins = {u"self", u"Ellipsis", u"NotImplemented", u"cls"};
const std::initializer_list<QStringView> exceptions = {
    u"ArithmeticError", u"AssertionError", u"AttributeError", u"BaseException", u"BufferError",
    u"BytesWarning", u"DeprecationWarning", u"EOFError", u"EnvironmentError", u"Exception",
    u"FloatingPointError", u"FutureWarning", u"GeneratorExit", u"IOError", u"ImportError", u"ImportWarning",
    u"IndentationError", u"IndexError", u"KeyError", u"KeyboardInterrupt", u"LookupError", u"MemoryError",
    u"NameError", u"NotImplementedError", u"OSError", u"OverflowError", u"PendingDeprecationWarning",
    u"ReferenceError", u"ResourceWarning", u"RuntimeError", u"RuntimeWarning", u"StopIteration",
    u"SyntaxError", u"SyntaxWarning", u"SystemError", u"SystemExit", u"TabError", u"TypeError",
    u"UnboundLocalError", u"UnicodeDecodeError", u"UnicodeEncodeError", u"UnicodeError",
    u"UnicodeTranslateError", u"UnicodeWarning", u"UserWarning", u"ValueError", u"VMSError", u"Warning",
    u"WindowsError", u"ZeroDivisionError", u"BlockingIOError", u"ChildProcessError", u"ConnectionError",
    u"BrokenPipeError", u"ConnectionAbortedError", u"ConnectionRefusedError", u"ConnectionResetError",
    u"FileExistsError", u"FileNotFoundError", u"InterruptedError", u"IsADirectoryError",
    u"NotADirectoryError", u"PermissionError", u"ProcessLookupError", u"TimeoutError",
    u"StopAsyncIteration", u"ModuleNotFoundError", u"RecursionError", u"EncodingWarning"};
const std::initializer_list<QStringView> magicFuncs = {
    u"__abs__", u"__add__", u"__aenter__", u"__aexit__", u"__aiter__", u"__and__", u"__anext__", u"__await__",
    u"__bool__", u"__bytes__", u"__call__", u"__complex__", u"__contains__", u"__del__", u"__delattr__",
    u"__delete__", u"__delitem__", u"__dir__", u"__divmod__", u"__enter__", u"__eq__", u"__exit__",
    u"__float__", u"__floordiv__", u"__format__", u"__ge__", u"__get__", u"__getattr__",
    u"__getattribute__", u"__getitem__", u"__gt__", u"__hash__", u"__iadd__", u"__iand__", u"__ifloordiv__",
    u"__ilshift__", u"__imatmul__", u"__imod__", u"__imul__", u"__index__", u"__init__",
    u"__instancecheck__", u"__int__", u"__invert__", u"__ior__", u"__ipow__", u"__irshift__", u"__isub__",
    u"__iter__", u"__itruediv__", u"__ixor__", u"__le__", u"__len__", u"__length_hint__", u"__lshift__",
    u"__lt__", u"__matmul__", u"__missing__", u"__mod__", u"__mul__", u"__ne__", u"__neg__", u"__new__",
    u"__next__", u"__or__", u"__pos__", u"__pow__", u"__prepare__", u"__radd__", u"__rand__",
    u"__rdivmod__", u"__repr__", u"__reversed__", u"__rfloordiv__", u"__rlshift__", u"__rmatmul__",
    u"__rmod__", u"__rmul__", u"__ror__", u"__round__", u"__rpow__", u"__rrshift__", u"__rshift__",
    u"__rsub__", u"__rtruediv__", u"__rxor__", u"__set__", u"__setattr__", u"__setitem__", u"__str__",
    u"__sub__", u"__subclasscheck__", u"__truediv__", u"__xor__"};
const std::initializer_list<QStringView> magicVars = {
    u"__annotations__", u"__bases__", u"__class__", u"__closure__", u"__code__", u"__defaults__",
    u"__dict__", u"__doc__", u"__file__", u"__func__", u"__globals__", u"__kwdefaults__", u"__module__",
    u"__mro__", u"__name__", u"__objclass__", u"__qualname__", u"__self__", u"__slots__", u"__weakref__"};

// A string's lexing state: its quote, whether tripled, f-string or not and which escapes count.
enum class Escapes : std::uint8_t { None, Bytes, String, FString, RawFString };
struct StringKind {
    QChar quote;
    bool triple;
    bool f;
    Escapes escapes;
};

// The lexer's states; a string state carries the kind of its string.
enum Kind { Root, FuncName, ClassName, Import, FromImport, SoftInner, FExpr, FExprInner, Str };
struct State {
    State(Kind k = Root, StringKind string = {}) : kind(k), str(string) {}
    Kind kind;
    StringKind str;
};

class PythonLexer : public StateLexer<PythonLexer, State>
{
public:
    using StateLexer::StateLexer;

private:
    friend StateLexer;

    bool boundary(qsizetype i) const  // \b at i within the lexed range
    {
        const bool before = i > 0 && isWord(s[i - 1]);
        const bool after = i < n && isWord(s[i]);
        return before != after;
    }
    qsizetype nameEnd(qsizetype i) const
    {
        if (i >= n || !nameStart(s[i]))
            return -1;
        ++i;
        while (i < n && nameChar(s[i]))
            ++i;
        return i;
    }
    // \w+ at p followed by \b, when it is one of `list`
    qsizetype wordIn(std::initializer_list<QStringView> list) const
    {
        const qsizetype e = runEnd(text(), p, isWord);
        return e > p && oneOf(s.mid(p, e - p), list) ? e : -1;
    }
    qsizetype lineStartAt(qsizetype i) const { return i == 0 || s[i - 1] == u'\n'; }

    bool step()
    {
        const State &st = stack.back();
        switch (st.kind) {
        case Root: return root();
        case FuncName: return funcName();
        case ClassName: return className();
        case Import: return importState();
        case FromImport: return fromImport();
        case SoftInner: return softInner();
        case FExpr: return fexpr();
        case FExprInner: return fexprInner();
        case Str: return string(st.str);
        }
        return false;
    }

    // (def)((?:\s|\\\s)+) and friends: a keyword followed by at least one (escaped) space
    qsizetype statementSpace(qsizetype i) const
    {
        const qsizetype start = i;
        for (;;) {
            if (i < n && isSpace(s[i]))
                ++i;
            else if (i + 1 < n && s[i] == u'\\' && isSpace(s[i + 1]))
                i += 2;
            else
                break;
        }
        return i > start ? i : -1;
    }

    bool root()
    {
        const QChar c = s[p];
        if (c == u'\n')
            return take(Tok::Whitespace, p + 1);
        if (lineStartAt(p)) {  // docstrings: ^(\s*)([rRuUbB]{,2})("""...""")
            const qsizetype ws = spaceEnd(text(), p);
            qsizetype q = ws;
            while (q < n && q - ws < 2 && QStringView(u"rRuUbB").contains(s[q]))
                ++q;
            for (QStringView quote : {QStringView(u"\"\"\""), QStringView(u"'''")}) {
                if (s.mid(q, n - q).startsWith(quote)) {
                    const qsizetype close = text().indexOf(quote, q + 3);
                    if (close >= 0) {
                        emit(Tok::Whitespace, p, ws - p);
                        emit(Tok::StringAffix, ws, q - ws);
                        emit(Tok::StringDoc, q, close + 3 - q);
                        p = close + 3;
                        return true;
                    }
                }
            }
        }
        if (p == 0 && at(u"#!") && lineEnd(text(), 0) > 2)
            return take(Tok::CommentHashbang, lineEnd(text(), 0));
        if (c == u'#')
            return take(Tok::CommentSingle, lineEnd(text(), p));
        if (c == u'\\')
            return take(Tok::Text, ch(p + 1) == u'\n' ? p + 2 : p + 1);
        if (keyword(keywords))
            return true;
        if (lineStartAt(p) && softKeyword())
            return true;
        for (auto [word, tok, next] : {std::tuple{QStringView(u"def"), Tok::Keyword, FuncName},
                                       std::tuple{QStringView(u"class"), Tok::Keyword, ClassName},
                                       std::tuple{QStringView(u"from"), Tok::KeywordNamespace, FromImport},
                                       std::tuple{QStringView(u"import"), Tok::KeywordNamespace, Import}}) {
            if (!at(word))
                continue;
            const qsizetype e = statementSpace(p + word.size());
            if (e < 0)
                continue;
            emit(tok, p, word.size());
            emit(Tok::Whitespace, p + word.size(), e - p - word.size());
            p = e;
            push(next);
            return true;
        }
        return expr();
    }

    // words(list, suffix=\b) with the two-word "yield from" / "async for" forms, then True/False/None
    bool keyword(std::initializer_list<QStringView> list, bool exprForm = false)
    {
        const qsizetype e = runEnd(text(), p, isWord);
        if (e == p)
            return false;
        const QStringView w = s.mid(p, e - p);
        const QStringView second = w == u"yield" ? u" from" : (exprForm && w == u"async") ? u" for" : QStringView();
        if (!second.isEmpty() && s.mid(e, n - e).startsWith(second) && boundary(e + second.size()))
            return take(Tok::Keyword, e + second.size());
        if (oneOf(w, list))
            return take(Tok::Keyword, e);
        if (oneOf(w, constants))
            return take(Tok::KeywordConstant, e);
        return false;
    }

    bool softKeyword()
    {
        const qsizetype ws = blankEnd(text(), p);
        const qsizetype e = runEnd(text(), ws, isWord);
        const QStringView w = s.mid(ws, e - ws);
        if (w != u"match" && w != u"case")
            return false;
        const qsizetype a = blankEnd(text(), e);
        if (a < n && QStringView(u":,;=^&|@~)]}").contains(s[a]))
            return false;
        const qsizetype we = runEnd(text(), a, isWord);
        if (we > a && oneOf(s.mid(a, we - a), softKeywordBlockers))
            return false;
        emit(Tok::Text, p, ws - p);
        emit(Tok::Keyword, ws, e - ws);
        p = e;
        push(SoftInner);
        return true;
    }

    bool softInner()
    {
        // (\s+)([^\n_]*)(_\b), the middle lexed from the start; otherwise pop without a token
        const qsizetype ws = spaceEnd(text(), p);
        pop();
        if (ws == p)
            return true;
        const qsizetype mid = runEnd(text(), ws, [](QChar x) { return x != u'\n' && x != u'_'; });
        if (mid < n && s[mid] == u'_' && boundary(mid + 1)) {
            emit(Tok::Whitespace, p, ws - p);
            if (mid > ws) {
                PythonLexer inner(s, out);
                inner.run(ws, mid);
            }
            emit(Tok::Keyword, mid, 1);
            p = mid + 1;
        }
        return true;
    }

    bool funcName()
    {
        if (qsizetype e = wordIn(magicFuncs); e >= 0)
            return take(Tok::NameFunctionMagic, e);
        if (qsizetype e = nameEnd(p); e >= 0)
            return popTake(Tok::NameFunction, e);
        pop();
        return true;
    }

    bool className()
    {
        if (qsizetype e = nameEnd(p); e >= 0)
            return popTake(Tok::NameClass, e);
        return false;
    }

    bool importState()
    {
        const qsizetype ws = spaceEnd(text(), p);
        if (ws > p && s.mid(ws, n - ws).startsWith(u"as")) {
            const qsizetype ws2 = spaceEnd(text(), ws + 2);
            if (ws2 > ws + 2) {
                emit(Tok::Whitespace, p, ws - p);
                emit(Tok::Keyword, ws, 2);
                emit(Tok::Whitespace, ws + 2, ws2 - ws - 2);
                p = ws2;
                return true;
            }
        }
        if (s[p] == u'.')
            return take(Tok::NameNamespace, p + 1);
        if (qsizetype e = nameEnd(p); e >= 0)
            return take(Tok::NameNamespace, e);
        if (ws < n && s[ws] == u',') {
            const qsizetype ws2 = spaceEnd(text(), ws + 1);
            emit(Tok::Whitespace, p, ws - p);
            emit(Tok::Operator, ws, 1);
            emit(Tok::Whitespace, ws + 1, ws2 - ws - 1);
            p = ws2;
            return true;
        }
        pop();
        return true;
    }

    bool fromImport()
    {
        const qsizetype ws = spaceEnd(text(), p);
        if (ws > p && s.mid(ws, n - ws).startsWith(u"import") && boundary(ws + 6)) {
            emit(Tok::Whitespace, p, ws - p);
            emit(Tok::KeywordNamespace, ws, 6);
            p = ws + 6;
            pop();
            return true;
        }
        if (s[p] == u'.')
            return take(Tok::NameNamespace, p + 1);
        if (at(u"None") && boundary(p + 4))
            return popTake(Tok::KeywordConstant, p + 4);
        if (qsizetype e = nameEnd(p); e >= 0)
            return take(Tok::NameNamespace, e);
        pop();
        return true;
    }

    bool fexpr()
    {
        const QChar c = s[p];
        if (c == u'{' || c == u'(' || c == u'[')
            return pushTake(Tok::Punctuation, p + 1, FExprInner);
        qsizetype i = p;
        if (ch(i) == u'=')
            i = spaceEnd(text(), i + 1);
        if (ch(i) == u'!' && QStringView(u"sraf").contains(ch(i + 1)))
            i += 2;
        if (ch(i) == u'}' || ch(i) == u':')
            return popTake(Tok::StringInterpol, i + 1);
        if (isSpace(c))
            return take(Tok::Whitespace, spaceEnd(text(), p));
        return expr();
    }

    bool fexprInner()
    {
        const QChar c = s[p];
        if (c == u'{' || c == u'(' || c == u'[')
            return pushTake(Tok::Punctuation, p + 1, FExprInner);
        if (c == u'}' || c == u')' || c == u']')
            return popTake(Tok::Punctuation, p + 1);
        if (isSpace(c))
            return take(Tok::Whitespace, spaceEnd(text(), p));
        return expr();
    }

    // \d(?:_?\d)* from i, or -1
    qsizetype digitsEnd(qsizetype i) const
    {
        if (i >= n || !isDigit(s[i]))
            return -1;
        ++i;
        for (;;) {
            if (i < n && isDigit(s[i]))
                ++i;
            else if (i + 1 < n && s[i] == u'_' && isDigit(s[i + 1]))
                i += 2;
            else
                return i;
        }
    }
    qsizetype exponentEnd(qsizetype i) const  // [eE][+-]?\d(?:_?\d)* or -1
    {
        if (i >= n || (s[i] != u'e' && s[i] != u'E'))
            return -1;
        ++i;
        if (i < n && (s[i] == u'+' || s[i] == u'-'))
            ++i;
        return digitsEnd(i);
    }

    bool number()
    {
        const qsizetype d = digitsEnd(p);
        qsizetype e = -1;
        if (d >= 0 && ch(d) == u'.') {
            e = d + 1;
            if (qsizetype f = digitsEnd(e); f >= 0)
                e = f;
        } else if (s[p] == u'.') {
            e = digitsEnd(p + 1);
        }
        if (e >= 0) {
            if (qsizetype x = exponentEnd(e); x >= 0)
                e = x;
            return take(Tok::NumberFloat, e);
        }
        if (d < 0)
            return false;
        if (qsizetype x = exponentEnd(d); x >= 0)
            return take(Tok::NumberFloat, ch(x) == u'j' ? x + 1 : x);
        if (s[p] == u'0' && d == p + 1) {
            const QChar k = ch(p + 1).toLower();
            auto radix = [&](Tok t, auto digit) {
                qsizetype i = p + 2;
                for (;;) {
                    if (i < n && digit(s[i]))
                        ++i;
                    else if (i + 1 < n && s[i] == u'_' && digit(s[i + 1]))
                        i += 2;
                    else
                        break;
                }
                return i > p + 2 ? take(t, i) : false;
            };
            if (k == u'o' && radix(Tok::NumberOct, [](QChar x) { return x >= u'0' && x <= u'7'; }))
                return true;
            if (k == u'b' && radix(Tok::NumberBin, [](QChar x) { return x == u'0' || x == u'1'; }))
                return true;
            if (k == u'x' &&
                radix(Tok::NumberHex, [](QChar x) { return isAsciiDigit(x) || QStringView(u"abcdefABCDEF").contains(x); }))
                return true;
        }
        return take(Tok::NumberInteger, d);
    }

    bool stringStart()
    {
        // up to two prefix letters, then a quote
        qsizetype q = p;
        while (q < n && q - p < 2 && isAsciiAlpha(s[q]))
            ++q;
        for (; q >= p; --q) {
            if (q >= n || (s[q] != u'"' && s[q] != u'\''))
                continue;
            const QString prefix = s.mid(p, q - p).toString().toLower();
            StringKind kind{s[q], false, false, Escapes::None};
            if (prefix == u"rf" || prefix == u"fr" || prefix == u"rt" || prefix == u"tr")
                kind = {s[q], false, true, Escapes::RawFString};
            else if (prefix == u"f" || prefix == u"t")
                kind = {s[q], false, true, Escapes::FString};
            else if (prefix == u"rb" || prefix == u"br" || prefix == u"r")
                kind = {s[q], false, false, Escapes::None};
            else if (prefix == u"u" || prefix.isEmpty())
                kind = {s[q], false, false, Escapes::String};
            else if (prefix == u"b")
                kind = {s[q], false, false, Escapes::Bytes};
            else
                continue;
            const QChar quote = s[q];
            kind.triple = ch(q + 1) == quote && ch(q + 2) == quote;
            emit(Tok::StringAffix, p, q - p);
            emit(quote == u'"' ? Tok::StringDouble : Tok::StringSingle, q, kind.triple ? 3 : 1);
            p = q + (kind.triple ? 3 : 1);
            push(State{Str, kind});
            return true;
        }
        return false;
    }

    bool expr()
    {
        const QChar c = s[p];
        if ((c == u'"' || c == u'\'' || isAsciiAlpha(c)) && stringStart())
            return true;
        if (isSpace(c) && c != u'\n')
            return take(Tok::Text, runEnd(text(), p, [](QChar x) { return isSpace(x) && x != u'\n'; }));
        if ((isDigit(c) || c == u'.') && number())
            return true;
        if (at(u"!=") || at(u"==") || at(u"<<") || at(u">>") || at(u":="))
            return take(Tok::Operator, p + 2);
        if (QStringView(u"-~+/*%=<>&^|.").contains(c))
            return take(Tok::Operator, p + 1);
        if (QStringView(u"[]{}:(),;").contains(c))
            return take(Tok::Punctuation, p + 1);
        if (qsizetype e = wordIn({u"in", u"is", u"and", u"or", u"not"}); e >= 0)
            return take(Tok::OperatorWord, e);
        if (keyword(exprKeywords, true))
            return true;
        const bool afterDot = p > 0 && s[p - 1] == u'.';
        if (!afterDot) {
            if (qsizetype e = wordIn(builtins); e >= 0)
                return take(Tok::NameBuiltin, e);
            if (qsizetype e = wordIn(pseudoBuiltins); e >= 0)
                return take(Tok::NameBuiltinPseudo, e);
            if (qsizetype e = wordIn(exceptions); e >= 0)
                return take(Tok::NameException, e);
        }
        if (qsizetype e = wordIn(magicFuncs); e >= 0)
            return take(Tok::NameFunctionMagic, e);
        if (qsizetype e = wordIn(magicVars); e >= 0)
            return take(Tok::NameVariableMagic, e);
        if (c == u'@') {
            if (qsizetype e = nameEnd(p + 1); e >= 0)
                return take(Tok::NameDecorator, e);
            return take(Tok::Operator, p + 1);
        }
        if (qsizetype e = nameEnd(p); e >= 0)
            return take(Tok::Name, e);
        return false;
    }

    bool string(const StringKind k)
    {
        const Tok body = k.quote == u'"' ? Tok::StringDouble : Tok::StringSingle;
        const QChar c = s[p];
        // escapes
        if (k.escapes == Escapes::FString || k.escapes == Escapes::RawFString) {
            if (at(u"{{") || at(u"}}"))
                return take(Tok::StringEscape, p + 2);
        }
        if (c == u'\\' && k.escapes != Escapes::None && k.escapes != Escapes::RawFString) {
            const QChar e = ch(p + 1);
            if (k.escapes != Escapes::Bytes) {
                if (e == u'N' && ch(p + 2) == u'{') {
                    const qsizetype close = text().indexOf(u'}', p + 3);
                    if (close >= 0 && lineEnd(text(), p) > close)
                        return take(Tok::StringEscape, close + 1);
                }
                const int hexCount = e == u'u' ? 4 : e == u'U' ? 8 : 0;
                auto isHex = [](QChar x) { return isAsciiDigit(x) || QStringView(u"abcdefABCDEF").contains(x); };
                if (hexCount && runEnd(text(), p + 2, isHex) >= p + 2 + hexCount)
                    return take(Tok::StringEscape, p + 2 + hexCount);
            }
            if (e != QChar() && QStringView(u"\\abfnrtv\"'\n").contains(e))
                return take(Tok::StringEscape, p + 2);
            auto isHex = [](QChar x) { return isAsciiDigit(x) || QStringView(u"abcdefABCDEF").contains(x); };
            if (e == u'x' && isHex(ch(p + 2)) && isHex(ch(p + 3)))
                return take(Tok::StringEscape, p + 4);
            auto isOct = [](QChar x) { return x >= u'0' && x <= u'7'; };
            if (isOct(e)) {
                qsizetype i = p + 2;
                while (i < p + 4 && isOct(ch(i)))
                    ++i;
                return take(Tok::StringEscape, i);
            }
        }
        // the closing quote, and the escapes raw strings know too
        if (k.triple) {
            if (c == k.quote && ch(p + 1) == k.quote && ch(p + 2) == k.quote)
                return popTake(body, p + 3);
        } else {
            if (c == k.quote)
                return popTake(body, p + 1);
            if (c == u'\\' && (ch(p + 1) == u'\\' || ch(p + 1) == k.quote || ch(p + 1) == u'\n'))
                return take(Tok::StringEscape, p + 2);
        }
        if (k.f) {
            if (c == u'}')
                return take(Tok::StringInterpol, p + 1);
            if (c == u'{')
                return pushTake(Tok::StringInterpol, p + 1, FExpr);
            const auto plain = [](QChar x) { return !QStringView(u"\\'\"{}\n").contains(x); };
            if (plain(c))
                return take(body, runEnd(text(), p, plain));
            if (c == u'\\' || c == u'\'' || c == u'"')
                return take(body, p + 1);
        } else {
            if (c == u'%' || c == u'{') {
                static const QRegularExpression percent(
                    QStringLiteral("(*LF)%(\\(\\w+\\))?[-#0 +]*([0-9]+|[*])?(\\.([0-9]+|[*]))?[hlL]?[E-GXc-giorsaux%]"),
                    QRegularExpression::UseUnicodePropertiesOption);
                static const QRegularExpression brace(
                    QStringLiteral("(*LF)\\{((\\w+)((\\.\\w+)|(\\[[^\\]]+\\]))*)?(\\![sra])?"
                                   "(\\:(.?[<>=\\^])?[-+ ]?#?0?(\\d+)?,?(\\.\\d+)?[E-GXb-gnosx%]?)?\\}"),
                    QRegularExpression::UseUnicodePropertiesOption);
                const auto m = (c == u'%' ? percent : brace)
                                   .match(text(), p, QRegularExpression::NormalMatch,
                                          QRegularExpression::AnchorAtOffsetMatchOption);
                if (m.hasMatch())
                    return take(Tok::StringInterpol, m.capturedEnd(0));
            }
            const auto plain = [](QChar x) { return !QStringView(u"\\'\"%{\n").contains(x); };
            if (plain(c))
                return take(body, runEnd(text(), p, plain));
            if (c == u'\\' || c == u'\'' || c == u'"' || c == u'%')
                return take(body, p + 1);
            if (c == u'{')
                return take(body, ch(p + 1) == u'{' ? p + 2 : p + 1);
        }
        if (k.triple && c == u'\n')
            return take(body, p + 1);
        return false;
    }
};

} // namespace

void lexPython(QStringView text, Tokens &out)
{
    PythonLexer(text, out).run();
}

} // namespace Docent::Lexers
