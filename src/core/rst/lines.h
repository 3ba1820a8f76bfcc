// A block of source lines: views into the parser's normalised text, each with its source line number.
#pragma once

#include <QString>
#include <QStringView>

#include <algorithm>
#include <cstddef>
#include <iterator>
#include <memory>
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

/// Drops up to `n` leading columns of a line (a line shorter than that becomes blank).
inline Line dedented(const Line &line, int n)
{
    return {line.text.mid(std::min<qsizetype>(n, line.text.size())), line.number};
}

/// The lines of a construct, read like a vector of Line. Nested constructs (a directive's content,
/// a list item's body) take their lines from the enclosing block without copying them: a block is
/// a few runs of line arrays, each run with a number of leading columns it drops. Copying the
/// lines at each level of nesting cost memory that grew with depth times lines: 100,000 blank
/// lines inside 200 nested directives took 1 GB.
///
/// A block made from a vector of lines owns them, and so does every block taken from it; a view
/// (Block::view) refers to lines its maker keeps, as the parser keeps a document's lines while it
/// parses the document.
class Block
{
public:
    Block() = default;
    /// A block that owns these lines.
    explicit Block(std::vector<Line> lines);
    /// A block of lines that must outlive it and every block taken from it.
    static Block view(const std::vector<Line> &lines);

    size_t size() const { return m_size; }
    bool empty() const { return m_size == 0; }
    // The parser's most frequent call: the first two runs are found without a search.
    Q_ALWAYS_INLINE Line operator[](size_t k) const
    {
        if (k < m_first.size)
            return m_first.at(k);
        k -= m_first.size;
        if (k < m_second.size)
            return m_second.at(k);
        return lineInMoreRuns(k + m_first.size);
    }
    Line front() const { return (*this)[0]; }
    Line back() const { return (*this)[m_size - 1]; }

    /// Lines [begin, end), `dedent` more columns dropped from each (from the first `firstDedent`
    /// instead, when that is not negative). Shares the lines: nothing is copied.
    Block mid(size_t begin, size_t end, int dedent = 0, int firstDedent = -1) const;
    /// Adds the lines of `other` after these (shared, not copied).
    void append(const Block &other);
    void pop_back() { *this = mid(0, m_size - 1); }
    void pop_front() { *this = mid(1, m_size); }

    class Iterator
    {
    public:
        using iterator_category = std::input_iterator_tag;
        using value_type = Line;
        using difference_type = std::ptrdiff_t;
        using pointer = void;
        using reference = Line;
        Iterator(const Block *block, size_t k) : m_block(block), m_k(k) {}
        Line operator*() const { return (*m_block)[m_k]; }
        Iterator &operator++()
        {
            ++m_k;
            return *this;
        }
        bool operator==(const Iterator &o) const { return m_k == o.m_k; }
        bool operator!=(const Iterator &o) const { return m_k != o.m_k; }

    private:
        const Block *m_block;
        size_t m_k;
    };
    Iterator begin() const { return {this, 0}; }
    Iterator end() const { return {this, m_size}; }

private:
    struct Run {
        const Line *lines = nullptr;
        size_t size = 0;
        int dedent = 0;   ///< leading columns each of its lines drops
        size_t start = 0; ///< the index of its first line in the block
        Q_ALWAYS_INLINE Line at(size_t k) const
        {
            if (!dedent)
                return lines[k];
            const Line &l = lines[k];
            return {l.text.sliced(std::min<qsizetype>(dedent, l.text.size())), l.number};
        }
    };
    Line lineInMoreRuns(size_t k) const;
    template<typename F> void forEachRun(F &&f) const;
    void addRun(const Run &run);

    Run m_first, m_second; // size 0 when there are fewer runs
    std::vector<Run> m_more;
    size_t m_size = 0;
    /// The arrays its runs point into, where this block (or one it comes from) owns them; none for
    /// views, the common case, which copy no reference count.
    using Owned = std::shared_ptr<const std::vector<Line>>;
    std::shared_ptr<const std::vector<Owned>> m_owners;
};

/// Removes the blank lines at the start of a block (an item's body that starts on the next line).
inline void dropLeadingBlankLines(Block &block)
{
    while (!block.empty() && block.front().isBlank())
        block.pop_front();
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
        const QStringView t = b[i].text;
        o = std::copy(t.utf16(), t.utf16() + t.size(), o);
    }
    return out;
}

/// Lines of a block as written, joined only when asked for. A directive keeps its source for its
/// error messages; a copy made at every level of nested directives grew with the square of the
/// nesting (200 levels around 16 MB of text took 4 GB).
class BlockText
{
public:
    BlockText() = default;
    /// Lines `begin` to `end` of `block`, which must outlive this, without the blank lines at the end.
    BlockText(const Block &block, size_t begin, size_t end) : m_block(&block), m_begin(begin), m_end(end)
    {
        while (m_end > m_begin && block[m_end - 1].isBlank())
            --m_end;
    }
    QString text() const { return m_block ? joinLines(*m_block, m_begin, m_end) : QString(); }
    size_t lineCount() const { return m_end - m_begin; }

private:
    const Block *m_block = nullptr;
    size_t m_begin = 0, m_end = 0;
};

} // namespace Docent
