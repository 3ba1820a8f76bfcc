// Sphinx's SmartQuotes (on by default): straight quotes curled the way the document's language
// writes them, "--" and "---" made en and em dashes, "..." an ellipsis, in the text a reader reads
// and never in code, math, raw output or object signatures. A quote's direction depends on the
// character before it, which may end the previous inline node of the same paragraph (a literal
// included), so each paragraph-like element is educated as one run of text.
#include "doctree/node.h"
#include "transforms.h"

#include <QHash>

#include <algorithm>
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
// source of a placeholder, Docent's own messages (which quote commands). Their text still gives the next quote its context.
bool keepsTextAsWritten(const Node &n)
{
    static const QStringList tags = {
        QStringLiteral("literal"),      QStringLiteral("literal_block"),        QStringLiteral("doctest_block"),
        QStringLiteral("math"),         QStringLiteral("math_block"),           QStringLiteral("raw"),
        QStringLiteral("comment"),      QStringLiteral("image"),                QStringLiteral("problematic"),
        QStringLiteral("desc_signature"), QStringLiteral("kbd"),                QStringLiteral("placeholder"),
        QStringLiteral("target"),       QStringLiteral("substitution_definition"), QStringLiteral("option_string"),
        QStringLiteral("productionlist"), QStringLiteral("system_message"),
    };
    if (tags.contains(n.tag()))
        return true;
    // :command: and :program: are Sphinx's literal_strong, shown as written.
    const QString role = n.attribute(QStringLiteral("role"));
    return n.is(u"strong") && (role == u"command" || role == u"program");
}

// docutils' TextElements that hold a run of text (nested inline elements are part of the run).
bool isTextRun(const Node &n)
{
    static const QStringList tags = {
        QStringLiteral("paragraph"), QStringLiteral("title"),   QStringLiteral("subtitle"),
        QStringLiteral("rubric"),    QStringLiteral("term"),    QStringLiteral("classifier"),
        QStringLiteral("caption"),   QStringLiteral("attribution"), QStringLiteral("line"),
        QStringLiteral("field_name"), QStringLiteral("label"),  QStringLiteral("option_argument"),
    };
    return tags.contains(n.tag());
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

void educateRun(Node &element, const QuoteStyle &style)
{
    std::vector<Piece> run;
    collectRun(element, false, run);
    QChar before;
    for (const Piece &piece : run) {
        const QString &text = piece.text->textContent();
        if (text.isEmpty())
            continue;
        if (piece.educate) {
            static const QString marks = QStringLiteral("\"'-.");
            if (std::any_of(text.cbegin(), text.cend(), [](QChar c) { return marks.contains(c); }))
                piece.text->setTextContent(educateQuotes(educateDashesAndEllipses(text), before, style));
        }
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
