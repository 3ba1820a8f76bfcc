// Directives about the document rather than its body: meta, title, date, unicode, class, role,
// default-role, and docutils' test directive; also the "raw" role the role directive customises.
#include "blockparser_p.h"
#include "directivesupport_p.h"
#include "inlineparser_p.h"
#include "parsestate_p.h"
#include "registry.h"

#include <QDateTime>
#include <QRegularExpression>

#include <ctime>
#include <iomanip>
#include <locale>
#include <sstream>

namespace Docent {
namespace {

// The role that "role" directives without a base role build on; "#" keeps it out of reach of
// ":name:" markup.
const QString kGenericRole = QStringLiteral("#generic-custom");

void requireSubstitution(const DirectiveCall &call)
{
    if (!inSubstitution(call))
        throw DirectiveError{QStringLiteral("Invalid context: the \"%1\" directive can only be used within a "
                                            "substitution definition.")
                                 .arg(call.name)};
}

// docutils' meta directive inserts its nodes before the first child of the document that is not
// a title or meta element (at the very start when there is none).
size_t metaInsertionPoint(const Node &doc)
{
    for (size_t k = 0; k < doc.childCount(); ++k) {
        const Node *c = doc.child(k);
        if (!(c->is(u"title") || c->is(u"subtitle") || c->is(u"rubric") || c->is(u"meta")))
            return k;
    }
    return 0;
}

// "attr=value" with an optionally quoted value; false when malformed.
bool nameValue(const QString &token, QString &name, QString &value)
{
    const qsizetype eq = token.indexOf(u'=');
    if (eq <= 0)
        return false;
    name = token.left(eq).toLower();
    value = token.mid(eq + 1);
    if (value.size() >= 2 && (value.front() == u'"' || value.front() == u'\'') && value.back() == value.front())
        value = value.mid(1, value.size() - 2);
    else if (value.startsWith(u'"') || value.startsWith(u'\''))
        return false;
    return !value.isEmpty();
}

DirectiveSpec metaSpec()
{
    DirectiveSpec spec;
    spec.hasContent = true;
    spec.run = [](DirectiveCall &call) {
        requireContent(call);
        const Block &c = call.content;
        NodeList made;
        size_t k = 0;
        while (k < c.size()) {
            if (c[k].isBlank()) {
                ++k;
                continue;
            }
            QString rawName;
            const int end = fieldMarkerEnd(c[k].text, &rawName);
            if (end < 0)
                break;
            // the field body: the rest of the line and the lines indented under it
            QStringList body = {c[k].text.mid(end).toString()};
            size_t e = k + 1;
            while (e < c.size() && (c[e].isBlank() || c[e].indent() > 0))
                ++e;
            // blank lines inside and after the body count (as empty words), unless the content ends
            size_t last = e;
            if (e == c.size())
                while (last > k + 1 && c[last - 1].isBlank())
                    --last;
            for (size_t j = k + 1; j < last; ++j)
                body << c[j].text.trimmed().toString();
            while (!body.isEmpty() && body.front().isEmpty())
                body.removeFirst();
            // docutils reports these at the line the document's parser has reached: the block's end
            const int lastLine = c.back().number;
            k = e;
            const QString name = InlineParser::unescape(InlineParser::escapeToNull(rawName));
            if (body.isEmpty()) {
                made.push_back(call.state.message(MessageLevel::Info, lastLine,
                                                  QStringLiteral("No content for meta tag \"%1\".").arg(name)));
                continue;
            }
            auto meta = Node::element(QStringLiteral("meta"), lastLine);
            meta->setAttribute(QStringLiteral("content"),
                               InlineParser::unescape(InlineParser::escapeToNull(body.join(u' '))));
            const QStringList tokens = splitWhitespace(name);
            QString attr, value;
            if (!tokens.isEmpty() && nameValue(tokens.first(), attr, value))
                meta->setAttribute(attr, value);
            else
                meta->setAttribute(QStringLiteral("name"), tokens.value(0));
            bool ok = true;
            for (qsizetype t = 1; t < tokens.size() && ok; ++t) {
                if (nameValue(tokens[t], attr, value)) {
                    meta->setAttribute(attr, value);
                } else {
                    made.push_back(call.state.message(
                        MessageLevel::Error, lastLine,
                        QStringLiteral("Error parsing meta tag attribute \"%1\".").arg(tokens[t])));
                    ok = false;
                }
            }
            if (ok)
                made.push_back(std::move(meta));
        }
        if (k < c.size())
            made.push_back(call.state.message(MessageLevel::Error, call.line,
                                              QStringLiteral("Invalid meta directive."),
                                              call.blockText.text()));
        Node &doc = call.state.document;
        size_t at = metaInsertionPoint(doc);
        for (auto &n : made)
            doc.insert(at++, std::move(n));
        return NodeList{};
    };
    return spec;
}

DirectiveSpec titleSpec()
{
    DirectiveSpec spec;
    spec.requiredArguments = 1;
    spec.finalArgumentWhitespace = true;
    spec.run = [](DirectiveCall &call) {
        call.state.document.setAttribute(QStringLiteral("title"), call.arguments.value(0));
        return NodeList{};
    };
    return spec;
}

// Python's time.strftime in the "C" locale.
QString formatTime(const QString &format)
{
    const std::time_t now = std::time(nullptr);
    std::tm tm{};
    localtime_r(&now, &tm);
    std::ostringstream out;
    out.imbue(std::locale::classic());
    const QByteArray fmt = format.toUtf8();
    out << std::put_time(&tm, fmt.constData());
    return QString::fromStdString(out.str());
}

DirectiveSpec dateSpec()
{
    DirectiveSpec spec;
    spec.hasContent = true;
    spec.run = [](DirectiveCall &call) {
        requireSubstitution(call);
        QString format = contentText(call.content);
        if (format.isEmpty())
            format = QStringLiteral("%Y-%m-%d");
        // a bound against formats that would expand to megabytes
        if (format.size() > 1000)
            throw DirectiveError{QStringLiteral("The \"%1\" directive's format is too long.").arg(call.name)};
        NodeList out;
        out.push_back(Node::text(formatTime(format), call.line));
        return out;
    };
    return spec;
}

// docutils' unicode_code: decimal, or hex as 0x.., x.., \x.., U+.., u.., \u.., &#x..;, else the text.
QString unicodeCode(const QString &code)
{
    static const QRegularExpression hex(QStringLiteral("^(?:0x|x|\\\\x|U\\+?|\\\\u)([0-9a-f]+)$|^&#x([0-9a-f]+);$"),
                                        QRegularExpression::CaseInsensitiveOption);
    QString digits;
    int base = 10;
    bool allDigits = !code.isEmpty();
    for (QChar ch : code)
        allDigits = allDigits && ch.isDigit();
    if (allDigits) {
        for (QChar ch : code)
            digits += QChar(u'0' + ch.digitValue());
    } else if (const auto m = hex.match(code); m.hasMatch()) {
        digits = m.captured(1).isEmpty() ? m.captured(2) : m.captured(1);
        base = 16;
    } else {
        return code;
    }
    bool ok = false;
    const qulonglong value = digits.toULongLong(&ok, base);
    if (!ok)
        throw DirectiveError{QStringLiteral("Invalid character code: %1\nValueError: code too large").arg(code)};
    if (value > 0x10FFFF)
        throw DirectiveError{QStringLiteral("Invalid character code: %1\nValueError: chr() arg not in range(0x110000)").arg(code)};
    const char32_t cp = char32_t(value);
    return QString::fromUcs4(&cp, 1);
}

DirectiveSpec unicodeSpec()
{
    DirectiveSpec spec;
    spec.requiredArguments = 1;
    spec.finalArgumentWhitespace = true;
    for (const char *o : {"trim", "ltrim", "rtrim"})
        spec.options.insert(QLatin1String(o), OptionKind::Flag);
    spec.run = [](DirectiveCall &call) {
        requireSubstitution(call);
        const bool trim = call.hasOption(QStringLiteral("trim"));
        if (trim || call.hasOption(QStringLiteral("ltrim")))
            call.parent.setAttribute(QStringLiteral("ltrim"), QStringLiteral("1"));
        if (trim || call.hasOption(QStringLiteral("rtrim")))
            call.parent.setAttribute(QStringLiteral("rtrim"), QStringLiteral("1"));
        // ".. " starts a comment that ends the codes
        static const QRegularExpression comment(QStringLiteral("( |\\n|^)\\.\\. "));
        const QString codes = call.arguments.value(0).split(comment).value(0);
        NodeList out;
        for (const QString &code : splitWhitespace(codes))
            out.push_back(Node::text(unicodeCode(code), call.line));
        return out;
    };
    return spec;
}

DirectiveSpec classSpec()
{
    DirectiveSpec spec;
    spec.requiredArguments = 1;
    spec.finalArgumentWhitespace = true;
    spec.hasContent = true;
    spec.run = [](DirectiveCall &call) {
        QStringList classes;
        for (const QString &c : splitWhitespace(call.arguments.value(0))) {
            const QString id = makeId(c);
            if (id.isEmpty())
                throw DirectiveError{QStringLiteral("Invalid class attribute value for \"%1\" directive: \"%2\".")
                                         .arg(call.name, call.arguments.value(0))};
            classes << id;
        }
        NodeList out;
        if (!call.content.empty()) {
            auto holder = Node::element(QStringLiteral("scratch"), call.line);
            call.parser.parseNested(call.content, *holder);
            while (holder->childCount()) {
                auto n = holder->take(0);
                if (!n->isText())
                    n->classes += classes;
                out.push_back(std::move(n));
            }
            return out;
        }
        out.push_back(pendingNode(QStringLiteral("docutils.transforms.misc.ClassAttribute"),
                                  {{QStringLiteral("class"), pythonRepr(classes)},
                                   {QStringLiteral("directive"), pythonRepr(call.name)}},
                                  call.line));
        return out;
    };
    return spec;
}

// Resolves a role name as docutils' roles.role does: custom roles first, then the registry.
// Returns the canonical base role (empty when unknown), its classes and options.
struct ResolvedRole {
    QString base;
    QStringList classes;
    QHash<QString, QString> options;
};

ResolvedRole resolveRole(const ParseState &state, const QString &name)
{
    const QString key = name.toLower();
    if (auto it = state.customRoles.constFind(key); it != state.customRoles.cend())
        return {it->first, it->second, state.customRoleOptions.value(key)};
    if (!key.startsWith(u'#') && state.registry.role(state.domainName(key, true)))
        return {key, {}, {}};
    return {};
}

NodeList unknownRole(DirectiveCall &call, const QString &role)
{
    NodeList out;
    out.push_back(call.state.message(MessageLevel::Info, call.line,
                                     QStringLiteral("No role entry for \"%1\" in module "
                                                    "\"docutils.parsers.rst.languages.en\".\nTrying \"%1\" as "
                                                    "canonical role name.")
                                         .arg(role)));
    out.push_back(call.state.message(MessageLevel::Error, call.line,
                                     QStringLiteral("Unknown interpreted text role \"%1\".").arg(role),
                                     call.blockText.text()));
    return out;
}

DirectiveSpec roleSpec()
{
    DirectiveSpec spec;
    spec.hasContent = true;
    spec.run = [](DirectiveCall &call) {
        // docutils compares the content's 0-based offset with the 1-based directive line, so the
        // arguments may also stand on the line after the marker
        if (call.content.empty() || call.contentLine - 1 > call.line)
            throw DirectiveError{QStringLiteral("\"%1\" directive requires arguments on the first line.").arg(call.name)};
        static const QString simple = QStringLiteral("[^\\W_]+(?:[-._+:][^\\W_]+)*");
        static const QRegularExpression pattern(
            QStringLiteral("^(%1)\\s*(\\(\\s*(%1)\\s*\\)\\s*)?$").arg(simple),
            QRegularExpression::UseUnicodePropertiesOption);
        const QString args = call.content.front().text.toString();
        const auto m = pattern.match(args);
        if (!m.hasMatch())
            throw DirectiveError{
                QStringLiteral("\"%1\" directive arguments not valid role names: \"%2\".").arg(call.name, args)};
        const QString newName = m.captured(1);
        const QString baseName = m.captured(3);
        ResolvedRole base{kGenericRole, {}, {}};
        if (!baseName.isEmpty()) {
            base = resolveRole(call.state, baseName);
            if (base.base.isEmpty())
                return unknownRole(call, baseName);
        }
        // the rest of the content: the base role's options
        DirectiveSpec optionSpec;
        optionSpec.options.insert(QStringLiteral("class"), OptionKind::ClassList);
        if (base.base == u"raw")
            optionSpec.options.insert(QStringLiteral("format"), OptionKind::Unchanged);
        if (base.base == u"code")
            optionSpec.options.insert(QStringLiteral("language"), OptionKind::Unchanged);
        DirectiveParts parts;
        const QString error =
            splitDirectiveBlock(call.content.mid(1, call.content.size()), call.line, optionSpec, parts);
        if (!error.isEmpty())
            throw DirectiveError{QStringLiteral("Error in \"%1\" directive:\n%2.").arg(call.name, error)};
        QStringList classes;
        if (parts.options.contains(QStringLiteral("class"))) {
            classes = parts.options.value(QStringLiteral("class")).split(u' ', Qt::SkipEmptyParts);
        } else {
            for (const QString &c : splitWhitespace(newName)) {
                const QString id = makeId(c);
                if (id.isEmpty())
                    throw DirectiveError{QStringLiteral("Invalid argument for \"%1\" directive:\ncannot make \"%2\" "
                                                        "into a class name.")
                                             .arg(call.name, c)};
                classes << id;
            }
        }
        QHash<QString, QString> options = base.options;
        for (auto it = parts.options.cbegin(); it != parts.options.cend(); ++it)
            options.insert(it.key(), it.value());
        const QString key = newName.toLower();
        call.state.customRoles.insert(key, {base.base, classes});
        call.state.customRoleOptions.insert(key, options);
        return NodeList{};
    };
    return spec;
}

DirectiveSpec defaultRoleSpec()
{
    DirectiveSpec spec;
    spec.optionalArguments = 1;
    spec.run = [](DirectiveCall &call) {
        if (call.arguments.isEmpty()) {
            call.state.defaultRole.clear();
            return NodeList{};
        }
        const QString role = call.arguments.value(0);
        if (resolveRole(call.state, role).base.isEmpty())
            return unknownRole(call, role);
        call.state.defaultRole = role.toLower();
        return NodeList{};
    };
    return spec;
}

DirectiveSpec testDirectiveSpec()
{
    DirectiveSpec spec;
    spec.optionalArguments = 1;
    spec.finalArgumentWhitespace = true;
    spec.hasContent = true;
    spec.options.insert(QStringLiteral("option"), OptionKind::Text);
    spec.run = [](DirectiveCall &call) {
        QStringList options;
        for (auto it = call.options.cbegin(); it != call.options.cend(); ++it)
            options << pythonRepr(it.key()) + QStringLiteral(": ") + pythonRepr(it.value());
        const QString text = QStringLiteral("Directive processed. Type=\"%1\", arguments=%2, options={%3}, content:")
                                 .arg(call.name, pythonRepr(call.arguments), options.join(QStringLiteral(", ")));
        NodeList out;
        if (call.content.empty())
            out.push_back(call.state.message(MessageLevel::Info, call.line, text + QStringLiteral(" None")));
        else
            out.push_back(call.state.message(MessageLevel::Info, call.line, text, contentText(call.content)));
        return out;
    };
    return spec;
}

// The role name as written in ":name:`text`" or "`text`:name:"; empty for the default role.
QString writtenRoleName(const QString &rawText)
{
    if (rawText.startsWith(u':')) {
        const qsizetype tick = rawText.indexOf(u'`');
        return tick > 1 ? rawText.mid(1, tick - 2) : QString();
    }
    if (rawText.endsWith(u':')) {
        const qsizetype tick = rawText.lastIndexOf(QStringLiteral("`:"));
        return tick >= 0 ? rawText.mid(tick + 2, rawText.size() - tick - 3) : QString();
    }
    return {};
}

RoleResult problematicResult(RoleCall &call, std::unique_ptr<Node> msg)
{
    RoleResult r;
    r.nodes.push_back(call.state.problematic(InlineParser::unescape(call.rawText, true), call.line, *msg));
    r.messages.push_back(std::move(msg));
    return r;
}

RoleResult rawRole(RoleCall &call)
{
    QString role = writtenRoleName(call.rawText).toLower();
    if (role.isEmpty())
        role = call.state.defaultRole;
    const QString format = call.state.customRoleOptions.value(role).value(QStringLiteral("format"));
    if (format.isEmpty())
        return problematicResult(
            call, call.state.message(MessageLevel::Error, call.line,
                                     QStringLiteral("No format (Writer name) is associated with this role: \"%1\".\n"
                                                    "The \"raw\" role cannot be used directly.\nInstead, use the "
                                                    "\"role\" directive to create a new role with an associated "
                                                    "format.")
                                         .arg(role.isEmpty() ? QStringLiteral("raw") : role)));
    RoleResult r;
    auto node = Node::element(QStringLiteral("raw"), call.line);
    node->setAttribute(QStringLiteral("format"), format);
    node->setAttribute(QStringLiteral("xml:space"), QStringLiteral("preserve"));
    node->classes = call.classes;
    node->append(Node::text(InlineParser::unescape(call.text, true), call.line));
    r.nodes.push_back(std::move(node));
    return r;
}

RoleResult genericCustomRole(RoleCall &call)
{
    RoleResult r;
    auto node = Node::element(QStringLiteral("inline"), call.line);
    node->classes = call.classes;
    const QString text = InlineParser::unescape(call.text);
    if (!text.isEmpty())
        node->append(Node::text(text, call.line));
    r.nodes.push_back(std::move(node));
    return r;
}

} // namespace

void registerMetaDirectives(Registry &r)
{
    r.addDirective(QStringLiteral("meta"), metaSpec());
    r.addDirective(QStringLiteral("title"), titleSpec());
    r.addDirective(QStringLiteral("date"), dateSpec());
    r.addDirective(QStringLiteral("unicode"), unicodeSpec());
    r.addDirective(QStringLiteral("class"), classSpec());
    r.addDirective(QStringLiteral("role"), roleSpec());
    r.addDirective(QStringLiteral("default-role"), defaultRoleSpec());
    r.addDirective(QStringLiteral("restructuredtext-test-directive"), testDirectiveSpec());
    r.addRole(QStringLiteral("raw"), rawRole);
    r.addRole(kGenericRole, genericCustomRole);
}

} // namespace Docent
