// The table directives: table (a title and options for a grid or simple table), csv-table and list-table.
#include "blockparser_p.h"
#include "directivesupport_p.h"
#include "parselimits.h"
#include "parsestate_p.h"
#include "registry.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStringDecoder>

#include <algorithm>
#include <deque>
#include <limits>
#include <optional>

namespace Docent {
namespace {

[[noreturn]] void fail(const QString &text, int level = 3)
{
    throw DirectiveError{text, level};
}

[[noreturn]] void invalidOption(const DirectiveCall &call, const QString &option, const QString &why)
{
    const QString value = call.options.value(option);
    const QString shown = value.isEmpty() ? QStringLiteral("None") : u'\'' + value + u'\'';
    throw DirectiveError{
        QStringLiteral("Error in \"%1\" directive:\ninvalid option value: (option: \"%2\"; value: %3)\n%4.")
            .arg(call.name, option, shown, why)};
}

// Python's int() of a decimal literal.
std::optional<long long> pythonInt(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^\\s*[+-]?\\d+(?:_\\d+)*\\s*$"));
    if (!re.match(text).hasMatch())
        return std::nullopt;
    QString digits = text.trimmed();
    digits.remove(u'_');
    bool ok = false;
    const long long v = digits.toLongLong(&ok);
    return ok ? std::optional<long long>(v) : std::nullopt;
}

/// :widths: — "auto", "grid" where the directive allows it, or positive integers separated by commas or
/// whitespace. Returns the integers (empty for a keyword), and the keyword or "list" in `kind`.
std::vector<int> widthsOption(const DirectiveCall &call, const QStringList &keywords, QString &kind)
{
    kind.clear();
    if (!call.hasOption(QStringLiteral("widths")))
        return {};
    const QString value = call.options.value(QStringLiteral("widths"));
    if (keywords.contains(value)) {
        kind = value;
        return {};
    }
    if (value.isEmpty())
        invalidOption(call, QStringLiteral("widths"), QStringLiteral("argument required but none supplied"));
    static const QRegularExpression whitespace(QStringLiteral("\\s+")); // compiled once, not per table
    const QStringList entries = value.contains(u',') ? value.split(u',') : value.split(whitespace, Qt::SkipEmptyParts);
    std::vector<int> widths;
    for (const QString &entry : entries) {
        const std::optional<long long> v = pythonInt(entry);
        if (!v)
            invalidOption(call, QStringLiteral("widths"),
                          QStringLiteral("invalid literal for int() with base 10: '%1'").arg(entry));
        if (*v < 1)
            invalidOption(call, QStringLiteral("widths"), QStringLiteral("negative or zero value; must be positive"));
        widths.push_back(int(std::min<long long>(*v, std::numeric_limits<int>::max())));
    }
    kind = QStringLiteral("list");
    return widths;
}

// :width: — a length or percentage; a bare number is kept as it is.
void checkWidthOption(DirectiveCall &call)
{
    if (!call.hasOption(QStringLiteral("width")))
        return;
    static const QRegularExpression re(QStringLiteral("^([0-9.]+) *(em|ex|px|in|cm|mm|pt|pc|%|)$"));
    const QRegularExpressionMatch m = re.match(call.options.value(QStringLiteral("width")));
    bool ok = false;
    if (m.hasMatch())
        m.captured(1).toDouble(&ok);
    if (!ok || m.captured(1).count(u'.') > 1)
        invalidOption(call, QStringLiteral("width"),
                      QStringLiteral("not a positive measure of one of the following units:\n\"em\" \"ex\" \"px\" "
                                     "\"in\" \"cm\" \"mm\" \"pt\" \"pc\" \"%\""));
    call.options[QStringLiteral("width")] = m.captured(1) + m.captured(2);
}

QHash<QString, OptionKind> commonOptions()
{
    return {{QStringLiteral("class"), OptionKind::ClassList},   {QStringLiteral("name"), OptionKind::Unchanged},
            {QStringLiteral("width"), OptionKind::Unchanged},   {QStringLiteral("widths"), OptionKind::Unchanged},
            {QStringLiteral("align"), OptionKind::Choice}};
}

QHash<QString, QStringList> alignChoices()
{
    return {{QStringLiteral("align"), {QStringLiteral("left"), QStringLiteral("center"), QStringLiteral("right")}}};
}

/// The title from the directive's argument; its inline messages go to `messages`, after the table.
std::unique_ptr<Node> makeTitle(DirectiveCall &call, Node &messages)
{
    if (call.arguments.isEmpty())
        return nullptr;
    auto title = Node::element(QStringLiteral("title"), call.line);
    call.parser.parseInline(call.arguments.value(0), call.line, *title, messages);
    return title;
}

// The options every table directive applies once the table is built, and the title.
NodeList finishTable(DirectiveCall &call, std::unique_ptr<Node> table, std::unique_ptr<Node> title,
                     Node &messages)
{
    if (call.hasOption(QStringLiteral("width")))
        table->setAttribute(QStringLiteral("width"), call.options.value(QStringLiteral("width")));
    if (call.hasOption(QStringLiteral("name"))) {
        table->names.append(normalizeName(call.options.value(QStringLiteral("name"))));
        // docutils reports a duplicate name inside the table itself, at the line its outermost
        // state machine stands on: at the top level usually the directive's last line
        if (!call.content.empty())
            table->setLine(call.state.parkedLine(call.content.back().number));
        call.state.noteExplicitTarget(*table, *table);
    }
    if (title)
        table->insert(0, std::move(title));
    NodeList out;
    out.push_back(std::move(table));
    while (messages.childCount())
        out.push_back(messages.take(0));
    return out;
}

void addClasses(DirectiveCall &call, Node &table)
{
    table.classes += call.options.value(QStringLiteral("class")).split(u' ', Qt::SkipEmptyParts);
}

void addWidthClass(const QString &widthsKind, Node &table)
{
    if (widthsKind == u"auto")
        table.classes << QStringLiteral("colwidths-auto");
    else if (!widthsKind.isEmpty())
        table.classes << QStringLiteral("colwidths-given");
}

/// The given widths, checked against the number of columns, or equal shares of 100.
std::vector<int> columnWidths(const DirectiveCall &call, const std::vector<int> &given, const QString &kind, int cols)
{
    if (kind == u"list") {
        if (int(given.size()) != cols)
            fail(QStringLiteral("\"%1\" widths do not match the number of columns in table (%2).")
                     .arg(call.name)
                     .arg(cols));
        return given;
    }
    if (cols == 0)
        fail(QStringLiteral("No table data detected in CSV file."));
    return std::vector<int>(size_t(cols), 100 / cols);
}

void checkDimensions(const DirectiveCall &call, const std::vector<int> &rowLengths, int headerRows, int stubColumns)
{
    const int rows = int(rowLengths.size());
    if (rows < headerRows)
        fail(QStringLiteral("%1 header row(s) specified but only %2 row(s) of data supplied (\"%3\" directive).")
                 .arg(headerRows)
                 .arg(rows)
                 .arg(call.name));
    if (rows == headerRows && headerRows > 0)
        fail(QStringLiteral("Insufficient data supplied (%1 row(s)); no data remaining for table body, "
                            "required by \"%2\" directive.")
                 .arg(rows)
                 .arg(call.name));
    for (const int length : rowLengths) {
        if (length < stubColumns)
            fail(QStringLiteral("%1 stub column(s) specified but only %2 columns(s) of data supplied "
                                "(\"%3\" directive).")
                     .arg(stubColumns)
                     .arg(length)
                     .arg(call.name));
        if (length == stubColumns && stubColumns > 0)
            fail(QStringLiteral("Insufficient data supplied (%1 columns(s)); no data remaining for table "
                                "body, required by \"%2\" directive.")
                     .arg(length)
                     .arg(call.name));
    }
}

int intOption(const DirectiveCall &call, const QString &name)
{
    return call.options.value(name).trimmed().toInt();
}

/// table > tgroup > colspec*: stub columns marked, rows appended by the caller.
std::unique_ptr<Node> tableSkeleton(const std::vector<int> &widths, int stubColumns, int line, Node *&tgroup)
{
    auto table = Node::element(QStringLiteral("table"), line);
    auto group = Node::element(QStringLiteral("tgroup"), line);
    group->setAttribute(QStringLiteral("cols"), QString::number(widths.size()));
    for (const int w : widths) {
        auto colspec = Node::element(QStringLiteral("colspec"), line);
        colspec->setAttribute(QStringLiteral("colwidth"), QString::number(w));
        if (stubColumns-- > 0)
            colspec->setAttribute(QStringLiteral("stub"), QStringLiteral("1"));
        group->append(std::move(colspec));
    }
    tgroup = table->append(std::move(group));
    return table;
}

// ---- table ----

NodeList runTable(DirectiveCall &call)
{
    checkWidthOption(call);
    QString widthsKind;
    const std::vector<int> widths = widthsOption(call, {QStringLiteral("auto"), QStringLiteral("grid")}, widthsKind);
    if (call.content.empty())
        fail(QStringLiteral("Content block expected for the \"%1\" directive; none found.").arg(call.name), 2);
    auto messages = Node::element(QStringLiteral("holder"), call.line);
    std::unique_ptr<Node> title = makeTitle(call, *messages);
    auto holder = Node::element(QStringLiteral("holder"), call.line);
    call.parser.parseNested(call.content, *holder);
    if (holder->childCount() != 1 || !holder->child(0)->is(u"table"))
        fail(QStringLiteral("Error parsing content block for the \"%1\" directive: exactly one table expected.")
                 .arg(call.name));
    std::unique_ptr<Node> table = holder->take(0);
    addClasses(call, *table);
    if (call.hasOption(QStringLiteral("align")))
        table->setAttribute(QStringLiteral("align"), call.options.value(QStringLiteral("align")));
    if (widthsKind == u"list") {
        Node *tgroup = table->child(0);
        const std::vector<int> given =
            columnWidths(call, widths, widthsKind, tgroup->attribute(QStringLiteral("cols")).toInt());
        size_t k = 0;
        for (size_t c = 0; c < tgroup->childCount() && k < given.size(); ++c)
            if (tgroup->child(c)->is(u"colspec"))
                tgroup->child(c)->setAttribute(QStringLiteral("colwidth"), QString::number(given[k++]));
    }
    addWidthClass(widthsKind, *table);
    return finishTable(call, std::move(table), std::move(title), *messages);
}

// ---- csv-table ----

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

/// Python's csv.reader (strict mode) over `lines`, each fed with a newline as docutils does.
std::vector<QStringList> readCsv(const QStringList &lines, const CsvDialect &d)
{
    enum State { StartRecord, StartField, EscapedChar, InField, InQuotedField, EscapeInQuotedField,
                 QuoteInQuotedField, EatCrNl, AfterEscapedCrNl };
    constexpr char32_t kEol = 0xFFFFFFFF; // the end of a line, distinct from any character
    std::vector<QStringList> rows;
    QStringList fields;
    std::u32string field;
    bool fieldStarted = false; // Python's field_len != 0
    State state = StartRecord;
    const auto add = [&](char32_t c) {
        if (qsizetype(field.size()) >= kMaxCsvField)
            throw CsvError{QStringLiteral("field larger than field limit (%1)").arg(kMaxCsvField)};
        field += c;
        fieldStarted = true;
    };
    const auto save = [&] {
        fields << QString::fromUcs4(field.data(), qsizetype(field.size()));
        field.clear();
        fieldStarted = false;
    };
    const auto isNewline = [](char32_t c) { return c == U'\n' || c == U'\r'; };
    const auto process = [&](char32_t c) {
        switch (state) {
        case StartRecord:
            if (c == kEol)
                return;
            if (isNewline(c)) {
                state = EatCrNl;
                return;
            }
            state = StartField;
            [[fallthrough]];
        case StartField:
            if (isNewline(c) || c == kEol) {
                save();
                state = c == kEol ? StartRecord : EatCrNl;
            } else if (c == d.quote) {
                state = InQuotedField;
            } else if (d.escape && c == *d.escape) {
                state = EscapedChar;
            } else if (c == U' ' && d.skipInitialSpace) {
            } else if (c == d.delimiter) {
                save();
            } else {
                add(c);
                state = InField;
            }
            return;
        case EscapedChar:
            if (isNewline(c)) {
                add(c);
                state = AfterEscapedCrNl;
                return;
            }
            add(c == kEol ? U'\n' : c);
            state = InField;
            return;
        case AfterEscapedCrNl:
            if (c == kEol)
                return;
            [[fallthrough]];
        case InField:
            if (isNewline(c) || c == kEol) {
                save();
                state = c == kEol ? StartRecord : EatCrNl;
            } else if (d.escape && c == *d.escape) {
                state = EscapedChar;
            } else if (c == d.delimiter) {
                save();
                state = StartField;
            } else {
                add(c);
            }
            return;
        case InQuotedField:
            if (c == kEol) {
            } else if (d.escape && c == *d.escape) {
                state = EscapeInQuotedField;
            } else if (c == d.quote) {
                state = d.doubleQuote ? QuoteInQuotedField : InField;
            } else {
                add(c);
            }
            return;
        case EscapeInQuotedField:
            add(c == kEol ? U'\n' : c);
            state = InQuotedField;
            return;
        case QuoteInQuotedField:
            if (c == d.quote) {
                add(c);
                state = InQuotedField;
            } else if (c == d.delimiter) {
                save();
                state = StartField;
            } else if (isNewline(c) || c == kEol) {
                save();
                state = c == kEol ? StartRecord : EatCrNl;
            } else {
                throw CsvError{QStringLiteral("'%1' expected after '%2'")
                                   .arg(QString::fromUcs4(&d.delimiter, 1), QString::fromUcs4(&d.quote, 1))};
            }
            return;
        case EatCrNl:
            if (c == kEol)
                state = StartRecord;
            else if (!isNewline(c))
                throw CsvError{QStringLiteral("new-line character seen in unquoted field - do you need to open "
                                              "the file in universal-newline mode?")};
            return;
        }
    };
    qsizetype k = 0;
    while (k < lines.size()) {
        // one record: lines until the reader is back at the start of a record
        do {
            if (k >= lines.size()) {
                if (fieldStarted || state == InQuotedField)
                    throw CsvError{QStringLiteral("unexpected end of data")};
                return rows;
            }
            for (const char32_t c : (lines[k] + u'\n').toUcs4())
                process(c);
            process(kEol);
            ++k;
        } while (state != StartRecord);
        rows.push_back(fields);
        fields.clear();
    }
    return rows;
}

/// Python's unicode_code(): a decimal or hexadecimal character code, or the text itself.
QString unicodeCode(const DirectiveCall &call, const QString &option, const QString &code)
{
    static const QRegularExpression hex(QStringLiteral("^(?:0x|x|\\\\x|U\\+?|\\\\u)([0-9a-f]+)$|^&#x([0-9a-f]+);$"),
                                        QRegularExpression::CaseInsensitiveOption);
    QString digits;
    int base = 10;
    static const QRegularExpression decimal(QStringLiteral("^\\d+$"));
    if (decimal.match(code).hasMatch()) {
        digits = code;
    } else if (const QRegularExpressionMatch m = hex.match(code); m.hasMatch()) {
        digits = m.captured(1).isEmpty() ? m.captured(2) : m.captured(1);
        base = 16;
    } else {
        return code;
    }
    bool ok = false;
    const qulonglong value = digits.toULongLong(&ok, base);
    if (!ok || value > 0x7FFFFFFF)
        invalidOption(call, option, QStringLiteral("code too large (Python int too large to convert to C int)"));
    if (value > 0x10FFFF)
        invalidOption(call, option, QStringLiteral("chr() arg not in range(0x110000)"));
    const char32_t c = char32_t(value);
    return QString::fromUcs4(&c, 1);
}

// :delim:, :quote:, :escape: — one character, given as itself or as a character code.
char32_t singleCharOption(const DirectiveCall &call, const QString &option, bool allowWhitespaceNames)
{
    const QString value = call.options.value(option);
    if (value.isEmpty())
        invalidOption(call, option, QStringLiteral("argument required but none supplied"));
    QString c;
    if (allowWhitespaceNames && value == u"tab")
        c = QStringLiteral("\t");
    else if (allowWhitespaceNames && value == u"space")
        c = QStringLiteral(" ");
    else
        c = unicodeCode(call, option, value);
    const QList<uint> ucs = c.toUcs4();
    if (ucs.size() != 1)
        invalidOption(call, option,
                      QStringLiteral("'%1' invalid; must be a single character or a Unicode code").arg(c));
    return char32_t(ucs.front());
}

/// Decodes a file's bytes: with the :encoding: given, else as UTF-8 (a BOM may say UTF-16), else Latin-1.
std::optional<QString> decodeFile(const QByteArray &data, const QString &encoding)
{
    QString name = encoding.toLower();
    name.replace(u'-', u'_').replace(u' ', u'_');
    const auto decode = [&](QStringConverter::Encoding e, QStringDecoder::Flags flags = QStringDecoder::Flag::Default)
        -> std::optional<QString> {
        QStringDecoder decoder(e, flags);
        QString text = decoder.decode(data);
        if (decoder.hasError())
            return std::nullopt;
        return text;
    };
    const auto stripBom = [](std::optional<QString> t) {
        if (t)
            t->remove(QChar(0xFEFF));
        return t;
    };
    if (name.isEmpty()) {
        if (data.startsWith("\xEF\xBB\xBF"))
            return stripBom(decode(QStringConverter::Utf8));
        if (data.startsWith("\xFE\xFF"))
            return stripBom(decode(QStringConverter::Utf16BE));
        if (data.startsWith("\xFF\xFE"))
            return stripBom(decode(QStringConverter::Utf16LE));
        if (std::optional<QString> t = decode(QStringConverter::Utf8))
            return stripBom(t);
        return stripBom(decode(QStringConverter::Latin1));
    }
    // An explicit encoding reads the file as Python's text mode does: only that codec's own BOM goes.
    if (name == u"latin_1" || name == u"latin1" || name == u"iso_8859_1" || name == u"iso8859_1" ||
        name == u"l1" || name == u"latin" || name == u"8859" || name == u"cp819")
        return decode(QStringConverter::Latin1);
    if (name == u"ascii" || name == u"us_ascii" || name == u"646") {
        for (const char byte : data)
            if (uchar(byte) > 0x7F)
                return std::nullopt;
        return decode(QStringConverter::Latin1);
    }
    if (name == u"utf_8" || name == u"utf8" || name == u"u8" || name == u"utf")
        return decode(QStringConverter::Utf8, QStringDecoder::Flag::Stateless);
    if (name == u"utf_8_sig")
        return decode(QStringConverter::Utf8);
    if (name == u"utf_16" || name == u"utf16") {
        if (data.startsWith("\xFE\xFF"))
            return decode(QStringConverter::Utf16BE);
        return decode(QStringConverter::Utf16LE);
    }
    if (name == u"utf_16_le" || name == u"utf_16le")
        return decode(QStringConverter::Utf16LE, QStringDecoder::Flag::Stateless);
    if (name == u"utf_16_be" || name == u"utf_16be")
        return decode(QStringConverter::Utf16BE, QStringDecoder::Flag::Stateless);
    if (name == u"utf_32" || name == u"utf32") {
        if (data.startsWith(QByteArray("\x00\x00\xFE\xFF", 4)))
            return decode(QStringConverter::Utf32BE);
        return decode(QStringConverter::Utf32LE);
    }
    if (name == u"utf_32_le" || name == u"utf_32le")
        return decode(QStringConverter::Utf32LE, QStringDecoder::Flag::Stateless);
    if (name == u"utf_32_be" || name == u"utf_32be")
        return decode(QStringConverter::Utf32BE, QStringDecoder::Flag::Stateless);
    QStringDecoder other(encoding.toLatin1().constData());
    if (!other.isValid())
        return std::nullopt;
    QString text = other.decode(data);
    if (other.hasError())
        return std::nullopt;
    return text;
}

bool knownEncoding(const QString &encoding)
{
    return decodeFile(QByteArray(), encoding).has_value();
}

/// The CSV lines: the content, or the :file: (never a :url:: remote content is not fetched).
QStringList csvLines(const DirectiveCall &call)
{
    const bool hasFile = call.hasOption(QStringLiteral("file"));
    const bool hasUrl = call.hasOption(QStringLiteral("url"));
    if (!call.content.empty()) {
        if (hasFile || hasUrl)
            fail(QStringLiteral("\"%1\" directive may not both specify an external file and have content.")
                     .arg(call.name));
        QStringList lines;
        for (const Line &l : call.content)
            lines << l.text.toString();
        return lines;
    }
    if (hasFile) {
        if (hasUrl)
            fail(QStringLiteral("The \"file\" and \"url\" options may not be simultaneously specified for "
                                "the \"%1\" directive.")
                     .arg(call.name));
        QString path;
        for (const QString &part : call.options.value(QStringLiteral("file")).split(u'\n'))
            path += part.trimmed();
        const auto problem = [&](const QString &why) {
            fail(QStringLiteral("Problems with \"%1\" directive path:\n%2.").arg(call.name, why), 4);
        };
        // relative to the document (or the file including it), as docutils resolves it
        const QString absolute = QDir::cleanPath(QDir(directiveBaseDirectory(call.state)).absoluteFilePath(path));
        const QFileInfo info(absolute);
        if (!info.exists())
            problem(QStringLiteral("[Errno 2] No such file or directory: '%1'").arg(path));
        // only regular files: a FIFO or a device could block or never end
        if (!info.isFile() || info.size() > kMaxIncludedFileBytes)
            problem(QStringLiteral("not a regular file of reasonable size: '%1'").arg(path));
        chargeIncludedBytes(call, info.size(), path);
        QFile file(absolute);
        if (!file.open(QIODevice::ReadOnly))
            problem(QStringLiteral("%1: '%2'").arg(file.errorString(), path));
        const QByteArray data = file.read(kMaxIncludedFileBytes + 1);
        if (data.size() > kMaxIncludedFileBytes)
            problem(QStringLiteral("file too large: '%1'").arg(path));
        const std::optional<QString> text = decodeFile(data, call.options.value(QStringLiteral("encoding")));
        if (!text)
            problem(QStringLiteral("cannot decode '%1'").arg(path));
        return pythonSplitLines(*text);
    }
    if (hasUrl)
        fail(QStringLiteral("Problems with \"%1\" directive URL \"%2\":\nremote content is not fetched.")
                 .arg(call.name, call.options.value(QStringLiteral("url"))),
             4);
    fail(QStringLiteral("The \"%1\" directive requires content; none supplied.").arg(call.name), 2);
}

NodeList runCsvTable(DirectiveCall &call)
{
    checkWidthOption(call);
    QString widthsKind;
    const std::vector<int> widths = widthsOption(call, {QStringLiteral("auto")}, widthsKind);
    CsvDialect dialect;
    if (call.hasOption(QStringLiteral("delim")))
        dialect.delimiter = singleCharOption(call, QStringLiteral("delim"), true);
    if (call.hasOption(QStringLiteral("quote")))
        dialect.quote = singleCharOption(call, QStringLiteral("quote"), false);
    if (call.hasOption(QStringLiteral("escape"))) {
        dialect.escape = singleCharOption(call, QStringLiteral("escape"), false);
        dialect.doubleQuote = false;
    }
    if (call.hasOption(QStringLiteral("keepspace")))
        dialect.skipInitialSpace = false;
    if (call.hasOption(QStringLiteral("file")) && call.options.value(QStringLiteral("file")).isEmpty())
        invalidOption(call, QStringLiteral("file"), QStringLiteral("argument required but none supplied"));
    if (call.hasOption(QStringLiteral("url")) && call.options.value(QStringLiteral("url")).isEmpty())
        invalidOption(call, QStringLiteral("url"), QStringLiteral("argument required but none supplied"));
    if (call.hasOption(QStringLiteral("encoding")) && !knownEncoding(call.options.value(QStringLiteral("encoding"))))
        invalidOption(call, QStringLiteral("encoding"),
                      QStringLiteral("unknown encoding: \"%1\"").arg(call.options.value(QStringLiteral("encoding"))));

    auto messages = Node::element(QStringLiteral("holder"), call.line);
    std::unique_ptr<Node> title = makeTitle(call, *messages);
    const QStringList lines = csvLines(call);
    std::vector<QStringList> head, body;
    try {
        if (call.hasOption(QStringLiteral("header"))) {
            CsvDialect headerDialect;
            headerDialect.escape = U'\\';
            headerDialect.doubleQuote = false;
            head = readCsv(call.options.value(QStringLiteral("header")).split(u'\n'), headerDialect);
        }
        body = readCsv(lines, dialect);
    } catch (const CsvError &e) {
        fail(QStringLiteral("Error with CSV data in \"%1\" directive:\n%2").arg(call.name, e.message));
    }
    int cols = 0;
    for (const auto *part : {&head, &body})
        for (const QStringList &row : *part)
            cols = std::max(cols, int(row.size()));
    if (qint64(cols) * qint64(head.size() + body.size()) > kMaxCsvCells)
        fail(QStringLiteral("Error with CSV data in \"%1\" directive:\ntoo many cells (more than %2)")
                 .arg(call.name)
                 .arg(kMaxCsvCells));
    const int headerRows = intOption(call, QStringLiteral("header-rows"));
    const int stubColumns = intOption(call, QStringLiteral("stub-columns"));
    std::vector<int> lengths;
    for (const QStringList &row : body)
        lengths.push_back(int(row.size()));
    checkDimensions(call, lengths, headerRows, stubColumns);
    head.insert(head.end(), body.begin(), body.begin() + headerRows);
    body.erase(body.begin(), body.begin() + headerRows);
    const std::vector<int> colWidths = columnWidths(call, widths, widthsKind, cols);

    // docutils numbers every cell's lines from the first content line (or the line after the directive).
    const int cellLine =
        call.content.empty() ? call.line + int(call.blockText.lineCount()) + 1 : call.contentLine;
    Node *tgroup = nullptr;
    std::unique_ptr<Node> table = tableSkeleton(colWidths, stubColumns, call.line, tgroup);
    addWidthClass(widthsKind, *table);
    std::deque<QString> storage;
    const auto addRows = [&](const std::vector<QStringList> &rows, const QString &tag) {
        auto part = Node::element(tag, call.line);
        for (const QStringList &cells : rows) {
            auto row = Node::element(QStringLiteral("row"), call.line);
            for (int c = 0; c < cols; ++c) {
                auto entry = Node::element(QStringLiteral("entry"), cellLine);
                const QString text = cells.value(c);
                if (!text.isEmpty()) {
                    std::vector<Line> cellLines;
                    int n = cellLine;
                    for (const QString &l : pythonSplitLines(text)) {
                        QString stripped = l;
                        while (!stripped.isEmpty() && stripped.back().isSpace())
                            stripped.chop(1);
                        storage.push_back(stripped);
                        cellLines.push_back({QStringView(storage.back()), n++});
                    }
                    call.parser.parseNested(Block(std::move(cellLines)), *entry);
                }
                row->append(std::move(entry));
            }
            part->append(std::move(row));
        }
        tgroup->append(std::move(part));
    };
    if (!head.empty())
        addRows(head, QStringLiteral("thead"));
    addRows(body, QStringLiteral("tbody"));
    addClasses(call, *table);
    if (call.hasOption(QStringLiteral("align")))
        table->setAttribute(QStringLiteral("align"), call.options.value(QStringLiteral("align")));
    return finishTable(call, std::move(table), std::move(title), *messages);
}

// ---- list-table ----

NodeList runListTable(DirectiveCall &call)
{
    checkWidthOption(call);
    QString widthsKind;
    const std::vector<int> widths = widthsOption(call, {QStringLiteral("auto")}, widthsKind);
    if (call.content.empty())
        fail(QStringLiteral("The \"%1\" directive is empty; content required.").arg(call.name));
    auto messages = Node::element(QStringLiteral("holder"), call.line);
    std::unique_ptr<Node> title = makeTitle(call, *messages);
    auto holder = Node::element(QStringLiteral("holder"), call.line);
    call.parser.parseNested(call.content, *holder);
    const QString prefix =
        QStringLiteral("Error parsing content block for the \"%1\" directive: ").arg(call.name);
    if (holder->childCount() != 1 || !holder->child(0)->is(u"bullet_list"))
        fail(prefix + QStringLiteral("exactly one bullet list expected."));
    Node *list = holder->child(0);
    int cols = 0;
    for (size_t r = 0; r < list->childCount(); ++r) {
        const Node *item = list->child(r);
        if (item->childCount() != 1 || !item->child(0)->is(u"bullet_list"))
            fail(prefix + QStringLiteral("two-level bullet list expected, but row %1 does not contain a "
                                         "second-level bullet list.")
                              .arg(r + 1));
        const int n = int(item->child(0)->childCount());
        if (r == 0)
            cols = n;
        else if (n != cols)
            fail(prefix + QStringLiteral("uniform two-level bullet list expected, but row %1 does not "
                                         "contain the same number of items as row 1 (%2 vs %3).")
                              .arg(r + 1)
                              .arg(n)
                              .arg(cols));
    }
    const std::vector<int> colWidths = columnWidths(call, widths, widthsKind, cols);
    const int headerRows = intOption(call, QStringLiteral("header-rows"));
    const int stubColumns = intOption(call, QStringLiteral("stub-columns"));
    checkDimensions(call, std::vector<int>(list->childCount(), cols), headerRows, stubColumns);

    Node *tgroup = nullptr;
    std::unique_ptr<Node> table = tableSkeleton(colWidths, stubColumns, call.line, tgroup);
    addWidthClass(widthsKind, *table);
    std::unique_ptr<Node> thead;
    if (headerRows > 0)
        thead = Node::element(QStringLiteral("thead"), call.line);
    auto tbody = Node::element(QStringLiteral("tbody"), call.line);
    for (size_t r = 0; r < list->childCount(); ++r) {
        Node *cells = list->child(r)->child(0);
        auto row = Node::element(QStringLiteral("row"), list->child(r)->line());
        for (size_t c = 0; c < cells->childCount(); ++c) {
            auto entry = Node::element(QStringLiteral("entry"), cells->child(c)->line());
            entry->appendChildrenOf(*cells->child(c));
            row->append(std::move(entry));
        }
        (int(r) < headerRows ? *thead : *tbody).append(std::move(row));
    }
    if (thead)
        tgroup->append(std::move(thead));
    tgroup->append(std::move(tbody));
    if (call.hasOption(QStringLiteral("align")))
        table->setAttribute(QStringLiteral("align"), call.options.value(QStringLiteral("align")));
    addClasses(call, *table);
    return finishTable(call, std::move(table), std::move(title), *messages);
}

DirectiveSpec tableSpec(std::function<NodeList(DirectiveCall &)> run)
{
    DirectiveSpec spec;
    spec.optionalArguments = 1;
    spec.finalArgumentWhitespace = true;
    spec.hasContent = true;
    spec.options = commonOptions();
    spec.choices = alignChoices();
    spec.run = std::move(run);
    return spec;
}

} // namespace

void registerTableDirectives(Registry &r)
{
    r.addDirective(QStringLiteral("table"), tableSpec(runTable));

    DirectiveSpec csv = tableSpec(runCsvTable);
    csv.options.insert(QStringLiteral("header-rows"), OptionKind::Int);
    csv.options.insert(QStringLiteral("stub-columns"), OptionKind::Int);
    for (const char *o : {"header", "file", "url", "encoding", "delim", "quote", "escape"})
        csv.options.insert(QLatin1String(o), OptionKind::Unchanged);
    csv.options.insert(QStringLiteral("keepspace"), OptionKind::Flag);
    r.addDirective(QStringLiteral("csv-table"), csv);

    DirectiveSpec list = tableSpec(runListTable);
    list.options.insert(QStringLiteral("header-rows"), OptionKind::Int);
    list.options.insert(QStringLiteral("stub-columns"), OptionKind::Int);
    r.addDirective(QStringLiteral("list-table"), list);
}

} // namespace Docent
