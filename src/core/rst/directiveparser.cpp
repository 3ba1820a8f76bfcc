// Running a directive: splitting its block into arguments, options and content, checking them
// against the directive's spec, and reporting errors the way docutils does.
#include "blockparser_p.h"
#include "directivesupport_p.h"
#include "inlineparser_p.h"
#include "parsestate_p.h"

namespace Docent {

int fieldMarkerEnd(QStringView t, QString *name)
{
    // ":" name ":" followed by spaces or the end; the name does not start with a space or colon,
    // does not end with a space, and holds a colon only when escaped or not followed by a space,
    // backquote or the end.
    if (t.size() < 3 || t[0] != u':' || t[1] == u' ' || t[1] == u':')
        return -1;
    for (qsizetype i = 1; i < t.size(); ++i) {
        if (t[i] == u'\\') {
            if (++i >= t.size())
                return -1;
            continue;
        }
        if (t[i] != u':')
            continue;
        const bool closes = i + 1 == t.size() || t[i + 1] == u' ';
        if (!closes) {
            if (t[i + 1] == u'`')
                return -1;
            continue;
        }
        if (t[i - 1] == u' ')
            return -1;
        if (name)
            *name = t.mid(1, i - 1).toString();
        qsizetype e = i + 1;
        while (e < t.size() && t[e] == u' ')
            ++e;
        return int(e);
    }
    return -1;
}

QStringList splitWhitespace(const QString &text, int maxSplit)
{
    QStringList out;
    qsizetype i = 0;
    const qsizetype n = text.size();
    while (true) {
        while (i < n && text[i].isSpace())
            ++i;
        if (i >= n)
            break;
        if (maxSplit >= 0 && out.size() == maxSplit) {
            out << text.mid(i);
            break;
        }
        const qsizetype start = i;
        while (i < n && !text[i].isSpace())
            ++i;
        out << text.mid(start, i - start);
    }
    return out;
}

namespace {

QString invalidValue(const QString &option, const QString &value, const QString &why)
{
    return QStringLiteral("invalid option value: (option: \"%1\"; value: %2)\n%3")
        .arg(option, value.isNull() ? QStringLiteral("None") : pythonRepr(value), why);
}

// The option block: fields, each a marker line and the lines indented under it.
QString parseOptions(const Block &optBlock, const DirectiveSpec &spec, QHash<QString, QString> &options)
{
    struct Field {
        QString name;
        QStringList lines;
    };
    std::vector<Field> fields;
    for (size_t k = 0; k < optBlock.size(); ++k) {
        QString rawName;
        const int end = fieldMarkerEnd(optBlock[k].text, &rawName);
        if (end < 0)
            return QStringLiteral("invalid option block");
        Field f;
        f.name = InlineParser::unescape(InlineParser::escapeToNull(rawName));
        f.lines << optBlock[k].text.mid(end).toString();
        // the lines indented under the marker, dedented by their common indent
        size_t e = k + 1;
        int indent = -1;
        while (e < optBlock.size() && optBlock[e].indent() > 0) {
            indent = indent < 0 ? optBlock[e].indent() : std::min(indent, optBlock[e].indent());
            ++e;
        }
        for (size_t j = k + 1; j < e; ++j)
            f.lines << dedented(optBlock[j], indent).text.toString();
        k = e - 1;
        fields.push_back(std::move(f));
    }
    for (const Field &f : fields)
        if (splitWhitespace(f.name).size() != 1)
            return QStringLiteral("extension option field name may not contain multiple words");
    for (const Field &f : fields) {
        const QString name = f.name.toLower();
        QStringList lines = f.lines;
        lines.removeAll(QString());
        QString value = lines.isEmpty() ? QString() : lines.join(u'\n');
        const auto kind = spec.options.constFind(name);
        if (kind == spec.options.cend())
            return QStringLiteral("unknown option: \"%1\"").arg(name);
        if (options.contains(name))
            return QStringLiteral("duplicate option \"%1\"").arg(name);
        try {
            switch (*kind) {
            case OptionKind::Flag:
                if (!value.trimmed().isEmpty())
                    return invalidValue(name, value, QStringLiteral("no argument is allowed; \"%1\" supplied").arg(value));
                value = QString();
                break;
            case OptionKind::Text:
                if (value.isNull())
                    return invalidValue(name, value, QStringLiteral("argument required but none supplied"));
                break;
            case OptionKind::OptionalText:
            case OptionKind::Unchanged:
                if (value.isNull())
                    value = QStringLiteral("");
                break;
            case OptionKind::Int:
                value = QString::number(DirectiveOptions::integer(name, value, 0));
                break;
            case OptionKind::Length:
                value = DirectiveOptions::lengthOrUnitless(name, value);
                break;
            case OptionKind::ClassList: {
                if (value.isNull())
                    return invalidValue(name, value, QStringLiteral("argument required but none supplied"));
                QStringList out;
                for (const QString &c : splitWhitespace(value)) {
                    const QString id = makeId(c);
                    if (id.isEmpty())
                        return invalidValue(name, value, QStringLiteral("cannot make \"%1\" into a class name").arg(c));
                    out << id;
                }
                value = out.join(u' ');
                break;
            }
            case OptionKind::Name:
                value = normalizeName(value);
                break;
            case OptionKind::Choice:
                value = DirectiveOptions::choice(name, value, spec.choices.value(name));
                break;
            }
        } catch (const DirectiveError &e) {
            return e.message;
        }
        options.insert(name, value);
    }
    return {};
}

} // namespace

QString splitDirectiveBlock(const Block &block, int line, const DirectiveSpec &spec, DirectiveParts &out)
{
    // Works on index ranges of `block`; only the content is copied, once, into `out`.
    size_t first = 0, last = block.size();
    if (first < last && block[first].isBlank())
        ++first;
    while (last > first && block[last - 1].isBlank())
        --last;
    const bool hasArguments = spec.requiredArguments || spec.optionalArguments;
    // Argument lines are [first, argEnd), option lines [argEnd, optEnd), content from `split`.
    size_t argEnd = first, optEnd = first, split = last;
    size_t contentBegin = first;
    if (first < last && (hasArguments || !spec.options.isEmpty())) {
        // arguments and options run to the first blank line
        split = first;
        while (split < last && !block[split].isBlank())
            ++split;
        argEnd = optEnd = split;
        contentBegin = split < last ? split + 1 : last;
    }
    if (!spec.options.isEmpty()) {
        for (size_t k = first; k < optEnd; ++k)
            if (fieldMarkerEnd(block[k].text) >= 0) {
                argEnd = k;
                break;
            }
        const QString error = parseOptions(block.mid(argEnd, optEnd), spec, out.options);
        if (!error.isEmpty())
            return error;
    }
    Block &content = out.content;
    if (argEnd > first && !hasArguments) {
        // no arguments taken: what precedes the options is content, then the rest from the blank line on
        content = block.mid(first, argEnd);
        content.append(block.mid(split, last));
        argEnd = first;
        dropLeadingBlankLines(content);
    } else {
        while (contentBegin < last && block[contentBegin].isBlank())
            ++contentBegin;
        content = block.mid(contentBegin, last);
    }
    if (hasArguments) {
        const QString argText = joinLines(block, first, argEnd);
        out.arguments = splitWhitespace(argText);
        const int maxArgs = spec.requiredArguments + spec.optionalArguments;
        if (out.arguments.size() < spec.requiredArguments)
            return QStringLiteral("%1 argument(s) required, %2 supplied")
                .arg(spec.requiredArguments)
                .arg(out.arguments.size());
        if (out.arguments.size() > maxArgs) {
            if (!spec.finalArgumentWhitespace)
                return QStringLiteral("maximum %1 argument(s) allowed, %2 supplied").arg(maxArgs).arg(out.arguments.size());
            out.arguments = splitWhitespace(argText, maxArgs - 1);
        }
    }
    if (!content.empty() && !spec.hasContent)
        return QStringLiteral("no content permitted");
    out.contentLine = content.empty() ? line : content.front().number;
    return {};
}

void BlockParser::directive(const QString &name, const Block &block, int line, Node &parent,
                            const BlockText &blockText)
{
    const QString key = m_state.domainName(name.toLower(), false);
    const DirectiveSpec *spec = m_state.registry.directive(key);
    if (!spec) {
        // docutils names the line of the directive in its own file as if it were a position in the
        // document's line list, which included files have grown.
        parent.append(m_state.messageAtPosition(MessageLevel::Info, line,
                                      QStringLiteral("No directive entry for \"%1\" in module "
                                                     "\"docutils.parsers.rst.languages.en\".\nTrying \"%1\" as "
                                                     "canonical directive name.")
                                          .arg(name)));
        parent.append(m_state.message(MessageLevel::Error, line,
                                      QStringLiteral("Unknown directive type \"%1\".").arg(name),
                                      blockText.text()));
        return;
    }
    DirectiveParts parts;
    const QString error = splitDirectiveBlock(block, line, *spec, parts);
    if (!error.isEmpty()) {
        parent.append(m_state.message(MessageLevel::Error, line,
                                      QStringLiteral("Error in \"%1\" directive:\n%2.").arg(name, error),
                                      blockText.text()));
        return;
    }
    DirectiveCall call{key,       std::move(parts.arguments), std::move(parts.options), std::move(parts.content),
                       line,      parts.contentLine,          blockText,                *this,
                       m_state,   parent,                     *spec};
    call.lastLine = block.empty() ? line : block.back().number;
    m_state.parkRoot(call.lastLine); // docutils' state machine has read the block before the directive runs
    try {
        NodeList nodes = spec->run(call);
        for (auto &n : nodes)
            parent.append(std::move(n));
    } catch (const DirectiveError &e) {
        parent.append(m_state.message(MessageLevel(e.level), line, e.message, blockText.text()));
    }
}

} // namespace Docent
