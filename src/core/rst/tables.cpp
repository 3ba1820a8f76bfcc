// The parts of grid and simple tables that do not depend on their markup: a table's lines in display
// columns (East Asian wide characters padded as docutils pads them), the text of a cell, docutils'
// table > tgroup > colspec*, thead?, tbody > row > entry tree, and the reports on malformed tables.
#include "tables_p.h"

#include "parsestate_p.h"

#include <algorithm>

namespace Docent::Tables {
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

// Counts the tables whose cells are being parsed while a table's cells are (ParseState::tableCellDepth).
struct CellDepthGuard {
    explicit CellDepthGuard(ParseState &state) : m_state(state) { ++m_state.tableCellDepth; }
    ~CellDepthGuard() { --m_state.tableCellDepth; }
    CellDepthGuard(const CellDepthGuard &) = delete;
    CellDepthGuard &operator=(const CellDepthGuard &) = delete;

private:
    ParseState &m_state;
};

} // namespace

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

bool isBlank32(const std::u32string &s, size_t from, size_t to)
{
    to = std::min(to, s.size());
    for (size_t k = from; k < to; ++k)
        if (!isSpace32(s[k]))
            return false;
    return true;
}

// Grid and simple tables allow one "=" rule between head and body; lines counted from 0.
TableMarkupError multipleHeadSeparators(size_t first, size_t second)
{
    return {QStringLiteral("Multiple head/body row separators (table lines %1 and %2); only one allowed.")
                .arg(first + 1)
                .arg(second + 1),
            int(second)};
}

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
    const CellDepthGuard guard(parser.state());
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

std::unique_ptr<Node> malformed(ParseState &state, const Block &b, size_t begin, const Isolated &iso,
                                const QString &detail, int offset)
{
    QString text;
    for (size_t k = begin; k < begin + iso.lines; ++k) {
        if (k > begin)
            text += u'\n';
        text += b[k].text;
    }
    // docutils counts back from the line it stands on, which need not be the table's last line
    const int first = b[begin].number + int(iso.current) - int(iso.lines) + 1 + state.tableCellDepth;
    QString message = QStringLiteral("Malformed table.");
    if (!detail.isEmpty())
        message += u'\n' + detail;
    return state.message(MessageLevel::Error, first + offset, message, text);
}

std::unique_ptr<Node> blankLineRequired(ParseState &state, int lastLine)
{
    return state.message(MessageLevel::Warning, lastLine + 1 + state.tableCellDepth,
                         QStringLiteral("Blank line required after table."));
}

} // namespace Docent::Tables
