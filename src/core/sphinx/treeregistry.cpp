#include "treeregistry.h"

#include "confexpression.h"

#include "conffacts.h"
#include "projectextensions.h"
#include "readscope.h"
#include "rst/registry.h"
#include "rst/sphinxregistry.h"

#include <QDir>
#include <QFileInfo>

#include <algorithm>

namespace Docent {
namespace {

// Scanned by hand, not with regular expressions: every document of a tree goes through here when
// it opens, and two expressions over the text cost a fifth of opening nova.
bool isAsciiWord(QChar q)
{
    const char16_t c = q.unicode();
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'_';
}

// The characters of a role's name between its colons, and of a directive's name (which may hold
// colons too, as in "py:function").
bool isRoleNameChar(QChar c) { return isAsciiWord(c) || c == u'.' || c == u'+' || c == u'-'; }
bool isDirectiveNameChar(QChar c) { return isRoleNameChar(c) || c == u':'; }

// Every ".. name::" at the start of a line (after spaces or tabs), the name as written.
template <typename Found> void forEachDirectiveName(QStringView text, Found &&found)
{
    const qsizetype n = text.size();
    for (qsizetype line = 0; line < n;) {
        qsizetype end = text.indexOf(u'\n', line);
        if (end < 0)
            end = n;
        qsizetype i = line;
        while (i < end && (text[i] == u' ' || text[i] == u'\t'))
            ++i;
        if (i + 2 < end && text[i] == u'.' && text[i + 1] == u'.' && (text[i + 2] == u' ' || text[i + 2] == u'\t')) {
            i += 2;
            while (i < end && (text[i] == u' ' || text[i] == u'\t'))
                ++i;
            qsizetype run = i;
            while (run < end && isDirectiveNameChar(text[run]))
                ++run;
            // The name is the longest part of the run that "::" follows.
            const qsizetype marker = text.sliced(i, run - i).lastIndexOf(u"::");
            if (marker > 0)
                found(text.sliced(i, marker));
        }
        line = end + 1;
    }
}

// Every ":name:`" not right after a word character or a backtick, whose name is segments of role
// name characters joined by single colons; the name as written.
template <typename Found> void forEachRoleName(QStringView text, Found &&found)
{
    const qsizetype n = text.size();
    for (qsizetype start = text.indexOf(u':'); start >= 0 && start < n;) {
        if (start > 0 && (isAsciiWord(text[start - 1]) || text[start - 1] == u'`')) {
            start = text.indexOf(u':', start + 1);
            continue;
        }
        qsizetype j = start + 1;
        bool matched = false;
        while (j < n && isRoleNameChar(text[j])) {
            while (j < n && isRoleNameChar(text[j]))
                ++j;
            if (j + 1 < n && text[j] == u':' && text[j + 1] == u'`') {
                matched = true;
                break;
            }
            if (j + 1 < n && text[j] == u':' && isRoleNameChar(text[j + 1]))
                ++j;
            else
                break;
        }
        if (matched) {
            found(text.sliced(start + 1, j - start - 1));
            start = text.indexOf(u':', j + 2);
        } else {
            // A start inside the same run of names ends where this one did, and fails the same way.
            start = text.indexOf(u':', std::max(j, start + 1));
        }
    }
}

// What the project's own extensions add, read from their source: object types work as Sphinx's
// generic ones; directives derived from one of Sphinx's work as that one; every other role and
// directive shows what was written, naming the extension. Sphinx's and docutils' own stay.
void registerExtensions(Registry &reg, const ProjectExtensions &extensions)
{
    for (const ProjectExtensions::ObjectType &t : extensions.objectTypes)
        registerGenericObjectType(reg, {t.directive, t.role, t.indexTemplate, t.crossref, t.parsedSignature});
    for (const ProjectExtensions::Role &r : extensions.roles) {
        if (!reg.role(r.name))
            reg.addRole(r.name, sphinxExtensionRole(r.origin));
    }
    for (const ProjectExtensions::Directive &d : extensions.directives) {
        if (reg.directive(d.name))
            continue;
        if (const DirectiveSpec *base = d.derivesFrom.isEmpty() ? nullptr : reg.directive(d.derivesFrom))
            reg.addDirective(d.name, *base);
        else
            reg.addDirective(d.name, sphinxPlaceholderDirective(d.origin, true));
    }
}

} // namespace

std::shared_ptr<Registry> makeTreeRegistry(const QString &root, const ConfFacts &conf,
                                           const std::shared_ptr<ReadScope> &scope)
{
    auto reg = std::make_shared<Registry>(Registry::sphinx());
    // literalinclude, "/x" relative to the tree, may read what the scope allows
    registerSphinxCodeDirectives(
        *reg, root, [scope](const QString &canonical, const QString &shown) { scope->check(QStringLiteral("Include file"), shown, canonical); },
        [scope](const QString &absolutePath) { scope->noteMissing(absolutePath); });
    // Directives that read files (include, raw and csv-table's :file:) may read what the scope
    // allows only: a page must not show /etc/passwd. Sphinx reads "/path" in include relative to
    // the tree root, not the file system's.
    auto insideTree = [root, scope](const DirectiveCall &call, const QString &written, const QString &shown) {
        if (written.startsWith(u'<') || root.startsWith(u':'))
            return; // a docutils standard include, or the built-in manual
        // a path may be split over lines; the include directive joins them the same way
        QString joined;
        for (const QString &part : written.split(u'\n'))
            joined += part.trimmed();
        const QString path = QDir::cleanPath(QDir(directiveBaseDirectory(call.state)).absoluteFilePath(joined));
        const QString canonical = QFileInfo(path).canonicalFilePath();
        if (canonical.isEmpty())
            scope->noteMissing(path); // the directive reports it; the page is read again when it appears
        scope->check(QStringLiteral("File"), shown, canonical);
    };
    if (const DirectiveSpec *include = reg->directive(QStringLiteral("include"))) {
        DirectiveSpec spec = *include;
        const auto run = include->run;
        spec.run = [run, root, insideTree](DirectiveCall &call) {
            const QString written = call.arguments.value(0).trimmed();
            if (written.startsWith(u'/'))
                call.arguments.first() = root + call.arguments.first();
            if (!call.arguments.isEmpty())
                insideTree(call, call.arguments.first().trimmed(), written);
            return run(call);
        };
        reg->addDirective(QStringLiteral("include"), spec);
    }
    for (const char *name : {"raw", "csv-table"}) {
        const DirectiveSpec *original = reg->directive(QLatin1String(name));
        if (!original)
            continue;
        DirectiveSpec spec = *original;
        const auto run = original->run;
        spec.run = [run, insideTree](DirectiveCall &call) {
            if (call.hasOption(QStringLiteral("file")))
                insideTree(call, call.options.value(QStringLiteral("file")).trimmed(),
                           call.options.value(QStringLiteral("file")).trimmed());
            return run(call);
        };
        reg->addDirective(QLatin1String(name), spec);
    }
    for (auto it = conf.extlinks.cbegin(); it != conf.extlinks.cend(); ++it)
        reg->addRole(it.key(), sphinxExternalLinkRole(it->first, it->second));
    if (!conf.manpagesUrl.isEmpty())
        reg->addRole(QStringLiteral("manpage"), sphinxManpageRole(conf.manpagesUrl));
    // openstackdocstheme: ":neutron-doc:`Title <admin/x.html>`" links into that project's docs
    for (const QString &project : std::as_const(conf.openstackProjects))
        reg->addRole(project.toLower() + QStringLiteral("-doc"),
                     sphinxExternalLinkRole(QStringLiteral("https://docs.openstack.org/%1/latest/").arg(project) +
                                                QStringLiteral("%s"),
                                            QString()));
    const ProjectExtensions extensions = ProjectExtensions::read(root, conf);
    registerExtensions(*reg, extensions);
    // ifconfig: conf.py's assignments, then the defaults setup() and the extensions declare
    const ConfValueLookup valueOf = [conf, defaults = extensions.configValues](const QString &name) -> std::optional<QString> {
        for (const QHash<QString, QString> *values : {&conf.literals, &conf.configDefaults, &defaults})
            if (auto it = values->constFind(name); it != values->cend())
                return *it;
        return std::nullopt;
    };
    reg->addDirective(QStringLiteral("ifconfig"), sphinxIfconfigDirective([valueOf](const QString &condition) {
                          return evaluateConfCondition(condition, valueOf);
                      }));
    return reg;
}

void addPlaceholders(Registry &registry, const QString &text)
{
    // Roles and directives of extensions Docent does not have: placeholders, never errors.
    forEachDirectiveName(text, [&](QStringView written) {
        const QString name = written.toString().toLower();
        if (!registry.directive(name))
            registry.addDirective(name, sphinxPlaceholderDirective());
    });
    forEachRoleName(text, [&](QStringView written) {
        if (!written.contains(u':'))
            return;
        const QString name = written.toString().toLower();
        if (!registry.role(name))
            registry.addRole(name, sphinxDomainRole());
    });
}

} // namespace Docent
