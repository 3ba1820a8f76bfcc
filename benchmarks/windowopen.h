// The window benchmarks open a tree and wait until the whole of it is read and in place.
#pragma once

#include "eventwait.h"
#include "mainwindow.h"

#include <limits>

namespace DocentBench {

/// Opens `path` in `window` and runs the event loop until the whole tree is in place (true) or
/// cannot be opened (false, with the reason in `error`).
inline bool openAndWait(Docent::MainWindow &window, const QString &path, QString *error)
{
    bool done = false, opened = false;
    const auto ok = QObject::connect(&window, &Docent::MainWindow::treeOpened, [&] { done = opened = true; });
    const auto failed = QObject::connect(&window, &Docent::MainWindow::treeOpenFailed, [&](const QString &, const QString &why) {
        *error = why;
        done = true;
    });
    window.openTree(path, {}, [](const QString &) {}); // said by the caller, not in a message box
    waitUntil([&] { return done; }, std::numeric_limits<int>::max());
    QObject::disconnect(ok);
    QObject::disconnect(failed);
    return opened;
}

} // namespace DocentBench
