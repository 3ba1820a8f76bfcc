// A block of source lines: views into the parser's normalised text, each with its source line number.
#pragma once

#include <QString>
#include <QStringView>

#include <algorithm>

#include <vector>

namespace Docent {

struct Line {
    QStringView text;
    int number = 0; ///< 1-based line in the source file
    bool isBlank() const { return text.isEmpty(); } // lines are right-stripped, so blank == empty
    int indent() const
    {
        int i = 0;
        while (i < text.size() && text[i] == u' ')
            ++i;
        return i;
    }
};

using Block = std::vector<Line>;

/// Removes the blank lines at the start of a block (an item's body that starts on the next line).
inline void dropLeadingBlankLines(Block &block)
{
    auto firstText = block.begin();
    while (firstText != block.end() && firstText->isBlank())
        ++firstText;
    block.erase(block.begin(), firstText);
}

/// Lines `begin` to `end` of a block joined with newlines, in one allocation.
inline QString joinLines(const Block &b, size_t begin, size_t end)
{
    if (end <= begin + 1)
        return end == begin ? QString() : b[begin].text.toString();
    qsizetype size = -1;
    for (size_t i = begin; i < end; ++i)
        size += b[i].text.size() + 1;
    QString out(size, Qt::Uninitialized);
    char16_t *o = reinterpret_cast<char16_t *>(out.data());
    for (size_t i = begin; i < end; ++i) {
        if (i > begin)
            *o++ = u'\n';
        o = std::copy(b[i].text.utf16(), b[i].text.utf16() + b[i].text.size(), o);
    }
    return out;
}

/// Drops up to `n` leading columns of every line (lines shorter than that become blank).
inline Line dedented(const Line &line, int n)
{
    return {line.text.mid(std::min<qsizetype>(n, line.text.size())), line.number};
}

} // namespace Docent
