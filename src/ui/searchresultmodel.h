// Search hits as a Qt list model: each row a section, shown as its page title › section path
// and a snippet with the matched words marked.
#pragma once

#include "search/searchindex.h"

#include <QAbstractListModel>

namespace Docent {

class SearchResultModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SearchResultModel)
public:
    enum Role {
        DocnameRole = Qt::UserRole + 1,
        AnchorRole,
        SnippetRole,     ///< plain text
        SnippetHtmlRole, ///< escaped, the matched words in <b>
        HighlightRole,   ///< what to find on the page once it is open
        NameMatchRole,   ///< the query names what this section defines
    };

    explicit SearchResultModel(QObject *parent = nullptr);

    /// The hits of `query`, replacing the rows shown.
    void setHits(const QString &query, const QList<SearchHit> &hits);
    void clear();
    const QList<SearchHit> &hits() const { return m_hits; }
    /// "Page › Section › Subsection": the page's title first, unless it is the first section's.
    static QString titlePath(const SearchHit &hit);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    QString m_query;
    QList<SearchHit> m_hits;
};

} // namespace Docent
