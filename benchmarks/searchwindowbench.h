// docent-bench-window search TREE [--screenshot FILE QUERY | --saves N]: search in the window, timed (searchwindowbench.cpp).
#pragma once

#include <QString>

int searchWindowBench(const QString &tree);
/// The window with `query` typed and its first hit opened, the screen saved to `file`.
int searchScreenshot(const QString &tree, const QString &file, const QString &query);
/// A word appended to the file of the page shown, `saves` times: the time from each save to the search showing it.
int searchSaveBench(const QString &tree, int saves);
