#include "parser.h"

#include "blockparser_p.h"
#include "parselimits.h"
#include "parsestate_p.h"
#include "textscan_p.h"

namespace Docent {
namespace {

// docutils' string2lines: tabs to 8-column stops, vertical tab and form feed as spaces,
// trailing whitespace removed. All lines live in one string; `lines` gets views into it.
QString normaliseLines(const QString &text, std::vector<std::pair<qsizetype, qsizetype>> &lines)
{
    QString out;
    out.reserve(text.size());
    const qsizetype n = text.size();
    qsizetype start = 0;
    while (start <= n) {
        qsizetype end = start;
        bool special = false;
        while (end < n && text[end] != u'\n' && text[end] != u'\r') {
            const QChar c = text[end];
            special = special || c == u'\t' || c == u'\v' || c == u'\f';
            ++end;
        }
        const qsizetype lineStart = out.size();
        if (special) {
            for (qsizetype k = start; k < end; ++k) {
                const QChar c = text[k];
                if (c == u'\t')
                    out += QString(8 - (out.size() - lineStart) % 8, u' ');
                else if (c == u'\v' || c == u'\f')
                    out += u' ';
                else
                    out += c;
            }
        } else {
            out += QStringView(text).mid(start, end - start);
        }
        qsizetype len = out.size() - lineStart;
        while (len > 0 && out[lineStart + len - 1].isSpace())
            --len;
        out.truncate(lineStart + len);
        lines.emplace_back(lineStart, len);
        if (end >= n)
            break;
        start = end + ((text[end] == u'\r' && end + 1 < n && text[end + 1] == u'\n') ? 2 : 1);
    }
    if (!lines.empty() && lines.back().second == 0)
        lines.pop_back();
    return out;
}

// Splits text that needs no normalising into right-stripped line spans, in one pass. Returns
// false, leaving `lines` to be discarded, as soon as a tab, vertical tab, form feed or carriage
// return shows that it does need normalising.
bool splitPlainLines(const QString &text, std::vector<std::pair<qsizetype, qsizetype>> &lines)
{
    const char16_t *d = reinterpret_cast<const char16_t *>(text.utf16());
    const qsizetype n = text.size();
    lines.reserve(size_t(n / 40));
    qsizetype start = 0;
    auto addLine = [&](qsizetype end) {
        qsizetype len = end - start;
        while (len > 0 && QChar(d[start + len - 1]).isSpace())
            --len;
        lines.emplace_back(start, len);
    };
    // Control characters (below U+0020) are rare: line ends, and what needs normalising.
    for (qsizetype i = findControl(d, 0, n); i < n; i = findControl(d, i + 1, n)) {
        const char16_t c = d[i];
        if (c == u'\n') {
            addLine(i);
            start = i + 1;
        } else if (c == u'\t' || c == u'\r' || c == u'\v' || c == u'\f') {
            return false;
        }
    }
    if (start < n)
        addLine(n);
    return true;
}

// Sphinx reads a field list that opens the file (":tocdepth: 2", ":orphan:") as the page's
// metadata and shows nothing of it; comments and targets may come before it.
void dropFileMetadata(Node &document)
{
    for (size_t i = 0; i < document.childCount(); ++i) {
        const Node &n = *document.child(i);
        if (n.is(u"comment") || n.is(u"target") || n.is(u"substitution_definition") || n.is(u"pending"))
            continue;
        if (n.is(u"field_list"))
            document.take(i);
        return;
    }
}

} // namespace

std::unique_ptr<Node> parseRst(const QString &text, const QString &sourceName, const Registry &registry)
{
    auto document = Node::element(QStringLiteral("document"));
    const Node::ArenaScope arena(*document); // every node of the document is allocated from it
    // Nodes the parse drops stay valid while its tables (in ParseState) may still point at them.
    const Node::KeepDeletedScope keepDropped;
    document->setAttribute(QStringLiteral("source"), sourceName);
    // Most sources need no normalising (no tabs, form feeds or carriage returns): their lines
    // are views straight into the text.
    std::vector<std::pair<qsizetype, qsizetype>> spans;
    const bool plain = splitPlainLines(text, spans);
    if (!plain)
        spans.clear();
    const QString storage = plain ? text : normaliseLines(text, spans);
    std::vector<Line> viewed;
    viewed.reserve(spans.size());
    for (size_t i = 0; i < spans.size(); ++i)
        viewed.push_back({QStringView(storage).mid(spans[i].first, spans[i].second), int(i) + 1});
    const Block lines = Block::view(viewed); // `viewed` and `storage` live as long as the parse
    ParseState state(*document, registry);
    for (size_t i = 0; i < lines.size(); ++i) {
        if (lines[i].text.size() > kLineLengthLimit) {
            document->append(state.message(MessageLevel::Error, 0,
                                           QStringLiteral("Line %1 exceeds the line-length-limit.").arg(i + 1)));
            return document;
        }
    }
    BlockParser parser(state);
    parser.parseDocument(lines, *document);
    if (!registry.defaultDomain().isEmpty())
        dropFileMetadata(*document);
    return document;
}

} // namespace Docent
