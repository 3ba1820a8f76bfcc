// The step count of one Project::open, reported through its OpenProgress at the rate the
// receiver can take.
#pragma once

#include "openprogress.h"

#include <chrono>

namespace Docent {

class OpenSteps final
{
public:
    explicit OpenSteps(const OpenProgress &progress);
    /// The open's step count is known: reports (0, total).
    void start(int total);
    /// `count` more steps done; reported when 1% of the total or 20 ms have passed since the last report.
    void advance(int count = 1);
    /// The open is complete: reports (total, total) unless that was the last report.
    void finish();
    bool cancelled() const { return m_progress.cancel.stop_requested(); }
    /// A document more is read into `project`: passed to OpenProgress::readSoFar when its time has come.
    void documentRead(const Project &project);

private:
    void report();

    const OpenProgress &m_progress;
    int m_total = 0;
    int m_done = 0;
    int m_reported = -1;
    std::chrono::steady_clock::time_point m_reportedAt;
    std::chrono::steady_clock::time_point m_readSoFarDue;
    std::chrono::milliseconds m_readSoFarInterval;
};

} // namespace Docent
