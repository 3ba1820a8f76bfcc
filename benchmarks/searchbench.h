// docent-bench search: the full-text index's build time, size, warm start and query latency.
#pragma once

#include <QString>

int searchBench(const QString &dir, int repeat);
