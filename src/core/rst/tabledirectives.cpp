// The table directives: table (a title and options for a grid or simple table) and list-table, with
// what all three table directives share; csv-table, with its CSV reader, is in csvtable.cpp.
#include "tabledirectives_p.h"

#include "blockparser_p.h"
#include "directivesupport_p.h"
#include "parsestate_p.h"

#include <QRegularExpression>

#include <algorithm>
#include <limits>
#include <optional>

namespace Docent::TableDirectives {
namespace {

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

} // namespace

[[noreturn]] void fail(const QString &text, int level)
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

int intOption(const DirectiveCall &call, const QString &name)
{
    return call.options.value(name).trimmed().toInt();
}

std::unique_ptr<Node> makeTitle(DirectiveCall &call, Node &messages)
{
    if (call.arguments.isEmpty())
        return nullptr;
    auto title = Node::element(QStringLiteral("title"), call.line);
    call.parser.parseInline(call.arguments.value(0), call.line, *title, messages);
    return title;
}

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

} // namespace Docent::TableDirectives

namespace Docent {

using namespace TableDirectives;

namespace {

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
