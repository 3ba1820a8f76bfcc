// Python's csv module as docutils' csv-table uses it (csvreader.cpp).
#pragma once

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace Docent {

/// A CSV dialect as Python's csv module understands one.
struct CsvDialect {
    char32_t delimiter = U',';
    char32_t quote = U'"';
    std::optional<char32_t> escape;
    bool doubleQuote = true;
    bool skipInitialSpace = true;
};

struct CsvError {
    QString message;
};

/// Python's str.splitlines(): every line boundary Python knows, "\r\n" as one.
QStringList pythonSplitLines(const QString &text);

/// Python's csv.reader (strict mode) over `lines`, each fed with a newline as docutils does.
/// Throws CsvError with Python's message for data the reader rejects.
std::vector<QStringList> readCsv(const QStringList &lines, const CsvDialect &d);

} // namespace Docent
