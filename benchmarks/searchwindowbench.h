// docent-bench-window search TREE [--screenshot FILE QUERY]: search in the window, timed (searchwindowbench.cpp).
#pragma once

#include <QString>

int searchWindowBench(const QString &tree);
/// The window with `query` typed and its first hit opened, the screen saved to `file`.
int searchScreenshot(const QString &tree, const QString &file, const QString &query);
