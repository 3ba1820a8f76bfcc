// docent-bench-window search TREE
//   - time to the first search result after opening the tree, with no index yet (cold) and with
//     the index of the previous start in the cache (warm);
//   - the longest time the window's thread was busy while a reader types five queries at ten
//     keys a second (a watchdog timer notes the gap between event-loop iterations), and the time
//     from the last key to the hits shown;
//   - a word added to a page and saved: the time until a search shows it.
#include "searchwindowbench.h"

#include "mainwindow.h"
#include "search/treesearch.h"
#include "searchpanel.h"
#include "searchresultmodel.h"

#include <QLabel>
#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QKeyEvent>
#include <QLineEdit>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace Docent;

namespace {

// Runs the event loop until `done` holds; false after 30 s.
bool waitUntil(const std::function<bool()> &done)
{
    QElapsedTimer clock;
    clock.start();
    while (!done()) {
        if (clock.elapsed() > 30000)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    }
    return true;
}

// Opens `tree` in a new window and types `query`: milliseconds from the open to the hits shown.
qint64 firstResult(const QString &tree, const QString &query)
{
    QElapsedTimer clock;
    clock.start();
    MainWindow window;
    QString error;
    if (!window.openPath(tree, &error))
        return -1;
    window.show();
    window.searchPanel()->field()->setText(query);
    if (!waitUntil([&] { return window.searchPanel()->model()->rowCount() > 0; }))
        return -1;
    return clock.elapsed();
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
    if (!window.openPath(tree, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    window.show();
    if (!waitUntil([&] { return window.treeSearch()->isReady(); }))
        return 1;
    // Let the first page settle; the measure is of typing, not of the page loading.
    QElapsedTimer settle;
    settle.start();
    waitUntil([&] { return settle.elapsed() > 1500; });

    QLineEdit *field = window.searchPanel()->field();
    field->setFocus();
    QElapsedTimer sinceTick;
    qint64 longest = 0;
    std::vector<qint64> gaps;
    QTimer watchdog;
    watchdog.setInterval(0);
    QObject::connect(&watchdog, &QTimer::timeout, [&] {
        const qint64 gap = sinceTick.nsecsElapsed();
        sinceTick.start();
        gaps.push_back(gap);
        longest = std::max(longest, gap);
    });
    std::vector<qint64> toHits;
    const QStringList queries{QStringLiteral("live migration"), QStringLiteral("huge pages"), QStringLiteral("scheduler filter"),
                              QStringLiteral("evacuate instance"), QStringLiteral("configuration option")};
    sinceTick.start();
    watchdog.start();
    for (const QString &query : queries) {
        field->clear();
        for (QChar c : query) {
            type(field, c);
            QElapsedTimer key;
            key.start();
            waitUntil([&] { return key.elapsed() >= 100; });
        }
        QElapsedTimer last;
        last.start();
        waitUntil([&] { return window.searchPanel()->model()->rowCount() > 0 &&
                               window.searchPanel()->statusLabel()->text() != QObject::tr("Searching…"); });
        toHits.push_back(last.elapsed());
    }
    watchdog.stop();
    std::sort(gaps.begin(), gaps.end());
    std::sort(toHits.begin(), toHits.end());
    std::printf("typing %lld queries at 10 keys/s: longest UI-thread gap %.1f ms, 99th percentile %.2f ms "
                "(%zu event-loop turns); last key to hits: median %lld ms, worst %lld ms\n",
                static_cast<long long>(queries.size()), longest / 1e6, gaps[gaps.size() * 99 / 100] / 1e6, gaps.size(),
                static_cast<long long>(toHits[toHits.size() / 2]), static_cast<long long>(toHits.back()));
    return 0;
}

int editFound(const QString &tree)
{
    QTemporaryDir copy;
    if (QProcess::execute(QStringLiteral("cp"), {QStringLiteral("-R"), tree + QStringLiteral("/."), copy.path()}) != 0 ||
        QProcess::execute(QStringLiteral("chmod"), {QStringLiteral("-R"), QStringLiteral("u+w"), copy.path()}) != 0)
        return 1;
    MainWindow window;
    QString error;
    if (!window.openPath(copy.path(), &error))
        return 1;
    window.show();
    if (!waitUntil([&] { return window.treeSearch()->isReady(); }))
        return 1;
    std::vector<qint64> times;
    for (int i = 0; i < 5; ++i) {
        const QString word = QStringLiteral("quokka%1zebra").arg(i);
        window.searchPanel()->field()->setText(word);
        QElapsedTimer settle;
        settle.start();
        waitUntil([&] { return settle.elapsed() > 500; });
        QFile f(copy.path() + QStringLiteral("/index.rst"));
        if (!f.open(QIODevice::Append))
            return 1;
        QElapsedTimer clock;
        clock.start();
        f.write(QStringLiteral("\n\nA %1 was added.\n").arg(word).toUtf8());
        f.close();
        if (!waitUntil([&] { return window.searchPanel()->model()->rowCount() > 0; }))
            return 1;
        times.push_back(clock.elapsed());
    }
    std::sort(times.begin(), times.end());
    std::printf("a word saved into index.rst, then shown by the search: median %lld ms, worst %lld ms (5 saves)\n",
                static_cast<long long>(times[times.size() / 2]), static_cast<long long>(times.back()));
    return 0;
}

} // namespace

int searchWindowBench(const QString &tree)
{
    const qint64 cold = firstResult(tree, QStringLiteral("configuration"));
    const qint64 warm = firstResult(tree, QStringLiteral("configuration"));
    std::printf("open the tree to the first search result: no index yet %lld ms, index in the cache %lld ms\n",
                static_cast<long long>(cold), static_cast<long long>(warm));
    return typing(tree) || editFound(tree);
}
