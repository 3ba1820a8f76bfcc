#include "confexpression.h"

#include <QRegularExpression>

#include <variant>
#include <vector>

namespace Docent {
namespace {

struct Value;
using List = std::vector<Value>;
struct None {};
struct Value {
    std::variant<None, bool, double, QString, List> v;
};

// Whatever the evaluator cannot decide: thrown, caught once at the top.
struct Undecidable {};

bool truthy(const Value &value)
{
    if (std::holds_alternative<None>(value.v))
        return false;
    if (const bool *b = std::get_if<bool>(&value.v))
        return *b;
    if (const double *d = std::get_if<double>(&value.v))
        return *d != 0;
    if (const QString *s = std::get_if<QString>(&value.v))
        return !s->isEmpty();
    return !std::get<List>(value.v).empty();
}

// Python's bool is a number in comparisons (True == 1).
std::optional<double> number(const Value &value)
{
    if (const double *d = std::get_if<double>(&value.v))
        return *d;
    if (const bool *b = std::get_if<bool>(&value.v))
        return *b ? 1.0 : 0.0;
    return std::nullopt;
}

bool equal(const Value &a, const Value &b)
{
    if (const auto x = number(a), y = number(b); x && y)
        return *x == *y;
    if (a.v.index() != b.v.index())
        return false;
    if (const QString *s = std::get_if<QString>(&a.v))
        return *s == std::get<QString>(b.v);
    if (const List *l = std::get_if<List>(&a.v)) {
        const List &m = std::get<List>(b.v);
        if (l->size() != m.size())
            return false;
        for (size_t i = 0; i < l->size(); ++i)
            if (!equal((*l)[i], m[i]))
                return false;
        return true;
    }
    return true; // None == None
}

// -1, 0, 1 for numbers with numbers and strings with strings; anything else Python refuses.
int order(const Value &a, const Value &b)
{
    if (const auto x = number(a), y = number(b); x && y)
        return *x < *y ? -1 : *x > *y ? 1 : 0;
    const QString *s = std::get_if<QString>(&a.v), *t = std::get_if<QString>(&b.v);
    if (s && t)
        return s->compare(*t) < 0 ? -1 : s->compare(*t) > 0 ? 1 : 0;
    throw Undecidable{};
}

bool contains(const Value &container, const Value &item)
{
    if (const QString *s = std::get_if<QString>(&container.v)) {
        const QString *t = std::get_if<QString>(&item.v);
        if (!t)
            throw Undecidable{};
        return s->contains(*t);
    }
    if (const List *l = std::get_if<List>(&container.v)) {
        for (const Value &v : *l)
            if (equal(v, item))
                return true;
        return false;
    }
    throw Undecidable{};
}

struct Token {
    enum Kind { Name, String, Number, Op, End } kind;
    QString text;
};

std::vector<Token> tokenize(const QString &text)
{
    static const QRegularExpression token(QStringLiteral(
        "\\s*(?:([A-Za-z_]\\w*)|[rRuU]?(?:'((?:[^'\\\\]|\\\\.)*)'|\"((?:[^\"\\\\]|\\\\.)*)\")|"
        "(\\d+(?:\\.\\d*)?(?:[eE][+-]?\\d+)?)|(==|!=|<=|>=|[<>()\\[\\],-]))"));
    std::vector<Token> out;
    qsizetype at = 0;
    while (at < text.size()) {
        const auto m = token.match(text, at, QRegularExpression::NormalMatch,
                                   QRegularExpression::AnchorAtOffsetMatchOption);
        if (!m.hasMatch() || m.capturedLength() == 0) {
            if (text.mid(at).trimmed().isEmpty())
                break;
            throw Undecidable{}; // ".", "(" of a call after a name is caught by the parser; "+", "*" here
        }
        at = m.capturedEnd();
        if (m.capturedLength(1))
            out.push_back({Token::Name, m.captured(1)});
        else if (m.capturedStart(2) >= 0 || m.capturedStart(3) >= 0)
            out.push_back({Token::String, m.capturedStart(2) >= 0 ? m.captured(2) : m.captured(3)});
        else if (m.capturedLength(4))
            out.push_back({Token::Number, m.captured(4)});
        else if (m.capturedLength(5))
            out.push_back({Token::Op, m.captured(5)});
    }
    out.push_back({Token::End, {}});
    return out;
}

class Evaluator
{
public:
    Evaluator(const QString &text, const ConfValueLookup &valueOf, int depth)
        : m_tokens(tokenize(text)), m_valueOf(valueOf), m_depth(depth)
    {
    }

    Value evaluate()
    {
        Value v = orExpression();
        if (peek().kind != Token::End)
            throw Undecidable{};
        return v;
    }

private:
    const Token &peek() const { return m_tokens[m_at]; }
    bool isWord(const char *word) const { return peek().kind == Token::Name && peek().text == QLatin1String(word); }
    bool isOp(const char *op) const { return peek().kind == Token::Op && peek().text == QLatin1String(op); }

    Value orExpression()
    {
        Value left = andExpression();
        while (isWord("or")) {
            ++m_at;
            Value right = andExpression();
            if (!truthy(left))
                left = right;
        }
        return left;
    }

    Value andExpression()
    {
        Value left = notExpression();
        while (isWord("and")) {
            ++m_at;
            Value right = notExpression();
            if (truthy(left))
                left = right;
        }
        return left;
    }

    Value notExpression()
    {
        if (isWord("not")) {
            ++m_at;
            return {!truthy(notExpression())};
        }
        return comparison();
    }

    // Python chains comparisons: a < b < c is a < b and b < c.
    Value comparison()
    {
        Value left = primary();
        bool result = true;
        bool compared = false;
        while (true) {
            QString op;
            static const QStringList comparisons{QStringLiteral("=="), QStringLiteral("!="), QStringLiteral("<"),
                                                 QStringLiteral("<="), QStringLiteral(">"), QStringLiteral(">=")};
            if (peek().kind == Token::Op && comparisons.contains(peek().text)) {
                op = peek().text;
                ++m_at;
            } else if (isWord("in")) {
                op = QStringLiteral("in");
                ++m_at;
            } else if (isWord("not") && m_tokens[m_at + 1].kind == Token::Name && m_tokens[m_at + 1].text == u"in") {
                op = QStringLiteral("not in");
                m_at += 2;
            } else if (isWord("is")) {
                ++m_at;
                op = QStringLiteral("is");
                if (isWord("not")) {
                    ++m_at;
                    op = QStringLiteral("is not");
                }
            } else {
                break;
            }
            Value right = primary();
            result = result && compare(op, left, right);
            compared = true;
            left = right;
        }
        return compared ? Value{result} : left;
    }

    static bool compare(const QString &op, const Value &a, const Value &b)
    {
        if (op == u"==" || op == u"is")
            return equal(a, b) && (op == u"==" || a.v.index() == b.v.index());
        if (op == u"!=" || op == u"is not")
            return !(equal(a, b) && (op == u"!=" || a.v.index() == b.v.index()));
        if (op == u"in")
            return contains(b, a);
        if (op == u"not in")
            return !contains(b, a);
        const int o = order(a, b);
        return op == u"<" ? o < 0 : op == u"<=" ? o <= 0 : op == u">" ? o > 0 : o >= 0;
    }

    // The items up to `close`: a list or tuple (a parenthesised single item without a comma is itself).
    Value sequence(const char *close, bool parenthesis)
    {
        List items;
        bool comma = false;
        while (!isOp(close)) {
            items.push_back(orExpression());
            if (!isOp(","))
                break;
            comma = true;
            ++m_at;
        }
        if (!isOp(close))
            throw Undecidable{};
        ++m_at;
        if (parenthesis && items.size() == 1 && !comma)
            return items.front();
        return {items};
    }

    Value primary()
    {
        const Token t = peek();
        ++m_at;
        if (t.kind == Token::String)
            return {unescape(t.text)};
        if (t.kind == Token::Number)
            return {t.text.toDouble()};
        if (t.kind == Token::Op && t.text == u"-") {
            const auto n = number(primary());
            if (!n)
                throw Undecidable{};
            return {-*n};
        }
        if (t.kind == Token::Op && t.text == u"(")
            return sequence(")", true);
        if (t.kind == Token::Op && t.text == u"[")
            return sequence("]", false);
        if (t.kind != Token::Name)
            throw Undecidable{};
        if (t.text == u"True" || t.text == u"False")
            return {t.text == u"True"};
        if (t.text == u"None")
            return {None{}};
        return name(t.text);
    }

    Value name(const QString &n)
    {
        static const QStringList reserved{QStringLiteral("and"), QStringLiteral("or"), QStringLiteral("not"),
                                          QStringLiteral("in"), QStringLiteral("is")};
        const std::optional<QString> source = reserved.contains(n) ? std::nullopt : m_valueOf(n);
        if (!source || source->trimmed().isEmpty() || m_depth > 8)
            throw Undecidable{};
        // a value is Python source too: evaluated the same way (a name in it would be another value)
        return Evaluator(*source, m_valueOf, m_depth + 1).evaluate();
    }

    static QString unescape(const QString &s)
    {
        QString out;
        for (qsizetype i = 0; i < s.size(); ++i) {
            if (s[i] == u'\\' && i + 1 < s.size())
                ++i;
            out += s[i];
        }
        return out;
    }

    std::vector<Token> m_tokens;
    size_t m_at = 0;
    const ConfValueLookup &m_valueOf;
    int m_depth;
};

} // namespace

std::optional<bool> evaluateConfCondition(const QString &expression, const ConfValueLookup &valueOf)
{
    try {
        return truthy(Evaluator(expression, valueOf, 0).evaluate());
    } catch (const Undecidable &) {
        return std::nullopt;
    }
}

} // namespace Docent
