#include "blockparser_p.h"

#include "directivesupport_p.h"
#include "enumerators_p.h"
#include "inlineparser_p.h"
#include "parselimits.h"
#include "parsestate_p.h"
#include "textscan_p.h"

#include <QRegularExpression>

#include <climits>

namespace Docent {
namespace {

bool isPunct(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= '!' && u <= '/') || (u >= ':' && u <= '@') || (u >= '[' && u <= '`') || (u >= '{' && u <= '~');
}

// docutils' "line" pattern: one punctuation character repeated (trailing spaces are already gone).
bool isAdornment(QStringView t)
{
    if (t.isEmpty() || !isPunct(t[0]))
        return false;
    for (QChar c : t)
        if (c != t[0])
            return false;
    return true;
}

bool isBullet(QStringView t)
{
    if (t.isEmpty())
        return false;
    const QChar c = t[0];
    const bool bulletChar = c == u'*' || c == u'+' || c == u'-' || c == u'\u2022' || c == u'\u2023' ||
                            c == u'\u2043';
    return bulletChar && (t.size() == 1 || t[1] == u' ');
}

int bulletEnd(QStringView t)
{
    int i = 1;
    while (i < t.size() && t[i] == u' ')
        ++i;
    return i;
}

// "+---+----+": the top border of a grid table.
bool isGridTableTop(QStringView t)
{
    if (t.size() < 3 || t[0] != u'+' || t[1] != u'-' || t.back() != u'+')
        return false;
    for (QChar c : t)
        if (c != u'+' && c != u'-')
            return false;
    return true;
}

// "====  =====": the top border of a simple table (at least two columns).
bool isSimpleTableTop(QStringView t)
{
    if (t.isEmpty() || t[0] != u'=')
        return false;
    bool gap = false;
    for (qsizetype k = 0; k < t.size(); ++k) {
        if (t[k] == u' ')
            gap = true;
        else if (t[k] != u'=')
            return false;
    }
    return gap;
}

// Display width: East Asian wide characters count twice, combining marks not at all.
int columnWidth(QStringView s)
{
    int w = 0;
    for (QChar c : s) {
        const char32_t u = c.unicode();
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        if ((u >= 0x1100 && u <= 0x115F) || (u >= 0x2E80 && u <= 0xA4CF) || (u >= 0xAC00 && u <= 0xD7A3) ||
            (u >= 0xF900 && u <= 0xFAFF) || (u >= 0xFE30 && u <= 0xFE4F) || (u >= 0xFF00 && u <= 0xFF60) ||
            (u >= 0xFFE0 && u <= 0xFFE6))
            w += 2;
        else
            w += 1;
    }
    return w;
}

} // namespace

BlockParser::BlockParser(ParseState &state) : m_state(state) {}

bool BlockParser::startsConstruct(QStringView t) const
{
    Enumerator en;
    return isBullet(t) || (matchEnumerator(t, en) && en.ordinal >= 0) || fieldMarkerEnd(t) > 0 ||
           isOptionListItem(t) || (startsWithAscii(t, ">>>") && (t.size() == 3 || t[3] == u' ')) ||
           (t[0] == u'|' && (t.size() == 1 || t[1] == u' ')) || isGridTableTop(t) || isSimpleTableTop(t) ||
           (startsWithAscii(t, "..") && (t.size() == 2 || t[2] == u' ')) ||
           (startsWithAscii(t, "__") && (t.size() == 2 || t[2] == u' ')) || isAdornment(t);
}

BlockParser::Indented BlockParser::indented(const Block &b, size_t i, size_t end, int firstIndent, bool untilBlank,
                                            int blockIndent) const
{
    Indented r;
    int indent = blockIndent;
    if (blockIndent >= 0 && firstIndent < 0)
        firstIndent = blockIndent;
    size_t e = i;
    if (firstIndent >= 0)
        ++e;
    r.blankFinish = true;
    bool finished = false;
    while (e < end) {
        const Line &l = b[e];
        if (!l.isBlank()) {
            const int li = l.indent();
            if (li == 0 || (blockIndent >= 0 && li < blockIndent)) {
                r.blankFinish = e > i && b[e - 1].isBlank();
                finished = true;
                break;
            }
            if (blockIndent < 0)
                indent = indent < 0 ? li : std::min(indent, li);
        } else if (untilBlank) {
            r.blankFinish = true;
            finished = true;
            break;
        }
        ++e;
    }
    Q_UNUSED(finished);
    r.next = e;
    r.indent = std::max(indent, 0);
    r.lines = b.mid(i, e, r.indent, firstIndent);
    return r;
}

std::unique_ptr<Node> BlockParser::unindentWarning(const QString &what, int line)
{
    return m_state.message(MessageLevel::Warning, line,
                           QStringLiteral("%1 ends without a blank line; unexpected unindent.").arg(what));
}

void BlockParser::parseDocument(const Block &lines, Node &document)
{
    m_sectionStack.clear();
    m_state.rootLines.reset(int(lines.size()));
    m_state.unparkRoot();
    parseBody(lines, 0, lines.size(), document, true);
}

void BlockParser::parseNested(const Block &lines, Node &parent)
{
    if (m_depth >= kMaxNestingDepth) {
        parent.append(m_state.message(MessageLevel::Severe, lines.empty() ? 0 : lines.front().number,
                                      QStringLiteral("Nesting too deep; the rest of this block is not parsed.")));
        return;
    }
    if (!lines.empty())
        m_state.parkRoot(lines.back().number);
    ++m_depth;
    parseBody(lines, 0, lines.size(), parent, false);
    --m_depth;
}

void BlockParser::parseInline(const QString &text, int line, Node &node, Node &messageParent, int stateLine)
{
    InlineParser inl(m_state);
    RoleResult r = inl.parse(text, line, messageParent, stateLine);
    for (auto &n : r.nodes)
        node.append(std::move(n));
    for (auto &m : r.messages)
        messageParent.append(std::move(m));
    r.nodes.clear();
    m_state.returnNodeList(std::move(r.nodes));
}

Node *BlockParser::appendWithInline(std::unique_ptr<Node> node, const QString &text, int line, Node &parent,
                                    int stateLine)
{
    InlineParser inl(m_state);
    RoleResult r = inl.parse(text, line, parent, stateLine);
    for (auto &n : r.nodes)
        node->append(std::move(n));
    Node *added = parent.append(std::move(node));
    for (auto &m : r.messages)
        parent.append(std::move(m));
    r.nodes.clear();
    m_state.returnNodeList(std::move(r.nodes));
    return added;
}

void BlockParser::parseInserted(const Block &lines, Node &parent)
{
    if (m_topLevel) {
        parseBody(lines, 0, lines.size(), parent, true);
        return;
    }
    parseNested(lines, parent);
}

void BlockParser::parseBody(const Block &b, size_t begin, size_t end, Node &parentIn, bool topLevel)
{
    const bool outerTopLevel = m_topLevel;
    m_topLevel = topLevel;
    parseBodyLines(b, begin, end, parentIn, topLevel);
    m_topLevel = outerTopLevel;
}

void BlockParser::parseBodyLines(const Block &b, size_t begin, size_t end, Node &parentIn, bool topLevel)
{
    size_t i = begin;
    while (i < end) {
        if (b[i].isBlank()) {
            ++i;
            continue;
        }
        Node &parent = topLevel && !m_sectionStack.empty() ? *m_sectionStack.back() : parentIn;
        if (topLevel && m_sectionStack.empty())
            m_state.unparkRoot(); // outside sections, the outermost state machine reads each construct
        const QStringView t = b[i].text;
        Enumerator en;
        if (t[0] == u' ')
            i = blockQuote(b, i, end, parent);
        else if (isBullet(t))
            i = bulletList(b, i, end, parent);
        else if (matchEnumerator(t, en) && en.ordinal >= 0 &&
                 [&] {
                     // is_enumerated_list_item: the next line must fit a list
                     if (i + 1 >= end || b[i + 1].isBlank() || b[i + 1].text[0] == u' ')
                         return true;
                     const QString next = en.prefix() + enumeratorText(en.ordinal + 1, en.sequence) + en.suffix() + u' ';
                     const QString autoNext = en.prefix() + u'#' + en.suffix() + u' ';
                     const QString nl = b[i + 1].text.toString() + u' ';
                     return (!next.isEmpty() && nl.startsWith(next)) || nl.startsWith(autoNext);
                 }())
            i = enumeratedList(b, i, end, parent);
        else if (fieldMarkerEnd(t) > 0)
            i = fieldList(b, i, end, parent);
        else if (isOptionListItem(t))
            i = optionList(b, i, end, parent);
        else if (startsWithAscii(t, ">>>") && (t.size() == 3 || t[3] == u' '))
            i = doctest(b, i, end, parent);
        else if (t[0] == u'|' && (t.size() == 1 || t[1] == u' '))
            i = lineBlock(b, i, end, parent);
        else if ((startsWithAscii(t, "..") && (t.size() == 2 || t[2] == u' ')) ||
                 (startsWithAscii(t, "__") && (t.size() == 2 || t[2] == u' ')))
            i = explicitMarkup(b, i, end, parent);
        else if (isGridTableTop(t))
            i = gridTable(b, i, end, parent);
        else if (isSimpleTableTop(t))
            i = simpleTable(b, i, end, parent);
        else if (isAdornment(t))
            i = punctuationLine(b, i, end, parent, topLevel);
        else
            i = textBlock(b, i, end, parent, topLevel);
    }
}

size_t BlockParser::blockQuote(const Block &b, size_t i, size_t end, Node &parent)
{
    Indented ind = indented(b, i, end);
    if (!ind.lines.empty())
        m_state.parkRoot(ind.lines.back().number); // docutils took the trailing blank lines too
    parseBlockQuote(std::move(ind.lines), parent);
    if (!ind.blankFinish && ind.next < end)
        parent.append(unindentWarning(QStringLiteral("Block quote"), b[ind.next].number));
    return ind.next;
}

void BlockParser::parseBlockQuote(Block lines, Node &parent)
{
    while (!lines.empty() && lines.back().isBlank())
        lines.pop_back();
    size_t pos = 0;
    while (pos < lines.size()) {
        // Find an attribution: a "-- " line after a blank line, its continuation lines aligned.
        size_t quoteEnd = lines.size(), attrEnd = lines.size();
        int attrMarker = 0, attrIndent = 0;
        bool found = false;
        bool nonblankSeen = false;
        for (size_t k = pos; k < lines.size() && !found; ++k) {
            const QStringView l = lines[k].text;
            if (l.isEmpty())
                continue;
            if (nonblankSeen && k > pos && lines[k - 1].isBlank()) {
                int m = 0;
                if (startsWithAscii(l, "---") && !startsWithAscii(l, "----"))
                    m = 3;
                else if (startsWithAscii(l, "--") && !startsWithAscii(l, "---"))
                    m = 2;
                else if (l.startsWith(u"\u2014"))
                    m = 1;
                if (m) {
                    int mEnd = m;
                    while (mEnd < l.size() && l[mEnd] == u' ')
                        ++mEnd;
                    if (mEnd < l.size()) {
                        // check_attribution: following lines until blank share one indent
                        int ind2 = -1;
                        bool ok = true;
                        size_t e = k + 1;
                        for (; e < lines.size(); ++e) {
                            if (lines[e].isBlank())
                                break;
                            const int li = lines[e].indent();
                            if (ind2 < 0)
                                ind2 = li;
                            else if (li != ind2) {
                                ok = false;
                                break;
                            }
                        }
                        if (ok) {
                            found = true;
                            quoteEnd = k;
                            attrEnd = e;
                            attrMarker = mEnd;
                            attrIndent = std::max(ind2, 0);
                        }
                    }
                }
            }
            nonblankSeen = true;
        }
        auto quote = Node::element(QStringLiteral("block_quote"), lines[pos].number);
        parseNested(lines.mid(pos, quoteEnd), *quote);
        Node *q = parent.append(std::move(quote));
        if (!found)
            break;
        QString attrText;
        for (size_t k = quoteEnd; k < attrEnd; ++k) {
            if (k > quoteEnd)
                attrText += QLatin1Char('\n');
            attrText += k == quoteEnd ? lines[k].text.mid(attrMarker) : dedented(lines[k], attrIndent).text;
        }
        auto attribution = Node::element(QStringLiteral("attribution"), lines[quoteEnd].number);
        parseInline(attrText, lines[quoteEnd].number, *attribution, parent);
        // messages from the attribution go after the quote, so move the quote's position: docutils
        // appends them after the block_quote element
        q->append(std::move(attribution));
        pos = attrEnd;
        while (pos < lines.size() && lines[pos].isBlank())
            ++pos;
    }
}

size_t BlockParser::bulletList(const Block &b, size_t i, size_t end, Node &parent)
{
    const QChar bullet = b[i].text[0];
    auto list = Node::element(QStringLiteral("bullet_list"), b[i].number);
    list->setAttribute(QStringLiteral("bullet"), QString(bullet));
    Node *l = parent.append(std::move(list));
    bool blankFinish = true;
    while (i < end) {
        if (b[i].isBlank()) {
            ++i;
            continue;
        }
        const QStringView t = b[i].text;
        if (!isBullet(t) || t[0] != bullet)
            break;
        const int markEnd = bulletEnd(t);
        Indented ind = t.size() > markEnd ? indented(b, i, end, -1, false, markEnd)
                                          : indented(b, i, end, markEnd);
        if (t.size() <= markEnd)
            dropLeadingBlankLines(ind.lines);
        auto item = Node::element(QStringLiteral("list_item"), b[i].number);
        parseNested(ind.lines, *item);
        l->append(std::move(item));
        blankFinish = ind.blankFinish;
        i = ind.next;
        if (!blankFinish && !(i < end && isBullet(b[i].text) && b[i].text[0] == bullet))
            break;
    }
    if (!blankFinish && i < end)
        parent.append(unindentWarning(QStringLiteral("Bullet list"), b[i].number));
    return i;
}

size_t BlockParser::enumeratedList(const Block &b, size_t i, size_t end, Node &parent)
{
    Enumerator first;
    matchEnumerator(b[i].text, first);
    auto list = Node::element(QStringLiteral("enumerated_list"), b[i].number);
    list->setAttribute(QStringLiteral("enumtype"), first.sequence == u"#" ? QStringLiteral("arabic") : first.sequence);
    list->setAttribute(QStringLiteral("prefix"), first.prefix());
    list->setAttribute(QStringLiteral("suffix"), first.suffix());
    const QString enumtype = list->attribute(QStringLiteral("enumtype"));
    Node *l = parent.append(std::move(list));
    if (first.ordinal != 1) {
        l->setAttribute(QStringLiteral("start"), QString::number(first.ordinal));
        parent.append(m_state.message(MessageLevel::Info, m_state.parkedLine(b[i].number),
                                      QStringLiteral("Enumerated list start value not ordinal-1: \"%1\" (ordinal %2)")
                                          .arg(first.text)
                                          .arg(first.ordinal)));
    }
    bool isAuto = first.sequence == u"#";
    int last = first.ordinal - 1;
    bool blankFinish = true;
    bool firstItem = true;
    while (i < end) {
        if (b[i].isBlank()) {
            ++i;
            continue;
        }
        Enumerator en;
        if (!matchEnumerator(b[i].text, en, enumtype))
            break;
        if (!firstItem) {
            if (en.format != first.format)
                break;
            if (en.sequence != u"#" && (en.sequence != enumtype || isAuto || en.ordinal != last + 1))
                break;
            if (en.ordinal < 0)
                break;
            if (i + 1 < end && !b[i + 1].isBlank() && b[i + 1].text[0] != u' ') {
                const QString nl = b[i + 1].text.toString() + u' ';
                const QString next = en.prefix() + enumeratorText(en.ordinal + 1, en.sequence) + en.suffix() + u' ';
                const QString autoNext = en.prefix() + u'#' + en.suffix() + u' ';
                if (!nl.startsWith(next) && !nl.startsWith(autoNext))
                    break;
            }
        }
        if (en.sequence == u"#")
            isAuto = true;
        firstItem = false;
        const QStringView t = b[i].text;
        Indented ind = t.size() > en.end ? indented(b, i, end, -1, false, en.end) : indented(b, i, end, en.end);
        if (t.size() <= en.end)
            dropLeadingBlankLines(ind.lines);
        auto item = Node::element(QStringLiteral("list_item"), b[i].number);
        parseNested(ind.lines, *item);
        l->append(std::move(item));
        last = en.ordinal;
        blankFinish = ind.blankFinish;
        i = ind.next;
        if (!blankFinish && i < end) {
            Enumerator nx;
            if (!matchEnumerator(b[i].text, nx, enumtype))
                break;
        }
    }
    if (!blankFinish && i < end)
        parent.append(unindentWarning(QStringLiteral("Enumerated list"), b[i].number));
    return i;
}

size_t BlockParser::fieldList(const Block &b, size_t i, size_t end, Node &parent)
{
    auto list = Node::element(QStringLiteral("field_list"), b[i].number);
    Node *l = parent.append(std::move(list));
    bool blankFinish = true;
    while (i < end) {
        if (b[i].isBlank()) {
            ++i;
            continue;
        }
        QString name;
        const int markEnd = fieldMarkerEnd(b[i].text, &name);
        if (markEnd < 0)
            break;
        const int line = b[i].number;
        Indented ind = indented(b, i, end, markEnd);
        dropLeadingBlankLines(ind.lines);
        auto field = Node::element(QStringLiteral("field"), line);
        auto fname = Node::element(QStringLiteral("field_name"), line);
        auto body = Node::element(QStringLiteral("field_body"), line);
        parseInline(name, line, *fname, *body);
        parseNested(ind.lines, *body);
        field->append(std::move(fname));
        field->append(std::move(body));
        l->append(std::move(field));
        blankFinish = ind.blankFinish;
        i = ind.next;
        if (!blankFinish && !(i < end && fieldMarkerEnd(b[i].text) > 0))
            break;
    }
    if (!blankFinish && i < end)
        parent.append(unindentWarning(QStringLiteral("Field list"), b[i].number));
    return i;
}

size_t BlockParser::doctest(const Block &b, size_t i, size_t end, Node &parent)
{
    size_t e = i;
    while (e < end && !b[e].isBlank())
        ++e;
    auto node = Node::element(QStringLiteral("doctest_block"), b[i].number);
    node->setAttribute(QStringLiteral("xml:space"), QStringLiteral("preserve"));
    node->append(Node::text(joinLines(b, i, e), b[i].number));
    parent.append(std::move(node));
    return e;
}

size_t BlockParser::lineBlock(const Block &b, size_t i, size_t end, Node &parent)
{
    // Each "| " starts a line (its indent is the spaces after the bar, less one); indented lines
    // continue it. Lines nest by indent afterwards: deeper runs become nested line blocks.
    auto block = Node::element(QStringLiteral("line_block"), b[i].number);
    Node *blockNode = parent.append(std::move(block));
    QHash<const Node *, int> indents; // -1: an empty line, which takes the indent of the one before
    const int firstLine = b[i].number;
    size_t e = i;
    bool blankFinish = true;
    while (e < end) {
        const QStringView t = b[e].text;
        if (b[e].isBlank())
            break;
        if (!(t[0] == u'|' && (t.size() == 1 || t[1] == u' '))) {
            blankFinish = false;
            break;
        }
        int spaces = 0;
        while (1 + spaces < t.size() && t[1 + spaces] == u' ')
            ++spaces;
        Indented ind = indented(b, e, end, std::min<int>(int(t.size()), 1 + spaces), true);
        const QString text = joinLines(ind.lines, 0, ind.lines.size());
        // The first line is parsed from the body, the rest from inside the line block.
        const bool first = blockNode->childCount() == 0;
        auto line = Node::element(QStringLiteral("line"), b[e].number);
        indents.insert(line.get(), t.size() == 1 ? -1 : spaces - 1);
        if (first) {
            appendWithInline(std::move(line), text, b[e].number, *blockNode);
        } else {
            InlineParser inl(m_state);
            RoleResult r = inl.parse(text, b[e].number, *blockNode, b[e].number - 1);
            for (auto &n : r.nodes)
                line->append(std::move(n));
            blockNode->append(std::move(line));
            for (auto &m : r.messages)
                parent.append(std::move(m));
        }
        e = ind.next;
    }
    if (!blankFinish && e < end)
        parent.append(m_state.message(MessageLevel::Warning, firstLine + 1,
                                      QStringLiteral("Line block ends without a blank line.")));
    std::vector<std::pair<std::unique_ptr<Node>, int>> items;
    int previous = 0;
    while (blockNode->childCount()) {
        auto n = blockNode->take(0);
        int indent = indents.value(n.get(), -1);
        if (indent < 0)
            indent = previous;
        previous = indent;
        items.emplace_back(std::move(n), indent);
    }
    std::function<void(size_t, size_t, Node &)> nest = [&](size_t from, size_t to, Node &into) {
        int least = INT_MAX;
        for (size_t k = from; k < to; ++k)
            least = std::min(least, items[k].second);
        size_t k = from;
        while (k < to) {
            if (items[k].second > least) {
                size_t run = k;
                while (run < to && items[run].second > least)
                    ++run;
                auto nested = Node::element(QStringLiteral("line_block"), items[k].first->line());
                nest(k, run, *nested);
                into.append(std::move(nested));
                k = run;
            } else {
                into.append(std::move(items[k].first));
                ++k;
            }
        }
    };
    nest(0, items.size(), *blockNode);
    return e;
}

size_t BlockParser::punctuationLine(const Block &b, size_t i, size_t end, Node &parent, bool topLevel)
{
    const QStringView over = b[i].text;
    const int line = b[i].number;
    if (!topLevel) {
        if (over == u"::")
            return textBlock(b, i, end, parent, topLevel);
        if (over.size() < 4) {
            parent.append(m_state.message(MessageLevel::Info, line,
                                          QStringLiteral("Unexpected possible title overline or transition.\n"
                                                         "Treating it as ordinary text because it's so short.")));
            return textBlock(b, i, end, parent, topLevel);
        }
        parent.append(m_state.message(MessageLevel::Severe, line,
                                      QStringLiteral("Unexpected section title or transition."),
                                      over.toString()));
        return i + 1;
    }
    const auto shortOverline = [&] {
        parent.append(m_state.message(MessageLevel::Info, line,
                                      QStringLiteral("Possible incomplete section title.\nTreating the overline as "
                                                     "ordinary text because it's so short.")));
        return textBlock(b, i, end, parent, topLevel);
    };
    if (i + 1 >= end || b[i + 1].isBlank()) {
        if (over.size() < 4)
            return textBlock(b, i, end, parent, topLevel);
        auto tr = Node::element(QStringLiteral("transition"), line);
        parent.append(std::move(tr));
        return i + 1;
    }
    const QStringView title = b[i + 1].text;
    if (isAdornment(title)) {
        if (over.size() < 4)
            return shortOverline();
        parent.append(m_state.message(MessageLevel::Error, line,
                                      QStringLiteral("Invalid section title or transition marker."),
                                      over.toString() + u'\n' + title.toString()));
        return i + 2;
    }
    if (i + 2 >= end) {
        if (over.size() < 4)
            return shortOverline();
        parent.append(m_state.message(MessageLevel::Severe, line, QStringLiteral("Incomplete section title."),
                                      over.toString() + u'\n' + title.toString()));
        return i + 2;
    }
    const QStringView under = b[i + 2].text;
    const QString source = joinLines(b, i, i + 3); // overline, title and underline
    if (!isAdornment(under)) {
        if (over.size() < 4)
            return shortOverline();
        parent.append(m_state.message(MessageLevel::Severe, line,
                                      QStringLiteral("Missing matching underline for section title overline."),
                                      source));
        return i + 3;
    }
    if (over != under) {
        if (over.size() < 4)
            return shortOverline();
        parent.append(m_state.message(MessageLevel::Severe, line,
                                      QStringLiteral("Title overline & underline mismatch."), source));
        return i + 3;
    }
    const QString titleText = title.trimmed().toString();
    std::vector<std::unique_ptr<Node>> messages;
    if (columnWidth(title) > over.size()) {
        if (over.size() < 4)
            return shortOverline();
        messages.push_back(m_state.message(MessageLevel::Warning, line, QStringLiteral("Title overline too short."),
                                           source));
    }
    section(titleText, over[0], true, line + 1, parent, topLevel, source);
    if (!messages.empty()) {
        Node *sec = m_sectionStack.empty() ? nullptr : m_sectionStack.back();
        if (sec && sec->line() == line + 1)
            for (auto &m : messages)
                sec->insert(1, std::move(m));
    }
    return i + 3;
}

void BlockParser::section(const QString &title, QChar style, bool overline, int line, Node &parent, bool topLevel,
                          const QString &source)
{
    Q_UNUSED(topLevel);
    const std::pair<QChar, bool> key{style, overline};
    const int depth = int(m_sectionStack.size());
    int level = 0;
    for (size_t k = 0; k < m_state.titleStyles.size(); ++k)
        if (m_state.titleStyles[k] == key)
            level = int(k) + 1;
    if (level == 0) {
        if (int(m_state.titleStyles.size()) == depth) {
            m_state.titleStyles.push_back(key);
            level = depth + 1;
        } else {
            parent.append(m_state.message(MessageLevel::Severe, line, QStringLiteral("Title level inconsistent:"),
                                          source));
            return;
        }
    } else if (level > depth + 1) {
        parent.append(
            m_state.message(MessageLevel::Severe, line, QStringLiteral("Title level inconsistent:"), source));
        return;
    }
    while (int(m_sectionStack.size()) >= level)
        m_sectionStack.pop_back();
    if (level == 1) {
        // The outermost state machine reads this title and hands the body over from its underline.
        m_state.unparkRoot();
        m_state.parkRoot(line + 1);
    }
    Node &into = m_sectionStack.empty() ? m_state.document : *m_sectionStack.back();
    auto sec = Node::element(QStringLiteral("section"), line);
    auto titleNode = Node::element(QStringLiteral("title"), line);
    Node *s = into.append(std::move(sec));
    Node *t = s->append(std::move(titleNode));
    std::vector<std::unique_ptr<Node>> tmp;
    auto holder = Node::element(QStringLiteral("holder"));
    parseInline(title, line, *t, *holder);
    s->names.append(normalizeName(t->astext()));
    s->appendChildrenOf(*holder);
    m_state.noteImplicitTarget(*s, *s, line + 1); // docutils reports at the underline
    m_sectionStack.push_back(s);
}

size_t BlockParser::textBlock(const Block &b, size_t i, size_t end, Node &parent, bool topLevel)
{
    const int line = b[i].number;
    if (i + 1 >= end || b[i + 1].isBlank()) {
        if (paragraph(b, i, i + 1, parent))
            return literalBlock(b, i + 1, end, parent);
        return i + 1;
    }
    const QStringView next = b[i + 1].text;
    if (isAdornment(next)) {
        const QStringView title = b[i].text;
        const QString source = joinLines(b, i, i + 2); // the title and its underline
        std::unique_ptr<Node> warning;
        if (columnWidth(title) > next.size()) {
            if (next.size() < 4) {
                if (topLevel)
                    parent.append(m_state.message(MessageLevel::Info, line + 1,
                                                  QStringLiteral("Possible title underline, too short for the "
                                                                 "title.\nTreating it as ordinary text because "
                                                                 "it's so short.")));
                goto multiline;
            }
            warning = m_state.message(MessageLevel::Warning, line + 1, QStringLiteral("Title underline too short."),
                                      source);
        }
        if (!topLevel) {
            if (warning)
                parent.append(std::move(warning));
            parent.append(
                m_state.message(MessageLevel::Severe, line + 1, QStringLiteral("Unexpected section title."), source));
            return i + 2;
        }
        section(title.toString(), next[0], false, line, parent, topLevel, source);
        if (warning && !m_sectionStack.empty() && m_sectionStack.back()->line() == line)
            m_sectionStack.back()->insert(1, std::move(warning));
        return i + 2;
    }
    if (next[0] == u' ')
        return definitionList(b, i, end, parent);
multiline:
    size_t e = i + 1;
    while (e < end && !b[e].isBlank() && b[e].text[0] != u' ')
        ++e;
    const bool literalNext = paragraph(b, i, e, parent);
    if (e < end && !b[e].isBlank())
        parent.append(m_state.message(MessageLevel::Error, b[e].number, QStringLiteral("Unexpected indentation.")));
    return literalNext ? literalBlock(b, e, end, parent) : e;
}

bool BlockParser::paragraph(const Block &b, size_t begin, size_t end, Node &parent)
{
    QString data = joinLines(b, begin, end);
    while (!data.isEmpty() && data.back().isSpace())
        data.chop(1);
    bool literalNext = false;
    QString text = data;
    if (data.endsWith(QStringView(u"::"))) {
        // "::" not escaped: count the backslashes before it
        qsizetype k = data.size() - 3, slashes = 0;
        while (k >= 0 && data[k] == u'\\') {
            ++slashes;
            --k;
        }
        if (slashes % 2 == 0) {
            literalNext = true;
            if (data.size() == 2)
                text.clear();
            else if (data[data.size() - 3] == u' ' || data[data.size() - 3] == u'\n')
                text = data.left(data.size() - 3).trimmed();
            else
                text = data.left(data.size() - 1);
        }
    }
    if (!text.isEmpty() || !literalNext) {
        // docutils' state machine stands on the blank line after a one-line paragraph, else on
        // the paragraph's last line; messages about duplicate targets name that line.
        const int last = b[end - 1].number;
        const int stateLine = end - begin == 1 && end < b.size() && b[end].isBlank() ? last + 1 : last;
        appendWithInline(Node::element(QStringLiteral("paragraph"), b[begin].number), text, b[begin].number, parent,
                         stateLine);
    }
    return literalNext;
}

size_t BlockParser::literalBlock(const Block &b, size_t i, size_t end, Node &parent)
{
    Indented ind = indented(b, i, end);
    Block &lines = ind.lines;
    dropLeadingBlankLines(lines);
    while (!lines.empty() && lines.back().isBlank())
        lines.pop_back();
    if (!lines.empty()) {
        auto lit = Node::element(QStringLiteral("literal_block"), lines.front().number);
        lit->setAttribute(QStringLiteral("xml:space"), QStringLiteral("preserve"));
        lit->append(Node::text(joinLines(lines, 0, lines.size()), lines.front().number));
        parent.append(std::move(lit));
        if (!ind.blankFinish && ind.next < end)
            parent.append(unindentWarning(QStringLiteral("Literal block"), b[ind.next].number));
        return ind.next;
    }
    // A quoted literal block: unindented lines that all start with the same punctuation character.
    size_t j = ind.next;
    while (j < end && b[j].isBlank())
        ++j;
    if (j >= end || !isPunct(b[j].text[0])) {
        const int line = j < end ? b[j].number : (end > 0 ? b[end - 1].number + 1 : 0);
        parent.append(m_state.message(MessageLevel::Warning, line, QStringLiteral("Literal block expected; none found.")));
        return j;
    }
    const QChar quote = b[j].text[0];
    size_t e = j;
    while (e < end && !b[e].isBlank() && b[e].text[0] == quote)
        ++e;
    auto lit = Node::element(QStringLiteral("literal_block"), b[j].number);
    lit->setAttribute(QStringLiteral("xml:space"), QStringLiteral("preserve"));
    lit->append(Node::text(joinLines(b, j, e), b[j].number));
    parent.append(std::move(lit));
    if (e < end && !b[e].isBlank()) {
        const bool indentedNext = b[e].text[0] == u' ';
        parent.append(m_state.message(MessageLevel::Error, b[e].number,
                                      indentedNext ? QStringLiteral("Unexpected indentation.")
                                                   : QStringLiteral("Inconsistent literal block quoting.")));
    }
    return e;
}

size_t BlockParser::definitionList(const Block &b, size_t i, size_t end, Node &parent)
{
    auto list = Node::element(QStringLiteral("definition_list"), b[i].number);
    Node *l = parent.append(std::move(list));
    bool blankFinish = true;
    while (i < end) {
        if (b[i].isBlank()) {
            ++i;
            continue;
        }
        if (b[i].text[0] == u' ' || i + 1 >= end || b[i + 1].isBlank() || b[i + 1].text[0] != u' ' ||
            (l->childCount() > 0 && startsConstruct(b[i].text)))
            break;
        const int line = b[i].number;
        Indented ind = indented(b, i + 1, end);
        dropLeadingBlankLines(ind.lines);
        auto item = Node::element(QStringLiteral("definition_list_item"), line);
        // "term : classifier : classifier", split only in plain text (escaped colons stay)
        auto definition = Node::element(QStringLiteral("definition"), line);
        InlineParser inl(m_state);
        inl.setKeepEscapes(true);
        // docutils reports the term's messages one line above the end of the definition block
        const int termLine = b[ind.next - 1].number - 1;
        RoleResult termParts = inl.parse(b[i].text.toString(), termLine, *definition);
        for (auto &m : termParts.messages)
            definition->append(std::move(m));
        static const QRegularExpression delimiter(QStringLiteral(" +: +"));
        auto term = Node::element(QStringLiteral("term"), line);
        Node *current = item->append(std::move(term));
        for (auto &child : termParts.nodes) {
            if (!child->isText()) {
                current->append(std::move(child));
                continue;
            }
            const QStringList pieces = child->textContent().split(delimiter);
            if (pieces.size() == 1) {
                current->append(Node::text(InlineParser::unescape(pieces[0]), line));
                continue;
            }
            QString head = pieces[0];
            while (head.endsWith(u' '))
                head.chop(1);
            current->append(Node::text(InlineParser::unescape(head), line));
            for (qsizetype k = 1; k < pieces.size(); ++k) {
                auto cls = Node::element(QStringLiteral("classifier"), line);
                cls->append(Node::text(InlineParser::unescape(pieces[k]), line));
                current = item->append(std::move(cls));
            }
        }
        for (size_t c = 0; c < item->childCount(); ++c) {
            // a term or classifier may end in an empty text piece; drop it
            Node *part = item->child(c);
            if (part->childCount() && part->lastChild()->isText() && part->lastChild()->textContent().isEmpty())
                part->take(part->childCount() - 1);
        }
        if (b[i].text.endsWith(u"::"))
            definition->append(m_state.message(MessageLevel::Info, termLine + 1,
                                               QStringLiteral("Blank line missing before literal block (after the "
                                                              "\"::\")? Interpreted as a definition list item.")));
        parseNested(ind.lines, *definition);
        item->append(std::move(definition));
        l->append(std::move(item));
        blankFinish = ind.blankFinish;
        i = ind.next;
        const bool nextIsItem = i + 1 < end && !b[i].isBlank() && b[i].text[0] != u' ' && !b[i + 1].isBlank() &&
                                b[i + 1].text[0] == u' ' && !startsConstruct(b[i].text);
        if (!blankFinish && !nextIsItem)
            break;
    }
    if (!blankFinish && i < end)
        parent.append(unindentWarning(QStringLiteral("Definition list"), b[i].number));
    return i;
}

} // namespace Docent
