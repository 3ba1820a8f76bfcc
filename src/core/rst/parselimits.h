// The bounds that keep a hostile or broken document from exhausting memory, time or the stack.
// The manual states every one of them (resources/manual/reading.rst, "Limits"): change both together.
#pragma once

#include <QtGlobal>

#include <cstddef>

namespace Docent {

/// A source file Docent opens as a page.
constexpr qint64 kMaxSourceBytes = 16 * 1024 * 1024;
/// docutils' line_length_limit: a longer line makes the document (or included file) an error.
constexpr qsizetype kLineLengthLimit = 10000;
/// Body elements nested in each other (lists, quotes, directives); deeper ones are reported, not
/// parsed, so that the parser's recursion cannot exhaust the stack.
constexpr int kMaxNestingDepth = 200;

// Files that directives read (include, raw and csv-table with :file:, literalinclude).
/// Inclusions inside inclusions.
constexpr qsizetype kMaxIncludeDepth = 32;
/// Include directives carried out for one document, so that mutual inclusion cannot explode.
constexpr int kMaxInclusions = 10000;
/// One file read by include, raw or csv-table.
constexpr qint64 kMaxIncludedFileBytes = 16 * 1024 * 1024;
/// One file read by literalinclude, whose text is highlighted as code.
constexpr qint64 kMaxLiteralIncludeBytes = 4 * 1024 * 1024;
/// Everything the directives of one document read, together. A file included 400 times needed
/// 5 GB; with this bound a document and all it includes cost at most about what two of the
/// largest pages Docent opens cost (real trees are far below it: all of nova's 190 pages hold 1.5 MB).
constexpr qint64 kMaxIncludedBytes = kMaxSourceBytes;
/// Lines of reST included into one document, together (each costs a line record in the parser
/// even when blank).
constexpr size_t kMaxIncludedLines = 2'000'000;

// Tables.
/// Python's csv.field_size_limit: characters in one csv-table cell.
constexpr qsizetype kMaxCsvField = 131072;
/// Cells of one csv-table: short rows are filled up with empty cells, so one long row could
/// multiply a small input into billions of nodes.
constexpr qint64 kMaxCsvCells = 1'000'000;
/// Steps tracing the cells of one grid table, which garbage borders can make expensive; past it
/// the table is reported as malformed.
constexpr long kTableScanBudget = 20'000'000;

} // namespace Docent
