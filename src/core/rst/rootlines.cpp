#include "rootlines_p.h"

#include <algorithm>

namespace Docent {

void RootLines::reset(int lineCount)
{
    m_prefix.clear();
    m_prefixSize = 0;
    m_open = {{lineCount, 1}};
}

void RootLines::push(int firstLine, int count)
{
    if (count <= 0)
        return;
    m_prefix.push_back({m_prefixSize, firstLine, count});
    m_prefixSize += count;
}

void RootLines::flush(OpenFile &file, int throughLine)
{
    throughLine = std::min(throughLine, file.lineCount);
    if (throughLine >= file.nextLine) {
        push(file.nextLine, throughLine - file.nextLine + 1);
        file.nextLine = throughLine + 1;
    }
}

void RootLines::beginInclude(int afterLine, int lineCount)
{
    if (m_open.empty())
        return;
    flush(m_open.back(), afterLine);
    push(0, 1); // the padding line before the included text
    m_open.push_back({lineCount, 1});
}

void RootLines::endInclude()
{
    if (m_open.size() < 2)
        return;
    const int lineCount = m_open.back().lineCount;
    flush(m_open.back(), lineCount);
    push(lineCount + 1, 1); // the padding line after it
    m_open.pop_back();
}

std::optional<int> RootLines::lineAt(long long position) const
{
    if (position < 1)
        return std::nullopt;
    long long index = position - 1;
    if (index < m_prefixSize) {
        const auto it = std::upper_bound(m_prefix.begin(), m_prefix.end(), index,
                                         [](long long i, const Segment &s) { return i < s.start; });
        const Segment &s = *std::prev(it);
        return s.firstLine + int(index - s.start);
    }
    index -= m_prefixSize;
    // The unread rest: innermost file, its trailing padding line, the file around it, and so on.
    int last = m_prefix.empty() ? -1 : m_prefix.back().firstLine + m_prefix.back().count - 1; // -1: none
    for (auto f = m_open.rbegin(); f != m_open.rend(); ++f) {
        const long long rest = f->lineCount - f->nextLine + 1;
        if (index < rest)
            return f->nextLine + int(index);
        index -= rest;
        if (rest > 0)
            last = f->lineCount;
        if (std::next(f) != m_open.rend()) {
            if (index == 0)
                return f->lineCount + 1;
            --index;
            last = f->lineCount + 1;
        }
    }
    // docutils shows the line after the last one for the position just past the end, else nothing.
    if (index == 0 && last >= 0)
        return last + 1;
    return std::nullopt;
}

} // namespace Docent
