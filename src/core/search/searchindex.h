// The full-text index of one tree: SQLite FTS5 through QtSql, one row a section, kept in the cache
// folder per tree and brought up to date from the files' size and mtime. One SearchIndex is used
// on one thread (its database connection belongs to the thread that made it).
#pragma once

#include "searchquery.h"
#include "sectiontext.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <utility>

namespace Docent {

/// One result: where it is, and a snippet of its text with the matched words marked.
struct SearchHit {
    QString docname;
    QString anchor;
    QString pageTitle;
    QStringList titles;                   ///< the section's title path within its page
    QString snippet;                      ///< plain text
    QList<std::pair<int, int>> marks;     ///< matched words in the snippet: start, length
    bool nameMatch = false;               ///< the query is a name or term this section defines
    /// The first matched word as the page spells it: what to highlight on the page.
    QString firstMatch() const;
};

class SearchIndex final
{
public:
    /// The index of the tree at `root`, in a file named after the root below `cacheFolder`;
    /// empty `cacheFolder`: in memory only. A cache that cannot be kept (an unwritable folder, a
    /// damaged file that cannot be replaced) leaves the index in memory and says why.
    SearchIndex(const QString &root, const QString &cacheFolder);
    ~SearchIndex();
    SearchIndex(const SearchIndex &) = delete;
    SearchIndex &operator=(const SearchIndex &) = delete;

    /// The folder below the user's cache folder (QStandardPaths::CacheLocation) indexes go to.
    static QString defaultCacheFolder();
    /// The file the index of `root` is kept in below `cacheFolder`.
    static QString cacheFile(const QString &root, const QString &cacheFolder);

    /// Why the index is not kept on disk; empty when it is (or was not meant to be).
    QString notKeptReason() const { return m_notKept; }
    /// The database file; empty in memory.
    QString filePath() const { return m_file; }

    struct Sync {
        int reused = 0;  ///< documents whose rows were kept: their file has not changed
        int indexed = 0; ///< documents read from their doctree
        int removed = 0; ///< documents gone from the tree
    };
    /// Brings the index to `documents`: rows of documents unchanged since they were indexed (the
    /// size and mtime of their file and of every file their directives read) stay, the others are read again, documents no longer there are dropped.
    /// `cancelled` is asked between documents.
    Sync synchronize(const QList<SearchDocument> &documents, const std::function<bool()> &cancelled = {});
    /// Indexes one document again (after its file changed); a null doctree removes it.
    void updateDocument(const SearchDocument &document);
    void removeDocument(const QString &docname);

    /// Ranked hits: sections defining the query as a name first, then by bm25 with titles
    /// weighted above names, prose and code.
    QList<SearchHit> search(const QString &text, int limit, QueryMode mode = QueryMode::Words) const;
    /// What SQLite said when the last search failed; empty when it did not (a query made from
    /// what the reader typed never should).
    QString lastError() const { return m_lastError; }
    /// Sections in the index.
    int sectionCount() const;

private:
    bool openDatabase(const QString &file);
    bool createSchema();
    void clear();
    void keepInMemory(const QString &reason);
    void writeDocument(const SearchDocument &document, const Node &doctree, qint64 docId);
    qint64 documentId(const QString &docname, bool create);
    void deleteRows(qint64 docId);
    static QString fileStamp(const QString &path);
    static QString documentStamp(const SearchDocument &document);

    QString m_connection;
    QString m_root;
    QString m_file;
    QString m_notKept;
    mutable QString m_lastError;
};

} // namespace Docent
