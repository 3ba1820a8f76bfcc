// Simple tables ("=== ===") of the block parser: finding the bottom border across blank lines, and
// the rows and column spans from the border's columns, as docutils does.
#include "parsestate_p.h"
#include "tables_p.h"

#include <algorithm>
#include <optional>

namespace Docent {
namespace Tables {
namespace {

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

} // namespace
} // namespace Tables

size_t BlockParser::simpleTable(const Block &b, size_t i, size_t end, Node &parent)
{
    using namespace Tables;
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
                parent.append(blankLineRequired(m_state, b[k].number));
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
            parent.append(blankLineRequired(m_state, b[*foundAt].number));
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
        parent.append(blankLineRequired(m_state, b[bottom].number));
    return bottom + 1;
}

} // namespace Docent
