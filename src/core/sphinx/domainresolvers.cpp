// Cross-references of Sphinx's py, c, cpp, js and rst domains resolved with Sphinx's rules: the
// current module and class (or C scope) of the reference are searched first, a leading "."
// searches by suffix, and a reference to nothing described shows as code, as Sphinx shows it.
#include "xrefresolvers.h"

#include "doctree/node.h"
#include "project.h"

#include <QRegularExpression>

namespace Docent {
namespace {

XrefResolution notFound(const XrefContext &c)
{
    return {XrefResolution::State::NotFound, {}, c.shown,
            QStringLiteral("%1:%2 reference target not found: %3")
                .arg(c.xref.attribute(QStringLiteral("refdomain")), c.xref.attribute(QStringLiteral("reftype")),
                     c.target)};
}

// The object types a Python role may name when it searches by suffix.
bool pyRoleNames(const QString &role, const QString &objtype)
{
    if (role == u"obj" || role == u"any")
        return true;
    if (role == u"func")
        return objtype == u"function";
    if (role == u"data")
        return objtype == u"data";
    if (role == u"class" || role == u"exc")
        return objtype == u"class" || objtype == u"exception";
    if (role == u"meth")
        return objtype == u"method";
    if (role == u"attr")
        return objtype == u"attribute" || objtype == u"property";
    if (role == u"mod")
        return objtype == u"module";
    return false;
}

const InventoryTarget *findPy(const Inventory &inv, const QString &module, const QString &cls, QString name,
                              const QString &role, bool specific)
{
    if (name.endsWith(QStringLiteral("()")))
        name.chop(2);
    if (name.isEmpty())
        return nullptr;
    auto typed = [&](const QString &full) -> const InventoryTarget * {
        const InventoryTarget *t = inv.domainObject(QStringLiteral("py"), full);
        return t && pyRoleNames(role, t->objtype) ? t : nullptr;
    };
    if (specific) {
        if (!module.isEmpty() && !cls.isEmpty())
            if (const InventoryTarget *t = typed(module + u'.' + cls + u'.' + name))
                return t;
        if (!module.isEmpty())
            if (const InventoryTarget *t = typed(module + u'.' + name))
                return t;
        if (const InventoryTarget *t = typed(name))
            return t;
        const QString suffix = u'.' + name;
        QStringList candidates = inv.domainNamesEndingIn(QStringLiteral("py"), name.section(u'.', -1));
        candidates.sort(); // the same answer whatever order the tables hold them in
        for (const QString &full : std::as_const(candidates))
            if (full.endsWith(suffix))
                if (const InventoryTarget *t = typed(full))
                    return t;
        return nullptr;
    }
    const QString py = QStringLiteral("py");
    if (const InventoryTarget *t = inv.domainObject(py, name))
        return t;
    if (role == u"mod")
        return nullptr; // modules are only found by their full name
    if (!cls.isEmpty())
        if (const InventoryTarget *t = inv.domainObject(py, cls + u'.' + name))
            return t;
    if (!module.isEmpty())
        if (const InventoryTarget *t = inv.domainObject(py, module + u'.' + name))
            return t;
    if (!module.isEmpty() && !cls.isEmpty())
        if (const InventoryTarget *t = inv.domainObject(py, module + u'.' + cls + u'.' + name))
            return t;
    return nullptr;
}

} // namespace

const InventoryTarget *findPythonObject(const XrefContext &c)
{
    const QString role = c.xref.attribute(QStringLiteral("reftype"));
    const QString module = c.xref.attribute(QStringLiteral("py:module"));
    const QString cls = c.xref.attribute(QStringLiteral("py:class"));
    const bool specific = c.xref.hasAttribute(QStringLiteral("refspecific"));
    const Inventory &inv = c.project.inventory();
    const InventoryTarget *t = findPy(inv, module, cls, c.target, role, specific);
    if (!t && role == u"attr") // a property described as a method
        t = findPy(inv, module, cls, c.target, QStringLiteral("meth"), specific);
    return t;
}

namespace {

XrefResolution resolvePy(const XrefContext &c)
{
    if (const InventoryTarget *t = findPythonObject(c))
        return c.link(t->docname, t->anchor, QString());
    if (c.xref.hasAttribute(QStringLiteral("docent:signature")))
        return c.asText();
    return notFound(c);
}

// C: the name in the reference's scope, then in each enclosing one, then at the top.
XrefResolution resolveC(const XrefContext &c)
{
    QString name = c.target.trimmed();
    if (name.endsWith(QStringLiteral("()")))
        name.chop(2);
    static const QRegularExpression qualifiedName(QStringLiteral("^[A-Za-z_]\\w*(\\.[A-Za-z_]\\w*)*$"));
    if (!qualifiedName.match(name).hasMatch())
        return notFound(c); // "PyObject*": Sphinx finds no such name either
    const Inventory &inv = c.project.inventory();
    QString scope = c.xref.attribute(QStringLiteral("c:parent"));
    while (true) {
        if (const InventoryTarget *t = inv.domainObject(QStringLiteral("c"), scope.isEmpty() ? name : scope + u'.' + name))
            return c.link(t->docname, t->anchor, QString());
        if (scope.isEmpty())
            break;
        const qsizetype dot = scope.lastIndexOf(u'.');
        scope = dot < 0 ? QString() : scope.left(dot);
    }
    if (c.xref.attribute(QStringLiteral("reftype")) == u"identifier")
        return c.asText(); // a type in a signature Docent cannot find (size_t): plain, as in Sphinx
    return notFound(c);
}

XrefResolution resolveJs(const XrefContext &c)
{
    QString name = c.target;
    if (name.endsWith(QStringLiteral("()")))
        name.chop(2);
    const QString module = c.xref.attribute(QStringLiteral("js:module"));
    const QString object = c.xref.attribute(QStringLiteral("js:object"));
    QStringList candidates;
    if (!module.isEmpty() && !object.isEmpty())
        candidates << module + u'.' + object + u'.' + name;
    if (!module.isEmpty())
        candidates << module + u'.' + name;
    if (!object.isEmpty())
        candidates << object + u'.' + name;
    candidates << name;
    for (const QString &full : std::as_const(candidates))
        if (const InventoryTarget *t = c.project.inventory().domainObject(QStringLiteral("js"), full))
            return c.link(t->docname, t->anchor, QString());
    return notFound(c);
}

XrefResolution resolveRst(const XrefContext &c)
{
    const Inventory &inv = c.project.inventory();
    const QStringList prefixes = c.xref.attribute(QStringLiteral("reftype")) == u"role"
                                     ? QStringList{QStringLiteral("role:")}
                                     : QStringList{QStringLiteral("directive:"), QStringLiteral("directive:option:")};
    for (const QString &prefix : prefixes)
        if (const InventoryTarget *t = inv.domainObject(QStringLiteral("rst"), prefix + c.target))
            return c.link(t->docname, t->anchor, QString());
    return notFound(c);
}

// "foo::Widget<int>::size(int) const" -> "foo::Widget::size": template arguments and parameters
// are not part of the names the cpp domain keeps.
QString cppPlainName(const QString &target)
{
    QString name;
    int angle = 0;
    for (const QChar ch : target) {
        if (ch == u'(' && angle == 0)
            break;
        if (ch == u'<')
            ++angle;
        else if (ch == u'>' && angle > 0)
            --angle;
        else if (angle == 0 && !ch.isSpace())
            name += ch;
    }
    if (name.startsWith(QStringLiteral("::")))
        name.remove(0, 2);
    return name;
}

// C++: the name in the reference's scope (namespace and classes), then in each enclosing one.
XrefResolution resolveCpp(const XrefContext &c)
{
    const QString name = cppPlainName(c.target);
    const Inventory &inv = c.project.inventory();
    const QString separator = QStringLiteral("::");
    QString scope = c.target.trimmed().startsWith(separator) ? QString() : c.xref.attribute(QStringLiteral("cpp:parent"));
    while (!name.isEmpty()) {
        if (const InventoryTarget *t = inv.domainObject(QStringLiteral("cpp"), scope.isEmpty() ? name : scope + separator + name))
            return c.link(t->docname, t->anchor, QString());
        if (scope.isEmpty())
            break;
        const qsizetype cut = scope.lastIndexOf(separator);
        scope = cut < 0 ? QString() : scope.left(cut);
    }
    if (c.xref.hasAttribute(QStringLiteral("docent:signature")))
        return c.asText(); // a type in a signature Docent cannot find (std::string): plain, as in Sphinx
    return notFound(c);
}

} // namespace

void addDomainResolvers(XrefResolvers &r)
{
    for (const char *t : {"data", "exc", "func", "class", "const", "attr", "meth", "mod", "obj"})
        r.add(QStringLiteral("py:") + QLatin1String(t), resolvePy);
    for (const char *t : {"member", "data", "var", "func", "macro", "struct", "union", "enum", "enumerator", "type",
                          "identifier"})
        r.add(QStringLiteral("c:") + QLatin1String(t), resolveC);
    for (const char *t : {"func", "meth", "class", "data", "attr", "mod"})
        r.add(QStringLiteral("js:") + QLatin1String(t), resolveJs);
    for (const char *t : {"dir", "role"})
        r.add(QStringLiteral("rst:") + QLatin1String(t), resolveRst);
    for (const char *t : {"any", "class", "struct", "union", "func", "member", "var", "type", "concept", "enum",
                          "enumerator", "identifier"})
        r.add(QStringLiteral("cpp:") + QLatin1String(t), resolveCpp);
}

} // namespace Docent
