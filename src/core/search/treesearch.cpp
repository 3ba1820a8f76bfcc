#include "treesearch.h"

#include "doctree/freedmemory.h"

#include <QElapsedTimer>

namespace Docent {

// What the worker thread keeps, reached only from functions running there, and the counters
// both threads read.
struct TreeSearch::State {
    std::unique_ptr<SearchIndex> index;
    std::atomic<int> tree{0};          ///< bumped by each openTree: an older build stops
    std::atomic<int> latestRequest{0}; ///< the query that is worth answering
};

TreeSearch::TreeSearch(const QString &cacheFolder, QObject *parent)
    : QObject(parent), m_cacheFolder(cacheFolder), m_worker(new QObject), m_state(std::make_shared<State>())
{
    qRegisterMetaType<Docent::SearchHit>();
    qRegisterMetaType<QList<Docent::SearchHit>>();
    m_worker->moveToThread(&m_thread);
    m_thread.setObjectName(QStringLiteral("search"));
    m_thread.start();
}

TreeSearch::~TreeSearch()
{
    ++m_state->tree; // a build in progress stops at its next document
    // The database connection belongs to the worker thread: it is closed there.
    QMetaObject::invokeMethod(m_worker, [state = m_state] { state->index.reset(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    delete m_worker;
}

void TreeSearch::openTree(const QString &root, const QList<SearchDocument> &documents)
{
    m_ready = false;
    const int tree = ++m_state->tree;
    QMetaObject::invokeMethod(m_worker, [this, state = m_state, tree, root, cacheFolder = m_cacheFolder, documents] {
        if (state->tree != tree)
            return;
        QElapsedTimer timer;
        timer.start();
        state->index.reset();
        state->index = std::make_unique<SearchIndex>(root, cacheFolder);
        const QString notKept = state->index->notKeptReason();
        const SearchIndex::Sync sync = state->index->synchronize(documents, [state, tree] { return state->tree != tree; });
        const qint64 elapsed = timer.elapsed();
        returnFreedMemory(); // what the pages read again to index them held
        if (state->tree != tree)
            return;
        QMetaObject::invokeMethod(this, [this, sync, elapsed, notKept] {
            m_ready = true;
            if (!notKept.isEmpty())
                Q_EMIT this->notKept(notKept);
            Q_EMIT ready(sync.indexed, sync.reused, elapsed);
        }, Qt::QueuedConnection);
    }, Qt::QueuedConnection);
}

void TreeSearch::closeTree()
{
    m_ready = false;
    const int tree = ++m_state->tree; // a build in progress stops at its next document
    QMetaObject::invokeMethod(m_worker, [state = m_state, tree] {
        if (state->tree == tree)
            state->index.reset();
    }, Qt::QueuedConnection);
}

void TreeSearch::updateDocument(const SearchDocument &document)
{
    QMetaObject::invokeMethod(m_worker, [this, state = m_state, document] {
        if (!state->index)
            return;
        state->index->updateDocument(document);
        QMetaObject::invokeMethod(this, [this, docname = document.docname] { Q_EMIT documentUpdated(docname); },
                                  Qt::QueuedConnection);
    }, Qt::QueuedConnection);
}

int TreeSearch::search(const QString &text, int limit, QueryMode mode)
{
    const int request = ++m_state->latestRequest;
    QMetaObject::invokeMethod(m_worker, [this, state = m_state, request, text, limit, mode] {
        if (state->latestRequest != request)
            return; // typing went on: a newer query is queued behind this one
        QList<SearchHit> hits = state->index ? state->index->search(text, limit, mode) : QList<SearchHit>();
        QMetaObject::invokeMethod(this, [this, request, text, hits = std::move(hits)] {
            Q_EMIT resultsReady(request, text, hits);
        }, Qt::QueuedConnection);
    }, Qt::QueuedConnection);
    return request;
}

} // namespace Docent
