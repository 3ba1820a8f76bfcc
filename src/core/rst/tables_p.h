// What the grid table and simple table parsers (gridtable.cpp, simpletable.cpp) share, from tables.cpp:
// a table's lines in display columns, the text of its cells, its markup errors, docutils'
// table > tgroup > colspec*, thead?, tbody > row > entry tree, and the "Malformed table." report.
#pragma once

#include "blockparser_p.h"

#include <QString>
#include <QStringView>

#include <memory>
#include <string>
#include <vector>

namespace Docent {

class ParseState;

namespace Tables {

// A table's lines as code points, wide characters padded, with their source line numbers. Cells
// are views of the source lines, not copies: a table nested in a cell would otherwise copy its
// text again at every level.
struct TableText {
    std::vector<std::u32string> lines;
    std::vector<int> numbers;
    std::vector<QStringView> source;
    /// Per line, the source position of each column and of the end; empty where they are equal
    /// (no wide characters, none outside the BMP). A padding column maps past its wide character.
    std::vector<std::vector<qsizetype>> positions;

    /// Columns [begin, end) of line `row` in the source, without the padding.
    QStringView view(size_t row, size_t begin, size_t end) const
    {
        const std::vector<qsizetype> &at = positions[row];
        const qsizetype from = at.empty() ? qsizetype(begin) : at[begin];
        const qsizetype to = at.empty() ? qsizetype(end) : at[end];
        return source[row].mid(from, to - from);
    }
};

/// Lines [begin, end) of `b` as a table's text.
TableText padded(const Block &b, size_t begin, size_t end);

std::u32string rstripped(std::u32string s);
bool isBlank32(const std::u32string &s, size_t from, size_t to = std::u32string::npos);

/// A table markup problem: reported as "Malformed table." at the table line `offset`.
struct TableMarkupError {
    QString message;
    int offset = 0;
};

// Grid and simple tables allow one "=" rule between head and body; lines counted from 0.
TableMarkupError multipleHeadSeparators(size_t first, size_t second);

struct Entry {
    int morerows = 0;
    int morecols = 0;
    Block lines;
};

struct TableLayout {
    std::vector<int> colWidths;
    std::vector<std::vector<Entry>> head, body;
};

// The text of a cell: columns [left, right) of lines [top, bottom), right-stripped, with the indentation
// common to the non-blank lines removed and the padding dropped; views of the table's source lines.
Block cellBlock(const TableText &t, size_t top, size_t bottom, size_t left, size_t right);

/// The table's tree, its cells parsed (nested) as body elements.
std::unique_ptr<Node> buildTable(BlockParser &parser, TableLayout &layout, int line);

// Where docutils stands after isolating a table: the table's lines, and the last line it consumed
// (parsing resumes after it), both relative to the table's first line.
struct Isolated {
    size_t lines = 0;
    size_t current = 0;
    bool blankFinish = true;
};

/// "Malformed table." for the isolated lines starting at `b[begin]`, with `detail` at table line `offset`.
std::unique_ptr<Node> malformed(ParseState &state, const Block &b, size_t begin, const Isolated &iso,
                                const QString &detail = {}, int offset = 0);
/// "Blank line required after table." for a table whose last line is `lastLine`.
std::unique_ptr<Node> blankLineRequired(ParseState &state, int lastLine);

} // namespace Tables
} // namespace Docent
