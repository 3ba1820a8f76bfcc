#include "searchresultmodel.h"

#include "search/searchquery.h"

namespace Docent {

SearchResultModel::SearchResultModel(QObject *parent) : QAbstractListModel(parent) {}

void SearchResultModel::setHits(const QString &query, const QList<SearchHit> &hits)
{
    beginResetModel();
    m_query = query;
    m_hits = hits;
    endResetModel();
}

void SearchResultModel::clear()
{
    setHits({}, {});
}

QString SearchResultModel::titlePath(const SearchHit &hit)
{
    QStringList path = hit.titles;
    if (path.isEmpty() || path.first() != hit.pageTitle)
        path.prepend(hit.pageTitle);
    return path.join(QStringLiteral(" › "));
}

int SearchResultModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_hits.size());
}

namespace {

QString snippetHtml(const SearchHit &hit)
{
    QString html;
    int at = 0;
    for (const auto &[start, length] : hit.marks) {
        if (start < at)
            continue;
        html += hit.snippet.mid(at, start - at).toHtmlEscaped() + QStringLiteral("<b>") +
                hit.snippet.mid(start, length).toHtmlEscaped() + QStringLiteral("</b>");
        at = start + length;
    }
    return html + hit.snippet.mid(at).toHtmlEscaped();
}

// What to find on the page: a word the snippet marked, as the page spells it; else the first
// word or phrase of the query.
QString highlight(const SearchHit &hit, const QString &query)
{
    const QString marked = hit.firstMatch();
    if (!marked.isEmpty())
        return marked;
    return parseSearchQuery(query, QueryMode::Words).terms.value(0);
}

} // namespace

QVariant SearchResultModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SearchHit &hit = m_hits[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        return titlePath(hit);
    case Qt::ToolTipRole:
    case SnippetRole:
        return hit.snippet;
    case Qt::AccessibleTextRole:
        return titlePath(hit) + QStringLiteral(": ") + hit.snippet;
    case DocnameRole:
        return hit.docname;
    case AnchorRole:
        return hit.anchor;
    case SnippetHtmlRole:
        return snippetHtml(hit);
    case HighlightRole:
        return highlight(hit, m_query);
    case NameMatchRole:
        return hit.nameMatch;
    default:
        return {};
    }
}

} // namespace Docent
