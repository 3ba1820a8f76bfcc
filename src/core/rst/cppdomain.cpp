// Sphinx's C++ domain, its common subset: class, struct, union, function, member, var, type,
// enum (enum-struct, enum-class), enumerator, alias and the namespace directives. A declaration
// is read by cppsignature.cpp; here it becomes signature pieces (keywords, type names linked to
// their descriptions, the declared name, parameters), Sphinx's ids and an index entry. The scope
// ("foo::Widget") is the current namespace plus the enclosing classes and enums; references
// written inside are looked up from there outward (domainresolvers.cpp).
#include "cppsignature_p.h"
#include "directivesupport_p.h"
#include "objectdescription_p.h"
#include "parsestate_p.h"
#include "registry.h"
#include "sphinxregistry.h"

namespace Docent {
namespace {

const QString scopeKey = QStringLiteral("cpp:parent");
// Not under "cpp:": the stack of namespace-push is no reference context to copy onto references.
const QString namespaceStackKey = QStringLiteral("cpp-namespace-stack");

QStringList currentScope(const ParseState &state)
{
    const QString scope = state.domainContext.value(scopeKey);
    return scope.isEmpty() ? QStringList() : scope.split(QStringLiteral("::"));
}

bool isWordLike(const CppToken &t) { return t.kind != CppToken::Punct; }

bool spaceBetween(const CppToken *previous, const CppToken &t)
{
    if (!previous)
        return false;
    const QString &p = previous->text;
    if (isWordLike(*previous) && isWordLike(t))
        return true;
    if (t.text == u"*" || t.text == u"&" || t.text == u"&&")
        return isWordLike(*previous) || p == u">";
    if (t.text == u"=" || t.text == u":" || t.text == u"->" || p == u"=" || p == u":" || p == u"->" || p == u",")
        return true;
    return isWordLike(t) && (p == u">" || p == u")");
}

// Tokens as signature pieces: keywords, numbers, punctuation, and names; the last component of a
// qualified name refers to its description (the whole name as written is the target), template
// parameters are plain names.
void appendTokens(Node &parent, const CppTokens &tokens, const QStringList &templateNames, const ParseState &state,
                  int line, const CppToken *previous = nullptr)
{
    for (size_t i = 0; i < tokens.size(); ++i) {
        const CppToken &t = tokens[i];
        if (spaceBetween(previous, t))
            parent.append(sigText(QStringLiteral("desc_sig_space"), QStringLiteral(" "), line));
        previous = &t;
        if (t.kind == CppToken::Number) {
            parent.append(sigText(QStringLiteral("desc_sig_literal_number"), t.text, line));
        } else if (t.kind == CppToken::String) {
            parent.append(sigText(QStringLiteral("desc_sig_literal_string"), t.text, line));
        } else if (t.kind == CppToken::Punct) {
            parent.append(sigText(QStringLiteral("desc_sig_punctuation"), t.text, line));
        } else if (isCppTypeKeyword(t.text)) {
            parent.append(sigText(QStringLiteral("desc_sig_keyword_type"), t.text, line));
        } else if (isCppKeyword(t.text)) {
            parent.append(sigText(QStringLiteral("desc_sig_keyword"), t.text, line));
        } else if ((i + 1 < tokens.size() && tokens[i + 1].text == u"::") || templateNames.contains(t.text)) {
            parent.append(sigText(QStringLiteral("desc_sig_name"), t.text, line));
        } else {
            QString target = t.text;
            for (size_t j = i; j >= 2 && tokens[j - 1].text == u"::" && tokens[j - 2].kind == CppToken::Word; j -= 2)
                target.prepend(tokens[j - 2].text + QStringLiteral("::"));
            parent.append(sigXref(state, QStringLiteral("cpp"), QStringLiteral("identifier"), target, t.text, line));
        }
    }
}

// "template<typename T, int N>" on a line of its own, as Sphinx shows it.
std::unique_ptr<Node> templateLine(const CppDeclaration &d, const ParseState &state, int line)
{
    auto lineNode = Node::element(QStringLiteral("desc_signature_line"), line);
    lineNode->append(sigText(QStringLiteral("desc_sig_keyword"), QStringLiteral("template"), line));
    lineNode->append(sigText(QStringLiteral("desc_sig_punctuation"), QStringLiteral("<"), line));
    bool first = true;
    for (const CppTemplateParameter &p : d.templateParameters) {
        if (!first) {
            lineNode->append(sigText(QStringLiteral("desc_sig_punctuation"), QStringLiteral(","), line));
            lineNode->append(sigText(QStringLiteral("desc_sig_space"), QStringLiteral(" "), line));
        }
        first = false;
        appendTokens(*lineNode, p.tokens, {p.name}, state, line);
    }
    lineNode->append(sigText(QStringLiteral("desc_sig_punctuation"), QStringLiteral(">"), line));
    return lineNode;
}

QString leadingKeyword(const QString &objtype, const CppDeclaration &d)
{
    if (objtype == u"class" || objtype == u"struct" || objtype == u"union" || objtype == u"enum" ||
        objtype == u"enumerator")
        return objtype;
    if (objtype == u"enum-class")
        return QStringLiteral("enum class");
    if (objtype == u"enum-struct")
        return QStringLiteral("enum struct");
    if (objtype == u"type")
        return d.isUsingAlias ? QStringLiteral("using") : d.before.empty() ? QString() : QStringLiteral("typedef");
    return {};
}

void appendDeclaration(Node &sig, const CppDeclaration &d, const QString &objtype, const ParseState &state, int line)
{
    QStringList templateNames;
    for (const CppTemplateParameter &p : d.templateParameters)
        templateNames << p.name;
    for (const QString &word : leadingKeyword(objtype, d).split(u' ', Qt::SkipEmptyParts)) {
        sig.append(sigText(QStringLiteral("desc_sig_keyword"), word, line));
        sig.append(sigText(QStringLiteral("desc_sig_space"), QStringLiteral(" "), line));
    }
    appendTokens(sig, d.before, templateNames, state, line);
    if (!d.before.empty() && d.before.back().text != u"*" && d.before.back().text != u"&")
        sig.append(sigText(QStringLiteral("desc_sig_space"), QStringLiteral(" "), line));
    if (d.name.size() > 1) {
        auto prefix = Node::element(QStringLiteral("desc_addname"), line);
        for (qsizetype i = 0; i + 1 < d.name.size(); ++i) {
            prefix->append(sigText(QStringLiteral("desc_sig_name"), d.name[i], line));
            prefix->append(sigText(QStringLiteral("desc_sig_punctuation"), QStringLiteral("::"), line));
        }
        sig.append(std::move(prefix));
    }
    auto name = Node::element(QStringLiteral("desc_name"), line);
    name->append(sigText(QStringLiteral("desc_sig_name"), d.shownName, line));
    sig.append(std::move(name));
    if (d.isCallable) {
        auto list = Node::element(QStringLiteral("desc_parameterlist"), line);
        for (const CppParameter &p : d.parameters) {
            auto parameter = Node::element(QStringLiteral("desc_parameter"), line);
            parameter->setAttribute(QStringLiteral("noemph"), QStringLiteral("True"));
            if (p.variadic)
                parameter->append(sigText(QStringLiteral("desc_sig_punctuation"), QStringLiteral("..."), line));
            appendTokens(*parameter, p.type, templateNames, state, line);
            if (!p.name.isEmpty()) {
                if (!p.type.empty() && p.type.back().text != u"*" && p.type.back().text != u"&" &&
                    p.type.back().text != u"&&")
                    parameter->append(sigText(QStringLiteral("desc_sig_space"), QStringLiteral(" "), line));
                parameter->append(sigText(QStringLiteral("desc_sig_name"), p.name, line));
            }
            const CppToken nameToken{CppToken::Word, p.name};
            appendTokens(*parameter, p.afterName, templateNames, state, line, p.name.isEmpty() ? nullptr : &nameToken);
            list->append(std::move(parameter));
        }
        sig.append(std::move(list));
    }
    const CppToken nameToken{d.isCallable ? CppToken::Punct : CppToken::Word,
                             d.isCallable ? QStringLiteral(")") : d.shownName};
    appendTokens(sig, d.after, templateNames, state, line, &nameToken);
}

QString shownKind(const QString &objtype)
{
    if (objtype == u"var")
        return QStringLiteral("member");
    if (objtype.startsWith(QStringLiteral("enum-")))
        return QStringLiteral("enum");
    return objtype;
}

NodeList runCppObject(DirectiveCall &call, const QString &objtype)
{
    auto desc = descNode(call, QStringLiteral("cpp"), objtype);
    const QStringList scope = currentScope(call.state);
    std::vector<ObjectIndexEntry> entries;
    QStringList lastFull;
    for (const QString &text : signatureLines(call)) {
        auto sig = Node::element(QStringLiteral("desc_signature"), call.line);
        const CppDeclaration d = parseCppDeclaration(objtype, text);
        if (!d.valid) { // not a declaration Docent can read: shown as written
            sig->append(sigText(QStringLiteral("desc_name"), text, call.line));
            desc->append(std::move(sig));
            continue;
        }
        if (d.isTemplate)
            sig->append(templateLine(d, call.state, call.line));
        appendDeclaration(*sig, d, objtype, call.state, call.line);
        lastFull = scope + d.name;
        if (!hasNoIndex(call)) {
            const QStringList ids = cppIds(d, scope, objtype);
            const QString full = lastFull.join(QStringLiteral("::"));
            sig->ids = ids;
            sig->setAttribute(QStringLiteral("docent:object"), full);
            sig->setAttribute(QStringLiteral("docent:objtype"), objtype);
            if (!hasNoIndexEntry(call))
                entries.push_back({QStringLiteral("single"), QStringLiteral("%1 (C++ %2)").arg(full, shownKind(objtype)),
                                   ids.value(0)});
        }
        desc->append(std::move(sig));
    }
    QHash<QString, QString> context;
    const bool opensScope = objtype == u"class" || objtype == u"struct" || objtype == u"union" ||
                            objtype.startsWith(QStringLiteral("enum"));
    if (opensScope && !lastFull.isEmpty() && objtype != u"enumerator")
        context.insert(scopeKey, lastFull.join(QStringLiteral("::")));
    appendDescContent(call, *desc, context);
    return descriptionResult(entries.empty() ? nullptr : indexNode(entries, call.line), std::move(desc));
}

// namespace, namespace-push and namespace-pop: they set the scope of what follows in the page.
DirectiveSpec namespaceSpec(const QString &which)
{
    DirectiveSpec spec;
    spec.requiredArguments = which == u"namespace-pop" ? 0 : 1;
    spec.finalArgumentWhitespace = true;
    spec.run = [which](DirectiveCall &call) {
        QString name = call.arguments.value(0).trimmed();
        if (name.startsWith(QStringLiteral("::")))
            name = name.mid(2);
        auto &context = call.state.domainContext;
        QStringList stack = context.value(namespaceStackKey).split(u'\n', Qt::SkipEmptyParts);
        const QString current = context.value(scopeKey);
        if (which == u"namespace") {
            stack.clear();
            context.insert(scopeKey, name == u"0" || name == u"nullptr" ? QString() : name);
        } else if (which == u"namespace-push") {
            stack << (current.isEmpty() ? QStringLiteral("\x1f") : current); // \x1f: the global scope
            context.insert(scopeKey, current.isEmpty() || name == u"0" ? name : current + QStringLiteral("::") + name);
        } else if (!stack.isEmpty()) {
            const QString previous = stack.takeLast();
            context.insert(scopeKey, previous == u"\x1f" ? QString() : previous);
        }
        context.insert(namespaceStackKey, stack.join(u'\n'));
        return NodeList{};
    };
    return spec;
}

// alias: the named object's signature shown again, without a target of its own.
NodeList runCppAlias(DirectiveCall &call)
{
    auto desc = Node::element(QStringLiteral("desc"), call.line);
    desc->setAttribute(QStringLiteral("domain"), QStringLiteral("cpp"));
    desc->setAttribute(QStringLiteral("objtype"), QStringLiteral("alias"));
    desc->setAttribute(QStringLiteral("desctype"), QStringLiteral("alias"));
    for (const QString &text : signatureLines(call)) {
        auto sig = Node::element(QStringLiteral("desc_signature"), call.line);
        auto xref = sigXref(call.state, QStringLiteral("cpp"), QStringLiteral("any"), text, text, call.line);
        xref->removeAttribute(QStringLiteral("docent:signature")); // a missing alias target is worth a notice
        auto name = Node::element(QStringLiteral("desc_name"), call.line);
        name->append(std::move(xref));
        sig->append(std::move(name));
        desc->append(std::move(sig));
    }
    desc->append(Node::element(QStringLiteral("desc_content"), call.line));
    return descriptionResult(nullptr, std::move(desc));
}

} // namespace

void registerCppDomain(Registry &r)
{
    for (const char *n : {"class", "struct", "union", "function", "member", "var", "type", "enum", "enum-struct",
                          "enum-class", "enumerator"}) {
        const QString objtype = QLatin1String(n);
        DirectiveSpec spec;
        spec.requiredArguments = 1;
        spec.finalArgumentWhitespace = true;
        spec.hasContent = true;
        spec.options = objectOptions({"tparam-line-spec", "single-line-parameter-list"});
        spec.run = [objtype](DirectiveCall &call) { return runCppObject(call, objtype); };
        r.addDirective(QStringLiteral("cpp:") + objtype, spec);
    }
    for (const char *n : {"namespace", "namespace-push", "namespace-pop"})
        r.addDirective(QStringLiteral("cpp:") + QLatin1String(n), namespaceSpec(QLatin1String(n)));
    DirectiveSpec alias;
    alias.requiredArguments = 1;
    alias.finalArgumentWhitespace = true;
    alias.options = {{QStringLiteral("maxdepth"), OptionKind::Unchanged},
                     {QStringLiteral("noroot"), OptionKind::Flag}};
    alias.run = runCppAlias;
    r.addDirective(QStringLiteral("cpp:alias"), alias);
}

} // namespace Docent
