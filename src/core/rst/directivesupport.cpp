// Option conversions, pending nodes and small helpers the directive implementations share.
#include "directivesupport_p.h"

#include "inlineparser_p.h"
#include "parsestate_p.h"

#include <algorithm>

namespace Docent {
namespace DirectiveOptions {
namespace {

[[noreturn]] void invalid(const QString &option, const QString &value, const QString &why)
{
    throw DirectiveError{QStringLiteral("invalid option value: (option: \"%1\"; value: %2)\n%3")
                             .arg(option, value.isNull() ? QStringLiteral("None") : pythonRepr(value), why)};
}

const QStringList &lengthUnits()
{
    static const QStringList units = {QStringLiteral("em"), QStringLiteral("ex"), QStringLiteral("px"),
                                      QStringLiteral("in"), QStringLiteral("cm"), QStringLiteral("mm"),
                                      QStringLiteral("pt"), QStringLiteral("pc")};
    return units;
}

// A number made of digits and dots, optional spaces, then one of `units` ("" allowed): the number
// and unit joined, or a null string.
QString measure(const QString &value, const QStringList &units)
{
    if (value.isNull())
        return {};
    qsizetype i = 0;
    while (i < value.size() && (value[i].isDigit() || value[i] == u'.') && value[i].unicode() < 128)
        ++i;
    const QString number = value.left(i);
    while (i < value.size() && value[i] == u' ')
        ++i;
    const QString unit = value.mid(i);
    bool ok = false;
    number.toDouble(&ok);
    if (number.isEmpty() || !ok || !units.contains(unit))
        return {};
    return number + unit;
}

QString unitList(const QStringList &units)
{
    QStringList quoted;
    for (const QString &u : units)
        quoted << u'"' + u + u'"';
    return QStringLiteral("not a positive measure of one of the following units:\n") + quoted.join(u' ');
}

} // namespace

QString lengthOrUnitless(const QString &option, const QString &value)
{
    const QStringList units = lengthUnits() + QStringList{QString()};
    const QString m = measure(value, units);
    if (m.isNull())
        invalid(option, value, unitList(units));
    return m;
}

QString lengthOrPercentageOrUnitless(const QString &option, const QString &value, const QString &defaultUnit)
{
    const QStringList units = lengthUnits() + QStringList{QStringLiteral("%")};
    QString m = measure(value, units);
    if (m.isNull()) {
        m = measure(value, {QString()});
        if (m.isNull())
            invalid(option, value, unitList(units));
        m += defaultUnit;
    }
    return m;
}

int integer(const QString &option, const QString &value, int minimum)
{
    // Python's int(): surrounding whitespace, a sign, digits with single underscores between them
    const QString v = value.trimmed();
    QString digits;
    bool ok = !v.isEmpty();
    for (qsizetype i = 0; ok && i < v.size(); ++i) {
        const QChar c = v[i];
        if (i == 0 && (c == u'+' || c == u'-'))
            digits += c;
        else if (c.isDigit())
            digits += QChar(u'0' + c.digitValue());
        else if (c == u'_' && i > 0 && v[i - 1].isDigit() && i + 1 < v.size() && v[i + 1].isDigit())
            continue;
        else
            ok = false;
    }
    const long long n = ok ? digits.toLongLong(&ok) : 0;
    if (!ok || n > std::numeric_limits<int>::max() || n < std::numeric_limits<int>::min())
        invalid(option, value, QStringLiteral("invalid literal for int() with base 10: %1").arg(pythonRepr(value)));
    if (n < minimum)
        invalid(option, value, QStringLiteral("negative value; must be positive or zero"));
    return int(n);
}

QString percentage(const QString &option, const QString &value)
{
    QString v = value;
    while (!v.isEmpty() && (v.back() == u' ' || v.back() == u'%'))
        v.chop(1);
    try {
        return QString::number(integer(option, v, 0));
    } catch (const DirectiveError &) {
        invalid(option, value, QStringLiteral("invalid percentage"));
    }
}

QString choice(const QString &option, const QString &value, const QStringList &values)
{
    QStringList quoted;
    for (const QString &c : values)
        quoted << u'"' + c + u'"';
    if (value.isNull())
        invalid(option, value, QStringLiteral("must supply an argument; choose from ") + quoted.join(QStringLiteral(", ")));
    const QString v = value.toLower().trimmed();
    if (!values.contains(v))
        invalid(option, value, QStringLiteral("\"%1\" unknown; choose from %2").arg(value, quoted.join(QStringLiteral(", "))));
    return v;
}

QString uri(const QString &value)
{
    // escaped whitespace separates parts that keep one space between them; other whitespace goes
    const QString escaped = InlineParser::escapeToNull(value);
    QStringList parts;
    QString part;
    for (qsizetype i = 0; i < escaped.size(); ++i) {
        if (escaped[i] == QChar(0) && i + 1 < escaped.size() && escaped[i + 1].isSpace()) {
            parts << part;
            part.clear();
            ++i;
            continue;
        }
        part += escaped[i];
    }
    parts << part;
    QStringList cleaned;
    for (const QString &p : std::as_const(parts)) {
        QString u = InlineParser::unescape(p);
        u.removeIf([](QChar c) { return c.isSpace(); });
        cleaned << u;
    }
    return cleaned.join(u' ');
}

void convert(DirectiveCall &call, const QString &option, const std::function<QString(const QString &)> &f)
{
    auto it = call.options.find(option);
    if (it != call.options.end())
        *it = f(*it);
}

} // namespace DirectiveOptions

QString pythonRepr(const QString &text)
{
    const bool doubleQuotes = text.contains(u'\'') && !text.contains(u'"');
    const QChar quote = doubleQuotes ? u'"' : u'\'';
    QString out(quote);
    for (QChar c : text) {
        if (c == u'\\' || c == quote)
            out += u'\\' + QString(c);
        else if (c == u'\n')
            out += QStringLiteral("\\n");
        else if (c == u'\t')
            out += QStringLiteral("\\t");
        else if (c == u'\r')
            out += QStringLiteral("\\r");
        else if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            out += QStringLiteral("\\x%1").arg(c.unicode(), 2, 16, QLatin1Char('0'));
        else
            out += c;
    }
    return out + quote;
}

QString pythonRepr(const QStringList &list)
{
    QStringList items;
    for (const QString &s : list)
        items << pythonRepr(s);
    return u'[' + items.join(QStringLiteral(", ")) + u']';
}

std::unique_ptr<Node> pendingNode(const QString &transform, std::vector<std::pair<QString, QString>> details, int line)
{
    std::sort(details.begin(), details.end());
    QStringList lines = {QStringLiteral(".. internal attributes:"), QStringLiteral("     .transform: ") + transform,
                         QStringLiteral("     .details:")};
    for (const auto &[key, value] : details)
        lines << QStringLiteral("       ") + key + QStringLiteral(": ") + value;
    auto node = Node::element(QStringLiteral("pending"), line);
    // docutils prints a pending node's internals as indented lines under it
    node->append(Node::text(lines.join(u'\n'), line));
    return node;
}

QString contentText(const Block &content)
{
    // A single blank line gives a null string, as appending nothing to one left it.
    if (content.size() == 1 && content.front().isBlank())
        return QString();
    return joinLines(content, 0, content.size());
}

NodeList one(std::unique_ptr<Node> node)
{
    NodeList out;
    out.push_back(std::move(node));
    return out;
}

int numberLinesStart(const DirectiveCall &call)
{
    const QString start = call.options.value(QStringLiteral("number-lines"));
    if (start.isEmpty())
        return 1;
    try {
        return DirectiveOptions::integer(QStringLiteral("number-lines"), start);
    } catch (const DirectiveError &) {
        throw DirectiveError{QStringLiteral(":number-lines: with non-integer start value")};
    }
}

void appendNumberedLines(Node &block, const QString &text, int startLine, int lineCount)
{
    const int width = int(QString::number(qint64(startLine) + lineCount).size());
    auto number = [&](qint64 n) {
        auto ln = Node::element(QStringLiteral("inline"), block.line());
        ln->classes << QStringLiteral("ln");
        ln->append(Node::text(QStringLiteral("%1 ").arg(n, width), block.line()));
        block.append(std::move(ln));
    };
    const QStringList lines = text.split(u'\n');
    qint64 n = startLine;
    number(n);
    for (qsizetype k = 0; k + 1 < lines.size(); ++k) {
        block.append(Node::text(lines[k] + u'\n', block.line()));
        number(++n);
    }
    block.append(Node::text(lines.back(), block.line()));
}

void applyClassAndName(DirectiveCall &call, Node &node)
{
    if (call.hasOption(QStringLiteral("class")))
        node.classes += call.options.value(QStringLiteral("class")).split(u' ', Qt::SkipEmptyParts);
    if (call.hasOption(QStringLiteral("name"))) {
        node.names.append(normalizeName(call.options.value(QStringLiteral("name"))));
        // docutils reports a duplicate name inside the node that carries it, at the line its
        // outermost state machine stands on: the end of the directive's block at the top level
        const int line = node.line();
        node.setLine(call.state.parkedLine(call.lastLine > 0 ? call.lastLine : line));
        call.state.noteExplicitTarget(node, node);
        node.setLine(line);
    }
}

void requireContent(const DirectiveCall &call)
{
    if (call.content.empty())
        throw DirectiveError{QStringLiteral("Content block expected for the \"%1\" directive; none found.")
                                 .arg(call.name)};
}

QHash<QString, OptionKind> classAndName()
{
    return {{QStringLiteral("class"), OptionKind::ClassList}, {QStringLiteral("name"), OptionKind::Unchanged}};
}

bool inSubstitution(const DirectiveCall &call)
{
    return call.parent.is(u"holder") || call.parent.is(u"substitution_definition");
}

std::unique_ptr<Node> scratch(int line)
{
    return Node::element(QStringLiteral("scratch"), line);
}

} // namespace Docent
