// docent-bench search DIR [--repeat N]
//   index build (best of N, into a fresh cache folder, as the window's worker does it), the
//   index's size on disk, a warm start (the cache reused: opened, checked against every file's
//   size and mtime, first query answered) and the latency of 100 mixed queries (p50, p95, max).
#include "searchbench.h"

#include "search/searchindex.h"
#include "sphinx/project.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace Docent;

namespace {

double ms(qint64 ns)
{
    return double(ns) / 1e6;
}

// The index file with its write-ahead log.
qint64 sizeOnDisk(const QString &file)
{
    qint64 size = 0;
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        size += QFileInfo(file + suffix).size();
    return size;
}

// 100 queries of the kinds a reader types, from the tree's own section titles: single words,
// two words, prefixes as you type, phrases, exclusions and title: restrictions.
QList<std::pair<QString, QueryMode>> mixedQueries(const QList<SearchDocument> &documents)
{
    QStringList titles;
    for (const SearchDocument &d : documents)
        for (const SearchSection &s : searchSections(*d.doctree))
            if (!s.titles.isEmpty())
                titles << s.titles.last();
    QList<std::pair<QString, QueryMode>> queries;
    const qsizetype step = std::max<qsizetype>(1, titles.size() / 100);
    for (qsizetype i = 0; queries.size() < 100 && !titles.isEmpty(); i += step) {
        const QStringList words = titles[i % titles.size()].split(u' ', Qt::SkipEmptyParts);
        const QString first = words.value(0), second = words.value(1, first);
        switch (queries.size() % 10) {
        case 0: case 1: case 2: case 3:
            queries.append({first, QueryMode::Words});
            break;
        case 4: case 5: case 6:
            queries.append({first + u' ' + second, QueryMode::Words});
            break;
        case 7:
            queries.append({first.left(4), QueryMode::AsYouType});
            break;
        case 8:
            queries.append({u'"' + words.mid(0, 2).join(u' ') + u'"', QueryMode::Words});
            break;
        default:
            queries.append({(i % 20 ? QStringLiteral("title:") : QStringLiteral("-the ")) + first, QueryMode::Words});
            break;
        }
    }
    return queries;
}

} // namespace

int searchBench(const QString &dir, int repeat)
{
    QElapsedTimer t;
    t.start();
    QString error;
    auto project = Project::open(dir, &error);
    if (!project) {
        std::fprintf(stderr, "docent-bench: %s\n", qPrintable(error));
        return 1;
    }
    std::printf("search %s: %lld documents, tree read in %.0f ms (not counted below)\n", qPrintable(dir),
                static_cast<long long>(project->docnames().size()), ms(t.nsecsElapsed()));
    const QList<SearchDocument> documents = searchDocuments(*project);

    QTemporaryDir cache;
    qint64 best = -1;
    int sections = 0;
    for (int r = 0; r < repeat; ++r) {
        QDir(cache.path()).removeRecursively();
        t.start();
        SearchIndex index(project->root(), cache.path());
        index.synchronize(documents);
        const qint64 ns = t.nsecsElapsed();
        best = best < 0 ? ns : std::min(best, ns);
        sections = index.sectionCount();
    }
    const QString file = SearchIndex::cacheFile(project->root(), cache.path());
    std::printf("  index build: best of %d: %.0f ms (%d sections), on disk %.1f MB\n", repeat, ms(best), sections,
                sizeOnDisk(file) / 1e6);

    // As a window builds it once the doctrees are released: each page parsed again from its file.
    qint64 released = -1;
    {
        QTemporaryDir fresh;
        QStringList docnames = project->docnames();
        project->keepDoctrees(1);
        t.start();
        QList<SearchDocument> reread;
        for (const QString &docname : std::as_const(docnames))
            reread << searchDocument(*project, docname);
        SearchIndex index(project->root(), fresh.path());
        index.synchronize(reread);
        released = t.nsecsElapsed();
        project->keepDoctrees(0);
    }
    std::printf("  index build with the doctrees released (each page parsed again): %.0f ms\n", ms(released));

    // The next start: the cache is opened, every file's size and mtime checked, one query answered.
    qint64 warm = -1;
    for (int r = 0; r < repeat; ++r) {
        t.start();
        SearchIndex index(project->root(), cache.path());
        const SearchIndex::Sync sync = index.synchronize(documents);
        index.search(QStringLiteral("configuration"), 50);
        const qint64 ns = t.nsecsElapsed();
        warm = warm < 0 ? ns : std::min(warm, ns);
        if (sync.indexed != 0)
            std::printf("  (warm start read %d documents again)\n", sync.indexed);
    }
    std::printf("  warm start (cache reused, first result): best of %d: %.1f ms\n", repeat, ms(warm));

    SearchIndex index(project->root(), cache.path());
    index.synchronize(documents);
    QList<qint64> times;
    int empty = 0;
    for (const auto &[query, mode] : mixedQueries(documents)) {
        t.start();
        const QList<SearchHit> hits = index.search(query, 50, mode);
        times << t.nsecsElapsed();
        empty += hits.isEmpty();
    }
    std::sort(times.begin(), times.end());
    auto percentile = [&](double p) { return ms(times[std::min<qsizetype>(times.size() - 1, qsizetype(p * times.size()))]); };
    std::printf("  %lld queries (50 hits each, %d with none): p50 %.2f ms, p95 %.2f ms, max %.2f ms\n",
                static_cast<long long>(times.size()), empty, percentile(0.5), percentile(0.95), ms(times.last()));
    return 0;
}
