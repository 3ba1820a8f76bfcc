// Data-format lexers: Pygments' JsonLexer ("json"), a character-level state machine that holds
// strings back until it knows whether a ":" makes them object keys.
#include "languages_p.h"

namespace Docent::Lexers {
namespace {

bool isWs(QChar c)
{
    return c == u' ' || c == u'\n' || c == u'\r' || c == u'\t';
}
bool isIntChar(QChar c)
{
    return c == u'-' || isAsciiDigit(c);
}
bool isFloatChar(QChar c)
{
    return c == u'.' || c == u'e' || c == u'E' || c == u'+';
}
bool isConstChar(QChar c)
{
    return QStringView(u"truefalsn").contains(c);
}
bool isHex(QChar c)
{
    return isAsciiDigit(c) || QStringView(u"abcdefABCDEF").contains(c);
}
bool isPunct(QChar c)
{
    return QStringView(u"{}[],").contains(c);
}

class JsonLexer
{
public:
    JsonLexer(QStringView text, Tokens &out) : m_text(text), m_out(out) {}

    void run()
    {
        const qsizetype n = m_text.size();
        for (qsizetype i = 0; i < n; ++i) {
            const QChar c = m_text[i];
            if (!continues(c, i))
                startToken(c, i);
        }
        release(false);
        finish();
    }

private:
    enum class In { Nothing, String, Whitespace, Constant, Number, Punctuation, LineComment, BlockComment, Slash };

    Token piece(Tok t, qsizetype from, qsizetype to) const { return Token{t, m_text.mid(from, to - from)}; }

    void release(bool keys)
    {
        for (Token t : m_held) {
            if (keys && t.type == Tok::StringDouble)
                t.type = Tok::NameTag;
            m_out.push_back(t);
        }
        m_held.clear();
    }

    void emitOrHold(const Token &t)
    {
        if (m_held.empty())
            m_out.push_back(t);
        else
            m_held.push_back(t);
    }

    // True when `c` (at `i`) belongs to the token being read; otherwise that token is done (and
    // emitted) and `c` starts the next one.
    bool continues(QChar c, qsizetype i)
    {
        switch (m_in) {
        case In::String: return continuesString(c, i);
        case In::Whitespace:
            if (isWs(c))
                return true;
            emitOrHold(piece(Tok::Whitespace, m_start, i));
            return false;
        case In::Constant:
            if (isConstChar(c))
                return true;
            m_out.push_back(piece(Tok::KeywordConstant, m_start, i));
            return false;
        case In::Number:
            if (isIntChar(c))
                return true;
            if (isFloatChar(c)) {
                m_isFloat = true;
                return true;
            }
            m_out.push_back(piece(m_isFloat ? Tok::NumberFloat : Tok::NumberInteger, m_start, i));
            m_isFloat = false;
            return false;
        case In::Punctuation:
            if (isPunct(c))
                return true;
            m_out.push_back(piece(Tok::Punctuation, m_start, i));
            return false;
        case In::LineComment:
            if (c != u'\n')
                return true;
            emitOrHold(piece(Tok::CommentSingle, m_start, i));
            return false;
        case In::BlockComment: return continuesBlockComment(c, i);
        case In::Slash: return continuesSlash(c, i);
        case In::Nothing: return false;
        }
        return false;
    }

    // Strings always take the character; a closing quote ends them.
    bool continuesString(QChar c, qsizetype i)
    {
        if (m_unicodeDigits) {
            if (isHex(c)) {
                if (!--m_unicodeDigits)
                    m_escape = false;
            } else {
                m_unicodeDigits = 0;
                m_escape = false;
            }
        } else if (m_escape) {
            if (c == u'u')
                m_unicodeDigits = 4;
            else
                m_escape = false;
        } else if (c == u'\\') {
            m_escape = true;
        } else if (c == u'"') {
            m_held.push_back(piece(Tok::StringDouble, m_start, i + 1));
            m_in = In::Nothing;
            m_escape = false;
            m_unicodeDigits = 0;
        }
        return true;
    }

    // Block comments take the character too; "*/" ends them.
    bool continuesBlockComment(QChar c, qsizetype i)
    {
        if (c == u'*') {
            m_starSeen = true;
        } else if (m_starSeen) {
            m_starSeen = false;
            if (c == u'/') {
                emitOrHold(piece(Tok::CommentMultiline, m_start, i + 1));
                m_in = In::Nothing;
            }
        }
        return true;
    }

    bool continuesSlash(QChar c, qsizetype i)
    {
        if (c == u'/') {
            m_in = In::LineComment;
            return true;
        }
        if (c == u'*') {
            m_in = In::BlockComment;
            return true;
        }
        release(false);
        m_out.push_back(piece(Tok::Error, m_start, i));
        return false;
    }

    void startToken(QChar c, qsizetype i)
    {
        m_in = In::Nothing;
        m_start = i;
        if (c == u'"') {
            m_in = In::String;
        } else if (isWs(c)) {
            m_in = In::Whitespace;
        } else if (c == u'f' || c == u'n' || c == u't') {
            release(false);
            m_in = In::Constant;
        } else if (isIntChar(c)) {
            release(false);
            m_in = In::Number;
        } else if (c == u':') {
            release(true);
            m_in = In::Punctuation;
        } else if (isPunct(c)) {
            release(false);
            m_in = In::Punctuation;
        } else if (c == u'/') {
            m_in = In::Slash;
        } else {
            release(false);
            m_out.push_back(piece(Tok::Error, i, i + 1));
        }
    }

    // The token the text ends in.
    void finish()
    {
        const Token rest = piece(Tok::Error, m_start, m_text.size());
        switch (m_in) {
        case In::String:
        case In::BlockComment:
        case In::Slash: m_out.push_back(rest); break;
        case In::Number: m_out.push_back({m_isFloat ? Tok::NumberFloat : Tok::NumberInteger, rest.text}); break;
        case In::Constant: m_out.push_back({Tok::KeywordConstant, rest.text}); break;
        case In::Whitespace: m_out.push_back({Tok::Whitespace, rest.text}); break;
        case In::Punctuation: m_out.push_back({Tok::Punctuation, rest.text}); break;
        case In::LineComment: m_out.push_back({Tok::CommentSingle, rest.text}); break;
        case In::Nothing: break;
        }
    }

    QStringView m_text;
    Tokens &m_out;
    In m_in = In::Nothing;
    bool m_escape = false, m_isFloat = false, m_starSeen = false;
    int m_unicodeDigits = 0;
    qsizetype m_start = 0;
    // strings (and what follows them) wait here until a ":" or anything else decides their type
    Tokens m_held;
};

} // namespace

void lexJson(QStringView text, Tokens &out)
{
    JsonLexer(text, out).run();
}

} // namespace Docent::Lexers
