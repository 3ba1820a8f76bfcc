// Markup lexers: Pygments' XmlLexer ("xml").
#include "languages_p.h"
#include "statelexer_p.h"

namespace Docent::Lexers {
namespace {

enum State { Root, Tag, Attr };

bool tagNameChar(QChar c)
{
    return isWord(c) || c == u':' || c == u'.' || c == u'-';
}

class XmlLexer : public StateLexer<XmlLexer, State>
{
public:
    using StateLexer::StateLexer;

private:
    friend StateLexer;

    bool step()
    {
        switch (stack.back()) {
        case Root: return root();
        case Tag: return tag();
        case Attr: return attr();
        }
        return false;
    }

    qsizetype until(QStringView close, qsizetype from) const  // end of the first `close` from `from`, or -1
    {
        const qsizetype found = s.indexOf(close, from);
        return found < 0 ? -1 : found + close.size();
    }

    bool root()
    {
        const QChar c = s[p];
        if (c != u'<' && c != u'&')
            return take(isSpace(c) ? Tok::Whitespace : Tok::Text,
                        runEnd(s, p, [&](QChar x) { return x != u'<' && x != u'&' && isSpace(x) == isSpace(c); }));
        const QStringView rest = s.mid(p);
        if (c == u'&') {  // &\S*?;
            for (qsizetype i = p + 1; i < n && !isSpace(s[i]); ++i)
                if (s[i] == u';')
                    return take(Tok::NameEntity, i + 1);
            return false;
        }
        qsizetype e;
        if (rest.startsWith(u"<![CDATA[") && (e = until(u"]]>", p + 9)) >= 0)
            return take(Tok::CommentPreproc, e);
        if (rest.startsWith(u"<!--") && (e = until(u"-->", p + 4)) >= 0)
            return take(Tok::CommentMultiline, e);
        if (rest.startsWith(u"<?") && (e = until(u"?>", p + 2)) >= 0)
            return take(Tok::CommentPreproc, e);
        if (rest.startsWith(u"<!") && (e = until(u">", p + 2)) >= 0)
            return take(Tok::CommentPreproc, e);
        qsizetype i = spaceEnd(s, p + 1);
        e = runEnd(s, i, tagNameChar);
        if (e > i) {
            return pushTake(Tok::NameTag, e, Tag);
        }
        if (i < n && s[i] == u'/') {  // <\s*/\s*[\w:.-]+\s*>
            i = spaceEnd(s, i + 1);
            e = runEnd(s, i, tagNameChar);
            if (e > i) {
                e = spaceEnd(s, e);
                if (e < n && s[e] == u'>')
                    return take(Tok::NameTag, e + 1);
            }
        }
        return false;
    }

    bool tag()
    {
        const QChar c = s[p];
        if (isSpace(c))
            return take(Tok::Whitespace, spaceEnd(s, p));
        qsizetype e = runEnd(s, p, tagNameChar);
        if (e > p) {
            e = spaceEnd(s, e);
            if (e < n && s[e] == u'=') {
                return pushTake(Tok::NameAttribute, e + 1, Attr);
            }
        }
        e = spaceEnd(s, c == u'/' ? p + 1 : p);
        if (e < n && s[e] == u'>') {
            return popTake(Tok::NameTag, e + 1);
        }
        return false;
    }

    bool attr()
    {
        const QChar c = s[p];
        if (isSpace(c))
            return take(Tok::Whitespace, spaceEnd(s, p));
        qsizetype e = -1;
        if (c == u'"' || c == u'\'') {
            const qsizetype close = s.indexOf(c, p + 1);
            e = close < 0 ? -1 : close + 1;
        }
        if (e < 0)
            e = runEnd(s, p, [](QChar x) { return !isSpace(x) && x != u'>'; });
        if (e == p)
            return false;
        return popTake(Tok::String, e);
    }
};

} // namespace

void lexXml(QStringView text, Tokens &out)
{
    XmlLexer(text, out).run();
}

} // namespace Docent::Lexers
