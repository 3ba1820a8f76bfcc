#include "xrefresolvers.h"

#include "doctree/node.h"
#include "indices.h"
#include "linkresolver_p.h"
#include "project.h"
#include "docnames.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

namespace Docent {

XrefResolution XrefContext::link(const QString &docname, const QString &anchor, const QString &title) const
{
    XrefResolution r;
    r.state = XrefResolution::State::Link;
    r.href = (docname == fromDoc ? QString() : Project::relativeHref(fromDoc, docname)) +
             (anchor.isEmpty() ? QString() : u'#' + anchor);
    if (r.href.isEmpty())
        r.href = Project::relativeHref(fromDoc, docname);
    r.text = explicitTitle || title.isEmpty() ? shown : title;
    return r;
}

XrefResolution XrefContext::unresolved(const QString &reason) const
{
    return {XrefResolution::State::Unresolved, {}, shown, reason};
}

XrefResolution XrefContext::asText(const QString &reason) const
{
    return {XrefResolution::State::Text, {}, shown, reason};
}

namespace {

XrefResolution resolveDocRole(const XrefContext &c)
{
    const QString name = c.project.resolveDoc(c.fromDoc, c.target);
    if (name.isEmpty())
        return c.unresolved(QStringLiteral("unknown document: %1").arg(c.target));
    return c.link(name, QString(), c.project.document(name)->title);
}

// Sphinx's std domain: the label's figure, table, code block or section by its number, in
// numfig_format's words (or the reference's own text with %s / {number} / {name}).
XrefResolution resolveNumref(const XrefContext &c)
{
    const Inventory &inventory = c.project.inventory();
    const Numbering &numbering = c.project.numbering();
    const QString key = normalizeName(c.target);
    const InventoryTarget *t = inventory.label(key);
    const QString name = t ? t->title : QString();
    if (!t)
        t = inventory.anonymousLabel(key);
    if (!t)
        return c.unresolved(QStringLiteral("undefined label: %1").arg(c.target));
    const QString figtype = t->figtype;
    if (figtype.isEmpty())
        return c.unresolved(
            QStringLiteral("label %1 is not on a section, figure, table or code block, which :numref: numbers").arg(c.target));
    // Where Sphinx leaves the reference as written, without a link (and, with a reason, warns).
    if (figtype != u"section" && !c.project.conf().numfig)
        return c.asText(QStringLiteral("numfig is disabled in conf.py, so Sphinx ignores :numref:"));
    QString number;
    if (figtype == u"section") {
        if (!numbering.hasSectionNumbers(t->docname))
            return c.asText(QStringLiteral("no number is assigned for section %1 (its document is not under a "
                                           ":numbered: toctree)")
                                .arg(c.target));
        number = Numbering::text(numbering.section(t->serial));
        if (number.isEmpty())
            return c.asText(); // deeper than the toctree numbers: Sphinx says nothing
    } else {
        number = Numbering::text(numbering.figure(t->serial));
        if (number.isEmpty())
            return c.asText(QStringLiteral("no number is assigned for %1 %2 (it has no caption, or its document "
                                           "is not in the toctree)")
                                .arg(figtype, c.target));
    }
    const QString format = c.explicitTitle ? c.shown : c.project.conf().numfigFormat.value(figtype);
    if (format.contains(QStringLiteral("{name}")) && name.isEmpty())
        return c.asText(QStringLiteral("the link has no caption: %1").arg(format));
    XrefResolution r = c.link(t->docname, t->anchor, QString());
    r.text = Numbering::formatted(format, number, name);
    return r;
}

XrefResolution resolveRef(const XrefContext &c)
{
    const QString key = normalizeName(c.target);
    // Sphinx's own pages: the indices are pages of the tree (unless a document takes the name);
    // the reader has its own search, so "search" stays text.
    if (key == u"genindex" && !c.project.document(key))
        return c.link(QString::fromUtf16(kGenIndexDoc), QString(), QStringLiteral("Index"));
    if ((key == u"modindex" || key == u"py-modindex") && !c.project.document(QString::fromUtf16(kModIndexDoc)))
        return c.link(QString::fromUtf16(kModIndexDoc), QString(), QStringLiteral("Module Index"));
    if (key == u"search" && !c.project.document(key)) {
        XrefResolution r = c.asText();
        if (!c.explicitTitle)
            r.text = QStringLiteral("Search Page");
        return r;
    }
    const Inventory &inventory = c.project.inventory();
    if (const InventoryTarget *t = inventory.label(key))
        return c.link(t->docname, t->anchor, t->title);
    if (const InventoryTarget *t = inventory.anonymousLabel(key)) {
        if (c.explicitTitle)
            return c.link(t->docname, t->anchor, QString());
        return c.unresolved(QStringLiteral("label %1 has no title (it is not placed before a section, figure, table or "
                                           "captioned code block); give the reference an explicit title")
                                .arg(c.target));
    }
    return c.unresolved(QStringLiteral("undefined label: %1").arg(c.target));
}

XrefResolution resolveTerm(const XrefContext &c)
{
    if (const InventoryTarget *t = c.project.inventory().term(c.target))
        return c.link(t->docname, t->anchor, QString());
    return c.unresolved(QStringLiteral("term not in glossary: %1").arg(c.target));
}

// Sphinx's std domain: the option in the current program, then "prog sub --opt" forms.
XrefResolution resolveOption(const XrefContext &c)
{
    const Inventory &inventory = c.project.inventory();
    const QString program = c.xref.attribute(QStringLiteral("std:program"));
    QString rest = c.target.trimmed();
    if (const InventoryTarget *t = inventory.option(program, rest))
        return c.link(t->docname, t->anchor, QString());
    for (const QString &needle : {QStringLiteral("="), QStringLiteral("[="), QStringLiteral(" ")}) {
        if (!rest.contains(needle))
            continue;
        if (const InventoryTarget *t = inventory.option(program, rest.section(needle, 0, 0)))
            return c.link(t->docname, t->anchor, QString());
    }
    static const QRegularExpression ws(QStringLiteral("\\s+"));
    QStringList commands;
    while (rest.contains(ws)) {
        const qsizetype split = rest.indexOf(ws);
        commands << rest.left(split);
        rest = rest.mid(split).trimmed();
        if (const InventoryTarget *t = inventory.option(commands.join(u'-'), rest))
            return c.link(t->docname, t->anchor, QString());
    }
    return c.unresolved(program.isEmpty() ? QStringLiteral("unknown option: %1").arg(c.target)
                                          : QStringLiteral("unknown option: %1 (program %2)").arg(c.target, program));
}

XrefResolution resolveEnvvar(const XrefContext &c)
{
    if (const InventoryTarget *t = c.project.inventory().envvar(c.target))
        return c.link(t->docname, t->anchor, QString());
    return c.asText(); // Sphinx shows undocumented variables as code, without a warning
}

// Grammar tokens: Sphinx shows one it cannot find as code, without a warning.
XrefResolution resolveToken(const XrefContext &c)
{
    if (const InventoryTarget *t = c.project.inventory().object(QStringLiteral("token"), c.target))
        return c.link(t->docname, t->anchor, QString());
    return c.asText();
}

XrefResolution resolveConfval(const XrefContext &c)
{
    if (const InventoryTarget *t = c.project.inventory().object(QStringLiteral("confval"), c.target))
        return c.link(t->docname, t->anchor, QString());
    return c.unresolved(QStringLiteral("unknown configuration value: %1").arg(c.target));
}

// Sphinx's keywords are labels ("with" is the label before the with statement's section);
// one no label names is shown as code, without a warning.
XrefResolution resolveKeyword(const XrefContext &c)
{
    if (const InventoryTarget *t = c.project.inventory().label(c.target))
        return c.link(t->docname, t->anchor, QString());
    return c.asText();
}

// An extension's object type: Sphinx shows one it cannot find as code, warning only when nitpicky.
XrefResolution resolveGenericObject(const XrefContext &c)
{
    if (const InventoryTarget *t =
            c.project.inventory().object(c.xref.attribute(QStringLiteral("reftype")), c.target.trimmed()))
        return c.link(t->docname, t->anchor, t->title);
    return c.asText();
}

XrefResolution resolveDownload(const XrefContext &c)
{
    const Project::Document *from = c.project.document(c.fromDoc);
    const QString root = c.project.root();
    const QString docDir = QFileInfo(from ? from->path : root).absolutePath();
    const QString path = QDir::cleanPath(c.target.startsWith(u'/') ? root + c.target : docDir + u'/' + c.target);
    const QString canonical = QFileInfo(path).canonicalFilePath();
    if (canonical.isEmpty())
        return c.unresolved(QStringLiteral("download file not found: %1").arg(c.target));
    if (!(canonical + u'/').startsWith(QFileInfo(root).canonicalFilePath() + u'/'))
        return c.unresolved(QStringLiteral("download file is outside the documentation tree: %1").arg(c.target));
    return {XrefResolution::State::Link, urlPath(QDir(docDir).relativeFilePath(canonical)), c.shown, {}};
}

XrefResolution resolveAny(const XrefContext &c)
{
    const Inventory &inventory = c.project.inventory();
    if (const InventoryTarget *t = inventory.label(normalizeName(c.target)))
        return c.link(t->docname, t->anchor, t->title);
    const QString name = c.project.resolveDoc(c.fromDoc, c.target);
    if (!name.isEmpty())
        return c.link(name, QString(), c.project.document(name)->title);
    if (const InventoryTarget *t = inventory.term(c.target))
        return c.link(t->docname, t->anchor, QString());
    if (const InventoryTarget *t = inventory.option(c.xref.attribute(QStringLiteral("std:program")), c.target))
        return c.link(t->docname, t->anchor, QString());
    return c.unresolved(QStringLiteral("'any' reference target not found: %1").arg(c.target));
}

} // namespace

XrefResolvers XrefResolvers::standard()
{
    XrefResolvers r;
    r.add(QStringLiteral("doc"), resolveDocRole);
    r.add(QStringLiteral("ref"), resolveRef);
    r.add(QStringLiteral("numref"), resolveNumref);
    r.add(QStringLiteral("term"), resolveTerm);
    r.add(QStringLiteral("option"), resolveOption);
    r.add(QStringLiteral("envvar"), resolveEnvvar);
    r.add(QStringLiteral("keyword"), resolveKeyword);
    r.add(QStringLiteral("token"), resolveToken);
    r.add(QStringLiteral("confval"), resolveConfval);
    r.add(QStringLiteral("download"), resolveDownload);
    r.add(QStringLiteral("any"), resolveAny);
    r.add(QStringLiteral("eq"), resolveGenericObject); // an equation's number, "(1)"
    addDomainResolvers(r);
    return r;
}

void XrefResolvers::addGenericObjectType(const QString &objtype)
{
    if (!m_byType.contains(objtype))
        add(objtype, resolveGenericObject);
}

XrefResolution XrefResolvers::resolve(const Project &project, const QString &fromDoc, const Node &xref) const
{
    const XrefContext context{project, fromDoc, xref, xref.attribute(QStringLiteral("reftarget")), xref.astext(),
                              xref.hasAttribute(QStringLiteral("refexplicit"))};
    XrefResolution local = resolveHere(context);
    if (local.state == XrefResolution::State::Link)
        return local;
    // What the tree does not have may be in another project's (intersphinx).
    return resolveInOtherProjects(context, local).value_or(std::move(local));
}

XrefResolution XrefResolvers::resolveHere(const XrefContext &context) const
{
    const QString type = context.xref.attribute(QStringLiteral("reftype"));
    const QString domain = context.xref.attribute(QStringLiteral("refdomain"));
    if (!domain.isEmpty() && domain != u"std")
        if (const XrefResolver resolver = m_byType.value(domain + u':' + type))
            return resolver(context);
    if (const XrefResolver resolver = m_byType.value(type))
        return resolver(context);
    return context.unresolved(QStringLiteral("unknown reference type %1").arg(type));
}

} // namespace Docent
