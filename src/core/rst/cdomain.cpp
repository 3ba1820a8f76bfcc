// Sphinx's C domain: function, member, var, macro, type, struct, union, enum and enumerator.
// A declaration is split into tokens; the declared name (possibly qualified, "PyObject.ob_type")
// is found, the type names around it become references ("PyObject" links to its description),
// and the id is Sphinx's "c." plus the qualified name. An object's content is read with it as the
// enclosing scope, so members and references inside it are qualified by it.
#include "directivesupport_p.h"
#include "objectdescription_p.h"
#include "parsestate_p.h"
#include "registry.h"
#include "sphinxregistry.h"

#include <QRegularExpression>
#include <QSet>

namespace Docent {
namespace {

const QString parentKey = QStringLiteral("c:parent");

struct Token {
    enum Kind { Word, Number, Punct } kind;
    QString text;
};

std::vector<Token> tokenize(const QString &text)
{
    static const QRegularExpression token(QStringLiteral("([A-Za-z_]\\w*)|(\\d[\\w.]*)|(\\.\\.\\.|->|::|\\S)"));
    std::vector<Token> out;
    for (auto it = token.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        out.push_back({m.capturedLength(1) ? Token::Word : m.capturedLength(2) ? Token::Number : Token::Punct, m.captured(0)});
    }
    return out;
}

bool isTypeKeyword(const QString &w)
{
    static const QSet<QString> types = {QStringLiteral("void"), QStringLiteral("char"), QStringLiteral("short"),
                                        QStringLiteral("int"), QStringLiteral("long"), QStringLiteral("float"),
                                        QStringLiteral("double"), QStringLiteral("signed"), QStringLiteral("unsigned"),
                                        QStringLiteral("_Bool"), QStringLiteral("bool"), QStringLiteral("_Complex"),
                                        QStringLiteral("complex")};
    return types.contains(w);
}

bool isKeyword(const QString &w)
{
    static const QSet<QString> keywords = {
        QStringLiteral("const"),    QStringLiteral("volatile"), QStringLiteral("restrict"), QStringLiteral("static"),
        QStringLiteral("extern"),   QStringLiteral("inline"),   QStringLiteral("register"), QStringLiteral("struct"),
        QStringLiteral("union"),    QStringLiteral("enum"),     QStringLiteral("typedef"),  QStringLiteral("auto"),
        QStringLiteral("_Atomic"),  QStringLiteral("_Thread_local"), QStringLiteral("thread_local"),
        QStringLiteral("_Noreturn"), QStringLiteral("noreturn"), QStringLiteral("sizeof")};
    return isTypeKeyword(w) || keywords.contains(w);
}

// Appends tokens [from, to) as signature pieces: keywords, type references, punctuation; the
// word at `nameAt` (a parameter's name) as a plain name.
void appendTokens(Node &parent, const std::vector<Token> &tokens, size_t from, size_t to, qsizetype nameAt,
                  const ParseState &state, int line)
{
    const Token *previous = nullptr;
    for (size_t i = from; i < to; ++i) {
        const Token &t = tokens[i];
        if (previous && previous->kind != Token::Punct &&
            (t.kind != Token::Punct || t.text == u"*" || t.text == u"&" || (t.text == u"(" && qsizetype(i) - 1 != nameAt)))
            parent.append(sigText(QStringLiteral("desc_sig_space"), QStringLiteral(" "), line));
        else if (previous && previous->text == u"," && t.kind != Token::Punct)
            parent.append(sigText(QStringLiteral("desc_sig_space"), QStringLiteral(" "), line));
        if (t.kind == Token::Number)
            parent.append(sigText(QStringLiteral("desc_sig_literal_number"), t.text, line));
        else if (t.kind == Token::Punct)
            parent.append(sigText(QStringLiteral("desc_sig_punctuation"), t.text, line));
        else if (qsizetype(i) == nameAt)
            parent.append(sigText(QStringLiteral("desc_sig_name"), t.text, line));
        else if (isTypeKeyword(t.text))
            parent.append(sigText(QStringLiteral("desc_sig_keyword_type"), t.text, line));
        else if (isKeyword(t.text))
            parent.append(sigText(QStringLiteral("desc_sig_keyword"), t.text, line));
        else
            parent.append(sigXref(state, QStringLiteral("c"), QStringLiteral("identifier"), t.text, t.text, line));
        previous = &t;
    }
}

// The index of the closing bracket matching the one at `open`, or tokens.size().
size_t closing(const std::vector<Token> &tokens, size_t open)
{
    int depth = 0;
    for (size_t i = open; i < tokens.size(); ++i) {
        const QString &t = tokens[i].text;
        if (t == u"(" || t == u"[")
            ++depth;
        else if ((t == u")" || t == u"]") && --depth == 0)
            return i;
    }
    return tokens.size();
}

// Where the declared name is: the first word followed by "(" (functions and macros), else the
// last word at the top level before "[" or "=", else the word inside a "(*name)" group.
qsizetype declaredName(const std::vector<Token> &tokens, bool callable)
{
    qsizetype candidate = -1;
    for (size_t i = 0; i < tokens.size(); ++i) {
        const Token &t = tokens[i];
        if (t.text == u"(" || t.text == u"[") {
            if (callable && t.text == u"(" && candidate >= 0 && size_t(candidate) + 1 == i)
                return candidate;
            if (t.text == u"[" || candidate >= 0)
                break;
            // "(*name)": a pointer to a function
            const size_t end = closing(tokens, i);
            for (size_t j = i + 1; j < end; ++j)
                if (tokens[j].kind == Token::Word && !isKeyword(tokens[j].text))
                    candidate = qsizetype(j);
            if (candidate >= 0)
                return candidate;
            i = end;
            continue;
        }
        if (t.text == u"=")
            break;
        if (t.kind == Token::Word && !isKeyword(t.text))
            candidate = qsizetype(i);
    }
    return candidate;
}

// One parameter of a function: its last word is its name when a type comes before it.
void appendParameter(Node &list, const std::vector<Token> &tokens, size_t from, size_t to, const ParseState &state,
                     int line)
{
    auto parameter = Node::element(QStringLiteral("desc_parameter"), line);
    parameter->setAttribute(QStringLiteral("noemph"), QStringLiteral("True"));
    qsizetype nameAt = -1;
    int words = 0;
    for (size_t i = from; i < to; ++i) {
        if (tokens[i].kind == Token::Word)
            ++words;
        if (tokens[i].kind == Token::Word && !isKeyword(tokens[i].text) && words > 1)
            nameAt = qsizetype(i);
        if (tokens[i].text == u"(" || tokens[i].text == u"[")
            break;
    }
    appendTokens(*parameter, tokens, from, to, nameAt, state, line);
    list.append(std::move(parameter));
}

void appendParameters(Node &sig, const std::vector<Token> &tokens, size_t open, size_t close, bool macro,
                      const ParseState &state, int line)
{
    auto list = Node::element(QStringLiteral("desc_parameterlist"), line);
    size_t start = open + 1;
    int depth = 0;
    for (size_t i = open + 1; i <= close && i < tokens.size(); ++i) {
        const QString &t = tokens[i].text;
        if (t == u"(" || t == u"[")
            ++depth;
        else if ((t == u")" || t == u"]") && depth > 0)
            --depth;
        else if ((t == u"," && depth == 0) || i == close) {
            if (i > start) {
                if (macro) {
                    auto parameter = Node::element(QStringLiteral("desc_parameter"), line);
                    parameter->setAttribute(QStringLiteral("noemph"), QStringLiteral("True"));
                    for (size_t j = start; j < i; ++j)
                        parameter->append(sigText(tokens[j].kind == Token::Word ? QStringLiteral("desc_sig_name")
                                                                                : QStringLiteral("desc_sig_punctuation"),
                                                  tokens[j].text, line));
                    list->append(std::move(parameter));
                } else {
                    appendParameter(*list, tokens, start, i, state, line);
                }
            }
            start = i + 1;
        }
    }
    sig.append(std::move(list));
}

struct CKind {
    QString objtype;   ///< "function", "member" ...
    QString shownKind; ///< the index's "(C function)"; "variable" for var
};

// The signature of one declaration; returns the qualified name written ("PyObject.ob_type"), empty
// when none was found.
QString cSignature(Node &sig, const CKind &kind, const QString &text, const ParseState &state, int line)
{
    const std::vector<Token> tokens = tokenize(text);
    for (const Token &token : tokens)
        if (token.text == u"\\")
            return {}; // Sphinx's C parser rejects an escaped "\*": it shows the text, with no target
    const QString &t = kind.objtype;
    const bool macro = t == u"macro";
    const bool keywordFirst = t == u"struct" || t == u"union" || t == u"enum" || t == u"enumerator";
    const bool callable = t == u"function" || macro;
    qsizetype at = macro || keywordFirst ? (tokens.empty() || tokens[0].kind != Token::Word ? -1 : 0)
                                         : declaredName(tokens, callable);
    if (at < 0)
        return {};
    qsizetype first = at; // the qualified name "a.b.c" extends to the left
    while (first >= 2 && tokens[first - 1].text == u"." && tokens[first - 2].kind == Token::Word)
        first -= 2;
    if (keywordFirst || (t == u"type" && tokens.size() == 1))
        sig.append(sigText(QStringLiteral("desc_sig_keyword"), t == u"type" ? QStringLiteral("type") : t, line));
    else if (t == u"type")
        sig.append(sigText(QStringLiteral("desc_sig_keyword"), QStringLiteral("typedef"), line));
    if (sig.childCount())
        sig.append(sigText(QStringLiteral("desc_sig_space"), QStringLiteral(" "), line));
    appendTokens(sig, tokens, 0, size_t(first), -1, state, line);
    if (first > 0 && tokens[first - 1].kind == Token::Word)
        sig.append(sigText(QStringLiteral("desc_sig_space"), QStringLiteral(" "), line));
    QStringList path;
    if (first < at) {
        auto prefix = Node::element(QStringLiteral("desc_addname"), line);
        for (qsizetype i = first; i < at; i += 2) {
            prefix->append(sigXref(state, QStringLiteral("c"), QStringLiteral("identifier"), tokens[i].text,
                                   tokens[i].text, line));
            prefix->append(sigText(QStringLiteral("desc_sig_punctuation"), QStringLiteral("."), line));
            path << tokens[i].text;
        }
        sig.append(std::move(prefix));
    }
    path << tokens[at].text;
    auto name = Node::element(QStringLiteral("desc_name"), line);
    name->append(sigText(QStringLiteral("desc_sig_name"), tokens[at].text, line));
    sig.append(std::move(name));
    size_t rest = size_t(at) + 1;
    if (callable && rest < tokens.size() && tokens[rest].text == u"(") {
        const size_t close = closing(tokens, rest);
        appendParameters(sig, tokens, rest, close, macro, state, line);
        rest = close + 1;
    }
    if (rest < tokens.size())
        appendTokens(sig, tokens, rest, tokens.size(), -1, state, line);
    return path.join(u'.');
}

NodeList runCObject(DirectiveCall &call, const CKind &kind)
{
    auto desc = descNode(call, QStringLiteral("c"), kind.objtype);
    const QString parent = call.state.domainContext.value(parentKey);
    std::vector<ObjectIndexEntry> entries;
    QString last;
    for (const QString &text : signatureLines(call)) {
        auto sig = Node::element(QStringLiteral("desc_signature"), call.line);
        const QString written = cSignature(*sig, kind, text, call.state, call.line);
        if (written.isEmpty()) { // not a declaration Docent can read: shown as written
            while (sig->childCount())
                sig->take(0);
            sig->append(sigText(QStringLiteral("desc_name"), text, call.line));
        } else {
            last = parent.isEmpty() ? written : parent + u'.' + written;
            if (!hasNoIndex(call)) {
                const QString id = QStringLiteral("c.") + last;
                sig->ids << id;
                sig->setAttribute(QStringLiteral("docent:object"), last);
                sig->setAttribute(QStringLiteral("docent:objtype"), kind.objtype);
                if (!hasNoIndexEntry(call))
                    entries.push_back({QStringLiteral("single"), QStringLiteral("%1 (C %2)").arg(last, kind.shownKind), id});
            }
        }
        desc->append(std::move(sig));
    }
    QHash<QString, QString> context;
    if (!last.isEmpty())
        context.insert(parentKey, last);
    appendDescContent(call, *desc, context);
    return descriptionResult(entries.empty() ? nullptr : indexNode(entries, call.line), std::move(desc));
}

} // namespace

void registerCDomain(Registry &r)
{
    const CKind kinds[] = {
        {QStringLiteral("function"), QStringLiteral("function")}, {QStringLiteral("member"), QStringLiteral("member")},
        {QStringLiteral("var"), QStringLiteral("variable")},      {QStringLiteral("macro"), QStringLiteral("macro")},
        {QStringLiteral("type"), QStringLiteral("type")},         {QStringLiteral("struct"), QStringLiteral("struct")},
        {QStringLiteral("union"), QStringLiteral("union")},       {QStringLiteral("enum"), QStringLiteral("enum")},
        {QStringLiteral("enumerator"), QStringLiteral("enumerator")},
    };
    for (const CKind &kind : kinds) {
        DirectiveSpec spec;
        spec.requiredArguments = 1;
        spec.finalArgumentWhitespace = true;
        spec.hasContent = true;
        spec.options = objectOptions({"tparam-line-spec", "single-line-parameter-list"});
        spec.run = [kind](DirectiveCall &call) { return runCObject(call, kind); };
        r.addDirective(QStringLiteral("c:") + kind.objtype, spec);
    }
}

} // namespace Docent
