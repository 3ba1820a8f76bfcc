// SearchIndex::search: names matched whole first, then the sections in bm25 order.
#include "searchindex.h"

#include "searchindex_p.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace Docent {
namespace {

constexpr int kDefaultLimit = 50;

// The snippet's marks taken out: plain text and where the matched words are.
void unmark(const QString &marked, SearchHit &hit)
{
    hit.snippet.reserve(marked.size());
    int start = -1;
    for (QChar c : marked) {
        if (c.unicode() == kMarkStart) {
            start = int(hit.snippet.size());
        } else if (c.unicode() == kMarkEnd) {
            if (start >= 0 && hit.snippet.size() > start)
                hit.marks.append({start, int(hit.snippet.size()) - start});
            start = -1;
        } else {
            hit.snippet += c;
        }
    }
}

SearchHit hitFrom(const QSqlQuery &q)
{
    SearchHit hit;
    hit.docname = q.value(0).toString();
    hit.anchor = q.value(1).toString();
    hit.pageTitle = q.value(2).toString();
    hit.titles = splitTitlePath(q.value(3).toString());
    return hit;
}

// A name or term defined in a section, matched whole by the query.
struct NamedHit {
    SearchHit hit;
    QString text;    ///< the name as written
    QString section; ///< the anchor of the section it is in
};

QList<NamedHit> nameHits(QSqlDatabase db, const QString &key, int limit)
{
    QList<NamedHit> named;
    if (key.isEmpty())
        return named;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT docname, anchor, page, path, name, section, summary FROM names WHERE key = ? LIMIT ?"));
    q.addBindValue(key);
    q.addBindValue(limit);
    q.exec();
    while (q.next()) {
        NamedHit name{hitFrom(q), q.value(4).toString(), q.value(5).toString()};
        name.hit.nameMatch = true;
        // A term or object with an anchor of its own is a place of its own in the section.
        if (name.hit.anchor != name.section)
            name.hit.titles << name.text;
        if (const QString summary = q.value(6).toString(); !summary.isEmpty()) {
            name.hit.snippet = name.text + QStringLiteral(" — ") + summary;
            name.hit.marks = {{0, int(name.text.size())}};
        }
        named << name;
    }
    return named;
}

// One FTS5 query's sections in rank order, appended to `hits`. The snippet comes from the prose,
// else from the code, else from the title (a section of nothing but sections); FTS5 sorts the
// matches by rank itself, so snippets are made for the `limit` rows returned only.
bool rankedPass(QSqlDatabase db, const QString &match, int limit, QList<SearchHit> &hits, QString *error)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT docname, anchor, page, path, snippet(sections, 7, ?, ?, '…', 14), "
                             "snippet(sections, 8, ?, ?, '…', 14), snippet(sections, 4, ?, ?, '…', 14) "
                             "FROM sections WHERE sections MATCH ? ORDER BY rank LIMIT ?"));
    for (int column = 0; column < 3; ++column) {
        q.addBindValue(QString(QChar(kMarkStart)));
        q.addBindValue(QString(QChar(kMarkEnd)));
    }
    q.addBindValue(match);
    q.addBindValue(limit);
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    while (q.next()) {
        SearchHit hit = hitFrom(q);
        unmark(q.value(4).toString(), hit);
        for (int column : {5, 6}) {
            SearchHit other;
            unmark(q.value(column).toString(), other);
            if (!hit.marks.isEmpty() || (other.marks.isEmpty() && !hit.snippet.isEmpty()))
                break;
            hit.snippet = other.snippet;
            hit.marks = other.marks;
        }
        hits << hit;
    }
    return true;
}

// The sections `match` finds: those whose own title holds the whole query first, then the
// others, each in rank order. Two queries, so that each is FTS5's own sorted top-N.
bool rankedHits(QSqlDatabase db, const QString &match, int limit, QList<SearchHit> &hits, QString *error)
{
    const QString inTitle = QStringLiteral("(title : (%1))").arg(match);
    if (!rankedPass(db, QStringLiteral("(%1) AND %2").arg(match, inTitle), limit, hits, error))
        return false;
    if (hits.size() >= limit)
        return true;
    return rankedPass(db, QStringLiteral("(%1) NOT %2").arg(match, inTitle), limit - int(hits.size()), hits, error);
}

} // namespace

QString SearchHit::firstMatch() const
{
    return marks.isEmpty() ? QString() : snippet.mid(marks.first().first, marks.first().second);
}

QList<SearchHit> SearchIndex::search(const QString &text, int limit, QueryMode mode) const
{
    m_lastError.clear();
    const SearchQuery query = parseSearchQuery(text, mode);
    if (query.match.isEmpty())
        return {};
    if (limit <= 0)
        limit = kDefaultLimit;
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QList<NamedHit> named = nameHits(db, query.nameKey, limit);
    QList<SearchHit> ranked;
    if (!rankedHits(db, query.match, limit + int(named.size()), ranked, &m_lastError))
        return {};

    // A name's section stands in the list once, at the name.
    QList<SearchHit> hits;
    for (NamedHit &name : named) {
        for (qsizetype i = 0; i < ranked.size(); ++i) {
            if (ranked[i].docname == name.hit.docname && ranked[i].anchor == name.section) {
                if (name.hit.snippet.isEmpty()) {
                    name.hit.snippet = ranked[i].snippet;
                    name.hit.marks = ranked[i].marks;
                }
                ranked.removeAt(i);
                break;
            }
        }
        if (name.hit.snippet.isEmpty()) {
            name.hit.snippet = name.text;
            name.hit.marks = {{0, int(name.text.size())}};
        }
        hits << name.hit;
    }
    hits << ranked;
    if (hits.size() > limit)
        hits.resize(limit);
    return hits;
}

} // namespace Docent
