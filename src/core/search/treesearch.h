// A tree's search run off the calling thread: the index is built, brought up to date and queried
// on a worker thread of its own, and the answers come back as signals, so typing never waits for
// SQLite. A newer query makes the older ones that have not started moot.
#pragma once

#include "searchindex.h"

#include <QObject>
#include <QThread>

#include <atomic>
#include <memory>

namespace Docent {

class TreeSearch final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TreeSearch)
public:
    /// Indexes are kept below `cacheFolder` (empty: in memory only).
    explicit TreeSearch(const QString &cacheFolder = SearchIndex::defaultCacheFolder(), QObject *parent = nullptr);
    ~TreeSearch() override;

    /// Indexes the documents of the tree at `root`, reusing what its cache holds of files that
    /// have not changed; the previous tree's index is dropped (and its build stopped).
    void openTree(const QString &root, const QList<SearchDocument> &documents);
    /// Drops the open tree's index (another tree is being read): until the next openTree, queries
    /// answer nothing and isReady() is false, rather than pages of the tree left.
    void closeTree();
    /// Indexes one document again after its file changed (a null doctree: it is gone).
    void updateDocument(const SearchDocument &document);
    /// Asks for the hits of `text`; resultsReady answers with the number returned.
    int search(const QString &text, int limit = 100, QueryMode mode = QueryMode::AsYouType);
    /// True once the index of the open tree is complete.
    bool isReady() const { return m_ready; }

Q_SIGNALS:
    /// The index of the open tree is ready: `indexed` documents read from their doctree,
    /// `reused` taken from the cache, in `milliseconds`.
    void ready(int indexed, int reused, qint64 milliseconds);
    /// The index is not kept on disk, for `reason`; search works from memory.
    void notKept(const QString &reason);
    void resultsReady(int request, const QString &text, const QList<Docent::SearchHit> &hits);
    /// A document's rows have been replaced after its file changed.
    void documentUpdated(const QString &docname);

private:
    QString m_cacheFolder;
    QThread m_thread;
    QObject *m_worker = nullptr;
    struct State;
    std::shared_ptr<State> m_state;
    bool m_ready = false;
};

} // namespace Docent

Q_DECLARE_METATYPE(Docent::SearchHit)
