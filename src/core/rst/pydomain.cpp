// Sphinx's Python domain: module, currentmodule and the object descriptions (function, class,
// method, attribute ...). Each signature is taken apart into prefixes, the module or class
// before the name, parameters and return annotation; its id is the dotted name ("os.path.join"),
// and the content is read with the object as the current class, so that nested methods and
// references in it get their qualified names.
#include "directivesupport_p.h"
#include "objectdescription_p.h"
#include "parsestate_p.h"
#include "pysignature_p.h"
#include "registry.h"
#include "sphinxregistry.h"

#include <QRegularExpression>

namespace Docent {
namespace {

const QString moduleKey = QStringLiteral("py:module");
const QString classKey = QStringLiteral("py:class");

struct PyKind {
    QString directive; ///< "classmethod"
    QString objtype;   ///< what it is in the domain and in the HTML class: "method"
    bool needsArglist = false;
    bool nests = false; ///< class-like: its content describes its members
};

// The words Sphinx shows before the name ("async", "class", "static" ...).
QStringList prefixWords(const DirectiveCall &call, const PyKind &kind)
{
    const QString &d = kind.directive;
    auto flag = [&](const char *o) { return call.hasOption(QLatin1String(o)); };
    QStringList words;
    if (d == u"function" && flag("async"))
        words << QStringLiteral("async");
    if (d == u"class" || d == u"exception") {
        if (flag("final"))
            words << QStringLiteral("final");
        words << d;
    }
    if (d == u"method") {
        const std::pair<const char *, const char *> options[] = {{"final", "final"},
                                                                {"abstractmethod", "abstract"},
                                                                {"async", "async"},
                                                                {"classmethod", "classmethod"},
                                                                {"property", "property"},
                                                                {"staticmethod", "static"}};
        for (const auto &[option, word] : options)
            if (flag(option))
                words << QLatin1String(word);
    }
    if (d == u"classmethod")
        words << QStringLiteral("classmethod");
    if (d == u"staticmethod")
        words << QStringLiteral("static");
    if (d == u"property") {
        if (flag("abstractmethod"))
            words << QStringLiteral("abstract");
        if (flag("classmethod"))
            words << QStringLiteral("class");
        words << QStringLiteral("property");
    }
    return words;
}

// Sphinx's index entry for one object.
ObjectIndexEntry indexEntry(const PyKind &kind, const QStringList &words, const QString &fullname, const QString &module,
                      const QString &id)
{
    const QString &t = kind.objtype;
    const QString inModule = module.isEmpty() ? QString() : QStringLiteral(" (in module %1)").arg(module);
    if (t == u"function") {
        if (module.isEmpty())
            return {QStringLiteral("pair"), QStringLiteral("built-in function; %1()").arg(fullname), id};
        return {QStringLiteral("single"), fullname + QStringLiteral("()") + inModule, id};
    }
    if (t == u"data")
        return {QStringLiteral("single"),
                module.isEmpty() ? fullname + QStringLiteral(" (built-in variable)") : fullname + inModule, id};
    if (t == u"class")
        return {QStringLiteral("single"), module.isEmpty() ? fullname + QStringLiteral(" (built-in class)")
                                                           : QStringLiteral("%1 (class in %2)").arg(fullname, module),
                id};
    if (t == u"exception")
        return {QStringLiteral("single"), fullname, id};
    const qsizetype dot = fullname.lastIndexOf(u'.');
    const QString member = fullname.mid(dot + 1);
    const bool callable = t == u"method";
    if (dot < 0)
        return {QStringLiteral("single"), member + (callable ? QStringLiteral("()") : QString()) + inModule, id};
    const QString owner = (module.isEmpty() ? QString() : module + u'.') + fullname.left(dot);
    QString what = t;
    if (words.contains(QStringLiteral("classmethod")))
        what = QStringLiteral("class method");
    else if (words.contains(QStringLiteral("static")))
        what = QStringLiteral("static method");
    else if (words.contains(QStringLiteral("property")))
        what = QStringLiteral("property");
    return {QStringLiteral("single"),
            QStringLiteral("%1%2 (%3 %4)").arg(member, callable ? QStringLiteral("()") : QString(), owner, what), id};
}

// One signature: "[prefix.]name[(arglist)][ -> annotation]".
struct PySignature {
    QString prefix, name, arglist, returns;
    bool hasArglist = false;
};

std::optional<PySignature> splitSignature(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^([\\w.]*\\.)?(\\w+)\\s*(?:\\((.*)\\)(?:\\s*->\\s*(.*))?)?$"),
                                       QRegularExpression::UseUnicodePropertiesOption |
                                           QRegularExpression::DotMatchesEverythingOption);
    const auto m = re.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    return PySignature{m.captured(1), m.captured(2), m.captured(3), m.captured(4), m.capturedStart(3) >= 0};
}

std::unique_ptr<Node> annotationNode(const QStringList &words, int line)
{
    auto node = Node::element(QStringLiteral("desc_annotation"), line);
    for (const QString &w : words) {
        node->append(sigText(w == u"async" ? QStringLiteral("desc_sig_keyword") : QStringLiteral("inline"), w, line));
        node->append(sigText(QStringLiteral("desc_sig_space"), QStringLiteral(" "), line));
    }
    return node;
}

// What one signature line contributes; `names` receives (fullname, prefix) for the content's context.
struct SignatureResult {
    std::unique_ptr<Node> node;
    QString fullname, prefix;
    bool parsed = false;
};

SignatureResult pySignature(DirectiveCall &call, const PyKind &kind, const QString &text, const QString &module)
{
    SignatureResult r;
    const int line = call.line;
    r.node = Node::element(QStringLiteral("desc_signature"), line);
    Node &sig = *r.node;
    const std::optional<PySignature> s = splitSignature(text);
    if (!s) { // Sphinx shows what it cannot parse as the name, without a target
        sig.append(sigText(QStringLiteral("desc_name"), text, line));
        return r;
    }
    const QString classname = call.state.domainContext.value(classKey);
    QString prefix = s->prefix;
    bool addModule = false;
    if (!classname.isEmpty()) {
        if (!prefix.isEmpty() && (prefix == classname || prefix.startsWith(classname + u'.'))) {
            r.fullname = prefix + s->name;
            prefix = prefix.mid(classname.size());
            while (prefix.startsWith(u'.'))
                prefix.remove(0, 1);
        } else {
            r.fullname = classname + u'.' + prefix + s->name;
        }
    } else {
        addModule = true;
        r.fullname = prefix + s->name;
    }
    r.prefix = prefix;
    r.parsed = true;
    sig.setAttribute(QStringLiteral("module"), module);
    sig.setAttribute(QStringLiteral("class"), !classname.isEmpty() ? classname
                                              : prefix.endsWith(u'.') ? prefix.chopped(1)
                                                                      : prefix);
    sig.setAttribute(QStringLiteral("fullname"), r.fullname);
    // Sphinx 5.2+ lists objects in toctrees: "fullname()" for callables.
    sig.setAttribute(QStringLiteral("docent:tocname"),
                     r.fullname + (kind.objtype == u"function" || kind.objtype == u"method" ? QStringLiteral("()") : QString()));
    const QStringList words = prefixWords(call, kind);
    if (!words.isEmpty())
        sig.append(annotationNode(words, line));
    if (kind.directive.startsWith(QStringLiteral("decorator")))
        sig.append(sigText(QStringLiteral("desc_addname"), QStringLiteral("@"), line));
    if (!prefix.isEmpty())
        sig.append(sigText(QStringLiteral("desc_addname"), prefix, line));
    else if (!module.isEmpty() && addModule)
        sig.append(sigText(QStringLiteral("desc_addname"), module + u'.', line));
    sig.append(sigText(QStringLiteral("desc_name"), s->name, line));
    const TypeXref xref = [&call, line](const QString &name) {
        return sigXref(call.state, QStringLiteral("py"), name == u"None" ? QStringLiteral("obj") : QStringLiteral("class"),
                       name, name, line);
    };
    if (s->hasArglist && !s->arglist.trimmed().isEmpty())
        appendPyParameters(sig, s->arglist.trimmed(), xref, line);
    else if (s->hasArglist || kind.needsArglist)
        sig.append(Node::element(QStringLiteral("desc_parameterlist"), line));
    if (!s->returns.isEmpty()) {
        auto returns = Node::element(QStringLiteral("desc_returns"), line);
        appendPyAnnotation(*returns, s->returns.trimmed(), xref, line);
        sig.append(std::move(returns));
    }
    const QString type = call.options.value(QStringLiteral("type")).trimmed();
    if (!type.isEmpty()) {
        auto annotation = Node::element(QStringLiteral("desc_annotation"), line);
        annotation->append(sigText(QStringLiteral("desc_sig_punctuation"), QStringLiteral(":"), line));
        annotation->append(sigText(QStringLiteral("desc_sig_space"), QStringLiteral(" "), line));
        appendPyAnnotation(*annotation, type, xref, line);
        sig.append(std::move(annotation));
    }
    const QString value = call.options.value(QStringLiteral("value")).trimmed();
    if (!value.isEmpty()) {
        auto annotation = Node::element(QStringLiteral("desc_annotation"), line);
        annotation->append(sigText(QStringLiteral("desc_sig_space"), QStringLiteral(" "), line));
        annotation->append(sigText(QStringLiteral("desc_sig_punctuation"), QStringLiteral("="), line));
        annotation->append(sigText(QStringLiteral("desc_sig_space"), QStringLiteral(" "), line));
        annotation->append(Node::text(value, line));
        sig.append(std::move(annotation));
    }
    const QString note = call.options.value(QStringLiteral("annotation")).trimmed();
    if (!note.isEmpty())
        sig.append(sigText(QStringLiteral("desc_annotation"), u' ' + note, line));
    return r;
}

NodeList runPyObject(DirectiveCall &call, const PyKind &kind)
{
    const QString module = call.options.value(QStringLiteral("module"), call.state.domainContext.value(moduleKey));
    auto desc = descNode(call, QStringLiteral("py"), kind.objtype);
    std::vector<ObjectIndexEntry> entries;
    QString lastFullname, lastPrefix;
    bool any = false;
    for (const QString &text : signatureLines(call)) {
        SignatureResult r = pySignature(call, kind, text, module);
        if (r.parsed) {
            any = true;
            lastFullname = r.fullname;
            lastPrefix = r.prefix;
            if (!hasNoIndex(call)) {
                const QString qualified = module.isEmpty() ? r.fullname : module + u'.' + r.fullname;
                const QString id = sphinxId(qualified);
                setObjectTarget(*r.node, id, qualified);
                r.node->setAttribute(QStringLiteral("docent:objtype"), kind.objtype);
                const QString canonical = call.options.value(QStringLiteral("canonical")).trimmed();
                if (!canonical.isEmpty())
                    r.node->setAttribute(QStringLiteral("docent:canonical"), canonical);
                if (!hasNoIndexEntry(call))
                    entries.push_back(indexEntry(kind, prefixWords(call, kind), r.fullname, module, r.node->ids.value(0)));
            }
        }
        desc->append(std::move(r.node));
    }
    QHash<QString, QString> context;
    if (any && kind.nests)
        context.insert(classKey, lastFullname);
    else if (any && !lastPrefix.isEmpty())
        context.insert(classKey, lastPrefix.chopped(1));
    if (call.hasOption(QStringLiteral("module")))
        context.insert(moduleKey, module);
    appendDescContent(call, *desc, context);
    return descriptionResult(entries.empty() ? nullptr : indexNode(entries, call.line), std::move(desc));
}

DirectiveSpec pyObjectSpec(const PyKind &kind)
{
    DirectiveSpec spec;
    spec.requiredArguments = 1;
    spec.finalArgumentWhitespace = true;
    spec.hasContent = true;
    spec.options = objectOptions({"module", "annotation", "type", "value"});
    for (const char *flag : {"async", "final", "abstractmethod", "classmethod", "staticmethod", "property"})
        spec.options.insert(QLatin1String(flag), OptionKind::Flag);
    spec.run = [kind](DirectiveCall &call) { return runPyObject(call, kind); };
    return spec;
}

// .. module:: name — a target "module-name" carrying what the module index shows; the module
// is the current one for the rest of the document.
DirectiveSpec moduleSpec()
{
    DirectiveSpec spec;
    spec.requiredArguments = 1;
    spec.options = objectOptions({"platform", "synopsis"});
    spec.options.insert(QStringLiteral("deprecated"), OptionKind::Flag);
    spec.run = [](DirectiveCall &call) {
        const QString name = call.arguments.value(0).trimmed();
        call.state.domainContext.insert(moduleKey, name);
        call.state.domainContext.remove(classKey);
        if (hasNoIndex(call))
            return NodeList{};
        const QString id = sphinxId(QStringLiteral("module-") + name);
        auto target = Node::element(QStringLiteral("target"), call.line);
        target->ids << id;
        if (id != QStringLiteral("module-") + name)
            target->ids << QStringLiteral("module-") + name;
        target->setAttribute(QStringLiteral("ismod"), QStringLiteral("True"));
        target->setAttribute(QStringLiteral("module"), name);
        for (const char *o : {"synopsis", "platform"})
            if (call.hasOption(QLatin1String(o)))
                target->setAttribute(QLatin1String(o), call.options.value(QLatin1String(o)).trimmed());
        if (call.hasOption(QStringLiteral("deprecated")))
            target->setAttribute(QStringLiteral("deprecated"), QStringLiteral("True"));
        NodeList out;
        out.push_back(std::move(target));
        if (!hasNoIndexEntry(call))
            out.push_back(indexNode({{QStringLiteral("pair"), QStringLiteral("module; ") + name, id}}, call.line));
        return out;
    };
    return spec;
}

// .. currentmodule:: name — references and descriptions that follow belong to it ("None": to none).
DirectiveSpec currentModuleSpec()
{
    DirectiveSpec spec;
    spec.requiredArguments = 1;
    spec.run = [](DirectiveCall &call) {
        const QString name = call.arguments.value(0).trimmed();
        if (name == u"None")
            call.state.domainContext.remove(moduleKey);
        else
            call.state.domainContext.insert(moduleKey, name);
        call.state.domainContext.remove(classKey);
        return NodeList{};
    };
    return spec;
}

// .. default-domain:: name — unprefixed directives and roles belong to it from here on.
DirectiveSpec defaultDomainSpec()
{
    DirectiveSpec spec;
    spec.requiredArguments = 1;
    spec.run = [](DirectiveCall &call) {
        call.state.defaultDomain = call.arguments.value(0).trimmed().toLower();
        return NodeList{};
    };
    return spec;
}

} // namespace

void registerPythonDomain(Registry &r)
{
    const PyKind kinds[] = {
        {QStringLiteral("function"), QStringLiteral("function"), true, false},
        {QStringLiteral("data"), QStringLiteral("data"), false, false},
        {QStringLiteral("class"), QStringLiteral("class"), false, true},
        {QStringLiteral("exception"), QStringLiteral("exception"), false, true},
        {QStringLiteral("method"), QStringLiteral("method"), true, false},
        {QStringLiteral("classmethod"), QStringLiteral("method"), true, false},
        {QStringLiteral("staticmethod"), QStringLiteral("method"), true, false},
        {QStringLiteral("attribute"), QStringLiteral("attribute"), false, false},
        {QStringLiteral("property"), QStringLiteral("property"), false, false},
        {QStringLiteral("decorator"), QStringLiteral("function"), false, false},
        {QStringLiteral("decoratormethod"), QStringLiteral("method"), false, false},
    };
    for (const PyKind &kind : kinds)
        r.addDirective(QStringLiteral("py:") + kind.directive, pyObjectSpec(kind));
    r.addDirective(QStringLiteral("py:module"), moduleSpec());
    r.addDirective(QStringLiteral("py:currentmodule"), currentModuleSpec());
    r.addDirective(QStringLiteral("default-domain"), defaultDomainSpec());
}

} // namespace Docent
