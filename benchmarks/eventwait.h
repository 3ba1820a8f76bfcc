// How the benchmarks wait for the window: in the event loop, asleep between events, as the
// application does. A loop around QCoreApplication::processEvents(flags, ms) does not sleep (that
// call returns as soon as nothing is pending), so it keeps a whole core busy: half of a two-core
// machine, taken from the threads that read the tree being measured.
#pragma once

#include <QAbstractEventDispatcher>
#include <QEventLoop>
#include <QTimer>

#include <functional>

namespace DocentBench {

/// Runs the event loop until `done` holds (asked each time the loop has no more events and is
/// about to sleep) or `limitMs` have passed; returns whether `done` holds.
inline bool waitUntil(const std::function<bool()> &done, int limitMs = 30000)
{
    if (done())
        return true;
    QEventLoop loop;
    QObject::connect(QAbstractEventDispatcher::instance(), &QAbstractEventDispatcher::aboutToBlock, &loop, [&] {
        if (done())
            loop.quit();
    });
    QTimer::singleShot(limitMs, &loop, &QEventLoop::quit);
    loop.exec();
    return done();
}

/// Runs the event loop for `ms` milliseconds.
inline void pause(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

} // namespace DocentBench
