// docent-bench-window search TREE: search in the window, timed (searchwindowbench.cpp).
#pragma once

#include <QString>

int searchWindowBench(const QString &tree);
