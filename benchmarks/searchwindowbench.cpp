// docent-bench-window search TREE [--screenshot FILE QUERY | --saves N]
//   - time to the first search result after opening the tree, with no index yet (cold) and with
//     the index of the previous start in the cache (warm);
//   - the longest time the window's thread was busy while a reader types five queries at ten
//     keys a second (a watchdog timer notes the gap between event-loop iterations), and the time
//     from the last key to the hits shown;
//   - a word added to the page shown and saved: the time until a search shows it.
// With --screenshot: the window at 1600x1000, QUERY typed key by key into the search field, the
// first hit opened with Down and Enter, and the screen saved to FILE (for the docs and reviews).
// With --saves N: only the last measure, over N saves.
#include "searchwindowbench.h"

#include "mainwindow.h"
#include "search/treesearch.h"
#include "searchpanel.h"
#include "searchresultmodel.h"
#include "windowopen.h"

#include <QLabel>
#include <QApplication>
#include <QPixmap>
#include <QScreen>
#include <QElapsedTimer>
#include <QFile>
#include <QKeyEvent>
#include <QLineEdit>
#include <QListView>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <functional>

using namespace Docent;

namespace {

using DocentBench::pause;
using DocentBench::waitUntil;

// The CPU time the calling thread has used.
qint64 threadCpuNs()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return qint64(t.tv_sec) * 1'000'000'000 + t.tv_nsec;
}

// Opens `tree` in a new window and types `query`: milliseconds from the open to the hits shown.
qint64 firstResult(const QString &tree, const QString &query)
{
    QElapsedTimer clock;
    clock.start();
    MainWindow window;
    QString error;
    if (!DocentBench::openAndWait(window, tree, &error))
        return -1;
    window.show();
    window.searchPanel()->field()->setText(query);
    if (!waitUntil([&] { return window.searchPanel()->model()->rowCount() > 0; }))
        return -1;
    return clock.elapsed();
}

// The panel shows the answer to what was typed (hits or "No matches"), not a wait.
bool answered(MainWindow &window)
{
    const QString status = window.searchPanel()->statusLabel()->text();
    return window.treeSearch()->isReady() && !status.isEmpty() && status != QObject::tr("Searching…");
}

// A key pressed and released in `field`, through the event queue as a real one arrives.
void type(QWidget *field, QChar c)
{
    QCoreApplication::postEvent(field, new QKeyEvent(QEvent::KeyPress, 0, Qt::NoModifier, QString(c)));
    QCoreApplication::postEvent(field, new QKeyEvent(QEvent::KeyRelease, 0, Qt::NoModifier, QString(c)));
}

int typing(const QString &tree)
{
    MainWindow window;
    QString error;
    if (!DocentBench::openAndWait(window, tree, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    window.show();
    if (!waitUntil([&] { return window.treeSearch()->isReady(); }))
        return 1;
    // Let the first page settle; the measure is of typing, not of the page loading.
    pause(1500);

    QLineEdit *field = window.searchPanel()->field();
    field->setFocus();
    // Each gap between two turns of the event loop, on the clock and in the thread's own CPU
    // time: on a machine busy with other work the clock counts the time the thread waited for a
    // core too, the CPU time only what the window did.
    QElapsedTimer sinceTick;
    qint64 cpuAtTick = threadCpuNs();
    qint64 longest = 0, longestBusy = 0;
    std::vector<qint64> gaps;
    QStringList slow; // the gaps over 50 ms and what the field held then: where to look for a cause
    QTimer watchdog;
    watchdog.setInterval(0);
    QObject::connect(&watchdog, &QTimer::timeout, [&] {
        const qint64 gap = sinceTick.nsecsElapsed(), cpu = threadCpuNs();
        const qint64 busy = cpu - cpuAtTick;
        sinceTick.start();
        cpuAtTick = cpu;
        gaps.push_back(gap);
        longest = std::max(longest, gap);
        longestBusy = std::max(longestBusy, busy);
        if (gap > 50'000'000)
            slow << QStringLiteral("%1 ms (busy %2 ms) at \"%3\"").arg(gap / 1e6, 0, 'f', 1).arg(busy / 1e6, 0, 'f', 1).arg(field->text());
    });
    std::vector<qint64> toHits;
    // nova's words and cpython's: each tree finds most of them
    const QStringList queries{QStringLiteral("live migration"), QStringLiteral("huge pages"), QStringLiteral("scheduler filter"),
                              QStringLiteral("configuration option"), QStringLiteral("os.path.join"),
                              QStringLiteral("regular expression"), QStringLiteral("asyncio event loop")};
    QStringList hitCounts;
    sinceTick.start();
    watchdog.start();
    for (const QString &query : queries) {
        field->clear();
        QElapsedTimer last;
        for (QChar c : query) {
            type(field, c);
            last.start();
            if (field->text().size() + 1 < query.size())
                pause(100);
        }
        // from the last key to its hits: the key taken, the debounce, the query, the list drawn
        waitUntil([&] { return field->text() == query && answered(window); });
        toHits.push_back(last.elapsed());
        hitCounts << QString::number(window.searchPanel()->model()->rowCount());
    }
    watchdog.stop();
    std::sort(gaps.begin(), gaps.end());
    std::sort(toHits.begin(), toHits.end());
    std::printf("typing %lld queries at 10 keys/s: longest UI-thread gap %.1f ms (its CPU time at most %.1f ms), "
                "99.9th percentile %.2f ms (%zu event-loop turns); last key to hits: median %lld ms, worst %lld ms\n",
                static_cast<long long>(queries.size()), longest / 1e6, longestBusy / 1e6, gaps[gaps.size() * 999 / 1000] / 1e6,
                gaps.size(),
                static_cast<long long>(toHits[toHits.size() / 2]), static_cast<long long>(toHits.back()));
    std::printf("  hits shown per query: %s\n", qPrintable(hitCounts.join(u' ')));
    if (!slow.isEmpty())
        std::printf("  turns over 50 ms: %s\n", qPrintable(slow.join(QStringLiteral(", "))));
    return 0;
}

// Notes when the list of hits is painted holding a hit: what the reader sees, not when the
// model was filled (the window may have other work queued before it paints).
class HitsPainted final : public QObject
{
public:
    HitsPainted(QListView *list) : m_list(list) { list->viewport()->installEventFilter(this); }
    /// Starts over: the next paint with a hit counts.
    void arm() { m_painted = -1, m_clock.start(); }
    qint64 painted() const { return m_painted; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && m_painted < 0 && m_clock.isValid() && m_list->model()->rowCount() > 0)
            m_painted = m_clock.elapsed();
        return QObject::eventFilter(watched, event);
    }

private:
    QListView *m_list;
    QElapsedTimer m_clock;
    qint64 m_painted = -1;
};

int editFound(const QString &tree, int saves)
{
    QTemporaryDir copy;
    if (QProcess::execute(QStringLiteral("cp"), {QStringLiteral("-R"), tree + QStringLiteral("/."), copy.path()}) != 0 ||
        QProcess::execute(QStringLiteral("chmod"), {QStringLiteral("-R"), QStringLiteral("u+w"), copy.path()}) != 0)
        return 1;
    MainWindow window;
    QString error;
    if (!DocentBench::openAndWait(window, copy.path(), &error))
        return 1;
    window.show();
    if (!waitUntil([&] { return window.treeSearch()->isReady() && !window.currentDocname().isEmpty(); }))
        return 1;
    // The page being read is the one edited: it is shown again as well as indexed again.
    const QString docname = window.currentDocname();
    HitsPainted hits(window.searchPanel()->resultView());
    std::vector<qint64> times;
    for (int i = 0; i < saves; ++i) {
        const QString word = QStringLiteral("quokka%1zebra").arg(QChar(u'a' + i % 26)) + QString::number(i);
        window.searchPanel()->field()->setText(word);
        // The word is not there yet, and the last save's work is done.
        if (!waitUntil([&] { return answered(window) && window.searchPanel()->model()->rowCount() == 0; }))
            return 1;
        pause(500);
        QFile f(copy.path() + u'/' + docname + QStringLiteral(".rst"));
        if (!f.open(QIODevice::Append))
            return 1;
        hits.arm();
        f.write(QStringLiteral("\n\nA %1 was added.\n").arg(word).toUtf8());
        f.close();
        if (!waitUntil([&] { return hits.painted() >= 0; }))
            return 1;
        times.push_back(hits.painted());
    }
    std::sort(times.begin(), times.end());
    std::printf("a word saved into %s.rst (the page shown), then painted in the hits: median %lld ms, best %lld ms, "
                "worst %lld ms (%d saves)\n",
                qPrintable(docname), static_cast<long long>(times[times.size() / 2]), static_cast<long long>(times.front()),
                static_cast<long long>(times.back()), saves);
    return 0;
}

} // namespace

int searchScreenshot(const QString &tree, const QString &file, const QString &query)
{
    MainWindow window;
    QString error;
    if (!DocentBench::openAndWait(window, tree, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    window.setGeometry(window.screen()->geometry());
    window.show();
    if (!waitUntil([&] { return window.treeSearch()->isReady(); }))
        return 1;
    pause(1500); // the start page settles
    QLineEdit *field = window.searchPanel()->field();
    window.activateWindow();
    field->setFocus();
    for (QChar c : query) {
        type(field, c);
        pause(100);
    }
    if (!waitUntil([&] { return answered(window); }))
        return 1;
    // The first hit opened from the keyboard, its words highlighted on the page.
    // (Sent to the field and the list themselves: a page that finishes loading takes the focus.)
    for (auto [key, target] : {std::pair<Qt::Key, QWidget *>{Qt::Key_Down, field},
                               std::pair<Qt::Key, QWidget *>{Qt::Key_Return, window.searchPanel()->resultView()}}) {
        QCoreApplication::postEvent(target, new QKeyEvent(QEvent::KeyPress, key, Qt::NoModifier));
        QCoreApplication::postEvent(target, new QKeyEvent(QEvent::KeyRelease, key, Qt::NoModifier));
        pause(300);
    }
    pause(4000);
    // The whole screen: the web view draws through the window system, not into a widget grab.
    const QPixmap shot = window.screen()->grabWindow(0);
    if (shot.isNull() || !shot.save(file)) {
        std::fprintf(stderr, "cannot save the screenshot to %s\n", qPrintable(file));
        return 1;
    }
    std::printf("%s: \"%s\", %d hits, %s\n", qPrintable(file), qPrintable(query), window.searchPanel()->model()->rowCount(),
                qPrintable(window.searchPanel()->statusLabel()->text()));
    return 0;
}

int searchWindowBench(const QString &tree)
{
    const qint64 cold = firstResult(tree, QStringLiteral("configuration"));
    const qint64 warm = firstResult(tree, QStringLiteral("configuration"));
    std::printf("open the tree to the first search result: no index yet %lld ms, index in the cache %lld ms\n",
                static_cast<long long>(cold), static_cast<long long>(warm));
    return typing(tree) || editFound(tree, 5);
}

int searchSaveBench(const QString &tree, int saves)
{
    return editFound(tree, std::max(1, saves));
}
