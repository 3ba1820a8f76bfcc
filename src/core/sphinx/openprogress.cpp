#include "openprogress_p.h"

#include <algorithm>

namespace Docent {

namespace {
// A status bar moves smoothly at this interval; reporting more often only costs the receiver.
constexpr auto kReportInterval = std::chrono::milliseconds(20);
} // namespace

OpenSteps::OpenSteps(const OpenProgress &progress)
    : m_progress(progress), m_readSoFarDue(std::chrono::steady_clock::now() + progress.readSoFarAfter),
      m_readSoFarInterval(progress.readSoFarAfter)
{
}

void OpenSteps::documentRead(const Project &project)
{
    if (!m_progress.readSoFar)
        return;
    const auto now = std::chrono::steady_clock::now();
    if (now < m_readSoFarDue)
        return;
    m_progress.readSoFar(project);
    // Each look costs about what the tree read so far has grown to: doubling the interval keeps
    // them all together near the cost of one look at the whole tree.
    m_readSoFarInterval *= 2;
    m_readSoFarDue = std::chrono::steady_clock::now() + m_readSoFarInterval;
}

void OpenSteps::start(int total)
{
    m_total = std::max(total, 0);
    m_done = 0;
    report();
}

void OpenSteps::advance(int count)
{
    m_done = std::min(m_done + count, m_total);
    if (!m_progress.progress)
        return; // no receiver: not even the clock is read
    const int onePercent = std::max(m_total / 100, 1);
    if (m_done - m_reported >= onePercent || std::chrono::steady_clock::now() - m_reportedAt >= kReportInterval)
        report();
}

void OpenSteps::finish()
{
    m_done = m_total;
    if (m_reported != m_total)
        report();
}

void OpenSteps::report()
{
    if (!m_progress.progress || m_done == m_reported)
        return;
    m_reported = m_done;
    m_reportedAt = std::chrono::steady_clock::now();
    m_progress.progress(m_done, m_total);
}

} // namespace Docent
