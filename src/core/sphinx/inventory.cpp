#include "inventory.h"

#include "doctree/node.h"
#include "numbering.h"

#include <QRegularExpression>

namespace Docent {
namespace {

// docutils' next_node(ascend=True): the next node in document order that is not a descendant.
Node *nextAscending(const Node &n)
{
    for (const Node *cur = &n; cur->parent(); cur = cur->parent()) {
        const Node *parent = cur->parent();
        for (size_t i = 0; i + 1 < parent->childCount(); ++i)
            if (parent->child(i) == cur)
                return parent->child(i + 1);
    }
    return nullptr;
}

// Nodes docutils' PropagateTargets will not move a label onto (Invisible and Targetable ones),
// plus the nodes Sphinx directives leave out of the doctree altogether.
bool isInvisible(const Node &n)
{
    return n.is(u"comment") || n.is(u"substitution_definition") || n.is(u"pending") || n.is(u"index") ||
           n.is(u"footnote") || n.is(u"citation") || n.isText();
}

bool isInternalTarget(const Node &n)
{
    return n.is(u"target") && !n.hasAttribute(QStringLiteral("refuri")) && !n.hasAttribute(QStringLiteral("refname")) &&
           !n.hasAttribute(QStringLiteral("refid")) && !(n.parent() && n.parent()->is(u"paragraph"));
}

// A "contents" topic's name ("contents", or its title's) is implicit, like a section's: Sphinx
// makes no label of it, so every page may have its own.
bool isContentsTopic(const Node &n)
{
    return n.is(u"topic") && n.classes.contains(QStringLiteral("contents"));
}

// The node a label target stands for: the next one, following chains of targets; the target
// itself when nothing suitable follows.
const Node *labelledNode(const Node &target)
{
    const Node *cur = &target;
    for (int guard = 0; guard < 64; ++guard) {
        Node *next = nextAscending(*cur);
        if (!next || (isInvisible(*next) && !next->is(u"target")))
            return cur;
        // Sphinx's program directive leaves no node: a label before it labels what follows it.
        if (next->is(u"program") || next->is(u"target")) {
            if (next->is(u"target") && !isInternalTarget(*next))
                return cur;
            cur = next;
            continue;
        }
        return next;
    }
    return cur;
}

// Sphinx's title for a label: section title, rubric text, caption of a figure, table or code block,
// toctree caption; empty when the label can only be used with an explicit title.
QString labelTitle(const Node &n)
{
    if (n.is(u"section"))
        return n.childCount() && n.child(0)->is(u"title") ? n.child(0)->astext() : QString();
    if (n.is(u"rubric"))
        return n.astext();
    if (n.is(u"definition_list")) { // Sphinx shows the first term (without its classifiers)
        const Node *term = n.findFirst(u"term");
        return term ? term->astext() : QString();
    }
    if (n.is(u"figure")) {
        const Node *caption = n.findFirst(u"caption");
        return caption ? caption->astext() : QString();
    }
    if (n.is(u"table")) {
        const Node *title = n.childCount() && n.child(0)->is(u"title") ? n.child(0) : nullptr;
        return title ? title->astext() : QString();
    }
    if (n.is(u"literal_block") || n.is(u"graphviz"))
        return n.attribute(QStringLiteral("caption"));
    if (n.is(u"toctree"))
        return n.attribute(QStringLiteral("caption"));
    if (n.is(u"container") || n.is(u"compound")) {
        if (const Node *t = n.findFirst(u"toctree"))
            return t->attribute(QStringLiteral("caption"));
    }
    return {};
}

struct Walker {
    const QString &docname;
    QHash<QString, InventoryTarget> &labels, &anonLabels, &terms, &options, &envvars, &objects, &domainObjects;
    QMultiHash<QString, QString> &byLastComponent;
    QList<Problem> &problems;
    QString program;

    void addLabel(const QString &name, const QString &anchor, const Node &labelled, int line)
    {
        if (name.isEmpty() || anchor.isEmpty())
            return;
        if (auto it = anonLabels.constFind(name); it != anonLabels.cend()) {
            problems.append({Problem::Severity::Warning, docname, QString(), line, QStringLiteral("label"),
                             QStringLiteral("duplicate label %1, other instance in %2").arg(name, it->docname)});
            return;
        }
        InventoryTarget t{docname, anchor, labelTitle(labelled), line, labelled.serial(), QString(),
                          Numbering::figureType(labelled)};
        anonLabels.insert(name, t);
        if (!t.title.isEmpty())
            labels.insert(name, t);
    }

    int todoCount = 0;

    // The first description of a name wins, as the first of duplicate labels does.
    void addObject(const Node &n, const QString &type, const QString &name)
    {
        if (name.isEmpty() || n.ids.isEmpty())
            return; // most nodes: no key built, no allocation
        const QString key = type + u'\x1f' + name;
        if (!objects.contains(key))
            objects.insert(key, {docname, n.ids.first(), name, n.line()});
    }

    // A later description of the same name replaces an earlier one, as in Sphinx's domains.
    void addDomainObject(const QString &domain, const QString &name, const QString &objtype, const Node &n)
    {
        if (name.isEmpty() || n.ids.isEmpty())
            return;
        const QString key = domain + u'\x1f' + name;
        if (!domainObjects.contains(key))
            byLastComponent.insert(domain + u'\x1f' + name.section(u'.', -1), name);
        InventoryTarget t{docname, n.ids.first(), name, n.line(), n.serial()};
        t.objtype = objtype;
        if (domain == u"py" && n.is(u"desc_signature"))
            t.summary = descriptionSummary(n);
        domainObjects.insert(key, t);
    }

    void addDomainObjects(const Node &n)
    {
        if (n.is(u"desc_signature") && n.hasAttribute(QStringLiteral("docent:object")) && n.parent()) {
            const QString domain = n.parent()->attribute(QStringLiteral("domain"));
            const QString objtype = n.attribute(QStringLiteral("docent:objtype"));
            addDomainObject(domain, n.attribute(QStringLiteral("docent:object")), objtype, n);
            addDomainObject(domain, n.attribute(QStringLiteral("docent:canonical")), objtype, n);
        } else if (n.is(u"target") && n.hasAttribute(QStringLiteral("module"))) {
            addDomainObject(QStringLiteral("py"), n.attribute(QStringLiteral("module")), QStringLiteral("module"), n);
        } else if (n.is(u"target") && n.hasAttribute(QStringLiteral("docent:domain"))) {
            addDomainObject(n.attribute(QStringLiteral("docent:domain")), n.attribute(QStringLiteral("docent:object")),
                            n.attribute(QStringLiteral("docent:objtype")), n);
        }
    }

    void visit(Node &n)
    {
        if (n.isText())
            return;
        if (n.is(u"desc_signature") || n.is(u"target"))
            addDomainObjects(n);
        if (n.is(u"todo_node") && n.ids.isEmpty())
            n.ids << QStringLiteral("todo-%1").arg(++todoCount); // so a todolist can link to it
        if (n.is(u"program")) {
            program = n.attribute(QStringLiteral("program"));
        } else if (isInternalTarget(n)) {
            const Node *labelled = labelledNode(n);
            for (qsizetype i = 0; i < n.names.size(); ++i)
                addLabel(n.names[i], n.ids.value(i, n.ids.value(0)), *labelled, n.line());
        } else if (!n.is(u"section") && !n.is(u"footnote") && !n.is(u"reference") && !n.is(u"target") &&
                   !n.is(u"document") && !n.is(u"substitution_definition") && !isContentsTopic(n) &&
                   !n.names.isEmpty()) {
            // a :name: option (or a citation): the node labels itself
            for (qsizetype i = 0; i < n.names.size(); ++i)
                addLabel(n.names[i], n.ids.value(i, n.ids.value(0)), n, n.line());
        }
        if (n.is(u"term") && n.parent() && n.parent()->parent() && n.parent()->parent()->parent() &&
            n.parent()->parent()->parent()->is(u"glossary") && !n.ids.isEmpty()) {
            const QString key = (n.hasAttribute(QStringLiteral("termtext")) ? n.attribute(QStringLiteral("termtext")) : n.astext()).toLower();
            if (!terms.contains(key))
                terms.insert(key, {docname, n.ids.first(), n.astext(), n.line()});
        }
        if (n.is(u"desc_signature") && n.hasAttribute(QStringLiteral("optnames"))) {
            const QStringList names = n.attribute(QStringLiteral("optnames")).split(u'\x1f', Qt::SkipEmptyParts);
            for (const QString &name : names) {
                QString prefix = QStringLiteral("cmdoption");
                if (!program.isEmpty())
                    prefix += u'-' + program;
                if (!name.startsWith(u'-') && !name.startsWith(u'/'))
                    prefix += QStringLiteral("-arg");
                const QString id = sphinxId(prefix + u'-' + name);
                if (!n.ids.contains(id))
                    n.ids << id;
                if (n.hasAttribute(QStringLiteral("noindex")))
                    continue;
                const QString key = program + u'\x1f' + name;
                if (!options.contains(key))
                    options.insert(key, {docname, id, name, n.line()});
            }
        }
        if (n.is(u"desc_signature") && n.hasAttribute(QStringLiteral("envvar")) && !n.ids.isEmpty())
            envvars.insert(n.attribute(QStringLiteral("envvar")), {docname, n.ids.first(),
                                                                  n.attribute(QStringLiteral("envvar")), n.line()});
        addObject(n, QStringLiteral("token"), n.is(u"production") ? n.attribute(QStringLiteral("token")) : QString());
        // Object types of the project's extensions (add_object_type): "opcode\x1fNOP".
        if (n.hasAttribute(QStringLiteral("genericobject"))) {
            // a crossref type's target may have handed its id to the paragraph it marks
            const QString object = n.attribute(QStringLiteral("genericobject"));
            const QString id = n.ids.value(0, n.attribute(QStringLiteral("refid")));
            if (!id.isEmpty() && !objects.contains(object))
                objects.insert(object, {docname, id,
                                        n.hasAttribute(QStringLiteral("objecttitle"))
                                            ? n.attribute(QStringLiteral("objecttitle"))
                                            : object.section(u'\x1f', 1),
                                        n.line()});
        }
        addObject(n, QStringLiteral("confval"),
                  n.is(u"desc_signature") ? n.attribute(QStringLiteral("confval")) : QString());
        if (n.is(u"pending_xref") && n.attribute(QStringLiteral("reftype")) == u"option" && !program.isEmpty())
            n.setAttribute(QStringLiteral("std:program"), program);
        for (const auto &c : n.children())
            visit(*c);
    }
};

} // namespace

void Inventory::addDocument(const QString &docname, Node &doctree)
{
    Walker w{docname, m_labels, m_anonLabels, m_terms, m_options, m_envvars, m_objects, m_domainObjects,
             m_byLastComponent, m_problems, {}};
    w.visit(doctree);
}

void Inventory::removeDocument(const QString &docname)
{
    for (auto *table : {&m_labels, &m_anonLabels, &m_terms, &m_options, &m_envvars, &m_objects})
        table->removeIf([&](const auto &it) { return it.value().docname == docname; });
    // Only the document's own names leave the last-component table: rebuilding its keys for every
    // object of a big tree took milliseconds on each save.
    m_domainObjects.removeIf([&](const auto &it) {
        if (it.value().docname != docname)
            return false;
        const QString &key = it.key(); // "domain\x1fqualified.name"
        const qsizetype split = key.indexOf(u'\x1f');
        const QString name = key.mid(split + 1);
        m_byLastComponent.remove(key.left(split + 1) + name.section(u'.', -1), name);
        return true;
    });
    m_problems.removeIf([&](const Problem &p) { return p.docname == docname; });
}

const InventoryTarget *Inventory::label(const QString &name) const
{
    auto it = m_labels.constFind(name);
    return it == m_labels.cend() ? nullptr : &*it;
}

const InventoryTarget *Inventory::anonymousLabel(const QString &name) const
{
    auto it = m_anonLabels.constFind(name);
    return it == m_anonLabels.cend() ? nullptr : &*it;
}

const InventoryTarget *Inventory::term(const QString &text) const
{
    auto it = m_terms.constFind(text.toLower());
    return it == m_terms.cend() ? nullptr : &*it;
}

const InventoryTarget *Inventory::option(const QString &program, const QString &name) const
{
    auto it = m_options.constFind(program + u'\x1f' + name);
    return it == m_options.cend() ? nullptr : &*it;
}

const InventoryTarget *Inventory::object(const QString &type, const QString &name) const
{
    auto it = m_objects.constFind(type + u'\x1f' + name);
    return it == m_objects.cend() ? nullptr : &*it;
}

const InventoryTarget *Inventory::domainObject(const QString &domain, const QString &name) const
{
    auto it = m_domainObjects.constFind(domain + u'\x1f' + name);
    return it == m_domainObjects.cend() ? nullptr : &*it;
}

QStringList Inventory::domainNamesEndingIn(const QString &domain, const QString &last) const
{
    return m_byLastComponent.values(domain + u'\x1f' + last);
}

const InventoryTarget *Inventory::envvar(const QString &name) const
{
    auto it = m_envvars.constFind(name);
    return it == m_envvars.cend() ? nullptr : &*it;
}

} // namespace Docent
