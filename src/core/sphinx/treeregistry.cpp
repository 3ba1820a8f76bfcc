#include "treeregistry.h"

#include "conffacts.h"
#include "readscope.h"
#include "rst/registry.h"
#include "rst/sphinxregistry.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

namespace Docent {

std::shared_ptr<Registry> makeTreeRegistry(const QString &root, const ConfFacts &conf,
                                           const std::shared_ptr<ReadScope> &scope)
{
    auto reg = std::make_shared<Registry>(Registry::sphinx());
    // literalinclude, "/x" relative to the tree, may read what the scope allows
    registerSphinxCodeDirectives(*reg, root, [scope](const QString &canonical, const QString &shown) {
        scope->check(QStringLiteral("Include file"), shown, canonical);
    });
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
        scope->check(QStringLiteral("File"), shown, QFileInfo(path).canonicalFilePath());
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
    // openstackdocstheme: ":neutron-doc:`Title <admin/x.html>`" links into that project's docs
    for (const QString &project : std::as_const(conf.openstackProjects))
        reg->addRole(project.toLower() + QStringLiteral("-doc"),
                     sphinxExternalLinkRole(QStringLiteral("https://docs.openstack.org/%1/latest/").arg(project) +
                                                QStringLiteral("%s"),
                                            QString()));
    return reg;
}

void addPlaceholders(Registry &registry, const QString &text)
{
    // Roles and directives of extensions Docent does not have: placeholders, never errors.
    static const QRegularExpression directiveRe(QStringLiteral("^[ \\t]*\\.\\.[ \\t]+([A-Za-z0-9_.:+-]+)::"),
                                                QRegularExpression::MultilineOption);
    static const QRegularExpression roleRe(QStringLiteral("(?<![\\w`]):([A-Za-z0-9_.+-]+(?::[A-Za-z0-9_.+-]+)*):`"));
    for (auto it = directiveRe.globalMatch(text); it.hasNext();) {
        const QString name = it.next().captured(1).toLower();
        if (!registry.directive(name))
            registry.addDirective(name, sphinxPlaceholderDirective());
    }
    for (auto it = roleRe.globalMatch(text); it.hasNext();) {
        const QString name = it.next().captured(1).toLower();
        if (name.contains(u':') && !registry.role(name))
            registry.addRole(name, sphinxDomainRole());
    }
}

} // namespace Docent
