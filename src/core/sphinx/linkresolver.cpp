// References into other projects (intersphinx): a reference the tree itself cannot resolve is
// looked up, as Sphinx looks it up, in every inventory conf.py's intersphinx_mapping names
// (`:py:class:`str``), then, when its target starts with a project's name, in that project's
// inventory alone (`:ref:`packaging:core-metadata``).
#include "linkresolver_p.h"

#include "doctree/node.h"
#include "docnames.h"
#include "project.h"

#include <algorithm>

namespace Docent {
namespace {

// Each domain's object types and the roles that may name them, as Sphinx's domains declare them.
struct ObjectTypeRoles {
    const char *domain;
    const char *objtype;
    std::initializer_list<const char *> roles;
};

const QHash<QString, QStringList> &objtypesByRole()
{
    static const QHash<QString, QStringList> table = [] {
        static const ObjectTypeRoles types[] = {
            {"std", "label", {"ref", "keyword"}},
            {"std", "term", {"term"}},
            {"std", "doc", {"doc"}},
            {"std", "cmdoption", {"option"}},
            {"std", "option", {"option"}}, // how Sphinx before 1.6 wrote options
            {"std", "envvar", {"envvar"}},
            {"std", "token", {"token"}},
            {"py", "function", {"func", "obj"}},
            {"py", "data", {"data", "obj"}},
            {"py", "class", {"class", "exc", "obj"}},
            {"py", "exception", {"exc", "class", "obj"}},
            {"py", "method", {"meth", "attr", "obj"}}, // properties were methods before Sphinx 2.1
            {"py", "classmethod", {"meth", "obj"}},
            {"py", "staticmethod", {"meth", "obj"}},
            {"py", "attribute", {"attr", "obj"}},
            {"py", "property", {"attr", "obj"}},
            {"py", "module", {"mod", "obj"}},
            {"c", "member", {"var", "member", "data", "identifier"}},
            {"c", "var", {"var", "member", "data", "identifier"}},
            {"c", "function", {"func", "identifier", "type"}},
            {"c", "macro", {"macro", "identifier"}},
            {"c", "struct", {"struct", "identifier", "type"}},
            {"c", "union", {"union", "identifier", "type"}},
            {"c", "enum", {"enum", "identifier", "type"}},
            {"c", "enumerator", {"enumerator", "identifier"}},
            {"c", "type", {"identifier", "type"}},
            {"cpp", "class", {"class", "struct", "identifier", "type", "any"}},
            {"cpp", "union", {"union", "identifier", "type", "any"}},
            {"cpp", "function", {"func", "identifier", "type", "any"}},
            {"cpp", "member", {"member", "var", "identifier", "any"}},
            {"cpp", "type", {"identifier", "type", "any"}},
            {"cpp", "concept", {"concept", "identifier", "any"}},
            {"cpp", "enum", {"enum", "identifier", "type", "any"}},
            {"cpp", "enumerator", {"enumerator", "identifier", "any"}},
            {"js", "function", {"func"}},
            {"js", "method", {"meth"}},
            {"js", "class", {"class"}},
            {"js", "data", {"data"}},
            {"js", "attribute", {"attr"}},
            {"js", "module", {"mod"}},
            {"rst", "directive", {"dir"}},
            {"rst", "directive:option", {"dir"}},
            {"rst", "role", {"role"}},
        };
        QHash<QString, QStringList> out;
        for (const ObjectTypeRoles &t : types)
            for (const char *role : t.roles)
                out[QString::fromLatin1(t.domain) + u':' + QLatin1String(role)]
                    << QString::fromLatin1(t.domain) + u':' + QLatin1String(t.objtype);
        return out;
    }();
    return table;
}

// The inventory object types a reference may name: its domain's for its role; for an object
// type a project's extension adds (std), that type; for :any:, every type.
QStringList objtypesFor(const QString &domain, const QString &role)
{
    if (role == u"any") {
        QStringList all;
        for (const QStringList &types : objtypesByRole())
            for (const QString &t : types)
                if (!all.contains(t))
                    all << t;
        return all;
    }
    const QString key = (domain.isEmpty() ? QStringLiteral("std") : domain) + u':' + role;
    if (const auto it = objtypesByRole().constFind(key); it != objtypesByRole().cend())
        return *it;
    if (domain.isEmpty() || domain == u"std")
        return role == u"numref" ? QStringList() : QStringList{QStringLiteral("std:") + role};
    return {};
}

struct Found {
    const LinkInventories::OtherProject *project = nullptr;
    const LinkInventory::Entry *entry = nullptr;
};

Found findIn(const LinkInventories::OtherProject &p, const QStringList &objtypes, const QString &target)
{
    for (const QString &type : objtypes)
        if (const LinkInventory::Entry *e = p.inventory->find(type, target))
            return {&p, e};
    return {};
}

// The other projects in the order Sphinx searches them when no project is named: the one
// loaded last wins, the named ones by name, then the unnamed (old form) ones.
QList<const LinkInventories::OtherProject *> searchOrder(const LinkInventories &inventories)
{
    QList<const LinkInventories::OtherProject *> out;
    for (const LinkInventories::OtherProject &p : inventories.projects())
        if (p.inventory)
            out << &p;
    std::stable_sort(out.begin(), out.end(), [](auto *a, auto *b) {
        const bool aUnnamed = a->mapping.name == a->mapping.uri, bUnnamed = b->mapping.name == b->mapping.uri;
        return aUnnamed != bUnnamed ? aUnnamed : a->mapping.name > b->mapping.name;
    });
    return out;
}

XrefResolution external(const XrefContext &c, const Found &f, const QString &prefix, const QString &domain)
{
    XrefResolution r;
    r.state = XrefResolution::State::Link;
    const QString &base = f.project->mapping.uri;
    r.href = LinkInventories::isUrl(f.entry->location) || base.isEmpty()
                 ? f.entry->location
                 : (base.endsWith(u'/') ? base : base + u'/') + f.entry->location;
    if (!LinkInventories::isUrl(r.href))
        r.href = QStringLiteral("../").repeated(c.fromDoc.count(u'/')) + r.href; // a local build, beside the tree's
    const LinkInventory &inv = *f.project->inventory;
    r.title = inv.version().isEmpty() ? QStringLiteral("(in %1)").arg(inv.project())
                                      : QStringLiteral("(in %1 v%2)").arg(inv.project(), inv.version());
    const QString role = c.xref.attribute(QStringLiteral("reftype"));
    if (c.explicitTitle)
        r.text = c.shown;
    else if (f.entry->dispname.isEmpty() || ((domain.isEmpty() || domain == u"std") && role == u"keyword"))
        r.text = !prefix.isEmpty() && c.shown.startsWith(prefix + u':') ? c.shown.mid(prefix.size() + 1) : c.shown;
    else
        r.text = f.entry->dispname;
    return r;
}

} // namespace

std::optional<XrefResolution> resolveInOtherProjects(const XrefContext &c, const XrefResolution &local)
{
    const LinkInventories &inventories = c.project.linkInventories();
    if (inventories.projects().isEmpty())
        return std::nullopt;
    const QString domain = c.xref.attribute(QStringLiteral("refdomain"));
    const QString role = c.xref.attribute(QStringLiteral("reftype"));
    const QStringList objtypes = objtypesFor(domain, role);
    if (objtypes.isEmpty())
        return std::nullopt;
    QString target = c.target;
    if (role == u"ref" || role == u"keyword")
        target = normalizeName(target);
    // Any project, by the whole target (documents only by a named project, as Sphinx does).
    if (role != u"doc") {
        const QList<const LinkInventories::OtherProject *> order = searchOrder(inventories);
        for (const LinkInventories::OtherProject *p : order)
            if (const Found f = findIn(*p, objtypes, target); f.entry)
                return external(c, f, QString(), domain);
        const QString module = c.xref.attribute(QStringLiteral("py:module"));
        if (domain == u"py" && !module.isEmpty()) {
            const QString cls = c.xref.attribute(QStringLiteral("py:class"));
            const QString qualified = module + u'.' + (cls.isEmpty() ? QString() : cls + u'.') + target;
            for (const LinkInventories::OtherProject *p : order)
                if (const Found f = findIn(*p, objtypes, qualified); f.entry)
                    return external(c, f, QString(), domain);
        }
    }
    // "name:target": the named project alone.
    const qsizetype colon = target.indexOf(u':');
    const LinkInventories::OtherProject *named = colon > 0 ? inventories.project(target.left(colon)) : nullptr;
    if (!named) {
        if (local.state != XrefResolution::State::NotFound || inventories.missing().isEmpty())
            return std::nullopt;
        XrefResolution r = local; // perhaps in a project whose inventory is not here
        r.reason += QStringLiteral(" (not looked up in %1: no link inventory)").arg(inventories.missing().join(QStringLiteral(", ")));
        return r;
    }
    const QString name = named->mapping.name;
    if (named->inventory) {
        if (const Found f = findIn(*named, objtypes, target.mid(colon + 1)); f.entry)
            return external(c, f, name, domain);
        return std::nullopt;
    }
    XrefResolution r;
    r.state = XrefResolution::State::NotFound;
    r.text = c.explicitTitle || !c.shown.startsWith(name + u':') ? c.shown : c.shown.mid(name.size() + 1);
    r.reason = QStringLiteral("%1 is in the documentation of %2 (%3), whose link inventory is not on this computer: "
                              "%4")
                   .arg(target.mid(colon + 1), name, named->mapping.uri, named->problem);
    return r;
}

} // namespace Docent
