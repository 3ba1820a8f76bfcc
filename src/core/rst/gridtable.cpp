// Grid tables ("+---+") of the block parser: isolating the table's lines the way docutils does
// (including where parsing resumes after a table that ends early) and finding the cells, which are
// traced along their borders.
#include "parselimits.h"
#include "parsestate_p.h"
#include "tables_p.h"

#include <map>
#include <optional>
#include <set>

namespace Docent {
namespace Tables {
namespace {

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

} // namespace
} // namespace Tables

size_t BlockParser::gridTable(const Block &b, size_t i, size_t end, Node &parent)
{
    using namespace Tables;
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
            parent.append(blankLineRequired(m_state, b[i].number + int(iso.current)));
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

} // namespace Docent
