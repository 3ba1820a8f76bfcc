// SearchIndex::search: names matched whole first, then the sections in bm25 order.
#include "searchindex.h"

#include "searchindex_p.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QHash>
#include <QVariant>

namespace Docent {
namespace {

// bm25's weight of each column, in the table's order: docname, anchor, page and path are not
// searched; a title counts far above prose, code below it.
constexpr const char *kRank = "bm25(sections, 0, 0, 0, 0, 10.0, 2.5, 6.0, 1.0, 0.6)";
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

// The sections `match` finds: those whose own title holds the whole query first, then the
// others, each in bm25 order. The snippet comes from the prose, else from the code, else from
// the title (a section of nothing but sections).
bool rankedHits(QSqlDatabase db, const QString &match, int limit, QList<SearchHit> &hits, QString *error)
{
    // First the order, without snippets: SQLite would make one for every match before sorting.
    QSqlQuery order(db);
    order.prepare(QStringLiteral("SELECT rowid FROM sections WHERE sections MATCH ? "
                                 "ORDER BY rowid IN (SELECT rowid FROM sections WHERE sections MATCH ?) DESC, %1 LIMIT ?")
                      .arg(QLatin1String(kRank)));
    order.addBindValue(match);
    order.addBindValue(QStringLiteral("title : (%1)").arg(match));
    order.addBindValue(limit);
    if (!order.exec()) {
        *error = order.lastError().text();
        return false;
    }
    QList<qint64> rows;
    while (order.next())
        rows << order.value(0).toLongLong();
    if (rows.isEmpty())
        return true;
    QStringList ids;
    for (qint64 row : rows)
        ids << QString::number(row);

    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT docname, anchor, page, path, snippet(sections, 7, ?, ?, '…', 14), "
                             "snippet(sections, 8, ?, ?, '…', 14), snippet(sections, 4, ?, ?, '…', 14), rowid "
                             "FROM sections WHERE sections MATCH ? AND rowid IN (%1)")
                  .arg(ids.join(u',')));
    for (int column = 0; column < 3; ++column) {
        q.addBindValue(QString(QChar(kMarkStart)));
        q.addBindValue(QString(QChar(kMarkEnd)));
    }
    q.addBindValue(match);
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    QHash<qint64, SearchHit> found;
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
        found.insert(q.value(7).toLongLong(), hit);
    }
    for (qint64 row : rows)
        if (found.contains(row))
            hits << found.value(row);
    return true;
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
