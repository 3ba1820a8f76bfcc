// docutils' doctree for code in a language: the lexers' runs (src/core/lexers) as text and
// classed inlines, with :number-lines:' line numbers.
#include "codetokens.h"

#include "lexers/lexers.h"

#include <array>
#include <utility>

namespace Docent {
namespace {

using Lexers::Tok;

// `value` is taken over: the runs it comes from are not used afterwards.
void appendToken(NodeList &out, Tok type, QString &&value, int line, bool keepEmpty)
{
    if (type == Tok::Text) {
        if (!value.isEmpty())
            out.push_back(Node::text(std::move(value), line));
        return;
    }
    if (value.isEmpty() && !keepEmpty)
        return;
    auto inl = Node::element(QStringLiteral("inline"), line);
    // the class lists, split once per type (QStringList copies share their data)
    static const auto lists = [] {
        std::array<QStringList, size_t(Tok::GenericTraceback) + 1> all;
        for (size_t t = 0; t < all.size(); ++t)
            all[t] = Lexers::classes(Tok(t)).toString().split(u' ', Qt::SkipEmptyParts);
        return all;
    }();
    inl->classes = lists[size_t(type)];
    if (!value.isEmpty())
        inl->append(Node::text(std::move(value), line));
    out.push_back(std::move(inl));
}

} // namespace

NodeList tokenizeCode(const QString &code, const QString &language, int line, std::optional<int> numberLinesFrom,
                      int lineCount)
{
    std::vector<Lexers::Run> runs = Lexers::tokenRuns(code, language);
    NodeList out;
    if (!numberLinesFrom) {
        for (auto &[type, value] : runs)
            appendToken(out, type, std::move(value), line, true);
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
    for (const auto &[type, value] : runs) {
        qsizetype from = 0;
        for (qsizetype nl = value.indexOf(u'\n'); nl >= 0; nl = value.indexOf(u'\n', from)) {
            appendToken(out, type, value.mid(from, nl + 1 - from), line, true);
            number(++n);
            from = nl + 1;
        }
        appendToken(out, type, value.mid(from), line, true);
    }
    return out;
}

} // namespace Docent
