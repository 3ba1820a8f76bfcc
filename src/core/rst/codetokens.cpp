// docutils' doctree for code in a language: the code's runs (coderuns_p.h) as text and classed
// inlines, with :number-lines:' line numbers.
#include "codetokens.h"

#include "coderuns_p.h"

#include <utility>

namespace Docent {
namespace {

// `value` is taken over: the runs it comes from are not used afterwards.
void appendToken(NodeList &out, const CodeRun &run, QString &&value, int line, bool keepEmpty)
{
    if (!run.typed) {
        if (!value.isEmpty())
            out.push_back(Node::text(std::move(value), line));
        return;
    }
    if (value.isEmpty() && !keepEmpty)
        return;
    auto inl = Node::element(QStringLiteral("inline"), line);
    inl->classes = run.classes;
    if (!value.isEmpty())
        inl->append(Node::text(std::move(value), line));
    out.push_back(std::move(inl));
}

} // namespace

NodeList tokenizeCode(const QString &code, const QString &language, int line, std::optional<int> numberLinesFrom,
                      int lineCount)
{
    std::vector<CodeRun> runs = codeRuns(code, language);
    NodeList out;
    if (!numberLinesFrom) {
        for (CodeRun &run : runs)
            appendToken(out, run, std::move(run.text), line, true);
        return out;
    }
    // :number-lines: a right-aligned number before each line, splitting runs at line ends
    const int width = int(QString::number(qint64(*numberLinesFrom) + lineCount).size());
    qint64 n = *numberLinesFrom;
    auto number = [&](qint64 k) {
        auto ln = Node::element(QStringLiteral("inline"), line);
        ln->classes << QStringLiteral("ln");
        ln->append(Node::text(QStringLiteral("%1 ").arg(k, width), line));
        out.push_back(std::move(ln));
    };
    number(n);
    for (const CodeRun &run : runs) {
        const QString &value = run.text;
        qsizetype from = 0;
        for (qsizetype nl = value.indexOf(u'\n'); nl >= 0; nl = value.indexOf(u'\n', from)) {
            appendToken(out, run, value.mid(from, nl + 1 - from), line, true);
            number(++n);
            from = nl + 1;
        }
        appendToken(out, run, value.mid(from), line, true);
    }
    return out;
}

} // namespace Docent
