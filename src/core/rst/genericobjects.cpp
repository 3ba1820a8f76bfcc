// Object types an extension adds with Sphinx's add_object_type and add_crossref_type (CPython's
// opcode and pdbcommand, say): a directive that describes or marks an object, with Sphinx's id
// and index entry, and a role that refers to it. The project resolves the references.
#include "blockparser_p.h"
#include "directivesupport_p.h"
#include "doctree/indexentry.h"
#include "parsestate_p.h"
#include "registry.h"
#include "sphinxregistry.h"

#include <QRegularExpression>

namespace Docent {
namespace {

// Sphinx's id rule: ASCII letters (either case), digits, "." and "_" survive; other runs become
// one hyphen; no hyphen, digit, dot or underscore at the start, no hyphen at the end.
QString objectId(const QString &text)
{
    QString ascii;
    for (QChar c : text.normalized(QString::NormalizationForm_KD))
        if (c.unicode() < 0x80)
            ascii += c;
    static const QRegularExpression other(QStringLiteral("[^a-zA-Z0-9._]+"));
    static const QRegularExpression ends(QStringLiteral("^[-0-9._]+|-+$"));
    return ascii.simplified().replace(other, QStringLiteral("-")).remove(ends);
}

// The index node for `name`: "%s (opcode)" is a single entry, "pair: %s; topic" one of its type.
std::unique_ptr<Node> indexNode(const QString &indexTemplate, const QString &name, const QString &id, int line)
{
    auto index = Node::element(QStringLiteral("index"), line);
    QList<IndexEntry> entries;
    if (!indexTemplate.isEmpty()) {
        const QString text = QString(indexTemplate).replace(QStringLiteral("%s"), name);
        const qsizetype colon = text.indexOf(u':');
        const QString type = colon > 0 ? text.left(colon).trimmed() : QString();
        if (colon > 0 && !type.contains(u' '))
            entries.append({type, text.mid(colon + 1).trimmed(), id, {}, {}});
        else
            entries.append({QStringLiteral("single"), text, id, {}, {}});
    }
    index->setAttribute(QStringLiteral("entries"), formatIndexEntries(entries));
    return index;
}

DirectiveSpec objectDirective(const GenericObjectType &type)
{
    DirectiveSpec spec;
    spec.requiredArguments = 1;
    spec.finalArgumentWhitespace = true;
    spec.hasContent = !type.crossref;
    spec.options.insert(QStringLiteral("noindex"), OptionKind::Flag);
    spec.options.insert(QStringLiteral("no-index"), OptionKind::Flag);
    spec.run = [type](DirectiveCall &call) {
        static const QRegularExpression whitespace(QStringLiteral("\\s+"));
        const QString signature = call.arguments.value(0).trimmed().replace(whitespace, QStringLiteral(" "));
        QString name = signature, rest;
        if (type.parsedSignature) {
            // The extension's own parser decides; its usual shape is a name, then arguments.
            name = signature.section(u' ', 0, 0);
            rest = signature.section(u' ', 1);
        }
        const bool indexed = !call.hasOption(QStringLiteral("noindex")) && !call.hasOption(QStringLiteral("no-index"));
        NodeList out;
        if (type.crossref) {
            // A target for the role, with no text of its own (it marks the next paragraph).
            const QString id = objectId(QStringLiteral("std:") + type.directive + u'-' + name);
            if (indexed)
                out.push_back(indexNode(type.indexTemplate, name, id, call.line));
            auto target = Node::element(QStringLiteral("target"), call.line);
            target->ids << id;
            target->setAttribute(QStringLiteral("genericobject"), type.directive + u'\x1f' + name);
            out.push_back(std::move(target));
            return out;
        }
        const QString id = objectId(type.directive + u'-' + name);
        if (indexed)
            out.push_back(indexNode(type.indexTemplate, name, id, call.line));
        auto desc = Node::element(QStringLiteral("desc"), call.line);
        desc->classes = QStringList{QStringLiteral("std"), type.directive};
        desc->setAttribute(QStringLiteral("domain"), QStringLiteral("std"));
        desc->setAttribute(QStringLiteral("objtype"), type.directive);
        desc->setAttribute(QStringLiteral("desctype"), type.directive);
        auto sig = Node::element(QStringLiteral("desc_signature"), call.line);
        sig->ids << id;
        if (indexed)
            sig->setAttribute(QStringLiteral("genericobject"), type.directive + u'\x1f' + name);
        auto descName = Node::element(QStringLiteral("desc_name"), call.line);
        descName->append(Node::text(name, call.line));
        sig->append(std::move(descName));
        if (!rest.isEmpty()) {
            auto addName = Node::element(QStringLiteral("desc_addname"), call.line);
            addName->append(Node::text(u' ' + rest, call.line));
            sig->append(std::move(addName));
        }
        desc->append(std::move(sig));
        auto content = Node::element(QStringLiteral("desc_content"), call.contentLine);
        call.parser.parseNested(call.content, *content);
        desc->append(std::move(content));
        out.push_back(std::move(desc));
        return out;
    };
    return spec;
}

} // namespace

void registerGenericObjectType(Registry &registry, const GenericObjectType &type)
{
    const DirectiveSpec spec = objectDirective(type);
    registry.addDirective(type.directive, spec);
    registry.addDirective(QStringLiteral("std:") + type.directive, spec);
    const RoleHandler role = sphinxXrefRole(type.directive, QStringLiteral("literal"));
    registry.addRole(type.role, role);
    registry.addRole(QStringLiteral("std:") + type.role, role);
}

} // namespace Docent
