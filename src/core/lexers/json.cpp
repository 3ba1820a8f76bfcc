// Data-format lexers: Pygments' JsonLexer ("json"), a character-level state machine that holds
// strings back until it knows whether a ":" makes them object keys.
#include "languages_p.h"

namespace Docent::Lexers {

void lexJson(QStringView text, Tokens &out)
{
    enum class In { Nothing, String, Whitespace, Constant, Number, Punctuation, LineComment, BlockComment, Slash };
    auto isWs = [](QChar c) { return c == u' ' || c == u'\n' || c == u'\r' || c == u'\t'; };
    auto isIntChar = [](QChar c) { return c == u'-' || isAsciiDigit(c); };
    auto isFloatChar = [](QChar c) { return c == u'.' || c == u'e' || c == u'E' || c == u'+'; };
    auto isConstChar = [](QChar c) { return QStringView(u"truefalsn").contains(c); };
    auto isHex = [](QChar c) { return isAsciiDigit(c) || QStringView(u"abcdefABCDEF").contains(c); };
    auto isPunct = [](QChar c) { return QStringView(u"{}[],").contains(c); };

    In in = In::Nothing;
    bool escape = false, isFloat = false, starSeen = false;
    int unicodeDigits = 0;
    qsizetype start = 0;
    // strings (and what follows them) wait here until a ":" or anything else decides their type
    Tokens held;
    auto piece = [&](Tok t, qsizetype from, qsizetype to) { return Token{t, text.mid(from, to - from)}; };
    auto release = [&](bool keys) {
        for (Token t : held) {
            if (keys && t.type == Tok::StringDouble)
                t.type = Tok::NameTag;
            out.push_back(t);
        }
        held.clear();
    };
    auto emitOrHold = [&](const Token &t) {
        if (held.empty())
            out.push_back(t);
        else
            held.push_back(t);
    };

    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text[i];
        switch (in) {
        case In::String:
            if (unicodeDigits) {
                if (isHex(c)) {
                    if (!--unicodeDigits)
                        escape = false;
                } else {
                    unicodeDigits = 0;
                    escape = false;
                }
            } else if (escape) {
                if (c == u'u')
                    unicodeDigits = 4;
                else
                    escape = false;
            } else if (c == u'\\') {
                escape = true;
            } else if (c == u'"') {
                held.push_back(piece(Tok::StringDouble, start, i + 1));
                in = In::Nothing;
                escape = false;
                unicodeDigits = 0;
            }
            continue;
        case In::Whitespace:
            if (isWs(c))
                continue;
            emitOrHold(piece(Tok::Whitespace, start, i));
            break;
        case In::Constant:
            if (isConstChar(c))
                continue;
            out.push_back(piece(Tok::KeywordConstant, start, i));
            break;
        case In::Number:
            if (isIntChar(c))
                continue;
            if (isFloatChar(c)) {
                isFloat = true;
                continue;
            }
            out.push_back(piece(isFloat ? Tok::NumberFloat : Tok::NumberInteger, start, i));
            isFloat = false;
            break;
        case In::Punctuation:
            if (isPunct(c))
                continue;
            out.push_back(piece(Tok::Punctuation, start, i));
            break;
        case In::LineComment:
            if (c != u'\n')
                continue;
            emitOrHold(piece(Tok::CommentSingle, start, i));
            break;
        case In::BlockComment:
            if (c == u'*') {
                starSeen = true;
            } else if (starSeen) {
                starSeen = false;
                if (c == u'/') {
                    emitOrHold(piece(Tok::CommentMultiline, start, i + 1));
                    in = In::Nothing;
                }
            }
            continue;
        case In::Slash:
            if (c == u'/') {
                in = In::LineComment;
                continue;
            }
            if (c == u'*') {
                in = In::BlockComment;
                continue;
            }
            release(false);
            out.push_back(piece(Tok::Error, start, i));
            break;
        case In::Nothing:
            break;
        }
        // a new token starts with c
        in = In::Nothing;
        start = i;
        if (c == u'"') {
            in = In::String;
        } else if (isWs(c)) {
            in = In::Whitespace;
        } else if (c == u'f' || c == u'n' || c == u't') {
            release(false);
            in = In::Constant;
        } else if (isIntChar(c)) {
            release(false);
            in = In::Number;
        } else if (c == u':') {
            release(true);
            in = In::Punctuation;
        } else if (isPunct(c)) {
            release(false);
            in = In::Punctuation;
        } else if (c == u'/') {
            in = In::Slash;
        } else {
            release(false);
            out.push_back(piece(Tok::Error, i, i + 1));
        }
    }
    release(false);
    const Token rest = piece(Tok::Error, start, n);
    switch (in) {
    case In::String:
    case In::BlockComment:
    case In::Slash: out.push_back(rest); break;
    case In::Number: out.push_back({isFloat ? Tok::NumberFloat : Tok::NumberInteger, rest.text}); break;
    case In::Constant: out.push_back({Tok::KeywordConstant, rest.text}); break;
    case In::Whitespace: out.push_back({Tok::Whitespace, rest.text}); break;
    case In::Punctuation: out.push_back({Tok::Punctuation, rest.text}); break;
    case In::LineComment: out.push_back({Tok::CommentSingle, rest.text}); break;
    case In::Nothing: break;
    }
}

} // namespace Docent::Lexers
