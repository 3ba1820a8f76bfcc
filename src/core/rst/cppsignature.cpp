// Reading C++ declarations for the cpp domain (cppdomain.cpp shows them) and the ids Sphinx gives
// them. Sphinx's v2-v4 ids follow the Itanium C++ ABI's mangling of names and parameter types
// ("_CPPv4N3foo6Widget6resizeEiRKNSt6stringE"); its v1 ids are an older readable form
// ("foo::Widget::resize__i.ssCR") that it still adds for plain functions, members and classes.
#include "cppsignature_p.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace Docent {

CppTokens cppTokenize(const QString &text)
{
    static const QRegularExpression token(QStringLiteral(
        "([A-Za-z_]\\w*)|(\\d[\\w.']*)|(\"(?:[^\"\\\\]|\\\\.)*\"|'(?:[^'\\\\]|\\\\.)*')|"
        "(\\.\\.\\.|->|::|&&|\\|\\||==|!=|<=|>=|\\+=|-=|\\*=|/=|<<|\\+\\+|--|\\S)"));
    CppTokens out;
    for (auto it = token.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        const CppToken::Kind kind = m.capturedLength(1)   ? CppToken::Word
                                    : m.capturedLength(2) ? CppToken::Number
                                    : m.capturedLength(3) ? CppToken::String
                                                          : CppToken::Punct;
        out.push_back({kind, m.captured(0)});
    }
    return out;
}

bool isCppTypeKeyword(const QString &w)
{
    static const QSet<QString> types = {
        QStringLiteral("void"),     QStringLiteral("bool"),     QStringLiteral("char"),     QStringLiteral("short"),
        QStringLiteral("int"),      QStringLiteral("long"),     QStringLiteral("float"),    QStringLiteral("double"),
        QStringLiteral("signed"),   QStringLiteral("unsigned"), QStringLiteral("wchar_t"),  QStringLiteral("char8_t"),
        QStringLiteral("char16_t"), QStringLiteral("char32_t"), QStringLiteral("auto"),     QStringLiteral("__int128")};
    return types.contains(w);
}

bool isCppKeyword(const QString &w)
{
    static const QSet<QString> keywords = {
        QStringLiteral("const"),     QStringLiteral("volatile"),  QStringLiteral("static"),   QStringLiteral("extern"),
        QStringLiteral("inline"),    QStringLiteral("virtual"),   QStringLiteral("explicit"), QStringLiteral("constexpr"),
        QStringLiteral("consteval"), QStringLiteral("mutable"),   QStringLiteral("friend"),   QStringLiteral("typename"),
        QStringLiteral("class"),     QStringLiteral("struct"),    QStringLiteral("union"),    QStringLiteral("enum"),
        QStringLiteral("template"),  QStringLiteral("noexcept"),  QStringLiteral("override"), QStringLiteral("final"),
        QStringLiteral("public"),    QStringLiteral("protected"), QStringLiteral("private"),  QStringLiteral("operator"),
        QStringLiteral("using"),     QStringLiteral("typedef"),   QStringLiteral("decltype"), QStringLiteral("sizeof"),
        QStringLiteral("nullptr"),   QStringLiteral("true"),      QStringLiteral("false"),    QStringLiteral("thread_local"),
        QStringLiteral("default"),   QStringLiteral("delete")};
    return isCppTypeKeyword(w) || keywords.contains(w);
}

namespace {

bool isOpen(const QString &t) { return t == u"(" || t == u"[" || t == u"<" || t == u"{"; }
bool isClose(const QString &t) { return t == u")" || t == u"]" || t == u">" || t == u"}"; }

// The index of the bracket closing the one at `open` (any of ( [ < {), or the token count.
size_t matching(const CppTokens &tokens, size_t open)
{
    int depth = 0;
    for (size_t i = open; i < tokens.size(); ++i) {
        if (isOpen(tokens[i].text))
            ++depth;
        else if (isClose(tokens[i].text) && --depth == 0)
            return i;
    }
    return tokens.size();
}

CppTokens slice(const CppTokens &tokens, size_t from, size_t to)
{
    return CppTokens(tokens.begin() + qsizetype(std::min(from, tokens.size())),
                     tokens.begin() + qsizetype(std::min(to, tokens.size())));
}

// The pieces between `open` and its closing bracket, split at the commas outside brackets.
std::vector<CppTokens> splitList(const CppTokens &tokens, size_t open, size_t close)
{
    std::vector<CppTokens> parts;
    CppTokens current;
    int depth = 0;
    for (size_t i = open + 1; i < close; ++i) {
        const QString &t = tokens[i].text;
        if (isOpen(t))
            ++depth;
        else if (isClose(t))
            --depth;
        if (t == u"," && depth == 0) {
            parts.push_back(std::move(current));
            current.clear();
        } else {
            current.push_back(tokens[i]);
        }
    }
    if (!current.empty())
        parts.push_back(std::move(current));
    return parts;
}

bool isName(const CppToken &t) { return t.kind == CppToken::Word && !isCppKeyword(t.text); }

// A function parameter: "const Point &a = Point()" -> type "const Point &", name "a".
CppParameter readParameter(const CppTokens &tokens)
{
    CppParameter p;
    if (tokens.size() == 1 && tokens[0].text == u"...") {
        p.variadic = true;
        return p;
    }
    size_t end = tokens.size();
    for (size_t i = 0; i < tokens.size(); ++i) {
        if (tokens[i].text == u"=" || tokens[i].text == u"[") {
            end = i;
            break;
        }
        if (isOpen(tokens[i].text))
            i = matching(tokens, i);
    }
    const bool named = end >= 2 && isName(tokens[end - 1]) && tokens[end - 2].text != u"::";
    p.type = slice(tokens, 0, named ? end - 1 : end);
    if (named)
        p.name = tokens[end - 1].text;
    p.afterName = slice(tokens, end, tokens.size());
    return p;
}

// The qualified name ending at `last` ("foo::Widget", "~Widget"): its first token's index.
size_t qualifiedStart(const CppTokens &tokens, size_t last)
{
    size_t first = last;
    if (first >= 1 && tokens[first - 1].text == u"~")
        --first;
    while (first >= 2 && tokens[first - 1].text == u"::" && isName(tokens[first - 2]))
        first -= 2;
    return first;
}

void setName(CppDeclaration &d, const CppTokens &tokens, size_t first, size_t last)
{
    QString joined;
    for (size_t i = first; i <= last; ++i)
        joined += tokens[i].text;
    d.name = joined.split(QStringLiteral("::"));
    d.shownName = d.name.last();
}

// Functions: the name is what stands before the first "(" outside template arguments.
bool readFunction(CppDeclaration &d, const CppTokens &tokens)
{
    for (size_t i = 0; i < tokens.size(); ++i) {
        const QString &t = tokens[i].text;
        size_t nameEnd = 0, open = 0;
        if (t == u"operator") {
            open = i + 1;
            if (open + 1 < tokens.size() && tokens[open].text == u"(" && tokens[open + 1].text == u")")
                open += 2;
            while (open < tokens.size() && tokens[open].text != u"(")
                ++open;
            const size_t first = qualifiedStart(tokens, i);
            QString op;
            for (size_t j = i + 1; j < open; ++j)
                op += tokens[j].text;
            setName(d, tokens, first, i);
            d.name.last() = QStringLiteral("operator") + op;
            d.shownName = d.name.last();
            d.before = slice(tokens, 0, first);
            nameEnd = open;
        } else if (t == u"<" && i > 0 && isName(tokens[i - 1])) {
            i = matching(tokens, i);
            continue;
        } else if (t == u"(" && i > 0 && isName(tokens[i - 1])) {
            const size_t first = qualifiedStart(tokens, i - 1);
            setName(d, tokens, first, i - 1);
            d.before = slice(tokens, 0, first);
            nameEnd = open = i;
        } else {
            continue;
        }
        if (nameEnd >= tokens.size())
            return false;
        const size_t close = matching(tokens, open);
        for (const CppTokens &part : splitList(tokens, open, close))
            d.parameters.push_back(readParameter(part));
        d.after = slice(tokens, close + 1, tokens.size());
        for (const CppToken &a : d.after) {
            if (a.text == u"->" || a.text == u"=")
                break;
            if (a.text == u"const")
                d.isConst = true;
        }
        d.isCallable = true;
        return true;
    }
    return false;
}

// Members, variables and typedefs: the last name before "[", "=", "{" or the end.
bool readVariable(CppDeclaration &d, const CppTokens &tokens)
{
    size_t end = tokens.size();
    qsizetype last = -1;
    for (size_t i = 0; i < tokens.size(); ++i) {
        const QString &t = tokens[i].text;
        if (t == u"[" || t == u"=" || t == u"{" || t == u":") {
            end = i;
            break;
        }
        if (t == u"<" || t == u"(") {
            i = matching(tokens, i);
            continue;
        }
        if (isName(tokens[i]))
            last = qsizetype(i);
    }
    if (last < 0)
        return false;
    const size_t first = qualifiedStart(tokens, size_t(last));
    setName(d, tokens, first, size_t(last));
    d.before = slice(tokens, 0, first);
    d.after = slice(tokens, std::max(end, size_t(last) + 1), tokens.size());
    return true;
}

// Classes, enums, enumerators, "using" aliases: the name comes first.
bool readLeadingName(CppDeclaration &d, const CppTokens &tokens, size_t from)
{
    if (from >= tokens.size() || !isName(tokens[from]))
        return false;
    size_t last = from;
    while (last + 2 < tokens.size() && tokens[last + 1].text == u"::" && isName(tokens[last + 2]))
        last += 2;
    setName(d, tokens, from, last);
    d.before = slice(tokens, 0, from);
    d.after = slice(tokens, last + 1, tokens.size());
    return true;
}

} // namespace

CppDeclaration parseCppDeclaration(const QString &objtype, const QString &text)
{
    CppDeclaration d;
    CppTokens tokens = cppTokenize(text);
    if (tokens.size() >= 2 && tokens[0].text == u"template" && tokens[1].text == u"<") {
        const size_t close = matching(tokens, 1);
        for (const CppTokens &part : splitList(tokens, 1, close)) {
            CppTemplateParameter p;
            p.tokens = part;
            p.isType = !part.empty() && (part[0].text == u"typename" || part[0].text == u"class");
            for (const CppToken &t : part)
                if (t.text == u"=")
                    break;
                else if (isName(t))
                    p.name = t.text;
            d.templateParameters.push_back(p);
        }
        d.isTemplate = true;
        tokens = slice(tokens, close + 1, tokens.size());
    }
    if (objtype == u"function")
        d.valid = readFunction(d, tokens);
    else if (objtype == u"member" || objtype == u"var")
        d.valid = readVariable(d, tokens);
    else if (objtype == u"type") {
        // "using Name = type", or as Sphinx also takes it, "Name = type" (shown with "using")
        const bool written = !tokens.empty() && tokens[0].text == u"using";
        d.isUsingAlias = written || std::any_of(tokens.begin(), tokens.end(), [](const CppToken &t) { return t.text == u"="; });
        d.valid = d.isUsingAlias ? readLeadingName(d, tokens, written ? 1 : 0) : readVariable(d, tokens);
        if (d.isUsingAlias)
            d.before.clear();
    } else {
        d.valid = readLeadingName(d, tokens, 0);
    }
    return d;
}

namespace {

QString sourceName(const QString &name) { return QString::number(name.size()) + name; }

QString operatorCode(const QString &op)
{
    static const QHash<QString, QString> codes = {
        {QStringLiteral("=="), QStringLiteral("eq")}, {QStringLiteral("!="), QStringLiteral("ne")},
        {QStringLiteral("<"), QStringLiteral("lt")},  {QStringLiteral(">"), QStringLiteral("gt")},
        {QStringLiteral("<="), QStringLiteral("le")}, {QStringLiteral(">="), QStringLiteral("ge")},
        {QStringLiteral("+"), QStringLiteral("pl")},  {QStringLiteral("-"), QStringLiteral("mi")},
        {QStringLiteral("*"), QStringLiteral("ml")},  {QStringLiteral("/"), QStringLiteral("dv")},
        {QStringLiteral("%"), QStringLiteral("rm")},  {QStringLiteral("="), QStringLiteral("aS")},
        {QStringLiteral("+="), QStringLiteral("pL")}, {QStringLiteral("-="), QStringLiteral("mI")},
        {QStringLiteral("*="), QStringLiteral("mL")}, {QStringLiteral("/="), QStringLiteral("dV")},
        {QStringLiteral("<<"), QStringLiteral("ls")}, {QStringLiteral(">>"), QStringLiteral("rs")},
        {QStringLiteral("[]"), QStringLiteral("ix")}, {QStringLiteral("()"), QStringLiteral("cl")},
        {QStringLiteral("!"), QStringLiteral("nt")},  {QStringLiteral("&&"), QStringLiteral("aa")},
        {QStringLiteral("||"), QStringLiteral("oo")}, {QStringLiteral("++"), QStringLiteral("pp")},
        {QStringLiteral("--"), QStringLiteral("mm")}, {QStringLiteral("->"), QStringLiteral("pt")},
        {QStringLiteral("&"), QStringLiteral("an")},  {QStringLiteral("|"), QStringLiteral("or")},
        {QStringLiteral("^"), QStringLiteral("eo")},  {QStringLiteral("~"), QStringLiteral("co")},
        {QStringLiteral(","), QStringLiteral("cm")}};
    return codes.value(op, QStringLiteral("v1") + sourceName(op));
}

// One component of a declared name in an id.
QString componentCode(const QString &component)
{
    if (component.startsWith(QStringLiteral("operator")))
        return operatorCode(component.mid(8));
    if (component.startsWith(u'~'))
        return QStringLiteral("D0");
    return sourceName(component);
}

QString builtinCode(const QStringList &words)
{
    const int longs = int(words.count(QStringLiteral("long")));
    const bool isUnsigned = words.contains(QStringLiteral("unsigned"));
    const bool isSigned = words.contains(QStringLiteral("signed"));
    static const QHash<QString, QString> single = {
        {QStringLiteral("void"), QStringLiteral("v")},      {QStringLiteral("bool"), QStringLiteral("b")},
        {QStringLiteral("float"), QStringLiteral("f")},     {QStringLiteral("wchar_t"), QStringLiteral("w")},
        {QStringLiteral("char8_t"), QStringLiteral("Du")},  {QStringLiteral("char16_t"), QStringLiteral("Ds")},
        {QStringLiteral("char32_t"), QStringLiteral("Di")}, {QStringLiteral("auto"), QStringLiteral("Da")},
        {QStringLiteral("__int128"), QStringLiteral("n")}};
    for (const QString &w : words)
        if (single.contains(w))
            return single.value(w);
    if (words.contains(QStringLiteral("char")))
        return isUnsigned ? QStringLiteral("h") : isSigned ? QStringLiteral("a") : QStringLiteral("c");
    if (words.contains(QStringLiteral("double")))
        return longs ? QStringLiteral("e") : QStringLiteral("d");
    if (words.contains(QStringLiteral("short")))
        return isUnsigned ? QStringLiteral("t") : QStringLiteral("s");
    if (longs >= 2)
        return isUnsigned ? QStringLiteral("y") : QStringLiteral("x");
    if (longs == 1)
        return isUnsigned ? QStringLiteral("m") : QStringLiteral("l");
    return isUnsigned ? QStringLiteral("j") : QStringLiteral("i");
}

QString typeCode(const CppTokens &tokens);

// A name written in a type ("std::map<std::string, int>") in an id.
QString nameCode(const CppTokens &tokens)
{
    QStringList components;
    for (size_t i = 0; i < tokens.size(); ++i) {
        const CppToken &t = tokens[i];
        if (t.text == u"<") {
            const size_t close = matching(tokens, i);
            QString args = QStringLiteral("I");
            for (const CppTokens &arg : splitList(tokens, i, close))
                args += arg.size() == 1 && arg[0].kind == CppToken::Number ? QStringLiteral("L") + arg[0].text + u'E'
                                                                            : typeCode(arg);
            if (!components.isEmpty())
                components.last() += args + u'E';
            i = close;
        } else if (t.kind == CppToken::Word && t.text != u"typename") {
            components << (components.isEmpty() && t.text == u"std" ? QStringLiteral("St") : sourceName(t.text));
        }
    }
    if (components.size() == 1)
        return components.first();
    return u'N' + components.join(QString()) + u'E';
}

// A type ("const std::string &") in an id: qualifiers and pointers around the named or built-in type.
QString typeCode(const CppTokens &tokens)
{
    size_t specEnd = tokens.size();
    for (size_t i = 0; i < tokens.size(); ++i) {
        if (tokens[i].text == u"<") {
            i = matching(tokens, i);
            continue;
        }
        if (tokens[i].text == u"*" || tokens[i].text == u"&" || tokens[i].text == u"&&") {
            specEnd = i;
            break;
        }
    }
    bool isConst = false;
    QStringList builtins;
    CppTokens named;
    for (size_t i = 0; i < specEnd; ++i) {
        const QString &t = tokens[i].text;
        if (t == u"const")
            isConst = true;
        else if (isCppTypeKeyword(t))
            builtins << t;
        else if (!isCppKeyword(t))
            named.push_back(tokens[i]);
    }
    QString code = named.empty() ? builtinCode(builtins) : nameCode(named);
    if (isConst)
        code.prepend(u'K');
    for (size_t i = specEnd; i < tokens.size(); ++i) {
        const QString &t = tokens[i].text;
        if (t == u"*")
            code.prepend(u'P');
        else if (t == u"&")
            code.prepend(u'R');
        else if (t == u"&&")
            code.prepend(QStringLiteral("RR"));
        else if (t == u"const")
            code.insert(1, u'C');
    }
    return code;
}

CppTokens withoutSpecifiers(const CppTokens &tokens)
{
    static const QSet<QString> specifiers = {QStringLiteral("static"),   QStringLiteral("inline"),
                                             QStringLiteral("virtual"),  QStringLiteral("explicit"),
                                             QStringLiteral("constexpr"), QStringLiteral("extern"),
                                             QStringLiteral("friend"),   QStringLiteral("mutable")};
    CppTokens out;
    for (const CppToken &t : tokens)
        if (!specifiers.contains(t.text))
            out.push_back(t);
    return out;
}

// The readable v1 form of a type: "ssCR" for "const std::string &"; empty when v1 has no form for it.
QString v1Type(const CppTokens &tokens)
{
    QStringList words;
    QString suffix;
    QString named;
    for (const CppToken &t : withoutSpecifiers(tokens)) {
        if (t.text == u"const")
            suffix += u'C';
        else if (t.text == u"*")
            suffix += u'P';
        else if (t.text == u"&")
            suffix += u'R';
        else if (t.text == u"<" || t.text == u"&&" || t.text == u"(")
            return {}; // template arguments, rvalue references: left to v2 and later
        else if (t.text == u"::" || t.kind == CppToken::Word)
            named += t.text;
    }
    static const QHash<QString, QString> shorthands = {
        {QStringLiteral("char"), QStringLiteral("c")},  {QStringLiteral("int"), QStringLiteral("i")},
        {QStringLiteral("long"), QStringLiteral("l")},  {QStringLiteral("bool"), QStringLiteral("b")},
        {QStringLiteral("std::string"), QStringLiteral("ss")}, {QStringLiteral("size_t"), QStringLiteral("s")}};
    if (named.isEmpty())
        return {};
    if (!shorthands.contains(named)) { // "std::size_t" -> "std::s"
        QStringList components = named.split(QStringLiteral("::"));
        components.last() = shorthands.value(components.last(), components.last());
        named = components.join(QStringLiteral("::"));
    }
    return shorthands.value(named, named) + suffix;
}

QString v1Id(const CppDeclaration &d, const QString &fullName, const QString &objtype)
{
    if (d.isTemplate)
        return {};
    if (objtype == u"class" || objtype == u"struct" || (objtype == u"type" && !d.isUsingAlias))
        return fullName;
    if (objtype == u"member" || objtype == u"var") {
        QString type = v1Type(d.before);
        if (type.isEmpty())
            return {};
        for (const CppToken &t : d.after)
            if (t.text == u"[")
                type += u'A';
        return fullName + QStringLiteral("__") + type;
    }
    if (objtype != u"function")
        return {};
    QString name = fullName;
    if (d.shownName.startsWith(QStringLiteral("operator"))) // "geo::eq-operator"
        name = name.left(name.size() - d.shownName.size()) + operatorCode(d.shownName.mid(8)) + QStringLiteral("-operator");
    QStringList parameters;
    for (const CppParameter &p : d.parameters) {
        const QString type = p.variadic ? QStringLiteral("z") : v1Type(p.type);
        if (type.isEmpty())
            return {};
        parameters << type;
    }
    return name + (parameters.isEmpty() ? QString() : QStringLiteral("__") + parameters.join(u'.')) +
           (d.isConst ? QStringLiteral("C") : QString());
}

} // namespace

QStringList cppIds(const CppDeclaration &d, const QStringList &scope, const QString &objtype)
{
    if (!d.valid)
        return {};
    const QStringList components = scope + d.name;
    QString name;
    for (const QString &c : components)
        name += componentCode(c);
    if (components.size() > 1 || d.isConst)
        name = u'N' + (d.isConst ? QStringLiteral("K") : QString()) + name + u'E';
    QString templatePrefix;
    if (d.isTemplate) {
        templatePrefix = QStringLiteral("I");
        for (const CppTemplateParameter &p : d.templateParameters) {
            CppTokens type;
            for (const CppToken &t : p.tokens)
                if (t.text == u"=")
                    break;
                else if (t.text != p.name)
                    type.push_back(t);
            templatePrefix += p.isType ? QStringLiteral("0") : u'_' + typeCode(type);
        }
        templatePrefix += u'E';
    }
    QString parameters, returnType;
    if (d.isCallable) {
        for (const CppParameter &p : d.parameters)
            parameters += p.variadic ? QStringLiteral("z") : typeCode(p.type);
        if (parameters.isEmpty())
            parameters = QStringLiteral("v");
        const CppTokens returned = withoutSpecifiers(d.before);
        if (d.isTemplate && !returned.empty())
            returnType = typeCode(returned);
    }
    QStringList ids;
    ids << QStringLiteral("_CPPv4") + templatePrefix + name + returnType + parameters;
    for (const char *version : {"_CPPv3", "_CPPv2"})
        ids << QLatin1String(version) + templatePrefix + name + parameters;
    const QString v1 = v1Id(d, components.join(QStringLiteral("::")), objtype);
    if (!v1.isEmpty())
        ids << v1;
    return ids;
}

} // namespace Docent
