// Option lists of the block parser: "-a", "--all=VALUE", "/V" followed by a description.
#include "blockparser_p.h"
#include "parsestate_p.h"

#include <QRegularExpression>

namespace Docent {
namespace {

// The option syntax of the reST spec: short (-a, +a), long (--all) and DOS/VMS (/A) options,
// each with an optional argument, separated by ", "; then two spaces or the end of the line.
const QRegularExpression &optionMarker()
{
    static const QRegularExpression re([] {
        const QString optarg = QStringLiteral("(?:[a-zA-Z][a-zA-Z0-9_-]*|<[^<>]+>)");
        const QString shortopt = QStringLiteral("(?:-|\\+)[a-zA-Z0-9](?: ?%1)?").arg(optarg);
        const QString longopt = QStringLiteral("(?:--|/)[a-zA-Z0-9][a-zA-Z0-9_-]*(?:[ =]%1)?").arg(optarg);
        const QString option = QStringLiteral("(?:%1|%2)").arg(shortopt, longopt);
        return QStringLiteral("^%1(?:, %1)*(?:  +| ?$)").arg(option);
    }());
    return re;
}

// One "-o ARG" / "--opt=ARG" / "-oARG" string -> an <option> node; null when malformed.
std::unique_ptr<Node> optionNode(const QString &text, int line)
{
    QStringList tokens = text.split(u' ', Qt::SkipEmptyParts);
    QString delimiter = QStringLiteral(" ");
    const qsizetype eq = tokens.value(0).indexOf(u'=');
    if (eq > 0) {
        const QString first = tokens[0];
        tokens[0] = first.left(eq);
        tokens.insert(1, first.mid(eq + 1));
        delimiter = QStringLiteral("=");
    } else if (tokens.value(0).size() > 2 &&
               ((tokens[0].startsWith(u'-') && !tokens[0].startsWith(QStringLiteral("--"))) || tokens[0].startsWith(u'+'))) {
        const QString first = tokens[0];
        tokens[0] = first.left(2);
        tokens.insert(1, first.mid(2));
        delimiter.clear();
    }
    if (tokens.size() > 1 && tokens[1].startsWith(u'<') && tokens.back().endsWith(u'>')) {
        const QString joined = tokens.mid(1).join(u' ');
        tokens = {tokens[0], joined};
    }
    if (tokens.isEmpty() || tokens.size() > 2)
        return nullptr;
    auto option = Node::element(QStringLiteral("option"), line);
    auto str = Node::element(QStringLiteral("option_string"), line);
    str->append(Node::text(tokens[0], line));
    option->append(std::move(str));
    if (tokens.size() > 1) {
        auto arg = Node::element(QStringLiteral("option_argument"), line);
        arg->setAttribute(QStringLiteral("delimiter"), delimiter);
        arg->append(Node::text(tokens[1], line));
        option->append(std::move(arg));
    }
    return option;
}

} // namespace

bool BlockParser::isOptionListItem(QStringView line) const
{
    if (line.isEmpty() || (line[0] != u'-' && line[0] != u'+' && line[0] != u'/'))
        return false;
    return optionMarker().match(line.toString()).hasMatch();
}

size_t BlockParser::optionList(const Block &b, size_t i, size_t end, Node &parent)
{
    auto list = Node::element(QStringLiteral("option_list"), b[i].number);
    Node *l = nullptr;
    bool blankFinish = true;
    while (i < end) {
        if (b[i].isBlank()) {
            ++i;
            continue;
        }
        const auto m = optionMarker().match(b[i].text.toString());
        if (!isOptionListItem(b[i].text) || !m.hasMatch())
            break;
        const int line = b[i].number;
        Indented ind = indented(b, i, end, int(m.capturedEnd()));
        dropLeadingBlankLines(ind.lines);
        if (ind.lines.empty()) {
            // No description: not an option list after all, the line is ordinary text (or a
            // section title, "-X Options" over its underline).
            if (!l)
                return textBlock(b, i, end, parent, m_topLevel);
            break;
        }
        auto group = Node::element(QStringLiteral("option_group"), line);
        for (const QString &opt : m.captured(0).trimmed().split(QStringLiteral(", "))) {
            auto option = optionNode(opt, line);
            if (!option)
                return textBlock(b, i, end, parent, m_topLevel);
            group->append(std::move(option));
        }
        if (!l)
            l = parent.append(std::move(list));
        auto item = Node::element(QStringLiteral("option_list_item"), line);
        auto description = Node::element(QStringLiteral("description"), line);
        parseNested(ind.lines, *description);
        item->append(std::move(group));
        item->append(std::move(description));
        l->append(std::move(item));
        blankFinish = ind.blankFinish;
        i = ind.next;
        if (!blankFinish && !(i < end && isOptionListItem(b[i].text)))
            break;
    }
    if (!blankFinish && i < end)
        parent.append(unindentWarning(QStringLiteral("Option list"), b[i].number));
    return i;
}

} // namespace Docent
