#include "searchquery.h"

#include "sectiontext.h"

namespace Docent {
namespace {

// One piece of the query as typed.
struct Piece {
    QString text;
    bool phrase = false;   ///< written in quotes
    bool excluded = false; ///< -word
    bool inTitle = false;  ///< title:word
    bool last = false;     ///< nothing typed after it: may be a prefix as you type
};

bool hasWordCharacter(const QString &text)
{
    for (QChar c : text)
        if (c.isLetterOrNumber())
            return true;
    return false;
}

// Splits at spaces outside quotes; a quote left open runs to the end.
QList<Piece> pieces(const QString &text)
{
    QList<Piece> list;
    qsizetype i = 0;
    const qsizetype n = text.size();
    while (i < n) {
        while (i < n && text[i].isSpace())
            ++i;
        if (i >= n)
            break;
        Piece p;
        // "-word" and "-\"a phrase\"" exclude; "--option" is a word to find.
        if (text[i] == u'-' && i + 1 < n && (text[i + 1].isLetterOrNumber() || text[i + 1] == u'"')) {
            p.excluded = true;
            ++i;
        }
        if (text.mid(i, 6).compare(QLatin1String("title:"), Qt::CaseInsensitive) == 0 && i + 6 < n && !text[i + 6].isSpace()) {
            p.inTitle = true;
            i += 6;
        }
        if (text[i] == u'"') {
            const qsizetype close = text.indexOf(u'"', i + 1);
            const qsizetype end = close < 0 ? n : close;
            p.text = text.mid(i + 1, end - i - 1);
            p.phrase = true;
            i = close < 0 ? n : close + 1;
        } else {
            const qsizetype start = i;
            while (i < n && !text[i].isSpace())
                ++i;
            p.text = text.mid(start, i - start);
        }
        p.last = i >= n && !text.back().isSpace();
        if (hasWordCharacter(p.text))
            list << p;
    }
    return list;
}

// An FTS5 string: the tokenizer splits it into words, and none of its characters is an operator.
QString quoted(const QString &text)
{
    QString inner = text;
    inner.replace(u'"', QStringLiteral("\"\""));
    return u'"' + inner + u'"';
}

QString expression(const Piece &p, QueryMode mode)
{
    QString e = quoted(p.text);
    // One letter is the start of nearly every section's words: matching them all costs more
    // than the reader gains before the next key; it is taken as the word it is.
    if (mode == QueryMode::AsYouType && p.last && !p.phrase && p.text.back().isLetterOrNumber() && p.text.size() >= 2)
        e += u'*';
    if (p.inTitle)
        e = QStringLiteral("title : ") + e;
    return e;
}

} // namespace

SearchQuery parseSearchQuery(const QString &text, QueryMode mode)
{
    SearchQuery query;
    QStringList wanted, unwanted;
    bool plain = !text.contains(u'"');
    for (const Piece &p : pieces(text)) {
        plain = plain && !p.excluded && !p.inTitle;
        (p.excluded ? unwanted : wanted) << expression(p, mode);
        if (!p.excluded)
            query.terms << p.text;
    }
    if (wanted.isEmpty())
        return query;
    query.match = wanted.join(QStringLiteral(" AND "));
    if (!unwanted.isEmpty())
        query.match = u'(' + query.match + QStringLiteral(") NOT (") + unwanted.join(QStringLiteral(" OR ")) + u')';
    // Only words can be a name typed whole.
    if (plain)
        query.nameKey = nameKey(text.simplified());
    return query;
}

} // namespace Docent
