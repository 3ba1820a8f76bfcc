// intersphinx_mapping read from conf.py's text without running it: a dict of literals, in the
// named form {'python': ('https://docs.python.org/3', None)} (the inventory a path, a URL, None
// or a tuple of them) or the old unnamed form {'https://docs.python.org/': None}, plus
// `intersphinx_mapping['name'] = (...)` lines. Entries built from expressions are skipped.
#include "conffacts.h"

#include <QRegularExpression>

#include <algorithm>
#include <optional>

namespace Docent {
namespace {

struct Token {
    enum Kind { String, NoneLiteral, Punct, Other } kind;
    QString text;
};

// The tokens from `from` up to the bracket that closes the one just before it.
QList<Token> tokens(const QString &text, qsizetype from)
{
    QList<Token> out;
    int depth = 1;
    qsizetype i = from;
    while (i < text.size() && depth > 0) {
        const QChar c = text[i];
        if (c.isSpace() || c == u'\\') {
            ++i;
        } else if (c == u'#') {
            while (i < text.size() && text[i] != u'\n')
                ++i;
        } else if (c == u'\'' || c == u'"') {
            const qsizetype end = text.indexOf(c, i + 1);
            if (end < 0)
                break;
            out.append({Token::String, text.mid(i + 1, end - i - 1)});
            i = end + 1;
        } else if (QStringLiteral("{}()[]:,").contains(c)) {
            depth += QStringLiteral("{([").contains(c) ? 1 : QStringLiteral("})]").contains(c) ? -1 : 0;
            if (depth > 0)
                out.append({Token::Punct, QString(c)});
            ++i;
        } else {
            qsizetype end = i;
            while (end < text.size() && (text[end].isLetterOrNumber() || text[end] == u'_' || text[end] == u'.'))
                ++end;
            end = std::max(end, i + 1);
            const QString word = text.mid(i, end - i);
            // u'', r'' and f'' prefixes belong to the string that follows
            if (!(word.size() == 1 && QStringLiteral("urbfURBF").contains(word) && end < text.size() &&
                  (text[end] == u'\'' || text[end] == u'"')))
                out.append({word == u"None" ? Token::NoneLiteral : Token::Other, word});
            i = end;
        }
    }
    return out;
}

class MappingReader
{
public:
    explicit MappingReader(QList<Token> t) : m_t(std::move(t)) {}

    bool atEnd() const { return m_i >= m_t.size(); }
    bool punct(const char *p)
    {
        if (!atEnd() && m_t[m_i].kind == Token::Punct && m_t[m_i].text == QLatin1String(p)) {
            ++m_i;
            return true;
        }
        return false;
    }
    std::optional<QString> string()
    {
        if (!atEnd() && m_t[m_i].kind == Token::String)
            return m_t[m_i++].text;
        return std::nullopt;
    }
    bool none()
    {
        if (!atEnd() && m_t[m_i].kind == Token::NoneLiteral) {
            ++m_i;
            return true;
        }
        return false;
    }
    /// One inventory location: a string, or None (written as an empty string).
    std::optional<QString> location()
    {
        if (none())
            return QString();
        return string();
    }
    /// The inventory part of an entry: a location or a tuple of them.
    std::optional<QStringList> inventories()
    {
        if (!punct("(")) {
            const std::optional<QString> l = location();
            return l ? std::optional<QStringList>(QStringList{*l}) : std::nullopt;
        }
        QStringList out;
        while (!punct(")")) {
            const std::optional<QString> l = location();
            if (!l)
                return std::nullopt;
            out << *l;
            punct(",");
        }
        return out;
    }
    /// `('uri', inventory)`: the named form's value.
    std::optional<IntersphinxProject> target()
    {
        const qsizetype start = m_i;
        IntersphinxProject p;
        const std::optional<QString> uri = punct("(") ? string() : std::nullopt;
        std::optional<QStringList> inv;
        if (uri && punct(","))
            inv = inventories();
        punct(",");
        if (!inv || !punct(")")) {
            m_i = start; // not all literals: the caller skips the whole value
            return std::nullopt;
        }
        p.uri = *uri;
        p.inventories = *inv;
        return p;
    }
    /// Skips to the next entry after one that is not all literals.
    void skipEntry()
    {
        int depth = 0;
        while (!atEnd()) {
            const Token &t = m_t[m_i++];
            if (t.kind == Token::Punct && (t.text == u"(" || t.text == u"[" || t.text == u"{"))
                ++depth;
            else if (t.kind == Token::Punct && (t.text == u")" || t.text == u"]" || t.text == u"}"))
                --depth;
            else if (t.kind == Token::Punct && t.text == u"," && depth == 0)
                return;
        }
    }

private:
    QList<Token> m_t;
    qsizetype m_i = 0;
};

void addEntries(MappingReader &r, QList<IntersphinxProject> &out)
{
    while (!r.atEnd()) {
        const std::optional<QString> key = r.string();
        if (!key || !r.punct(":")) {
            r.skipEntry();
            continue;
        }
        if (std::optional<IntersphinxProject> p = r.target()) {
            p->name = *key;
            out.append(*p);
        } else if (const std::optional<QString> inv = r.location(); inv && key->contains(u'/')) {
            out.append({*key, *key, {*inv}}); // the unnamed form: the URI is the key
        } else {
            r.skipEntry();
            continue;
        }
        r.punct(",");
    }
}

} // namespace

QList<IntersphinxProject> ConfFacts::parseIntersphinxMapping(const QString &text)
{
    QList<IntersphinxProject> out;
    static const QRegularExpression dict(QStringLiteral("^intersphinx_mapping\\s*=\\s*\\{"),
                                         QRegularExpression::MultilineOption);
    if (const auto m = dict.match(text); m.hasMatch()) {
        MappingReader r(tokens(text, m.capturedEnd()));
        addEntries(r, out);
    }
    static const QRegularExpression item(
        QStringLiteral("^intersphinx_mapping\\[\\s*(?:u|r)?(['\"])([^'\"]+)\\1\\s*\\]\\s*=\\s*(?=\\()"),
        QRegularExpression::MultilineOption);
    for (auto it = item.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        MappingReader r(tokens(text, m.capturedEnd() + 1));
        // tokens() starts inside the tuple: its opening bracket is the one they close on
        const std::optional<QString> uri = r.string();
        if (!uri || !r.punct(","))
            continue;
        const std::optional<QStringList> inv = r.inventories();
        if (!inv)
            continue;
        out.removeIf([&](const IntersphinxProject &p) { return p.name == m.captured(2); });
        out.append({m.captured(2), *uri, *inv});
    }
    return out;
}

} // namespace Docent
