// The smaller domains' object descriptions: std's generic describe/object, the rst domain
// (directive, directive:option, role) and the js domain (module, function, method, class, data,
// attribute). Ids follow Sphinx: "directive-toctree", "role-ref", "widgets.Widget.draw".
#include "blockparser_p.h"
#include "directivesupport_p.h"
#include "objectdescription_p.h"
#include "parsestate_p.h"
#include "pysignature_p.h"
#include "registry.h"
#include "sphinxregistry.h"

#include <QRegularExpression>

namespace Docent {
namespace {

DirectiveSpec objectSpec(std::function<NodeList(DirectiveCall &)> run, std::initializer_list<const char *> extra = {})
{
    DirectiveSpec spec;
    spec.requiredArguments = 1;
    spec.finalArgumentWhitespace = true;
    spec.hasContent = true;
    spec.options = objectOptions(extra);
    spec.run = std::move(run);
    return spec;
}

// describe / object: the signature as written, no target and no index entry.
NodeList runDescribe(DirectiveCall &call)
{
    auto desc = descNode(call, QString(), call.name);
    for (const QString &text : signatureLines(call)) {
        auto sig = Node::element(QStringLiteral("desc_signature"), call.line);
        sig->append(sigText(QStringLiteral("desc_name"), text, call.line));
        desc->append(std::move(sig));
    }
    appendDescContent(call, *desc, {});
    return descriptionResult(nullptr, std::move(desc));
}

// One rst-domain object: how it is shown, its id, its name among the domain's objects.
NodeList runRstObject(DirectiveCall &call, const QString &objtype)
{
    auto desc = descNode(call, QStringLiteral("rst"), objtype);
    std::vector<ObjectIndexEntry> entries;
    QString lastName;
    const QString directive = call.state.domainContext.value(QStringLiteral("rst:directive"));
    for (const QString &text : signatureLines(call)) {
        auto sig = Node::element(QStringLiteral("desc_signature"), call.line);
        QString name = text, shown, rest;
        if (objtype == u"directive") {
            static const QRegularExpression written(QStringLiteral("^\\.\\.\\s+(\\S+)::\\s*(.*)$"));
            const auto m = written.match(text);
            if (m.hasMatch()) {
                name = m.captured(1);
                rest = m.captured(2);
            }
            shown = QStringLiteral(".. %1::").arg(name);
        } else if (objtype == u"directive:option") {
            shown = QStringLiteral(":%1:").arg(name);
            if (!directive.isEmpty())
                name = directive + u':' + name;
        } else {
            shown = QStringLiteral(":%1:").arg(name);
        }
        sig->append(sigText(QStringLiteral("desc_name"), shown, call.line));
        if (!rest.isEmpty())
            sig->append(sigText(QStringLiteral("desc_addname"), u' ' + rest, call.line));
        if (objtype == u"directive:option" && call.hasOption(QStringLiteral("type")))
            sig->append(sigText(QStringLiteral("desc_annotation"),
                                QStringLiteral(" (%1)").arg(call.options.value(QStringLiteral("type")).trimmed()),
                                call.line));
        if (!hasNoIndex(call)) {
            const QString prefix = objtype == u"directive:option" ? QStringLiteral("directive-option") : objtype;
            const QString id = sphinxId(prefix + u'-' + QString(name).replace(u':', u'-'));
            sig->ids << id;
            // directives and roles may share names: the domain's table keys them by type
            sig->setAttribute(QStringLiteral("docent:object"), objtype + u':' + name);
            sig->setAttribute(QStringLiteral("docent:objtype"), objtype);
            if (!hasNoIndexEntry(call))
                entries.push_back({QStringLiteral("single"), QStringLiteral("%1 (%2)").arg(name, objtype), id});
        }
        lastName = name;
        desc->append(std::move(sig));
    }
    QHash<QString, QString> context;
    if (objtype == u"directive")
        context.insert(QStringLiteral("rst:directive"), lastName);
    appendDescContent(call, *desc, context);
    return descriptionResult(entries.empty() ? nullptr : indexNode(entries, call.line), std::move(desc));
}

const QString jsModuleKey = QStringLiteral("js:module");
const QString jsObjectKey = QStringLiteral("js:object");

NodeList runJsObject(DirectiveCall &call, const QString &objtype)
{
    auto desc = descNode(call, QStringLiteral("js"), objtype);
    const QString module = call.state.domainContext.value(jsModuleKey);
    const QString object = call.state.domainContext.value(jsObjectKey);
    static const QRegularExpression signature(QStringLiteral("^([^(]+?)\\s*(?:\\((.*)\\))?\\s*$"),
                                              QRegularExpression::DotMatchesEverythingOption);
    std::vector<ObjectIndexEntry> entries;
    QString lastFull;
    for (const QString &text : signatureLines(call)) {
        auto sig = Node::element(QStringLiteral("desc_signature"), call.line);
        const auto m = signature.match(text);
        QString written = m.hasMatch() ? m.captured(1) : text;
        const qsizetype dot = written.lastIndexOf(u'.');
        const QString name = written.mid(dot + 1);
        QString prefix = dot >= 0 ? written.left(dot) : QString();
        const QString full = object.isEmpty() ? written : object + u'.' + written;
        if (objtype == u"class")
            sig->append(sigText(QStringLiteral("desc_annotation"), QStringLiteral("class "), call.line));
        const QString shownPrefix = !object.isEmpty() ? (prefix.isEmpty() ? object : object + u'.' + prefix)
                                                      : (module.isEmpty() ? prefix
                                                                          : prefix.isEmpty() ? module : module + u'.' + prefix);
        if (!shownPrefix.isEmpty())
            sig->append(sigText(QStringLiteral("desc_addname"), shownPrefix + u'.', call.line));
        sig->append(sigText(QStringLiteral("desc_name"), name, call.line));
        if (m.hasMatch() && m.capturedStart(2) >= 0)
            appendPyParameters(*sig, m.captured(2).trimmed(), {}, call.line);
        else if (objtype == u"function" || objtype == u"method")
            sig->append(Node::element(QStringLiteral("desc_parameterlist"), call.line));
        const QString qualified = module.isEmpty() ? full : module + u'.' + full;
        if (!hasNoIndex(call)) {
            setObjectTarget(*sig, sphinxId(qualified), qualified);
            sig->setAttribute(QStringLiteral("docent:objtype"), objtype);
            if (!hasNoIndexEntry(call))
                entries.push_back({QStringLiteral("single"), QStringLiteral("%1() (%2)").arg(name, objtype), sig->ids.value(0)});
        }
        lastFull = full;
        desc->append(std::move(sig));
    }
    QHash<QString, QString> context;
    if (objtype == u"class" && !lastFull.isEmpty())
        context.insert(jsObjectKey, lastFull);
    appendDescContent(call, *desc, context);
    return descriptionResult(entries.empty() ? nullptr : indexNode(entries, call.line), std::move(desc));
}

DirectiveSpec jsModuleSpec()
{
    DirectiveSpec spec;
    spec.requiredArguments = 1;
    spec.hasContent = true;
    spec.options = objectOptions();
    spec.run = [](DirectiveCall &call) {
        const QString name = call.arguments.value(0).trimmed();
        NodeList out;
        if (name == u"None") {
            call.state.domainContext.remove(jsModuleKey);
        } else {
            call.state.domainContext.insert(jsModuleKey, name);
            if (!hasNoIndex(call)) {
                auto target = Node::element(QStringLiteral("target"), call.line);
                const QString id = sphinxId(QStringLiteral("module-") + name);
                target->ids << id;
                target->setAttribute(QStringLiteral("docent:object"), name);
                target->setAttribute(QStringLiteral("docent:objtype"), QStringLiteral("module"));
                target->setAttribute(QStringLiteral("docent:domain"), QStringLiteral("js"));
                out.push_back(std::move(target));
                out.push_back(indexNode({{QStringLiteral("single"), QStringLiteral("%1 (module)").arg(name), id}}, call.line));
            }
        }
        call.parser.parseNested(call.content, call.parent);
        return out;
    };
    return spec;
}

} // namespace

void registerOtherDomains(Registry &r)
{
    for (const char *n : {"describe", "object", "std:describe", "std:object"})
        r.addDirective(QLatin1String(n), objectSpec(runDescribe));
    for (const char *n : {"directive", "directive:option", "role"}) {
        const QString objtype = QLatin1String(n);
        r.addDirective(QStringLiteral("rst:") + objtype,
                       objectSpec([objtype](DirectiveCall &call) { return runRstObject(call, objtype); }, {"type"}));
    }
    for (const char *n : {"function", "method", "class", "data", "attribute"}) {
        const QString objtype = QLatin1String(n);
        r.addDirective(QStringLiteral("js:") + objtype,
                       objectSpec([objtype](DirectiveCall &call) { return runJsObject(call, objtype); }));
    }
    r.addDirective(QStringLiteral("js:module"), jsModuleSpec());
}

} // namespace Docent
