// docent-bench: how fast Docent reads a documentation tree.
//
//   docent-bench parse DIR [--repeat N]    parse every .rst under DIR (docutils semantics), N times
//   docent-bench open DIR                  open DIR as a project (scan, parse, toctree) and render
//                                          its first page, as the window does at start; and what
//                                          the open's progress callback saw
//   docent-bench search DIR [--repeat N]   the search index of DIR: build, size, warm start and
//                                          the latency of 100 mixed queries (searchbench.cpp)
//   docent-bench memory DIR [--keep N]     resident memory before and after opening DIR and
//                                          rendering its first page, per byte of reST, with N full
//                                          doctrees kept (12, the window's; 0 keeps all)
//   docent-bench pages DIR OUT [--keep N]  every page's HTML into OUT, each parsed again when
//                                          N is small: diff -r against --keep 0 to check re-parsing
//   --open-bound CHARS                     (open, memory, pages) reST whose doctrees the open keeps
//                                          through the resolve pass (Project::kKeptWhileOpening)
//
// Prints the best of N runs: bytes, files, milliseconds and MB/s. Inputs are read into memory
// first so only parsing is measured.
#include "rst/parser.h"
#include "pages/pagerenderer.h"
#include "rst/registry.h"
#include "html/htmlwriter.h"
#include "sphinx/project.h"
#include "doctree/freedmemory.h"
#include "memorystatus.h"
#include "searchbench.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QDir>
#include <QFile>

#include <algorithm>
#include <cstdio>
#include <optional>

using namespace Docent;

namespace {

int usage()
{
    std::fputs("usage: docent-bench parse DIR [--repeat N] [--sphinx]\n"
               "       docent-bench open DIR [--repeat N] [--open-bound CHARS]\n"
               "       docent-bench search DIR [--repeat N]\n"
               "       docent-bench memory DIR [--keep N] [--open-bound CHARS]\n"
               "       docent-bench pages DIR OUT [--keep N] [--open-bound CHARS]\n",
               stderr);
    return 2;
}

int parseBench(const QString &dir, int repeat, bool sphinx)
{
    QList<QString> texts;
    qint64 bytes = 0;
    QDirIterator it(dir, {QStringLiteral("*.rst")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QByteArray data = f.readAll();
        bytes += data.size();
        texts << QString::fromUtf8(data);
    }
    if (texts.isEmpty()) {
        std::fprintf(stderr, "docent-bench: no .rst files under %s\n", qPrintable(dir));
        return 1;
    }
    const Registry &registry = sphinx ? Registry::sphinx() : Registry::docutils();
    qint64 best = -1;
    size_t nodes = 0;
    for (int r = 0; r < repeat; ++r) {
        QElapsedTimer t;
        t.start();
        nodes = 0;
        for (const QString &text : std::as_const(texts)) {
            const auto doc = parseRst(text, QStringLiteral("bench"), registry);
            nodes += doc->childCount();
        }
        const qint64 ns = t.nsecsElapsed();
        if (best < 0 || ns < best)
            best = ns;
    }
    const double ms = best / 1e6;
    std::printf("parse %s: %lld files, %.2f MB, best of %d: %.1f ms, %.1f MB/s (%zu top-level nodes)\n",
                qPrintable(dir), static_cast<long long>(texts.size()), bytes / 1e6, repeat, ms, bytes / 1e6 / (ms / 1e3),
                nodes);
    return 0;
}

// What the open's progress callback saw in one open: how often it was called, its last count,
// and the longest wait between two calls (how long a status bar fed by it would stand still).
struct ProgressSeen {
    int reports = 0;
    int lastDone = 0;
    int total = 0;
    qint64 lastAtNs = 0;
    qint64 longestGapNs = 0;
    int longestGapEnd = 0; ///< the count the longest wait ended with; -1: the open's return
    void passed(qint64 gapNs, int end)
    {
        if (gapNs > longestGapNs) {
            longestGapNs = gapNs;
            longestGapEnd = end;
        }
    }
    /// The open returned: the wait since the last report counts too.
    void openReturned(const QElapsedTimer &clock) { passed(clock.nsecsElapsed() - lastAtNs, -1); }
};

OpenProgress watchProgress(ProgressSeen &seen, const QElapsedTimer &clock)
{
    OpenProgress progress;
    progress.progress = [&seen, &clock](int done, int total) {
        const qint64 now = clock.nsecsElapsed();
        seen.passed(now - seen.lastAtNs, done);
        seen.lastAtNs = now;
        ++seen.reports;
        seen.lastDone = done;
        seen.total = total;
    };
    return progress;
}

int openBench(const QString &dir, int repeat, qint64 keptWhileOpening)
{
    qint64 best = -1;
    ProgressSeen seen;
    for (int r = 0; r < repeat; ++r) {
        QElapsedTimer t;
        t.start();
        QString error;
        seen = {};
        const auto project = Project::open(dir, &error, {}, keptWhileOpening, watchProgress(seen, t));
        seen.openReturned(t);
        if (!project) {
            std::fprintf(stderr, "docent-bench: %s\n", qPrintable(error));
            return 1;
        }
        const QString html = PageRenderer(*project).page(project->startDoc(), PageMode::InApp);
        const qint64 ns = t.nsecsElapsed();
        if (html.isEmpty())
            return 1;
        if (best < 0 || ns < best)
            best = ns;
    }
    std::printf("open %s to its first page: best of %d: %.1f ms\n", qPrintable(dir), repeat, best / 1e6);
    std::printf("open progress (last run): %d reports, last %d of %d steps, longest wait between reports %.1f ms "
                "(ending %s %d)\n",
                seen.reports, seen.lastDone, seen.total, seen.longestGapNs / 1e6,
                seen.longestGapEnd < 0 ? "with the open's return after step" : "at step",
                seen.longestGapEnd < 0 ? seen.lastDone : seen.longestGapEnd);
    // Every page rendered to HTML once, as the web view asks for them.
    QString error;
    const auto project = Project::open(dir, &error);
    qint64 total = 0, worst = 0;
    QString worstName;
    for (const QString &docname : project->docnames()) {
        QElapsedTimer t;
        t.start();
        const QString html = PageRenderer(*project).page(docname, PageMode::InApp);
        const qint64 ns = t.nsecsElapsed();
        total += ns;
        if (ns > worst) {
            worst = ns;
            worstName = docname;
        }
    }
    const auto pages = project->docnames().size();
    std::printf("render all %lld pages: %.1f ms in all, %.2f ms a page on average, slowest %.2f ms (%s)\n",
                static_cast<long long>(pages), total / 1e6, total / 1e6 / double(pages), worst / 1e6,
                qPrintable(worstName));
    return 0;
}

// The tree at `dir` keeping `keep` doctrees, or nullopt after saying why it did not open.
std::optional<Project> openKeeping(const QString &dir, int keep, qint64 keptWhileOpening)
{
    QString error;
    std::optional<Project> project = Project::open(dir, &error, {}, keptWhileOpening);
    if (!project) {
        std::fprintf(stderr, "docent-bench: %s\n", qPrintable(error));
        return std::nullopt;
    }
    project->keepDoctrees(keep);
    return project;
}

// One open, as the window's tree is kept: the time to the first page and what stays resident.
int memoryBench(const QString &dir, int keep, qint64 keptWhileOpening)
{
    const DocentBench::MemoryStatus before = DocentBench::memoryStatus();
    QElapsedTimer t;
    t.start();
    const std::optional<Project> project = openKeeping(dir, keep, keptWhileOpening);
    if (!project)
        return 1;
    const qint64 opened = t.elapsed();
    const QString html = PageRenderer(*project).page(project->startDoc(), PageMode::InApp);
    const qint64 firstPage = t.elapsed();
    const DocentBench::MemoryStatus after = DocentBench::memoryStatus();
    const qint64 bytes = DocentBench::rstBytes(project->root());
    std::printf("memory %s: %lld documents, %.1f MB of reST; open %lld ms, first page %lld ms; "
                "VmRSS %.1f MB before, %.1f MB after (peak %.1f MB): %.1f bytes per byte of reST\n",
                qPrintable(dir), static_cast<long long>(project->docnames().size()), bytes / 1e6,
                static_cast<long long>(opened), static_cast<long long>(firstPage), before.rssMB, after.rssMB,
                after.hwmMB, (after.rssMB - before.rssMB) * 1024 * 1024 / double(std::max<qint64>(bytes, 1)));
    // How much of what is resident is live data.
    std::printf("  RssAnon %.1f MB after; %s in use %.1f MB\n", after.anonMB, allocatorIsJemalloc() ? "jemalloc" : "malloc",
                double(allocatedBytes()) / (1024.0 * 1024.0));
    return html.isEmpty() ? 1 : 0;
}

int pagesBench(const QString &dir, const QString &out, int keep, qint64 keptWhileOpening)
{
    const std::optional<Project> project = openKeeping(dir, keep, keptWhileOpening);
    if (!project)
        return 1;
    QElapsedTimer t;
    t.start();
    for (const QString &docname : project->docnames()) {
        QFile f(out + u'/' + QString(docname).replace(u'/', u'_') + QStringLiteral(".html"));
        if (!QDir().mkpath(out) || !f.open(QIODevice::WriteOnly))
            return 1;
        f.write(PageRenderer(*project).page(docname, PageMode::Standalone).toUtf8());
    }
    std::printf("pages %s: %lld pages in %lld ms, %d doctrees kept\n", qPrintable(dir),
                static_cast<long long>(project->docnames().size()), static_cast<long long>(t.elapsed()), keep);
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    if (args.size() < 2)
        return usage();
    int repeat = 5;
    const qsizetype r = args.indexOf(QStringLiteral("--repeat"));
    if (r >= 0 && r + 1 < args.size())
        repeat = std::max(1, args[r + 1].toInt());
    if (args[0] == u"parse")
        return parseBench(args[1], repeat, args.contains(QStringLiteral("--sphinx")));
    const qsizetype o = args.indexOf(QStringLiteral("--open-bound"));
    const qint64 bound = o >= 0 && o + 1 < args.size() ? args[o + 1].toLongLong() : Project::kKeptWhileOpening;
    if (args[0] == u"open")
        return openBench(args[1], repeat, bound);
    if (args[0] == u"search")
        return searchBench(args[1], repeat);
    const qsizetype k = args.indexOf(QStringLiteral("--keep"));
    const int keep = k >= 0 && k + 1 < args.size() ? args[k + 1].toInt() : 12;
    if (args[0] == u"memory")
        return memoryBench(args[1], keep, bound);
    if (args[0] == u"pages" && args.size() > 2)
        return pagesBench(args[1], args[2], keep, bound);
    return usage();
}
