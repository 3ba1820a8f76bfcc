// Python's csv module as docutils' csv-table uses it: str.splitlines() and csv.reader in strict
// mode, with the dialect the directive's options give.
#include "csvreader_p.h"

#include "parselimits.h"

namespace Docent {

QStringList pythonSplitLines(const QString &text)
{
    QStringList out;
    qsizetype start = 0;
    for (qsizetype k = 0; k < text.size(); ++k) {
        const char16_t c = text[k].unicode();
        const bool boundary = c == u'\n' || c == u'\r' || c == 0x0B || c == 0x0C || c == 0x1C || c == 0x1D ||
                              c == 0x1E || c == 0x85 || c == 0x2028 || c == 0x2029;
        if (!boundary)
            continue;
        out << text.mid(start, k - start);
        if (c == u'\r' && k + 1 < text.size() && text[k + 1] == u'\n')
            ++k;
        start = k + 1;
    }
    if (start < text.size())
        out << text.mid(start);
    return out;
}

namespace {

// The end of a line, distinct from any character.
constexpr char32_t kEol = 0xFFFFFFFF;

bool isNewline(char32_t c)
{
    return c == U'\n' || c == U'\r';
}

// CPython's Modules/_csv.c state machine, fed one character at a time.
class CsvReader
{
public:
    explicit CsvReader(const CsvDialect &d) : m_d(d) {}

    std::vector<QStringList> read(const QStringList &lines)
    {
        qsizetype k = 0;
        while (k < lines.size()) {
            // one record: lines until the reader is back at the start of a record
            do {
                if (k >= lines.size()) {
                    if (m_fieldStarted || m_state == InQuotedField)
                        throw CsvError{QStringLiteral("unexpected end of data")};
                    return m_rows;
                }
                for (const char32_t c : (lines[k] + u'\n').toUcs4())
                    process(c);
                process(kEol);
                ++k;
            } while (m_state != StartRecord);
            m_rows.push_back(m_fields);
            m_fields.clear();
        }
        return m_rows;
    }

private:
    enum State { StartRecord, StartField, EscapedChar, InField, InQuotedField, EscapeInQuotedField,
                 QuoteInQuotedField, EatCrNl, AfterEscapedCrNl };

    void add(char32_t c)
    {
        if (qsizetype(m_field.size()) >= kMaxCsvField)
            throw CsvError{QStringLiteral("field larger than field limit (%1)").arg(kMaxCsvField)};
        m_field += c;
        m_fieldStarted = true;
    }

    void save()
    {
        m_fields << QString::fromUcs4(m_field.data(), qsizetype(m_field.size()));
        m_field.clear();
        m_fieldStarted = false;
    }

    // A field or the record ends at a line end.
    void endOfLine(char32_t c)
    {
        save();
        m_state = c == kEol ? StartRecord : EatCrNl;
    }

    void process(char32_t c)
    {
        switch (m_state) {
        case StartRecord:
            if (c == kEol)
                return;
            if (isNewline(c)) {
                m_state = EatCrNl;
                return;
            }
            m_state = StartField;
            startField(c);
            return;
        case StartField: startField(c); return;
        case EscapedChar: escapedChar(c); return;
        case AfterEscapedCrNl:
            if (c == kEol)
                return;
            inField(c);
            return;
        case InField: inField(c); return;
        case InQuotedField: inQuotedField(c); return;
        case EscapeInQuotedField:
            add(c == kEol ? U'\n' : c);
            m_state = InQuotedField;
            return;
        case QuoteInQuotedField: quoteInQuotedField(c); return;
        case EatCrNl:
            if (c == kEol)
                m_state = StartRecord;
            else if (!isNewline(c))
                throw CsvError{QStringLiteral("new-line character seen in unquoted field - do you need to open "
                                              "the file in universal-newline mode?")};
            return;
        }
    }

    void startField(char32_t c)
    {
        if (isNewline(c) || c == kEol) {
            endOfLine(c);
        } else if (c == m_d.quote) {
            m_state = InQuotedField;
        } else if (m_d.escape && c == *m_d.escape) {
            m_state = EscapedChar;
        } else if (c == U' ' && m_d.skipInitialSpace) {
        } else if (c == m_d.delimiter) {
            save();
        } else {
            add(c);
            m_state = InField;
        }
    }

    void escapedChar(char32_t c)
    {
        if (isNewline(c)) {
            add(c);
            m_state = AfterEscapedCrNl;
            return;
        }
        add(c == kEol ? U'\n' : c);
        m_state = InField;
    }

    // Also after an escaped line end, whose state it keeps until the field ends.
    void inField(char32_t c)
    {
        if (isNewline(c) || c == kEol) {
            endOfLine(c);
        } else if (m_d.escape && c == *m_d.escape) {
            m_state = EscapedChar;
        } else if (c == m_d.delimiter) {
            save();
            m_state = StartField;
        } else {
            add(c);
        }
    }

    void inQuotedField(char32_t c)
    {
        if (c == kEol) {
        } else if (m_d.escape && c == *m_d.escape) {
            m_state = EscapeInQuotedField;
        } else if (c == m_d.quote) {
            m_state = m_d.doubleQuote ? QuoteInQuotedField : InField;
        } else {
            add(c);
        }
    }

    void quoteInQuotedField(char32_t c)
    {
        if (c == m_d.quote) {
            add(c);
            m_state = InQuotedField;
        } else if (c == m_d.delimiter) {
            save();
            m_state = StartField;
        } else if (isNewline(c) || c == kEol) {
            endOfLine(c);
        } else {
            throw CsvError{QStringLiteral("'%1' expected after '%2'")
                               .arg(QString::fromUcs4(&m_d.delimiter, 1), QString::fromUcs4(&m_d.quote, 1))};
        }
    }

    const CsvDialect &m_d;
    std::vector<QStringList> m_rows;
    QStringList m_fields;
    std::u32string m_field;
    bool m_fieldStarted = false; // Python's field_len != 0
    State m_state = StartRecord;
};

} // namespace

std::vector<QStringList> readCsv(const QStringList &lines, const CsvDialect &d)
{
    return CsvReader(d).read(lines);
}

} // namespace Docent
