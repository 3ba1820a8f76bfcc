#include "lines.h"

namespace Docent {

Block::Block(std::vector<Line> lines)
{
    const size_t n = lines.size();
    addRun(std::make_shared<std::vector<Line>>(std::move(lines)), 0, n, 0);
}

const Block::Run &Block::runAt(size_t k) const
{
    // the last run starting at or before k
    const auto it = std::upper_bound(m_runs.begin(), m_runs.end(), k,
                                     [](size_t index, const Run &r) { return index < r.start; });
    return *std::prev(it);
}

void Block::addRun(const std::shared_ptr<std::vector<Line>> &lines, size_t begin, size_t end, int dedent)
{
    if (begin >= end)
        return;
    // a run that continues the last one (same lines, same dedent) extends it
    if (!m_runs.empty()) {
        Run &last = m_runs.back();
        if (last.lines == lines && last.end == begin && last.dedent == dedent) {
            last.end = end;
            m_size += end - begin;
            return;
        }
    }
    m_runs.push_back({lines, begin, end, m_size, dedent});
    m_size += end - begin;
}

Block Block::mid(size_t begin, size_t end, int dedent, int firstDedent) const
{
    Block out;
    end = std::min(end, m_size);
    if (begin >= end)
        return out;
    auto run = m_runs.begin();
    while (run->start + (run->end - run->begin) <= begin)
        ++run;
    for (size_t k = begin; k < end; ++run) {
        const size_t from = run->begin + (k - run->start);
        const size_t to = std::min(run->end, run->begin + (end - run->start));
        if (k == begin && firstDedent >= 0) {
            out.addRun(run->lines, from, from + 1, run->dedent + firstDedent);
            out.addRun(run->lines, from + 1, to, run->dedent + dedent);
        } else {
            out.addRun(run->lines, from, to, run->dedent + dedent);
        }
        k += to - from;
    }
    return out;
}

void Block::append(const Block &other)
{
    for (const Run &r : other.m_runs)
        addRun(r.lines, r.begin, r.end, r.dedent);
}

void Block::push_back(const Line &line)
{
    // Lines of its own go into an array only this block holds, extended while nobody shares it.
    if (!m_runs.empty()) {
        Run &last = m_runs.back();
        if (last.lines.use_count() == 1 && last.end == last.lines->size() && last.dedent == 0) {
            last.lines->push_back(line);
            ++last.end;
            ++m_size;
            return;
        }
    }
    addRun(std::make_shared<std::vector<Line>>(1, line), 0, 1, 0);
}

} // namespace Docent
