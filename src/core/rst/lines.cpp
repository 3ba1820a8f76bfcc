#include "lines.h"

namespace Docent {

Block::Block(std::vector<Line> lines)
{
    auto owned = std::make_shared<const std::vector<Line>>(std::move(lines));
    addRun({owned->data(), owned->size(), 0});
    m_owners = std::make_shared<const std::vector<Owned>>(1, std::move(owned));
}

Block Block::view(const std::vector<Line> &lines)
{
    Block b;
    b.addRun({lines.data(), lines.size(), 0});
    return b;
}

template<typename F> void Block::forEachRun(F &&f) const
{
    for (const Run *r : {&m_first, &m_second})
        if (r->size)
            f(*r);
    for (const Run &r : m_more)
        f(r);
}

Line Block::lineInMoreRuns(size_t k) const
{
    // the last run that starts at or before line k (a glossary's content can have thousands)
    const auto run = std::prev(std::upper_bound(m_more.begin(), m_more.end(), k,
                                                [](size_t index, const Run &r) { return index < r.start; }));
    return run->at(k - run->start);
}

void Block::addRun(const Run &run)
{
    if (run.size == 0)
        return;
    Run &last = !m_more.empty() ? m_more.back() : m_second.size ? m_second : m_first;
    if (last.size && last.lines + last.size == run.lines && last.dedent == run.dedent)
        last.size += run.size; // it continues the last run
    else if (!m_first.size)
        m_first = {run.lines, run.size, run.dedent, m_size};
    else if (!m_second.size)
        m_second = {run.lines, run.size, run.dedent, m_size};
    else
        m_more.push_back({run.lines, run.size, run.dedent, m_size});
    m_size += run.size;
}

Block Block::mid(size_t begin, size_t end, int dedent, int firstDedent) const
{
    Block out;
    out.m_owners = m_owners;
    end = std::min(end, m_size);
    if (begin >= end)
        return out;
    if (!m_second.size) {
        // one run: the parser's usual case (an indented block of the lines around it)
        const Line *lines = m_first.lines + begin;
        const size_t n = end - begin;
        if (firstDedent >= 0 && firstDedent != dedent) {
            out.m_first = {lines, 1, m_first.dedent + firstDedent, 0};
            if (n > 1)
                out.m_second = {lines + 1, n - 1, m_first.dedent + dedent, 1};
        } else {
            out.m_first = {lines, n, m_first.dedent + dedent, 0};
        }
        out.m_size = n;
        return out;
    }
    size_t at = 0; // index of the run's first line in this block
    forEachRun([&](const Run &r) {
        const size_t from = std::max(begin, at), to = std::min(end, at + r.size);
        if (from < to) {
            const Line *lines = r.lines + (from - at);
            if (from == begin && firstDedent >= 0) {
                out.addRun({lines, 1, r.dedent + firstDedent});
                out.addRun({lines + 1, to - from - 1, r.dedent + dedent});
            } else {
                out.addRun({lines, to - from, r.dedent + dedent});
            }
        }
        at += r.size;
    });
    return out;
}

void Block::append(const Block &other)
{
    other.forEachRun([this](const Run &r) { addRun(r); });
    if (!other.m_owners || other.m_owners == m_owners)
        return;
    auto owners = m_owners ? std::make_shared<std::vector<Owned>>(*m_owners)
                           : std::make_shared<std::vector<Owned>>();
    for (const Owned &owner : *other.m_owners)
        if (std::find(owners->begin(), owners->end(), owner) == owners->end())
            owners->push_back(owner);
    m_owners = std::move(owners);
}

} // namespace Docent
