#include "parser.h"

#include "blockparser.h"
#include "parsestate.h"

namespace Docent {
namespace {

// docutils' string2lines: tabs to 8-column stops, vertical tab and form feed as spaces,
// trailing whitespace removed.
std::vector<QString> splitLines(const QString &text)
{
    std::vector<QString> lines;
    qsizetype start = 0;
    const qsizetype n = text.size();
    while (start <= n) {
        qsizetype end = start;
        while (end < n && text[end] != u'\n' && text[end] != u'\r')
            ++end;
        QStringView raw = QStringView(text).mid(start, end - start);
        QString line;
        if (raw.contains(u'\t') || raw.contains(u'\v') || raw.contains(u'\f')) {
            for (QChar c : raw) {
                if (c == u'\t')
                    line += QString(8 - line.size() % 8, u' ');
                else if (c == u'\v' || c == u'\f')
                    line += u' ';
                else
                    line += c;
            }
        } else {
            line = raw.toString();
        }
        qsizetype len = line.size();
        while (len > 0 && line[len - 1].isSpace())
            --len;
        line.truncate(len);
        lines.push_back(std::move(line));
        if (end >= n)
            break;
        start = end + ((text[end] == u'\r' && end + 1 < n && text[end + 1] == u'\n') ? 2 : 1);
    }
    if (!lines.empty() && lines.back().isEmpty())
        lines.pop_back();
    return lines;
}

} // namespace

std::unique_ptr<Node> parseRst(const QString &text, const QString &sourceName, const Registry &registry)
{
    auto document = Node::element(QStringLiteral("document"));
    document->setAttribute(QStringLiteral("source"), sourceName);
    const std::vector<QString> storage = splitLines(text);
    Block lines;
    lines.reserve(storage.size());
    for (size_t i = 0; i < storage.size(); ++i)
        lines.push_back({QStringView(storage[i]), int(i) + 1});
    ParseState state(*document, registry);
    BlockParser parser(state);
    parser.parseDocument(lines, *document);
    return document;
}

} // namespace Docent
