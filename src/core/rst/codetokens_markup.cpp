// Markup lexers: Pygments' XmlLexer ("xml").
#include "codetokens_p.h"

namespace Docent::CodeTokens {

void lexXml(QStringView s, Tokens &out)
{
    enum State { Root, Tag, Attr };
    std::vector<State> stack{Root};
    const qsizetype n = s.size();
    qsizetype p = 0;
    auto take = [&](Tok t, qsizetype end) {
        out.push_back({t, s.mid(p, end - p)});
        p = end;
        return true;
    };
    auto tagNameChar = [](QChar c) { return isWord(c) || c == u':' || c == u'.' || c == u'-'; };
    auto until = [&](QStringView close, qsizetype from) {  // end of the first `close` from `from`, or -1
        const qsizetype at = s.indexOf(close, from);
        return at < 0 ? -1 : at + close.size();
    };
    auto root = [&]() {
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
            stack.push_back(Tag);
            return take(Tok::NameTag, e);
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
    };
    auto tag = [&]() {
        const QChar c = s[p];
        if (isSpace(c))
            return take(Tok::Whitespace, spaceEnd(s, p));
        qsizetype e = runEnd(s, p, tagNameChar);
        if (e > p) {
            e = spaceEnd(s, e);
            if (e < n && s[e] == u'=') {
                stack.push_back(Attr);
                return take(Tok::NameAttribute, e + 1);
            }
        }
        e = spaceEnd(s, c == u'/' ? p + 1 : p);
        if (e < n && s[e] == u'>') {
            stack.pop_back();
            return take(Tok::NameTag, e + 1);
        }
        return false;
    };
    auto attr = [&]() {
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
        stack.pop_back();
        return take(Tok::String, e);
    };
    while (p < n) {
        const State st = stack.back();
        if (st == Root ? root() : st == Tag ? tag() : attr())
            continue;
        if (s[p] == u'\n') {
            stack.assign(1, Root);
            out.push_back({Tok::Whitespace, s.mid(p, 1)});
            ++p;
        } else {
            const qsizetype len = charLength(s, p);
            out.push_back({Tok::Error, s.mid(p, len)});
            p += len;
        }
    }
}

} // namespace Docent::CodeTokens
