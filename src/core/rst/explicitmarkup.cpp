// The explicit markup constructs of the block parser: ".. " footnotes, citations, targets,
// substitution definitions, directives and comments, and "__ " anonymous targets.
#include "blockparser_p.h"
#include "inlineparser_p.h"
#include "parsestate_p.h"
#include "textscan_p.h"

#include <QRegularExpression>

namespace Docent {
namespace {

bool isLabelName(QStringView s)
{
    if (s.isEmpty())
        return false;
    for (qsizetype i = 0; i < s.size(); ++i) {
        const QChar c = s[i];
        if (c.isLetterOrNumber())
            continue;
        if (QStringView(u"-._+:").contains(c) && i > 0 && i + 1 < s.size() && s[i - 1].isLetterOrNumber() &&
            s[i + 1].isLetterOrNumber())
            continue;
        return false;
    }
    return true;
}

// ".. name::" -> name, or empty. `after` receives the column after "::" and its spaces.
QString directiveName(QStringView t, int &after)
{
    qsizetype i = 2;
    while (i < t.size() && t[i] == u' ')
        ++i;
    const qsizetype start = i;
    while (i < t.size() && (t[i].isLetterOrNumber() || (QStringView(u"-_.:+").contains(t[i]) && i + 1 < t.size() &&
                                                        t[i + 1].isLetterOrNumber() && i > start)))
        ++i;
    if (i == start)
        return {};
    qsizetype nameEnd = i;
    if (i < t.size() && t[i] == u' ')
        ++i;
    if (!QStringView(t).mid(i).startsWith(u"::"))
        return {};
    i += 2;
    if (i < t.size() && t[i] != u' ')
        return {};
    while (i < t.size() && t[i] == u' ')
        ++i;
    after = int(i);
    return t.mid(start, nameEnd - start).toString();
}

} // namespace

size_t BlockParser::explicitMarkup(const Block &b, size_t i, size_t end, Node &parentIn)
{
    // An include may open a section: at the top level, what follows it belongs to that section,
    // as everything after a title does.
    auto currentParent = [&]() -> Node & {
        return m_topLevel && !m_sectionStack.empty() ? *m_sectionStack.back() : parentIn;
    };
    bool blankFinish = true;
    while (i < end) {
        if (b[i].isBlank()) {
            ++i;
            continue;
        }
        Node &parent = currentParent();
        const QStringView t = b[i].text;
        const bool isExplicit = startsWithAscii(t, "..") && (t.size() == 2 || t[2] == u' ');
        const bool isAnon = startsWithAscii(t, "__") && (t.size() == 2 || t[2] == u' ');
        if (!isExplicit && !isAnon)
            break;
        const int line = b[i].number;
        size_t next = i + 1;
        if (isAnon) {
            Indented ind = indented(b, i, end, 0, true);
            anonymousTarget(ind.lines, line, parent);
            blankFinish = ind.blankFinish;
            next = ind.next;
        } else {
            int after = 0;
            QString name = directiveName(t, after);
            QStringView rest = t.mid(2).trimmed();
            if (!name.isEmpty()) {
                Indented ind = indented(b, i, end, after);
                directive(name, ind.lines, line, parent, BlockText(b, i, ind.next));
                blankFinish = ind.blankFinish || (ind.next < end && b[ind.next].isBlank());
                next = ind.next;
            } else if (rest.startsWith(u'[') && rest.indexOf(u']') > 1 &&
                       (rest.indexOf(u']') + 1 == rest.size() || rest[rest.indexOf(u']') + 1] == u' ')) {
                const qsizetype close = rest.indexOf(u']');
                const QStringView label = rest.mid(1, close - 1);
                const bool ok = isLabelName(label) || label == u"#" || label == u"*" ||
                                (label.startsWith(u'#') && isLabelName(label.mid(1)));
                if (ok) {
                    const int bodyStart = int(t.indexOf(u']') + 1);
                    int markEnd = bodyStart;
                    while (markEnd < t.size() && t[markEnd] == u' ')
                        ++markEnd;
                    Indented ind = indented(b, i, end, markEnd);
                    dropLeadingBlankLines(ind.lines);
                    footnoteOrCitation(label, ind.lines, line, parent);
                    blankFinish = ind.blankFinish;
                    next = ind.next;
                } else {
                    name.clear();
                    goto comment;
                }
            } else if (rest.startsWith(u'_') && rest.size() > 1 && rest[1] != u' ') {
                Indented ind = indented(b, i, end, 0, true);
                hyperlinkTarget(ind.lines, line, parent);
                blankFinish = ind.blankFinish;
                next = ind.next;
            } else if (rest.startsWith(u'|') && rest.size() > 1 && rest[1] != u' ') {
                Indented ind = indented(b, i, end, 0);
                substitutionDefinition(ind.lines, line, parent, BlockText(b, i, ind.next));
                blankFinish = ind.blankFinish;
                next = ind.next;
            } else {
            comment:
                const bool nextBlank = i + 1 >= end || b[i + 1].isBlank();
                if (nextBlank && rest.isEmpty()) {
                    auto c = Node::element(QStringLiteral("comment"), line);
                    c->setAttribute(QStringLiteral("xml:space"), QStringLiteral("preserve"));
                    parent.append(std::move(c));
                    blankFinish = true;
                    next = i + 1;
                } else {
                    int markEnd = 2;
                    while (markEnd < t.size() && t[markEnd] == u' ')
                        ++markEnd;
                    Indented ind = indented(b, i, end, markEnd);
                    Block &lines = ind.lines;
                    dropLeadingBlankLines(lines);
                    while (!lines.empty() && lines.back().isBlank())
                        lines.pop_back();
                    auto c = Node::element(QStringLiteral("comment"), line);
                    c->setAttribute(QStringLiteral("xml:space"), QStringLiteral("preserve"));
                    if (!lines.empty())
                        c->append(Node::text(joinLines(lines, 0, lines.size()), line));
                    parent.append(std::move(c));
                    blankFinish = ind.blankFinish;
                    next = ind.next;
                }
            }
        }
        i = next;
        const bool nextIsExplicit = i < end && ((startsWithAscii(b[i].text, "..") && (b[i].text.size() == 2 || b[i].text[2] == u' ')) ||
                                                (startsWithAscii(b[i].text, "__") && (b[i].text.size() == 2 || b[i].text[2] == u' ')));
        if (!blankFinish && !nextIsExplicit)
            break;
    }
    if (!blankFinish && i < end)
        currentParent().append(unindentWarning(QStringLiteral("Explicit markup"), b[i].number));
    return i;
}

void BlockParser::footnoteOrCitation(QStringView label, const Block &block, int line, Node &parent)
{
    const QString name = normalizeName(label.toString());
    const bool isFootnote = label.startsWith(u'#') || label == u"*" ||
                            std::all_of(label.begin(), label.end(), [](QChar c) { return c.isDigit(); });
    auto node = Node::element(isFootnote ? QStringLiteral("footnote") : QStringLiteral("citation"), line);
    Node *n = parent.append(std::move(node));
    QString targetName;
    if (label.startsWith(u'#')) {
        n->setAttribute(QStringLiteral("auto"), QStringLiteral("1"));
        targetName = name.mid(1);
    } else if (label == u"*") {
        n->setAttribute(QStringLiteral("auto"), QStringLiteral("*"));
    } else {
        auto l = Node::element(QStringLiteral("label"), line);
        l->append(Node::text(label.toString(), line));
        n->append(std::move(l));
        targetName = name;
    }
    if (!targetName.isEmpty()) {
        n->names.append(targetName);
        m_state.noteExplicitTarget(*n, *n);
    } else {
        m_state.setId(*n);
    }
    parseNested(block, *n);
}

namespace {

// Where a target points: an indirect reference name ("other_" or "`other phrase`_"), else a URI.
struct TargetReference {
    bool indirect = false;
    QString value;
};

// docutils' is_reference: the whole text is "name_" or "`phrase`_" (escape markers present).
QString referenceName(const QString &text)
{
    if (!text.endsWith(u'_') || text.endsWith(QStringView(u"\0_", 2)) || text.size() < 2)
        return {};
    QString ref = text.chopped(1);
    if (ref.size() > 2 && ref.startsWith(u'`') && ref.endsWith(u'`'))
        return InlineParser::unescape(ref.mid(1, ref.size() - 2));
    for (qsizetype k = 0; k < ref.size(); ++k) {
        const QChar c = ref[k];
        const bool joiner = QStringView(u"-._+:").contains(c) && k > 0 && k + 1 < ref.size() &&
                            ref[k - 1].isLetterOrNumber() && ref[k + 1].isLetterOrNumber();
        if (!c.isLetterOrNumber() && !joiner)
            return {};
    }
    return ref;
}

TargetReference targetReference(const QStringList &escapedLines)
{
    QStringList stripped;
    for (const QString &l : escapedLines)
        stripped << l.trimmed();
    const QString joined = stripped.join(u' ');
    const QString name = referenceName(joined);
    if (!name.isEmpty())
        return {true, normalizeName(name)};
    QString uri = InlineParser::uriFromEscaped(escapedLines.join(u' '));
    if (InlineParser::isEmailAddress(uri))
        uri.prepend(QStringLiteral("mailto:"));
    return {false, uri};
}

// Matches the name part of ".. _name: ..." in `s` (escape markers present). Returns the index
// just after the colon that ends the name, or -1; `name` receives the name, `anonymous` whether
// it was "__".
qsizetype matchTargetName(const QString &s, QString &name, bool &anonymous)
{
    const auto colonAt = [&](qsizetype p) -> qsizetype {
        // optional single space, then ':' followed by a space or the end
        if (p < s.size() && s[p] == u' ')
            ++p;
        if (p < s.size() && s[p] == u':' && (p + 1 == s.size() || s[p + 1] == u' '))
            return p + 1;
        return -1;
    };
    anonymous = false;
    if (s.startsWith(u'_')) {
        const qsizetype after = colonAt(1);
        if (after > 0) {
            anonymous = true;
            return after;
        }
        return -1;
    }
    const bool quoted = s.startsWith(u'`');
    const qsizetype start = quoted ? 1 : 0;
    if (start >= s.size() || s[start] == u' ' || s[start] == u'`')
        return -1;
    for (qsizetype p = start + 1; p <= s.size(); ++p) {
        qsizetype nameEnd = p;
        qsizetype next = p;
        if (quoted) {
            if (p >= s.size() || s[p] != u'`')
                continue;
            next = p + 1;
        }
        const QChar last = s[nameEnd - 1];
        if (last.isSpace() || last == QChar(0))
            continue;
        if (!quoted && last == u':' && (nameEnd < 2 || s[nameEnd - 2] != QChar(0)))
            continue;
        const qsizetype after = colonAt(next);
        if (after < 0)
            continue;
        name = s.mid(start, nameEnd - start);
        return after;
    }
    return -1;
}

} // namespace

void BlockParser::hyperlinkTarget(const Block &block, int line, Node &parent)
{
    // block[0] starts with ".. _"; lines are joined until the name's closing colon is found.
    QString blockText;
    for (size_t k = 0; k < block.size(); ++k) {
        if (k)
            blockText += u'\n';
        blockText += block[k].text;
    }
    const QStringView first = block[0].text;
    QString escaped = InlineParser::escapeToNull(first.mid(first.indexOf(u'_') + 1));
    size_t used = 1;
    QString name;
    bool anonymous = false;
    qsizetype after;
    while ((after = matchTargetName(escaped, name, anonymous)) < 0) {
        if (used >= block.size()) {
            auto c = Node::element(QStringLiteral("comment"), line);
            c->setAttribute(QStringLiteral("xml:space"), QStringLiteral("preserve"));
            c->append(Node::text(blockText.mid(3), line));
            parent.append(std::move(c));
            parent.append(m_state.message(MessageLevel::Warning, line, QStringLiteral("Malformed hyperlink target.")));
            return;
        }
        escaped += u' ' + InlineParser::escapeToNull(block[used++].text.trimmed());
    }
    QStringList refLines;
    const QString rest = escaped.mid(after).trimmed();
    if (!rest.isEmpty())
        refLines << rest;
    for (size_t k = used; k < block.size(); ++k)
        if (!block[k].isBlank())
            refLines << InlineParser::escapeToNull(block[k].text);
    auto target = Node::element(QStringLiteral("target"), line);
    const TargetReference ref = refLines.isEmpty() ? TargetReference{} : targetReference(refLines);
    if (ref.indirect)
        target->setAttribute(QStringLiteral("refname"), ref.value);
    if (anonymous) {
        if (!ref.indirect && !ref.value.isEmpty())
            target->setAttribute(QStringLiteral("refuri"), ref.value);
        target->setAttribute(QStringLiteral("anonymous"), QStringLiteral("1"));
        m_state.setId(*target);
        parent.append(std::move(target));
        return;
    }
    target->names.append(normalizeName(InlineParser::unescape(name)));
    if (!ref.indirect && !ref.value.isEmpty())
        target->setAttribute(QStringLiteral("refuri"), ref.value);
    // docutils reports duplicates before the target itself is in place
    m_state.noteExplicitTarget(*target, parent);
    parent.append(std::move(target));
}

void BlockParser::anonymousTarget(const Block &block, int line, Node &parent)
{
    QStringList refLines;
    for (size_t k = 0; k < block.size(); ++k) {
        const QStringView t = k == 0 ? block[0].text.mid(2) : block[k].text;
        if (!t.trimmed().isEmpty())
            refLines << InlineParser::escapeToNull(t);
    }
    auto target = Node::element(QStringLiteral("target"), line);
    if (!refLines.isEmpty()) {
        const TargetReference ref = targetReference(refLines);
        target->setAttribute(ref.indirect ? QStringLiteral("refname") : QStringLiteral("refuri"), ref.value);
    }
    target->setAttribute(QStringLiteral("anonymous"), QStringLiteral("1"));
    m_state.setId(*target);
    parent.append(std::move(target));
}

namespace {

// The "|" that closes a substitution name: not after a space or an escape, followed by a space
// or the end; -1 if there is none in `escaped` (which starts at the opening "|").
qsizetype substitutionNameEnd(const QString &escaped)
{
    for (qsizetype p = 2; p < escaped.size(); ++p)
        if (escaped[p] == u'|' && escaped[p - 1] != u' ' && escaped[p - 1] != QChar(0) &&
            (p + 1 == escaped.size() || escaped[p + 1] == u' '))
            return p;
    return qsizetype(-1);
}

// An embedded directive such as "image::" or "replace::" at the start of a definition's text: its
// name, or empty. `after` receives the column after "::" and its spaces.
QString embeddedDirectiveName(QStringView f, int &after)
{
    qsizetype p = 0;
    while (p < f.size() && (f[p].isLetterOrNumber() || QStringView(u"-_.:+").contains(f[p])) &&
           !(f[p] == u':' && p + 1 < f.size() && f[p + 1] == u':'))
        ++p;
    if (p > 0 && QStringView(f).mid(p).startsWith(u"::") && (p + 2 == f.size() || f[p + 2] == u' ')) {
        after = int(p + 2);
        while (after < f.size() && f[after] == u' ')
            ++after;
        return f.left(p).toString();
    }
    return {};
}

// What a directive may leave in a substitution definition: text and inline elements.
bool isInlineContent(const Node &c)
{
    return c.isText() || c.is(u"image") || c.is(u"reference") || c.is(u"emphasis") || c.is(u"strong") ||
           c.is(u"literal") || c.is(u"inline") || c.is(u"substitution_reference") || c.is(u"problematic") ||
           c.is(u"target") || c.is(u"abbreviation") || c.is(u"acronym") || c.is(u"superscript") ||
           c.is(u"subscript") || c.is(u"title_reference") || c.is(u"math") || c.is(u"raw") ||
           c.is(u"footnote_reference") || c.is(u"citation_reference") || c.is(u"generated") ||
           c.is(u"pending_xref") || c.is(u"index"); // Sphinx's inline nodes: references of its roles, index entries
}

// Nothing with an identity of its own may live in a definition: it would be copied at every use.
const Node *illegalElement(const Node &def)
{
    const Node *illegal = nullptr;
    def.forEach([&](const Node &n) {
        if (illegal || n.isText())
            return;
        if (!n.ids.isEmpty() || (n.is(u"reference") && n.hasAttribute(QStringLiteral("anonymous"))) ||
            (n.is(u"footnote_reference") && n.hasAttribute(QStringLiteral("auto"))))
            illegal = &n;
    });
    return illegal;
}

} // namespace

void BlockParser::substitutionDefinition(const Block &block, int line, Node &parent,
                                         const BlockText &blockText)
{
    // ".. |name| directive:: ..." or ".. |name| inline text"
    QString escaped = InlineParser::escapeToNull(block[0].text.mid(block[0].text.indexOf(u'|')));
    size_t used = 1;
    qsizetype close = -1;
    while ((close = substitutionNameEnd(escaped)) < 0) {
        if (used >= block.size()) {
            parent.append(m_state.message(MessageLevel::Warning, line,
                                          QStringLiteral("malformed substitution definition."), QString()));
            auto c = Node::element(QStringLiteral("comment"), line);
            c->setAttribute(QStringLiteral("xml:space"), QStringLiteral("preserve"));
            c->append(Node::text(blockText.text().mid(3), line));
            parent.append(std::move(c));
            return;
        }
        escaped += u' ' + InlineParser::escapeToNull(block[used++].text.trimmed());
    }
    const QString subname = InlineParser::unescape(escaped.mid(1, close - 1));
    QString first = escaped.mid(close + 1).trimmed();
    const QString storage = InlineParser::unescape(first, true);
    Block body = storage.isEmpty() ? Block() : Block(std::vector<Line>{{QStringView(storage), line}});
    body.append(block.mid(used, block.size()));
    while (!body.empty() && body.back().isBlank())
        body.pop_back();
    if (body.empty()) {
        parent.append(m_state.message(MessageLevel::Warning, line,
                                      QStringLiteral("Substitution definition \"%1\" missing contents.").arg(subname),
                                      blockText.text()));
        return;
    }
    const auto emptyOrInvalid = [&] {
        parent.append(m_state.message(MessageLevel::Warning, line,
                                      QStringLiteral("Substitution definition \"%1\" empty or invalid.").arg(subname),
                                      blockText.text()));
    };
    auto def = Node::element(QStringLiteral("substitution_definition"), line);
    def->names.append(subname.simplified());
    int after = 0;
    const QString name = embeddedDirectiveName(body[0].text, after);
    if (name.isEmpty()) {
        emptyOrInvalid();
        return;
    }
    // directive content lines are indented relative to the definition; remove common indent
    int common = -1;
    for (size_t k = 1; k < body.size(); ++k)
        if (!body[k].isBlank())
            common = common < 0 ? body[k].indent() : std::min(common, body[k].indent());
    const Block dirLines = body.mid(0, body.size(), std::max(common, 0), after);
    auto holder = Node::element(QStringLiteral("holder"), line);
    holder->names.append(subname.simplified()); // directives such as image take it as their default
    directive(name, dirLines, line, *holder, blockText);
    for (const char *trim : {"ltrim", "rtrim"}) // set by unicode's :trim: options
        if (holder->hasAttribute(QLatin1String(trim)))
            def->setAttribute(QLatin1String(trim), holder->attribute(QLatin1String(trim)));
    // Body elements (errors) leave the definition; inline content stays.
    for (size_t k = 0; k < holder->childCount(); ++k)
        if (isInlineContent(*holder->child(k)))
            def->append(holder->take(k--));
    for (size_t k = 0; k < holder->childCount(); ++k)
        parent.append(holder->take(k--));
    if (const Node *illegal = illegalElement(*def)) {
        auto msg = m_state.message(MessageLevel::Error, line,
                                   QStringLiteral("Substitution definition contains illegal element <%1>:")
                                       .arg(illegal->tag()),
                                   blockText.text());
        parent.append(std::move(msg));
        return;
    }
    if (def->childCount() == 0) {
        emptyOrInvalid();
        return;
    }
    // A second definition of a name replaces the first, which keeps the name only as a dupname.
    const QString key = subname.simplified();
    if (Node *old = m_state.substitutions.value(key)) {
        old->names.removeAll(key);
        old->dupnames.append(key);
        parent.append(m_state.message(MessageLevel::Error, line,
                                      QStringLiteral("Duplicate substitution definition name: \"%1\".").arg(key)));
    }
    m_state.substitutions.insert(key, parent.append(std::move(def)));
}

} // namespace Docent
