// The include directive: reST, literal or code text from another file, and the file reading the
// directives that name files share (include, raw :file:).
#include "blockparser_p.h"
#include "directivesupport_p.h"
#include "parselimits.h"
#include "parsestate_p.h"
#include "registry.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

namespace Docent {
namespace {

[[noreturn]] void severe(const QString &text)
{
    throw DirectiveError{text, int(MessageLevel::Severe)};
}

// Decodes `data` strictly; empty encoding: UTF-8, falling back to Latin-1 as docutils does.
bool decode(const QByteArray &data, const QString &encodingName, QString &text)
{
    QString name = encodingName.trimmed().toLower();
    name.replace(u'_', u'-');
    if (name.isEmpty()) {
        if (decode(data, QStringLiteral("utf-8"), text))
            return true;
        return decode(data, QStringLiteral("latin-1"), text);
    }
    if (name == u"ascii" || name == u"us-ascii") {
        for (char c : data)
            if (static_cast<unsigned char>(c) > 127)
                return false;
        text = QString::fromLatin1(data);
        return true;
    }
    static const QHash<QString, QStringConverter::Encoding> known = {
        {QStringLiteral("utf-8"), QStringConverter::Utf8},        {QStringLiteral("utf8"), QStringConverter::Utf8},
        {QStringLiteral("utf-8-sig"), QStringConverter::Utf8},    {QStringLiteral("u8"), QStringConverter::Utf8},
        {QStringLiteral("utf-16"), QStringConverter::Utf16},      {QStringLiteral("utf16"), QStringConverter::Utf16},
        {QStringLiteral("utf-16-le"), QStringConverter::Utf16LE}, {QStringLiteral("utf-16le"), QStringConverter::Utf16LE},
        {QStringLiteral("utf-16-be"), QStringConverter::Utf16BE}, {QStringLiteral("utf-16be"), QStringConverter::Utf16BE},
        {QStringLiteral("utf-32"), QStringConverter::Utf32},      {QStringLiteral("utf-32-le"), QStringConverter::Utf32LE},
        {QStringLiteral("utf-32le"), QStringConverter::Utf32LE},  {QStringLiteral("utf-32-be"), QStringConverter::Utf32BE},
        {QStringLiteral("utf-32be"), QStringConverter::Utf32BE},  {QStringLiteral("latin-1"), QStringConverter::Latin1},
        {QStringLiteral("latin1"), QStringConverter::Latin1},     {QStringLiteral("iso-8859-1"), QStringConverter::Latin1},
        {QStringLiteral("iso8859-1"), QStringConverter::Latin1},  {QStringLiteral("l1"), QStringConverter::Latin1},
    };
    QStringDecoder decoder = known.contains(name) ? QStringDecoder(known.value(name))
                                                  : QStringDecoder(name.toLatin1().constData());
    if (!decoder.isValid())
        return false;
    text = decoder.decode(data);
    return !decoder.hasError();
}

QString normalizedNewlines(QString text)
{
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    text.replace(u'\r', u'\n');
    return text;
}

// Python's str.expandtabs: tab stops every `width` columns, counted from each line start.
QString expandTabs(const QString &text, int width)
{
    if (!text.contains(u'\t'))
        return text;
    QString out;
    int column = 0;
    for (QChar c : text) {
        if (c == u'\t') {
            if (width > 0) {
                const int n = width - column % width;
                out += QString(n, u' ');
                column += n;
            }
        } else {
            out += c;
            column = c == u'\n' ? 0 : column + 1;
        }
    }
    return out;
}

// Python's list[start:end] bounds.
std::pair<qsizetype, qsizetype> sliceBounds(qsizetype size, std::optional<int> start, std::optional<int> end)
{
    auto clamp = [size](qsizetype v) {
        if (v < 0)
            v += size;
        return std::clamp<qsizetype>(v, 0, size);
    };
    const qsizetype b = start ? clamp(*start) : 0;
    const qsizetype e = end ? clamp(*end) : size;
    return {b, std::max(b, e)};
}

bool isRstParser(const QString &name)
{
    static const QStringList names = {QStringLiteral("rst"), QStringLiteral("restructuredtext"), QStringLiteral("rest"),
                                      QStringLiteral("restx"), QStringLiteral("rtxt"), QStringLiteral("rstx")};
    return names.contains(name.trimmed().toLower());
}

// The lines, kept in one string as long as the parse lives, and the block of views into it.
Block storedBlock(ParseState &state, const QStringList &lines)
{
    const QString &text = state.includedText.emplace_back(lines.join(u'\n'));
    std::vector<Line> viewed;
    viewed.reserve(size_t(lines.size()));
    qsizetype at = 0;
    for (qsizetype k = 0; k < lines.size(); ++k) {
        viewed.push_back({QStringView(text).mid(at, lines[k].size()), int(k) + 1});
        at += lines[k].size() + 1;
    }
    state.includedLines += viewed.size();
    return Block(std::move(viewed));
}

// The options that choose the part of the file that is included.
struct IncludeRange {
    std::optional<int> startLine, endLine;
    QString after;  ///< :start-after:
    QString before; ///< :end-before:
};

QString includePath(const DirectiveCall &call)
{
    QString path;
    for (const QString &l : call.arguments.value(0).split(u'\n'))
        path += l.trimmed();
    if (path.startsWith(u'<') && path.endsWith(u'>'))
        // docutils' own data files ("<isonum.txt>") are not shipped with the reader
        severe(QStringLiteral("Problems with \"%1\" directive path:\nstandard data file %2 not available.")
                   .arg(call.name, path));
    return path;
}

std::optional<int> lineOption(const DirectiveCall &call, const QString &option)
{
    if (!call.hasOption(option))
        return std::nullopt;
    return DirectiveOptions::integer(option, call.options.value(option));
}

// Only reST can be included: a :parser: must name docutils' reST parser.
void checkParserOption(const DirectiveCall &call)
{
    if (call.hasOption(QStringLiteral("parser")) && !isRstParser(call.options.value(QStringLiteral("parser"))))
        throw DirectiveError{QStringLiteral("Error in \"%1\" directive:\ninvalid option value: (option: \"parser\"; "
                                            "value: %2)\nParser \"%3\" is not available.")
                                 .arg(call.name, pythonRepr(call.options.value(QStringLiteral("parser"))),
                                      call.options.value(QStringLiteral("parser")))};
}

// The part of the file's text the range chooses: lines first, then the text between the markers.
QString clipped(QString raw, const IncludeRange &range, const DirectiveCall &call)
{
    if (range.startLine || range.endLine) {
        QStringList lines;
        qsizetype from = 0;
        while (from < raw.size()) {
            qsizetype nl = raw.indexOf(u'\n', from);
            nl = nl < 0 ? raw.size() : nl + 1;
            lines << raw.mid(from, nl - from);
            from = nl;
        }
        const auto [b, e] = sliceBounds(lines.size(), range.startLine, range.endLine);
        raw = lines.mid(b, e - b).join(QString());
    }
    if (!range.after.isEmpty()) {
        const qsizetype at = raw.indexOf(range.after);
        if (at < 0)
            severe(QStringLiteral("Problem with \"start-after\" option of \"%1\" directive:\nText not found.").arg(call.name));
        raw = raw.mid(at + range.after.size());
    }
    if (!range.before.isEmpty()) {
        const qsizetype at = raw.indexOf(range.before);
        if (at < 0)
            severe(QStringLiteral("Problem with \"end-before\" option of \"%1\" directive:\nText not found.").arg(call.name));
        raw = raw.left(at);
    }
    return raw;
}

// docutils' string2lines: vertical tab and form feed as spaces, tabs expanded, trailing space gone
QStringList string2lines(const QString &raw, int tabWidth, const QString &shownPath)
{
    QStringList lines;
    {
        QString t = raw;
        t.replace(u'\v', u' ');
        t.replace(u'\f', u' ');
        lines = t.split(u'\n');
        if (!lines.isEmpty() && lines.back().isEmpty())
            lines.removeLast();
        for (QString &l : lines) {
            l = expandTabs(l, tabWidth);
            qsizetype n = l.size();
            while (n > 0 && l[n - 1].isSpace())
                --n;
            l.truncate(n);
        }
    }
    for (qsizetype k = 0; k < lines.size(); ++k)
        if (lines[k].size() > kLineLengthLimit)
            throw DirectiveError{QStringLiteral("\"%1\": line %2 exceeds the line-length-limit.").arg(shownPath).arg(k + 1),
                                 int(MessageLevel::Warning)};
    return lines;
}

// :literal: the text as a literal block, with :number-lines:' numbers; `lineCount` sets their width.
NodeList includeLiteral(DirectiveCall &call, const QString &raw, qsizetype lineCount, int tabWidth,
                        const QString &shownPath)
{
    NodeList out;
    const QString text = tabWidth >= 0 ? expandTabs(raw, tabWidth) : raw;
    auto block = Node::element(QStringLiteral("literal_block"), 1);
    block->setAttribute(QStringLiteral("source"), shownPath);
    block->setAttribute(QStringLiteral("xml:space"), QStringLiteral("preserve"));
    applyClassAndName(call, *block);
    if (call.hasOption(QStringLiteral("number-lines"))) {
        // the file's last line end is not a line of its own
        appendNumberedLines(*block, text.endsWith(u'\n') ? text.chopped(1) : text, numberLinesStart(call), lineCount);
    } else {
        block->append(Node::text(text, 1));
    }
    out.push_back(std::move(block));
    return out;
}

// :code: the lines as the content of the registry's code directive, in the language given.
NodeList includeCode(DirectiveCall &call, const QString &raw, const QStringList &lines, int tabWidth,
                     const QString &shownPath)
{
    NodeList out;
    const DirectiveSpec *code = call.state.registry.directive(QStringLiteral("code"));
    if (!code)
        return out;
    QStringList codeLines = lines;
    if (tabWidth < 0)
        codeLines = raw.split(u'\n');
    QHash<QString, QString> options = call.options;
    const QString language = options.take(QStringLiteral("code"));
    DirectiveCall codeCall{call.name,  language.isEmpty() ? QStringList() : QStringList{language},
                           options,    storedBlock(call.state, codeLines),
                           call.line,  1,
                           call.blockText, call.parser,
                           call.state, call.parent,
                           *code};
    if (codeCall.content.empty())
        return out; // docutils' code directive would insist on content; an empty file includes nothing
    out = code->run(codeCall);
    for (auto &n : out)
        if (n->is(u"literal_block"))
            n->setAttribute(QStringLiteral("source"), shownPath);
    return out;
}

// reST: parsed in place, unless this very file and clipping is already being included. The lines
// and the text are dropped once the block holds them.
void includeRst(DirectiveCall &call, QStringList &lines, QString &raw, const IncludeRange &range,
                const DirectiveFile &file)
{
    const QStringList clip = {range.startLine ? QString::number(*range.startLine) : QStringLiteral("-"),
                              range.endLine ? QString::number(*range.endLine) : QStringLiteral("-"),
                              call.hasOption(QStringLiteral("end-before")) ? u'+' + range.before : QStringLiteral("-"),
                              call.hasOption(QStringLiteral("start-after")) ? u'+' + range.after : QStringLiteral("-")};
    const QString entry = file.absolutePath + QChar(0) + clip.join(QChar(1));
    QStringList chain = call.state.includeStack;
    const QFileInfo document(call.state.document.attribute(QStringLiteral("source")));
    if (document.isFile())
        chain.prepend(document.absoluteFilePath() + QChar(0) + QStringList(4, QStringLiteral("-")).join(QChar(1)));
    if (chain.contains(entry)) {
        QStringList shown = {file.shownPath};
        for (qsizetype k = chain.size() - 1; k >= 0; --k)
            shown << shownPath(chain[k].section(QChar(0), 0, 0));
        throw DirectiveError{QStringLiteral("circular inclusion in \"%1\" directive:\n%2")
                                 .arg(call.name, shown.join(QStringLiteral("\n> "))),
                             int(MessageLevel::Warning)};
    }
    // docutils follows the included lines with a blank line (and an "end of inclusion" comment):
    // blocks that take trailing blank lines take it too.
    const Block block = storedBlock(call.state, lines + QStringList{QString()});
    lines.clear(); // the parse below reads only the block's views: no other copy of the text stays
    raw.clear();
    call.state.includeStack.append(entry);
    call.state.rootLines.beginInclude(call.lastLine, int(block.size()) + 1);
    call.parser.parseInserted(block, call.parent);
    call.state.rootLines.endInclude();
    call.state.includeStack.removeLast();
}

NodeList runInclude(DirectiveCall &call)
{
    const QString path = includePath(call);
    IncludeRange range;
    range.startLine = lineOption(call, QStringLiteral("start-line"));
    range.endLine = lineOption(call, QStringLiteral("end-line"));
    const int tabWidth = lineOption(call, QStringLiteral("tab-width")).value_or(8);
    checkParserOption(call);
    if (call.state.includeStack.size() >= kMaxIncludeDepth || call.state.includedLines > kMaxIncludedLines ||
        ++call.state.includeCount > kMaxInclusions)
        severe(QStringLiteral("Problems with \"%1\" directive:\ntoo many nested or repeated inclusions.").arg(call.name));

    DirectiveFile file = readDirectiveFile(call, path, call.options.value(QStringLiteral("encoding")));
    range.after = call.options.value(QStringLiteral("start-after"));
    range.before = call.options.value(QStringLiteral("end-before"));
    QString raw = clipped(std::exchange(file.text, {}), range, call);
    QStringList lines = string2lines(raw, tabWidth, file.shownPath);

    if (call.hasOption(QStringLiteral("literal")))
        return includeLiteral(call, raw, lines.size(), tabWidth, file.shownPath);
    if (call.hasOption(QStringLiteral("code")))
        return includeCode(call, raw, lines, tabWidth, file.shownPath);
    includeRst(call, lines, raw, range, file);
    return {};
}

} // namespace

QString shownPath(const QString &absolutePath)
{
    // docutils' relative_path: relative to the working directory unless only the root is shared
    const QString cwd = QDir::currentPath();
    const QStringList a = QDir::cleanPath(absolutePath).split(u'/');
    const QStringList b = QDir::cleanPath(cwd).split(u'/');
    if (a.size() < 2 || b.size() < 2 || a.mid(0, 2) != b.mid(0, 2))
        return QDir::cleanPath(absolutePath);
    return QDir(cwd).relativeFilePath(absolutePath);
}

QString directiveBaseDirectory(const ParseState &state)
{
    if (!state.includeStack.isEmpty())
        return QFileInfo(state.includeStack.back().section(QChar(0), 0, 0)).absolutePath();
    const QFileInfo document(state.document.attribute(QStringLiteral("source")));
    if (document.isFile())
        return document.absolutePath();
    return QDir::currentPath();
}

void chargeIncludedBytes(const DirectiveCall &call, qint64 bytes, const QString &shownPath)
{
    if (call.state.includedBytes + bytes > kMaxIncludedBytes) {
        const auto mb = [](qint64 n) { return QString::number(double(n) / (1024 * 1024), 'f', 1); };
        severe(QStringLiteral("\"%1\" directive: '%2' (%3 MB) is not read: the files this document's "
                              "directives read may hold %4 MB together, and %5 MB are read already.")
                   .arg(call.name, shownPath, mb(bytes), mb(kMaxIncludedBytes),
                        mb(call.state.includedBytes)));
    }
    call.state.includedBytes += bytes;
}

DirectiveFile readDirectiveFile(const DirectiveCall &call, const QString &path, const QString &encoding)
{
    DirectiveFile file;
    file.absolutePath = QDir::cleanPath(QDir(directiveBaseDirectory(call.state)).absoluteFilePath(path));
    file.shownPath = shownPath(file.absolutePath);
    const QFileInfo info(file.absolutePath);
    const auto problem = [&](const QString &why) {
        severe(QStringLiteral("Problems with \"%1\" directive path:\n%2: '%3'.").arg(call.name, why, file.shownPath));
    };
    if (!info.exists())
        problem(QStringLiteral("InputError: [Errno 2] No such file or directory"));
    // Only regular files: a FIFO or device would block or never end.
    if (!info.isFile())
        problem(QStringLiteral("InputError: not a regular file"));
    if (info.size() > kMaxIncludedFileBytes)
        problem(QStringLiteral("InputError: file too large"));
    chargeIncludedBytes(call, info.size(), file.shownPath);
    QFile f(file.absolutePath);
    if (!f.open(QIODevice::ReadOnly))
        problem(QStringLiteral("InputError: ") + f.errorString());
    const QByteArray data = f.read(kMaxIncludedFileBytes + 1);
    if (data.size() > kMaxIncludedFileBytes)
        problem(QStringLiteral("InputError: file too large"));
    QString text;
    if (!decode(data, encoding, text))
        severe(QStringLiteral("Problem with \"%1\" directive:\nUnicodeDecodeError: cannot decode '%2' as %3.")
                   .arg(call.name, file.shownPath, encoding.isEmpty() ? QStringLiteral("utf-8") : encoding));
    file.text = normalizedNewlines(text);
    return file;
}

void registerIncludeDirective(Registry &r)
{
    DirectiveSpec spec;
    spec.requiredArguments = 1;
    spec.finalArgumentWhitespace = true;
    spec.options = classAndName();
    spec.options.insert(QStringLiteral("literal"), OptionKind::Flag);
    for (const char *o : {"code", "number-lines"})
        spec.options.insert(QLatin1String(o), OptionKind::Unchanged);
    for (const char *o : {"encoding", "parser", "start-after", "end-before", "tab-width", "start-line", "end-line"})
        spec.options.insert(QLatin1String(o), OptionKind::Text);
    spec.run = runInclude;
    r.addDirective(QStringLiteral("include"), spec);
}

} // namespace Docent
