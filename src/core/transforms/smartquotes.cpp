// Sphinx's SmartQuotes (on by default): straight quotes curled the way the document's language
// writes them, "--" and "---" made en and em dashes, "..." an ellipsis, in the text a reader reads
// and never in code, math, raw output or object signatures. A quote's direction depends on the
// character before it, which may end the previous inline node of the same paragraph (a literal
// included), so each paragraph-like element is educated as one run of text.
#include "doctree/node.h"
#include "transforms.h"

#include <QHash>

#include <optional>

#include <vector>

namespace Docent {
namespace {

struct QuoteStyle {
    QString openDouble, closeDouble, openSingle, closeSingle;
};

// The quotation marks of the languages Sphinx educates (a fact of each language's typography);
// a language not listed gets no education, as in Sphinx.
std::optional<QuoteStyle> quoteStyleFor(const QString &language)
{
    static const QHash<QString, QuoteStyle> styles = {
        {QStringLiteral("en"), {QStringLiteral("“"), QStringLiteral("”"), QStringLiteral("‘"), QStringLiteral("’")}},
        {QStringLiteral("nl"), {QStringLiteral("“"), QStringLiteral("”"), QStringLiteral("‘"), QStringLiteral("’")}},
        {QStringLiteral("de"), {QStringLiteral("„"), QStringLiteral("“"), QStringLiteral("‚"), QStringLiteral("‘")}},
        {QStringLiteral("cs"), {QStringLiteral("„"), QStringLiteral("“"), QStringLiteral("‚"), QStringLiteral("‘")}},
        {QStringLiteral("fr"), {QStringLiteral("«\u00a0"), QStringLiteral("\u00a0»"), QStringLiteral("‹\u00a0"), QStringLiteral("\u00a0›")}},
        {QStringLiteral("es"), {QStringLiteral("«"), QStringLiteral("»"), QStringLiteral("“"), QStringLiteral("”")}},
        {QStringLiteral("it"), {QStringLiteral("«"), QStringLiteral("»"), QStringLiteral("“"), QStringLiteral("”")}},
        {QStringLiteral("pt"), {QStringLiteral("«"), QStringLiteral("»"), QStringLiteral("“"), QStringLiteral("”")}},
        {QStringLiteral("ru"), {QStringLiteral("«"), QStringLiteral("»"), QStringLiteral("„"), QStringLiteral("“")}},
        {QStringLiteral("pl"), {QStringLiteral("„"), QStringLiteral("”"), QStringLiteral("«"), QStringLiteral("»")}},
        {QStringLiteral("sv"), {QStringLiteral("”"), QStringLiteral("”"), QStringLiteral("’"), QStringLiteral("’")}},
    };
    QString key = language.isEmpty() ? QStringLiteral("en") : language.toLower();
    key.replace(u'-', u'_');
    auto it = styles.constFind(key);
    if (it == styles.cend())
        it = styles.constFind(key.section(u'_', 0, 0)); // "en_GB" → "en", "pt_BR" → "pt"
    if (it == styles.cend())
        return std::nullopt;
    return *it;
}

// Elements whose text is shown as written: code, math, raw output, signatures, the directive
// source of a placeholder, Docent's own messages (which quote commands). Their text still gives
// the next quote its context. Asked of every element at open, so literal tag tests only.
bool keepsTextAsWritten(const Node &n)
{
    if (n.is(u"literal") || n.is(u"literal_block") || n.is(u"doctest_block") || n.is(u"math") ||
        n.is(u"math_block") || n.is(u"raw") || n.is(u"comment") || n.is(u"image") || n.is(u"problematic") ||
        n.is(u"desc_signature") || n.is(u"kbd") || n.is(u"placeholder") || n.is(u"target") ||
        n.is(u"substitution_definition") || n.is(u"option_string") || n.is(u"productionlist") ||
        n.is(u"system_message"))
        return true;
    // :command: and :program: are Sphinx's literal_strong, shown as written.
    if (!n.is(u"strong"))
        return false;
    const QString role = n.attribute(QStringLiteral("role"));
    return role == u"command" || role == u"program";
}

// docutils' TextElements that hold a run of text (nested inline elements are part of the run).
bool isTextRun(const Node &n)
{
    return n.is(u"paragraph") || n.is(u"title") || n.is(u"subtitle") || n.is(u"rubric") || n.is(u"term") ||
           n.is(u"classifier") || n.is(u"caption") || n.is(u"attribution") || n.is(u"line") ||
           n.is(u"field_name") || n.is(u"label") || n.is(u"option_argument");
}

struct Piece {
    Node *text;
    bool educate;
};

void collectRun(Node &n, bool asWritten, std::vector<Piece> &run)
{
    for (const auto &c : n.children()) {
        if (c->isText())
            run.push_back({c.get(), !asWritten});
        else
            collectRun(*c, asWritten || keepsTextAsWritten(*c), run);
    }
}

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'_';
}

// Where an opening quote may follow: nothing, a space, an opening bracket or a dash.
bool opensAfter(QChar prev)
{
    return prev.isNull() || prev.isSpace() || prev == u'(' || prev == u'[' || prev == u'{' || prev == u'-' ||
           prev == u'\u2013' || prev == u'\u2014';
}

QString educateDashesAndEllipses(const QString &text)
{
    QString out = text;
    out.replace(QStringLiteral("---"), QStringLiteral("\u2014"));
    out.replace(QStringLiteral("--"), QStringLiteral("\u2013"));
    out.replace(QStringLiteral(". . ."), QStringLiteral("\u2026"));
    out.replace(QStringLiteral("..."), QStringLiteral("\u2026"));
    return out;
}

// One text node's quotes, given the character before it in its run.
QString educateQuotes(const QString &text, QChar before, const QuoteStyle &style)
{
    QString out;
    out.reserve(text.size() + 8);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c != u'"' && c != u'\'') {
            out += c;
            continue;
        }
        const QChar prev = i > 0 ? text[i - 1] : before;
        const QChar next = i + 1 < text.size() ? text[i + 1] : QChar();
        const QChar afterNext = i + 2 < text.size() ? text[i + 2] : QChar();
        const QChar other = c == u'"' ? QChar(u'\'') : QChar(u'"');
        // "'x and '"x: both marks open, the outer one first.
        if (next == other && isWordChar(afterNext)) {
            out += c == u'"' ? style.openDouble + style.openSingle : style.openSingle + style.openDouble;
            ++i;
            continue;
        }
        const QString &open = c == u'"' ? style.openDouble : style.openSingle;
        const QString &close = c == u'"' ? style.closeDouble : style.closeSingle;
        if (c == u'\'') {
            const bool decade = next.isDigit() && afterNext.isDigit() && i + 3 < text.size() && text[i + 3] == u's';
            if ((isWordChar(prev) && isWordChar(next)) || (!isWordChar(prev) && decade)) {
                out += u'\u2019'; // an apostrophe: it's, O'Reilly, '80s
                continue;
            }
        }
        if (!opensAfter(prev)) {
            out += close;
            continue;
        }
        const bool closesBefore = next.isSpace() ||
                                  (c == u'\'' && next == u's' && (i + 2 >= text.size() || !isWordChar(afterNext)));
        out += closesBefore ? close : open;
    }
    return out;
}

// A quote, "--", ".." or ". .": one pass over the text, as every text node of a tree is asked.
bool hasSomethingToEducate(const QString &text)
{
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t c = text[i].unicode();
        if (c == u'"' || c == u'\'')
            return true;
        const char16_t next = i + 1 < n ? text[i + 1].unicode() : 0;
        if ((c == u'-' && next == u'-') || (c == u'.' && (next == u'.' || (next == u' ' && i + 2 < n && text[i + 2] == u'.'))))
            return true;
    }
    return false;
}

void educateRun(Node &element, const QuoteStyle &style)
{
    std::vector<Piece> run;
    collectRun(element, false, run);
    QChar before;
    for (const Piece &piece : run) {
        const QString &text = piece.text->textContent();
        if (text.isEmpty())
            continue;
        // Most text has none of what is educated: leave it untouched, unallocated.
        if (piece.educate && hasSomethingToEducate(text))
            piece.text->setTextContent(educateQuotes(educateDashesAndEllipses(text), before, style));
        before = piece.text->textContent().back();
    }
}

void educate(Node &n, const QuoteStyle &style)
{
    for (const auto &c : n.children()) {
        if (c->isText() || keepsTextAsWritten(*c))
            continue;
        if (isTextRun(*c))
            educateRun(*c, style);
        else
            educate(*c, style);
    }
}

} // namespace

void applySmartQuotes(Node &document, const QString &language)
{
    if (const std::optional<QuoteStyle> style = quoteStyleFor(language))
        educate(document, *style);
}

} // namespace Docent
