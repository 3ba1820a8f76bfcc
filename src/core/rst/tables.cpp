// Grid tables ("+---+") and simple tables ("=== ===") of the block parser: isolating the table's lines the
// way docutils does (including where parsing resumes after a table that ends early), finding the cells, and
// building docutils' table > tgroup > colspec*, thead?, tbody > row > entry tree.
#include "blockparser_p.h"
#include "parselimits.h"
#include "parsestate_p.h"

#include <algorithm>
#include <map>
#include <optional>
#include <set>
#include <string>

namespace Docent {
namespace {

// Follows every East Asian wide character in a table's lines so that string positions are display columns
// (docutils pads with the same character and removes it from the cell text again).
constexpr char32_t kPad = 0;

// Unicode East Asian Width "W" and "F" (what Python's unicodedata reports and docutils pads).
bool isWide(char32_t u)
{
    static constexpr std::pair<char32_t, char32_t> ranges[] = {
        {0x1100, 0x115F},   {0x231A, 0x231B},   {0x2329, 0x232A},   {0x23E9, 0x23EC},   {0x23F0, 0x23F0},
        {0x23F3, 0x23F3},   {0x25FD, 0x25FE},   {0x2614, 0x2615},   {0x2648, 0x2653},   {0x267F, 0x267F},
        {0x2693, 0x2693},   {0x26A1, 0x26A1},   {0x26AA, 0x26AB},   {0x26BD, 0x26BE},   {0x26C4, 0x26C5},
        {0x26CE, 0x26CE},   {0x26D4, 0x26D4},   {0x26EA, 0x26EA},   {0x26F2, 0x26F3},   {0x26F5, 0x26F5},
        {0x26FA, 0x26FA},   {0x26FD, 0x26FD},   {0x2705, 0x2705},   {0x270A, 0x270B},   {0x2728, 0x2728},
        {0x274C, 0x274C},   {0x274E, 0x274E},   {0x2753, 0x2755},   {0x2757, 0x2757},   {0x2795, 0x2797},
        {0x27B0, 0x27B0},   {0x27BF, 0x27BF},   {0x2B1B, 0x2B1C},   {0x2B50, 0x2B50},   {0x2B55, 0x2B55},
        {0x2E80, 0x303E},   {0x3041, 0x33FF},   {0x3400, 0x4DBF},   {0x4E00, 0x9FFF},   {0xA000, 0xA4CF},
        {0xA960, 0xA97F},   {0xAC00, 0xD7A3},   {0xF900, 0xFAFF},   {0xFE10, 0xFE19},   {0xFE30, 0xFE6F},
        {0xFF00, 0xFF60},   {0xFFE0, 0xFFE6},   {0x16FE0, 0x16FE4}, {0x16FF0, 0x16FF1}, {0x17000, 0x18CD5},
        {0x18D00, 0x18D08}, {0x1AFF0, 0x1B2FB}, {0x1F004, 0x1F004}, {0x1F0CF, 0x1F0CF}, {0x1F18E, 0x1F18E},
        {0x1F191, 0x1F19A}, {0x1F200, 0x1F202}, {0x1F210, 0x1F23B}, {0x1F240, 0x1F248}, {0x1F250, 0x1F251},
        {0x1F260, 0x1F265}, {0x1F300, 0x1F320}, {0x1F32D, 0x1F335}, {0x1F337, 0x1F37C}, {0x1F37E, 0x1F393},
        {0x1F3A0, 0x1F3CA}, {0x1F3CF, 0x1F3D3}, {0x1F3E0, 0x1F3F0}, {0x1F3F4, 0x1F3F4}, {0x1F3F8, 0x1F43E},
        {0x1F440, 0x1F440}, {0x1F442, 0x1F4FC}, {0x1F4FF, 0x1F53D}, {0x1F54B, 0x1F54E}, {0x1F550, 0x1F567},
        {0x1F57A, 0x1F57A}, {0x1F595, 0x1F596}, {0x1F5A4, 0x1F5A4}, {0x1F5FB, 0x1F64F}, {0x1F680, 0x1F6C5},
        {0x1F6CC, 0x1F6CC}, {0x1F6D0, 0x1F6D2}, {0x1F6D5, 0x1F6D7}, {0x1F6DC, 0x1F6DF}, {0x1F6EB, 0x1F6EC},
        {0x1F6F4, 0x1F6FC}, {0x1F7E0, 0x1F7EB}, {0x1F7F0, 0x1F7F0}, {0x1F90C, 0x1F93A}, {0x1F93C, 0x1F945},
        {0x1F947, 0x1F9FF}, {0x1FA70, 0x1FAFF}, {0x20000, 0x2FFFD}, {0x30000, 0x3FFFD},
    };
    if (u < 0x1100)
        return false;
    for (const auto &[lo, hi] : ranges)
        if (u >= lo && u <= hi)
            return true;
    return false;
}

bool isSpace32(char32_t c)
{
    return QChar::isSpace(c);
}

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

TableText padded(const Block &b, size_t begin, size_t end)
{
    TableText t;
    for (size_t k = begin; k < end; ++k) {
        const QStringView text = b[k].text;
        std::u32string line;
        std::vector<qsizetype> at;
        bool plain = true;
        for (qsizetype i = 0; i < text.size(); ++i) {
            const qsizetype from = i;
            char32_t c = text[i].unicode();
            if (QChar::isHighSurrogate(c) && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
                c = QChar::surrogateToUcs4(text[i].unicode(), text[i + 1].unicode());
                ++i;
                plain = false;
            }
            line += c;
            at.push_back(from);
            if (isWide(c)) {
                line += kPad;
                at.push_back(i + 1);
                plain = false;
            }
        }
        at.push_back(text.size());
        t.lines.push_back(std::move(line));
        t.numbers.push_back(b[k].number);
        t.source.push_back(text);
        t.positions.push_back(plain ? std::vector<qsizetype>() : std::move(at));
    }
    return t;
}

std::u32string rstripped(std::u32string s)
{
    while (!s.empty() && isSpace32(s.back()))
        s.pop_back();
    return s;
}

bool isBlank32(const std::u32string &s, size_t from, size_t to = std::u32string::npos)
{
    to = std::min(to, s.size());
    for (size_t k = from; k < to; ++k)
        if (!isSpace32(s[k]))
            return false;
    return true;
}

/// A table markup problem: reported as "Malformed table." at the table line `offset`.
struct TableMarkupError {
    QString message;
    int offset = 0;
};

// Grid and simple tables allow one "=" rule between head and body; lines counted from 0.
TableMarkupError multipleHeadSeparators(size_t first, size_t second)
{
    return {QStringLiteral("Multiple head/body row separators (table lines %1 and %2); only one allowed.")
                .arg(first + 1)
                .arg(second + 1),
            int(second)};
}

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
Block cellBlock(const TableText &t, size_t top, size_t bottom, size_t left, size_t right)
{
    std::vector<std::pair<size_t, size_t>> parts; // columns of each line
    size_t indent = right;
    for (size_t r = top; r < bottom; ++r) {
        const std::u32string &line = t.lines[r];
        const size_t begin = std::min(left, line.size());
        size_t end = std::min(right, line.size());
        while (end > begin && isSpace32(line[end - 1]))
            --end;
        if (end > begin) {
            size_t lead = begin;
            while (lead < end && isSpace32(line[lead]))
                ++lead;
            indent = std::min(indent, lead - begin);
        }
        parts.emplace_back(begin, end);
    }
    std::vector<Line> out;
    out.reserve(parts.size());
    for (size_t k = 0; k < parts.size(); ++k) {
        auto [begin, end] = parts[k];
        if (indent > 0 && indent < right)
            begin = std::min(begin + indent, end);
        out.push_back({t.view(top + k, begin, end), t.numbers[top + k]});
    }
    return Block(std::move(out));
}

// "+-----+----+" (fill '-'): a grid table border; "+=====+====+" (fill '='): its head/body separator.
template<typename String>
bool isGridRule(const String &s, char16_t fill)
{
    const auto n = s.size();
    if (n < 5 || s[0] != u'+' || s[1] != fill || s[n - 2] != fill || s[n - 1] != u'+')
        return false;
    for (decltype(s.size()) k = 0; k < n; ++k)
        if (s[k] != u'+' && s[k] != fill)
            return false;
    return true;
}

/// Finds the cells of a grid table: each cell is traced clockwise from its top-left corner, and the corners
/// it ends on become the starting points of further cells.
class GridTableParser
{
public:
    explicit GridTableParser(TableText text) : m_text(std::move(text)) {}

    /// The lines start and end with a "+---+" border (the isolation made sure), so a head/body separator
    /// is never the first or last line.
    TableLayout parse()
    {
        std::vector<std::u32string> &lines = m_text.lines;
        std::optional<size_t> headSep;
        for (size_t k = 0; k < lines.size(); ++k) {
            if (!isGridRule(lines[k], u'='))
                continue;
            if (headSep)
                throw multipleHeadSeparators(*headSep, k);
            headSep = k;
            for (char32_t &c : lines[k])
                if (c == U'=')
                    c = U'-';
        }
        m_bottom = lines.size() - 1;
        m_right = lines[0].size() - 1;
        findCells();
        return structure(headSep);
    }

private:
    struct Cell {
        size_t top, left, bottom, right;
    };

    char32_t at(size_t row, size_t col)
    {
        if (++m_work > kTableScanBudget)
            throw TableMarkupError{QStringLiteral("Malformed table; parse incomplete."), 0};
        const std::u32string &line = m_text.lines[row];
        return col < line.size() ? line[col] : U' ';
    }

    void findCells()
    {
        std::vector<long> done(m_text.lines[0].size(), -1); // per column: the last row covered by a cell
        m_rowSeps = {0};
        m_colSeps = {0};
        std::set<std::pair<size_t, size_t>> corners{{0, 0}};
        while (!corners.empty()) {
            const auto [top, left] = *corners.begin();
            corners.erase(corners.begin());
            if (top == m_bottom || left == m_right || long(top) <= done[left])
                continue;
            std::vector<size_t> rowSeps, colSeps;
            const std::optional<Cell> cell = scanCell(top, left, rowSeps, colSeps);
            if (!cell)
                continue;
            m_rowSeps.insert(rowSeps.begin(), rowSeps.end());
            m_colSeps.insert(colSeps.begin(), colSeps.end());
            for (size_t c = left; c < cell->right; ++c)
                done[c] = long(cell->bottom) - 1;
            m_cells.push_back(*cell);
            corners.insert({top, cell->right});
            corners.insert({cell->bottom, left});
        }
        for (size_t c = 0; c < m_right; ++c)
            if (done[c] != long(m_bottom) - 1)
                throw TableMarkupError{QStringLiteral("Malformed table; parse incomplete."), 0};
    }

    // Along the top border to a '+', down the right border to a '+', then back along the bottom border and
    // up the left one; the first such closed rectangle is the cell. The '+' passed on the way are separators.
    std::optional<Cell> scanCell(size_t top, size_t left, std::vector<size_t> &rowSeps,
                                 std::vector<size_t> &colSeps)
    {
        std::vector<size_t> topSeps;
        for (size_t right = left + 1; right <= m_right; ++right) {
            const char32_t c = at(top, right);
            if (c != U'+') {
                if (c != U'-')
                    return std::nullopt;
                continue;
            }
            topSeps.push_back(right);
            std::vector<size_t> rightSeps;
            for (size_t bottom = top + 1; bottom <= m_bottom; ++bottom) {
                const char32_t d = at(bottom, right);
                if (d != U'+') {
                    if (d != U'|')
                        break;
                    continue;
                }
                rightSeps.push_back(bottom);
                std::vector<size_t> bottomSeps, leftSeps;
                if (closes(top, left, bottom, right, bottomSeps, leftSeps)) {
                    rowSeps = rightSeps;
                    rowSeps.insert(rowSeps.end(), leftSeps.begin(), leftSeps.end());
                    colSeps = topSeps;
                    colSeps.insert(colSeps.end(), bottomSeps.begin(), bottomSeps.end());
                    return Cell{top, left, bottom, right};
                }
            }
        }
        return std::nullopt;
    }

    bool closes(size_t top, size_t left, size_t bottom, size_t right, std::vector<size_t> &bottomSeps,
                std::vector<size_t> &leftSeps)
    {
        for (size_t c = right - 1; c > left; --c) {
            const char32_t ch = at(bottom, c);
            if (ch == U'+')
                bottomSeps.push_back(c);
            else if (ch != U'-')
                return false;
        }
        if (at(bottom, left) != U'+')
            return false;
        for (size_t r = bottom - 1; r > top; --r) {
            const char32_t ch = at(r, left);
            if (ch == U'+')
                leftSeps.push_back(r);
            else if (ch != U'|')
                return false;
        }
        return true;
    }

    TableLayout structure(std::optional<size_t> headSep)
    {
        std::map<size_t, size_t> rowIndex, colIndex;
        for (size_t r : m_rowSeps)
            rowIndex.emplace(r, rowIndex.size());
        for (size_t c : m_colSeps)
            colIndex.emplace(c, colIndex.size());
        TableLayout layout;
        for (auto it = std::next(m_colSeps.begin()); it != m_colSeps.end(); ++it)
            layout.colWidths.push_back(int(*it - *std::prev(it) - 1));
        const size_t nRows = rowIndex.size() - 1;
        const auto incomplete = [] {
            return TableMarkupError{QStringLiteral("Malformed table; parse incomplete."), 0};
        };
        const auto indexOf = [&](const std::map<size_t, size_t> &index, size_t at) {
            const auto it = index.find(at);
            if (it == index.end())
                throw incomplete();
            return it->second;
        };
        // each row's cells by column; a position claimed twice means the borders contradict each other
        std::vector<std::map<size_t, Entry>> rows(nRows);
        for (const Cell &cell : m_cells) {
            const size_t row = indexOf(rowIndex, cell.top), col = indexOf(colIndex, cell.left);
            if (row >= nRows || rows[row].count(col))
                throw incomplete();
            Entry e;
            e.morerows = int(indexOf(rowIndex, cell.bottom) - row - 1);
            e.morecols = int(indexOf(colIndex, cell.right) - col - 1);
            e.lines = cellBlock(m_text, cell.top + 1, cell.bottom, cell.left + 1, cell.right);
            rows[row].emplace(col, std::move(e));
        }
        const size_t headRows = headSep ? indexOf(rowIndex, *headSep) : 0;
        for (size_t r = 0; r < nRows; ++r) {
            std::vector<Entry> row;
            for (auto &cell : rows[r])
                row.push_back(std::move(cell.second));
            (r < headRows ? layout.head : layout.body).push_back(std::move(row));
        }
        return layout;
    }

    TableText m_text;
    size_t m_bottom = 0, m_right = 0;
    long m_work = 0;
    std::set<size_t> m_rowSeps, m_colSeps;
    std::vector<Cell> m_cells;
};

// "--  -----": a simple table's column span underline (also its borders, once '=' became '-').
bool isSpanLine(const std::u32string &s)
{
    return !s.empty() && s[0] == U'-' && s.find_first_not_of(U"- ") == std::u32string::npos;
}

// The simple table's column layout is the top border's; rows are lines whose first column has text, plus
// the continuation lines after them; a span underline ends a row and gives its cells' spans.
class SimpleTableParser
{
public:
    explicit SimpleTableParser(TableText text) : m_text(std::move(text)) {}

    TableLayout parse()
    {
        std::vector<std::u32string> &lines = m_text.lines;
        const auto toDashes = [](std::u32string &s) {
            for (char32_t &c : s)
                if (c == U'=')
                    c = U'-';
        };
        toDashes(lines.front());
        toDashes(lines.back());
        std::optional<size_t> headSep;
        for (size_t k = 0; k < lines.size(); ++k) {
            const std::u32string &s = lines[k];
            if (s.empty() || s[0] != U'=' || s.find_first_not_of(U"= ") != std::u32string::npos)
                continue;
            if (headSep)
                throw multipleHeadSeparators(*headSep, k);
            headSep = k;
            toDashes(lines[k]);
        }
        m_columns = columnsOf(lines[0], 0);
        m_borderEnd = m_columns.back().second;
        const auto [firstStart, firstEnd] = m_columns.front();
        size_t start = 1;
        bool textFound = false;
        for (size_t k = 1; k < lines.size(); ++k) {
            const std::u32string &line = lines[k];
            if (isSpanLine(line)) {
                parseRow(start, k, rstripped(line), k);
                start = k + 1;
                textFound = false;
            } else if (!isBlank32(line, firstStart, firstEnd)) {
                if (textFound && k != start)
                    parseRow(start, k, {}, 0);
                start = k;
                textFound = true;
            } else if (!textFound) {
                start = k + 1;
            }
        }
        TableLayout layout;
        for (const auto &[b, e] : m_columns)
            layout.colWidths.push_back(int(e - b));
        size_t firstBody = 0;
        if (headSep)
            for (size_t r = 0; r < m_rows.size(); ++r)
                if (m_rows[r].offset > *headSep) {
                    firstBody = r;
                    break;
                }
        for (size_t r = 0; r < m_rows.size(); ++r)
            (r < firstBody ? layout.head : layout.body).push_back(std::move(m_rows[r].entries));
        return layout;
    }

private:
    using Columns = std::vector<std::pair<size_t, size_t>>;
    struct Row {
        size_t offset;
        std::vector<Entry> entries;
    };

    Columns columnsOf(const std::u32string &line, size_t offset) const
    {
        Columns cols;
        size_t end = 0;
        while (true) {
            const size_t begin = line.find(U'-', end);
            if (begin == std::u32string::npos)
                break;
            end = line.find(U' ', begin);
            if (end == std::u32string::npos)
                end = line.size();
            cols.emplace_back(begin, end);
        }
        if (!m_columns.empty()) {
            if (cols.back().second != m_borderEnd)
                throw TableMarkupError{QStringLiteral("Column span incomplete in table line %1.").arg(offset + 1),
                                       int(offset)};
            // the rightmost column is unbounded: it takes the width the table's text gave it
            cols.back().second = m_columns.back().second;
        }
        return cols;
    }

    // Lines [begin, end) form a row; `spanLine` (at table line `spanOffset`) gives its column spans.
    void parseRow(size_t begin, size_t end, const std::u32string &spanLine, size_t spanOffset)
    {
        const bool hasSpans = !spanLine.empty();
        if (begin >= end && !hasSpans)
            return; // blank lines only
        Columns columns = hasSpans ? columnsOf(spanLine, spanOffset) : m_columns;
        checkColumns(begin, end, columns);
        Row row{begin, {}};
        size_t c = 0;
        const auto misaligned = [&] {
            return TableMarkupError{
                QStringLiteral("Column span alignment problem in table line %1.").arg(begin + 2), int(begin + 1)};
        };
        for (const auto &[colStart, colEnd] : columns) {
            if (c >= m_columns.size() || colStart != m_columns[c].first)
                throw misaligned();
            Entry e;
            while (colEnd != m_columns[c].second) {
                ++c;
                ++e.morecols;
                if (c >= m_columns.size())
                    throw misaligned();
            }
            ++c;
            e.lines = cellBlock(m_text, begin, end, colStart, colEnd);
            row.entries.push_back(std::move(e));
        }
        m_rows.push_back(std::move(row));
    }

    // Text in the margin between two columns is an error; text running past the last column widens it.
    void checkColumns(size_t begin, size_t end, Columns &columns)
    {
        std::vector<std::u32string> lines;
        for (size_t k = begin; k < end; ++k) {
            // combining characters take no column of their own
            std::u32string s;
            for (const char32_t c : m_text.lines[k])
                if (QChar::combiningClass(c) == 0)
                    s += c;
            lines.push_back(std::move(s));
        }
        const size_t last = columns.size() - 1;
        for (size_t i = 0; i < columns.size(); ++i) {
            const auto [start, colEnd] = columns[i];
            for (size_t k = 0; k < lines.size(); ++k) {
                const std::u32string &line = lines[k];
                if (i == last) {
                    if (isBlank32(line, colEnd))
                        continue;
                    const size_t newEnd = start + (start < line.size() ? rstripped(line.substr(start)).size() : 0);
                    auto &[mainStart, mainEnd] = m_columns.back();
                    columns[i].second = std::max(mainEnd, newEnd);
                    if (newEnd > mainEnd)
                        mainEnd = newEnd;
                } else if (!isBlank32(line, colEnd, columns[i + 1].first)) {
                    throw TableMarkupError{
                        QStringLiteral("Text in column margin in table line %1.").arg(begin + k + 1),
                        int(begin + k)};
                }
            }
        }
    }

    TableText m_text;
    Columns m_columns;
    size_t m_borderEnd = 0;
    std::vector<Row> m_rows;
};

// docutils numbers the lines of a table cell's nested parse one too high wherever it counts lines itself
// rather than asking the lines (table positions, "blank line required"), once per table the cell is in.
thread_local int t_cellDepth = 0;

struct CellDepthGuard {
    CellDepthGuard() { ++t_cellDepth; }
    ~CellDepthGuard() { --t_cellDepth; }
    CellDepthGuard(const CellDepthGuard &) = delete;
    CellDepthGuard &operator=(const CellDepthGuard &) = delete;
};

std::unique_ptr<Node> buildTable(BlockParser &parser, TableLayout &layout, int line)
{
    auto table = Node::element(QStringLiteral("table"), line);
    auto tgroup = Node::element(QStringLiteral("tgroup"), line);
    tgroup->setAttribute(QStringLiteral("cols"), QString::number(layout.colWidths.size()));
    for (int w : layout.colWidths) {
        auto colspec = Node::element(QStringLiteral("colspec"), line);
        colspec->setAttribute(QStringLiteral("colwidth"), QString::number(w));
        tgroup->append(std::move(colspec));
    }
    const CellDepthGuard guard;
    const auto addRows = [&](std::vector<std::vector<Entry>> &rows, const QString &tag) {
        auto part = Node::element(tag, line);
        for (auto &r : rows) {
            auto row = Node::element(QStringLiteral("row"), line);
            for (Entry &e : r) {
                auto entry = Node::element(QStringLiteral("entry"), e.lines.empty() ? line : e.lines.front().number);
                if (e.morerows)
                    entry->setAttribute(QStringLiteral("morerows"), QString::number(e.morerows));
                if (e.morecols)
                    entry->setAttribute(QStringLiteral("morecols"), QString::number(e.morecols));
                const bool hasText =
                    std::any_of(e.lines.begin(), e.lines.end(), [](const Line &l) { return !l.isBlank(); });
                if (hasText)
                    parser.parseNested(e.lines, *entry);
                row->append(std::move(entry));
            }
            part->append(std::move(row));
        }
        tgroup->append(std::move(part));
    };
    if (!layout.head.empty())
        addRows(layout.head, QStringLiteral("thead"));
    addRows(layout.body, QStringLiteral("tbody"));
    table->append(std::move(tgroup));
    return table;
}

// Where docutils stands after isolating a table: the table's lines, and the last line it consumed
// (parsing resumes after it), both relative to the table's first line.
struct Isolated {
    size_t lines = 0;
    size_t current = 0;
    bool blankFinish = true;
};

std::unique_ptr<Node> malformed(ParseState &state, const Block &b, size_t begin, const Isolated &iso,
                                const QString &detail = {}, int offset = 0)
{
    QString text;
    for (size_t k = begin; k < begin + iso.lines; ++k) {
        if (k > begin)
            text += u'\n';
        text += b[k].text;
    }
    // docutils counts back from the line it stands on, which need not be the table's last line
    const int first = b[begin].number + int(iso.current) - int(iso.lines) + 1 + t_cellDepth;
    QString message = QStringLiteral("Malformed table.");
    if (!detail.isEmpty())
        message += u'\n' + detail;
    return state.message(MessageLevel::Error, first + offset, message, text);
}

} // namespace

size_t BlockParser::gridTable(const Block &b, size_t i, size_t end, Node &parent)
{
    if (!isGridRule(b[i].text, u'-'))
        return textBlock(b, i, end, parent, m_topLevel);
    std::vector<std::unique_ptr<Node>> messages;
    Isolated iso;
    // The text block: up to a blank line; an indented line ends it with an error.
    size_t e = i;
    while (e < end && !b[e].isBlank() && b[e].text[0] != u' ')
        ++e;
    if (e < end && !b[e].isBlank()) {
        messages.push_back(
            m_state.message(MessageLevel::Error, b[e].number, QStringLiteral("Unexpected indentation.")));
        iso.blankFinish = false;
    }
    iso.lines = e - i;
    iso.current = iso.lines - 1;
    for (size_t k = 0; k < iso.lines; ++k) {
        const QChar c = b[i + k].text[0];
        if (c != u'+' && c != u'|') {
            iso.blankFinish = false;
            iso.lines = k;
            iso.current = k - 1;
            break;
        }
    }
    const auto finish = [&](std::unique_ptr<Node> table) {
        if (table)
            parent.append(std::move(table));
        for (auto &m : messages)
            parent.append(std::move(m));
        if (!iso.blankFinish)
            parent.append(m_state.message(MessageLevel::Warning, b[i].number + int(iso.current) + 1 + t_cellDepth,
                                          QStringLiteral("Blank line required after table.")));
        return i + iso.current + 1;
    };
    if (!isGridRule(b[i + iso.lines - 1].text, u'-')) {
        iso.blankFinish = false;
        size_t bottom = 0;
        for (size_t k = iso.lines >= 2 ? iso.lines - 2 : 0; k > 1; --k)
            if (isGridRule(b[i + k].text, u'-')) {
                bottom = k;
                break;
            }
        if (!bottom) {
            messages.push_back(malformed(m_state, b, i, iso));
            return finish(nullptr);
        }
        // docutils steps back one line more than the lines it drops, so parsing resumes inside the table
        iso.current = bottom - 2;
        iso.lines = bottom + 1;
    }
    TableText text = padded(b, i, i + iso.lines);
    const size_t width = text.lines[0].size();
    for (const std::u32string &line : text.lines)
        if (line.size() != width || (line.back() != U'+' && line.back() != U'|')) {
            messages.push_back(malformed(m_state, b, i, iso));
            return finish(nullptr);
        }
    try {
        TableLayout layout = GridTableParser(std::move(text)).parse();
        m_state.parkRoot(b[i + iso.current].number); // cells are parsed with the table read
        return finish(buildTable(*this, layout, b[i].number));
    } catch (const TableMarkupError &err) {
        messages.insert(messages.begin(), malformed(m_state, b, i, iso, err.message, err.offset));
        return finish(nullptr);
    }
}

size_t BlockParser::simpleTable(const Block &b, size_t i, size_t end, Node &parent)
{
    // The bottom border is searched for through the rest of the input, across blank lines: the table ends
    // at the second border after the top, or at a border followed by a blank line or the end.
    const qsizetype topLength = b[i].text.size();
    const auto isBorder = [](QStringView t) {
        return !t.isEmpty() && t[0] == u'=' &&
               std::all_of(t.begin(), t.end(), [](QChar c) { return c == u'=' || c == u' '; });
    };
    const auto blankAfter = [&](size_t k) { return k + 1 >= end || b[k + 1].isBlank(); };
    Isolated iso;
    std::optional<size_t> foundAt;
    int found = 0;
    size_t bottom = end;
    for (size_t k = i + 1; k < end && bottom == end; ++k) {
        if (!isBorder(b[k].text))
            continue;
        if (b[k].text.size() != topLength) {
            iso.lines = k + 1 - i;
            iso.current = k - i;
            parent.append(malformed(m_state, b, i, iso,
                                    QStringLiteral("Bottom/header table border does not match top border.")));
            if (!blankAfter(k))
                parent.append(m_state.message(MessageLevel::Warning, b[k].number + 1 + t_cellDepth,
                                              QStringLiteral("Blank line required after table.")));
            return k + 1;
        }
        ++found;
        foundAt = k;
        if (found == 2 || blankAfter(k))
            bottom = k;
    }
    if (bottom == end) {
        QString detail = QStringLiteral("No bottom table border found.");
        if (foundAt) {
            detail = QStringLiteral("No bottom table border found or no blank line after table bottom.");
            iso.lines = *foundAt + 1 - i;
        } else {
            iso.lines = end - i;
        }
        iso.current = iso.lines - 1;
        parent.append(malformed(m_state, b, i, iso, detail));
        if (foundAt)
            parent.append(m_state.message(MessageLevel::Warning, b[*foundAt].number + 1 + t_cellDepth,
                                          QStringLiteral("Blank line required after table.")));
        return i + iso.lines;
    }
    iso.lines = bottom + 1 - i;
    iso.current = iso.lines - 1;
    try {
        TableLayout layout = SimpleTableParser(padded(b, i, bottom + 1)).parse();
        m_state.parkRoot(b[bottom].number); // cells are parsed with the table read
        parent.append(buildTable(*this, layout, b[i].number));
    } catch (const TableMarkupError &err) {
        parent.append(malformed(m_state, b, i, iso, err.message, err.offset));
    }
    if (!blankAfter(bottom))
        parent.append(m_state.message(MessageLevel::Warning, b[bottom].number + 1 + t_cellDepth,
                                      QStringLiteral("Blank line required after table.")));
    return bottom + 1;
}

} // namespace Docent
