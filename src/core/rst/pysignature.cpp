#include "pysignature_p.h"

#include "objectdescription_p.h"

#include "doctree/node.h"

#include <QRegularExpression>

namespace Docent {
namespace {

// Splits at the commas outside brackets and string literals; nullopt when the brackets do not balance.
std::optional<QStringList> splitTopLevel(const QString &text)
{
    QStringList parts;
    int depth = 0;
    QChar quote;
    qsizetype start = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (!quote.isNull()) {
            if (c == u'\\')
                ++i;
            else if (c == quote)
                quote = QChar();
        } else if (c == u'\'' || c == u'"') {
            quote = c;
        } else if (c == u'(' || c == u'[' || c == u'{') {
            ++depth;
        } else if (c == u')' || c == u']' || c == u'}') {
            if (--depth < 0)
                return std::nullopt;
        } else if (c == u',' && depth == 0) {
            parts << text.mid(start, i - start).trimmed();
            start = i + 1;
        }
    }
    if (depth != 0 || !quote.isNull())
        return std::nullopt;
    const QString last = text.mid(start).trimmed();
    if (!last.isEmpty() || !parts.isEmpty())
        parts << last;
    return parts;
}

// One parameter as Python's grammar has it: "/", "*", "*args", "**kw", "name: ann = default".
struct PyParameter {
    QString stars, name, annotation, defaultValue;
};

std::optional<PyParameter> parseParameter(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^(\\*{0,2})\\s*([^\\W\\d]\\w*)?\\s*(?::\\s*([^=]+?))?\\s*(?:=\\s*(.+))?$"),
                                       QRegularExpression::UseUnicodePropertiesOption |
                                           QRegularExpression::DotMatchesEverythingOption);
    if (text == u"/")
        return PyParameter{QStringLiteral("/"), {}, {}, {}};
    const auto m = re.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    PyParameter p{m.captured(1), m.captured(2), m.captured(3).trimmed(), m.captured(4).trimmed()};
    if (p.name.isEmpty() && (p.stars != u"*" || !p.annotation.isEmpty() || !p.defaultValue.isEmpty()))
        return std::nullopt;
    if (!p.defaultValue.isEmpty() && !splitTopLevel(p.defaultValue))
        return std::nullopt;
    if (p.annotation.contains(u'[') && !splitTopLevel(p.annotation))
        return std::nullopt;
    return p;
}

std::unique_ptr<Node> parameterNode(const PyParameter &p, const TypeXref &xref, int line)
{
    auto node = Node::element(QStringLiteral("desc_parameter"), line);
    if (!p.stars.isEmpty())
        node->append(sigText(QStringLiteral("desc_sig_operator"), p.stars, line));
    if (!p.name.isEmpty())
        node->append(sigText(QStringLiteral("desc_sig_name"), p.name, line));
    if (!p.annotation.isEmpty()) {
        node->append(sigText(QStringLiteral("desc_sig_punctuation"), QStringLiteral(":"), line));
        node->append(sigText(QStringLiteral("desc_sig_space"), QStringLiteral(" "), line));
        auto type = Node::element(QStringLiteral("desc_sig_name"), line);
        appendPyAnnotation(*type, p.annotation, xref, line);
        node->append(std::move(type));
    }
    if (!p.defaultValue.isEmpty()) {
        if (!p.annotation.isEmpty())
            node->append(sigText(QStringLiteral("desc_sig_space"), QStringLiteral(" "), line));
        node->append(sigText(QStringLiteral("desc_sig_operator"), QStringLiteral("="), line));
        if (!p.annotation.isEmpty())
            node->append(sigText(QStringLiteral("desc_sig_space"), QStringLiteral(" "), line));
        auto value = sigText(QStringLiteral("inline"), p.defaultValue, line);
        value->classes << QStringLiteral("default_value");
        node->append(std::move(value));
    }
    return node;
}

// Sphinx's fallback for lists Python would not accept ("path[, maxsplit]"): split at every
// comma, brackets opening and closing optional groups, each piece one parameter as written.
std::unique_ptr<Node> pseudoParameters(const QString &arglist, int line)
{
    auto list = Node::element(QStringLiteral("desc_parameterlist"), line);
    std::vector<Node *> stack{list.get()};
    auto open = [&] { stack.push_back(stack.back()->append(Node::element(QStringLiteral("desc_optional"), line))); };
    bool balanced = true;
    for (QString argument : arglist.split(u',')) {
        argument = argument.trimmed();
        int endsOpen = 0, endsClose = 0;
        while (argument.startsWith(u'[')) {
            open();
            argument = argument.mid(1).trimmed();
        }
        while (argument.startsWith(u']')) {
            if (stack.size() == 1)
                balanced = false;
            else
                stack.pop_back();
            argument = argument.mid(1).trimmed();
        }
        while (argument.endsWith(u']') && !argument.endsWith(QStringLiteral("[]"))) {
            ++endsClose;
            argument = argument.chopped(1).trimmed();
        }
        while (argument.endsWith(u'[')) {
            ++endsOpen;
            argument = argument.chopped(1).trimmed();
        }
        if (!argument.isEmpty()) {
            auto parameter = Node::element(QStringLiteral("desc_parameter"), line);
            parameter->append(sigText(QStringLiteral("desc_sig_name"), argument, line));
            stack.back()->append(std::move(parameter));
        }
        for (; endsOpen > 0; --endsOpen)
            open();
        for (; endsClose > 0; --endsClose) {
            if (stack.size() == 1)
                balanced = false;
            else
                stack.pop_back();
        }
    }
    if (balanced && stack.size() == 1)
        return list;
    // Too few or too many brackets: the whole list is one parameter.
    auto whole = Node::element(QStringLiteral("desc_parameterlist"), line);
    whole->append(sigText(QStringLiteral("desc_parameter"), arglist, line));
    return whole;
}

} // namespace

void appendPyParameters(Node &signature, const QString &arglist, const TypeXref &xref, int line)
{
    std::vector<PyParameter> parameters;
    const std::optional<QStringList> parts = splitTopLevel(arglist);
    bool python = parts.has_value();
    if (python) {
        for (const QString &part : *parts) {
            const std::optional<PyParameter> p = parseParameter(part);
            if (!p) {
                python = false;
                break;
            }
            parameters.push_back(*p);
        }
    }
    if (!python) {
        signature.append(pseudoParameters(arglist, line));
        return;
    }
    auto list = Node::element(QStringLiteral("desc_parameterlist"), line);
    for (const PyParameter &p : parameters)
        list->append(parameterNode(p, xref, line));
    signature.append(std::move(list));
}

void appendPyAnnotation(Node &parent, const QString &annotation, const TypeXref &xref, int line)
{
    static const QRegularExpression token(
        QStringLiteral("([^\\W\\d][\\w.]*)|('[^']*'|\"[^\"]*\")|(\\s+)|([^\\w\\s'\"]+|\\d[\\w.]*)"),
        QRegularExpression::UseUnicodePropertiesOption);
    for (auto it = token.globalMatch(annotation); it.hasNext();) {
        const auto m = it.next();
        if (m.capturedLength(1) && xref)
            parent.append(xref(m.captured(1)));
        else if (m.capturedLength(3))
            parent.append(sigText(QStringLiteral("desc_sig_space"), QStringLiteral(" "), line));
        else if (m.capturedLength(4))
            parent.append(sigText(QStringLiteral("desc_sig_punctuation"), m.captured(4), line));
        else
            parent.append(Node::text(m.captured(0), line));
    }
}

} // namespace Docent
