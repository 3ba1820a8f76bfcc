// A block of source lines: views into the parser's normalised text, each with its source line number.
#pragma once

#include <QStringView>

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

/// Drops up to `n` leading columns of every line (lines shorter than that become blank).
inline Line dedented(const Line &line, int n)
{
    return {line.text.mid(std::min<qsizetype>(n, line.text.size())), line.number};
}

} // namespace Docent
