// The csv-table directive: its options (the CSV dialect, the characters given by code), the CSV
// lines from the content or from a :file: in the encoding it names, and the table from the rows
// Python's csv module would read (csvreader.cpp).
#include "blockparser_p.h"
#include "csvreader_p.h"
#include "directivesupport_p.h"
#include "parselimits.h"
#include "parsestate_p.h"
#include "tabledirectives_p.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStringDecoder>

#include <algorithm>
#include <deque>
#include <optional>

namespace Docent::TableDirectives {
namespace {

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

/// The dialect the :delim:, :quote:, :escape: and :keepspace: options give.
CsvDialect dialectOption(const DirectiveCall &call)
{
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
    return dialect;
}

// :file: and :url: need a value; :encoding: must be one that can be decoded.
void checkSourceOptions(const DirectiveCall &call)
{
    if (call.hasOption(QStringLiteral("file")) && call.options.value(QStringLiteral("file")).isEmpty())
        invalidOption(call, QStringLiteral("file"), QStringLiteral("argument required but none supplied"));
    if (call.hasOption(QStringLiteral("url")) && call.options.value(QStringLiteral("url")).isEmpty())
        invalidOption(call, QStringLiteral("url"), QStringLiteral("argument required but none supplied"));
    if (call.hasOption(QStringLiteral("encoding")) && !knownEncoding(call.options.value(QStringLiteral("encoding"))))
        invalidOption(call, QStringLiteral("encoding"),
                      QStringLiteral("unknown encoding: \"%1\"").arg(call.options.value(QStringLiteral("encoding"))));
}

/// A thead or tbody of `cols` entries per row, each cell's text parsed as body elements; `storage`
/// holds the cells' lines the parse reads.
void appendRows(DirectiveCall &call, Node &tgroup, const std::vector<QStringList> &rows, const QString &tag,
                int cols, int cellLine, std::deque<QString> &storage)
{
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
    tgroup.append(std::move(part));
}

} // namespace

NodeList runCsvTable(DirectiveCall &call)
{
    checkWidthOption(call);
    QString widthsKind;
    const std::vector<int> widths = widthsOption(call, {QStringLiteral("auto")}, widthsKind);
    const CsvDialect dialect = dialectOption(call);
    checkSourceOptions(call);

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
    if (!head.empty())
        appendRows(call, *tgroup, head, QStringLiteral("thead"), cols, cellLine, storage);
    appendRows(call, *tgroup, body, QStringLiteral("tbody"), cols, cellLine, storage);
    addClasses(call, *table);
    if (call.hasOption(QStringLiteral("align")))
        table->setAttribute(QStringLiteral("align"), call.options.value(QStringLiteral("align")));
    return finishTable(call, std::move(table), std::move(title), *messages);
}

} // namespace Docent::TableDirectives
