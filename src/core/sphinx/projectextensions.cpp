#include "projectextensions.h"


#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>

namespace Docent {
namespace {

// Sphinx's directive classes a project's class may derive from, and the directive each one is.
const QHash<QString, QString> &sphinxDirectiveClasses()
{
    static const QHash<QString, QString> classes{
        {QStringLiteral("PyFunction"), QStringLiteral("py:function")},
        {QStringLiteral("PyModulelevel"), QStringLiteral("py:function")},
        {QStringLiteral("PyMethod"), QStringLiteral("py:method")},
        {QStringLiteral("PyClassmember"), QStringLiteral("py:method")},
        {QStringLiteral("PyClassMethod"), QStringLiteral("py:classmethod")},
        {QStringLiteral("PyStaticMethod"), QStringLiteral("py:staticmethod")},
        {QStringLiteral("PyClasslike"), QStringLiteral("py:class")},
        {QStringLiteral("PyAttribute"), QStringLiteral("py:attribute")},
        {QStringLiteral("PyVariable"), QStringLiteral("py:data")},
        {QStringLiteral("PyDecoratorFunction"), QStringLiteral("py:decorator")},
        {QStringLiteral("PyDecoratorMethod"), QStringLiteral("py:decoratormethod")},
        {QStringLiteral("VersionChange"), QStringLiteral("versionchanged")},
        {QStringLiteral("CodeBlock"), QStringLiteral("code-block")},
        {QStringLiteral("LiteralInclude"), QStringLiteral("literalinclude")},
        {QStringLiteral("Admonition"), QStringLiteral("admonition")},
        {QStringLiteral("SeeAlso"), QStringLiteral("seealso")},
    };
    return classes;
}

// The Sphinx directive a class of this source derives from, following its own classes' bases.
QString derivedDirective(const QString &className, const QHash<QString, QStringList> &bases, int depth = 0)
{
    if (const auto it = sphinxDirectiveClasses().constFind(className); it != sphinxDirectiveClasses().cend())
        return *it;
    if (depth > 8)
        return {};
    for (const QString &base : bases.value(className)) {
        const QString found = derivedDirective(base, bases, depth + 1);
        if (!found.isEmpty())
            return found;
    }
    return {};
}

// The file of module `name` (dotted) in one of `folders`, or empty.
QString moduleFile(const QString &name, const QStringList &folders)
{
    const QString relative = QString(name).replace(u'.', u'/');
    for (const QString &folder : folders) {
        for (const QString &candidate : {folder + u'/' + relative + QStringLiteral(".py"),
                                         folder + u'/' + relative + QStringLiteral("/__init__.py")}) {
            if (QFileInfo(candidate).isFile())
                return candidate;
        }
    }
    return {};
}

} // namespace

void ProjectExtensions::scan(const QString &source, const QString &origin)
{
    static const QRegularExpression classDef(QStringLiteral("^class\\s+(\\w+)\\s*\\(([^)]*)\\)\\s*:"),
                                             QRegularExpression::MultilineOption);
    QHash<QString, QStringList> bases;
    for (auto it = classDef.globalMatch(source); it.hasNext();) {
        const auto m = it.next();
        QStringList names;
        for (const QString &b : m.captured(2).split(u','))
            names << b.trimmed().section(u'.', -1);
        bases.insert(m.captured(1), names);
    }
    const QString str = QStringLiteral("\\s*['\"]([^'\"]+)['\"]\\s*");
    static const QRegularExpression role(
        QStringLiteral("\\b(?:add_role|add_generic_role|register_local_role|register_canonical_role)\\(") + str);
    for (auto it = role.globalMatch(source); it.hasNext();)
        roles.append({it.next().captured(1), origin});
    static const QRegularExpression domainRole(QStringLiteral("\\badd_role_to_domain\\(") + str + u',' + str);
    for (auto it = domainRole.globalMatch(source); it.hasNext();) {
        const auto m = it.next();
        roles.append({m.captured(1) + u':' + m.captured(2), origin});
    }
    static const QRegularExpression directive(
        QStringLiteral("\\b(?:add_directive|register_directive)\\(") + str + QStringLiteral(",\\s*([\\w.]+)"));
    for (auto it = directive.globalMatch(source); it.hasNext();) {
        const auto m = it.next();
        directives.append({m.captured(1), origin, derivedDirective(m.captured(2).section(u'.', -1), bases)});
    }
    static const QRegularExpression domainDirective(QStringLiteral("\\badd_directive_to_domain\\(") + str + u',' + str +
                                                    QStringLiteral(",\\s*([\\w.]+)"));
    for (auto it = domainDirective.globalMatch(source); it.hasNext();) {
        const auto m = it.next();
        const QString derives = derivedDirective(m.captured(3).section(u'.', -1), bases);
        directives.append({m.captured(1) + u':' + m.captured(2), origin, derives});
        if (m.captured(1) == u"py") // Sphinx's default domain: the bare name works too
            directives.append({m.captured(2), origin, derives});
    }
    static const QRegularExpression objectType(
        QStringLiteral("\\badd_(object|crossref)_type\\(") + str + u',' + str +
        QStringLiteral("(?:,\\s*(?:indextemplate\\s*=\\s*)?['\"]([^'\"]*)['\"]\\s*)?(?:,\\s*(?:parse_node\\s*=\\s*)?(\\w+))?"));
    for (auto it = objectType.globalMatch(source); it.hasNext();) {
        const auto m = it.next();
        ObjectType t;
        t.crossref = m.captured(1) == u"crossref";
        t.directive = m.captured(2);
        t.role = m.captured(3);
        t.indexTemplate = m.captured(4);
        t.parsedSignature = !t.crossref && !m.captured(5).isEmpty() && m.captured(5) != u"None";
        objectTypes.append(t);
    }
    static const QRegularExpression configValue(QStringLiteral("\\badd_config_value\\(") + str +
                                                QStringLiteral(",\\s*((?:['\"][^'\"]*['\"])|[\\w.+-]+)?"));
    for (auto it = configValue.globalMatch(source); it.hasNext();) {
        const auto m = it.next();
        configValues.insert(m.captured(1), m.captured(2));
    }
}

ProjectExtensions ProjectExtensions::read(const QString &root, const ConfFacts &conf)
{
    ProjectExtensions out;
    QStringList folders;
    for (const QString &path : conf.extensionPaths)
        folders << QDir::cleanPath(QDir(root).absoluteFilePath(path));
    folders << root;
    for (const QString &name : conf.extensions) {
        if (name.startsWith(QStringLiteral("sphinx."))) {
            out.sphinxExtensions << name;
            continue;
        }
        const QString file = moduleFile(name, folders);
        if (file.isEmpty()) {
            out.thirdParty << name;
            continue;
        }
        out.projectExtensions << name;
        QFile f(file);
        if (f.open(QIODevice::ReadOnly))
            out.scan(QString::fromUtf8(f.read(4 << 20)),
                     QStringLiteral("the project extension %1 (%2)").arg(name, QDir(root).relativeFilePath(file)));
    }
    return out;
}

} // namespace Docent
