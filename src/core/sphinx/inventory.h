// The project-wide tables Sphinx's std domain keeps: labels, glossary terms, program options and
// environment variables, collected from parsed documents so cross-references can be resolved.
#pragma once

#include "problem.h"

#include <QHash>
#include <QList>
#include <QString>

namespace Docent {

class Node;

struct InventoryTarget {
    QString docname;
    QString anchor; ///< the id on the page ("label-name", "term-foo", "cmdoption-prog-x")
    QString title;  ///< what a reference without explicit title shows; empty for anonymous labels
    int line = 0;
    int serial = 0; ///< the labelled node's Node::serial() (section, figure ...), for its number
    QString objtype = QString(); ///< a domain object's type ("function", "class", "module" ...)
    QString figtype = QString(); ///< what :numref: numbers the labelled node as (Numbering::figureType)
    /// A Python object's first sentence of its description, for autosummary's table: kept here
    /// because the description's doctree may be released by the time a table needs it.
    QString summary = QString();
};

/// The first sentence of the first paragraph of the description `signature` opens (autosummary.cpp).
QString descriptionSummary(const Node &signature);

class Inventory final
{
public:
    /// Collects one document's targets. Also annotates its doctree the way Sphinx's std domain
    /// does: option signatures get their "cmdoption-..." ids, :option: references their program.
    void addDocument(const QString &docname, Node &doctree);
    /// Forgets what one document contributed (before it is parsed again).
    void removeDocument(const QString &docname);

    /// A label with a title (before a section, rubric, captioned figure/table/code, toctree caption).
    const InventoryTarget *label(const QString &name) const;
    /// Any explicit label, titled or not: enough for a reference with an explicit title.
    const InventoryTarget *anonymousLabel(const QString &name) const;
    const InventoryTarget *term(const QString &text) const;
    /// `program` as set by the program directive ("nova-manage-db"), empty for none.
    const InventoryTarget *option(const QString &program, const QString &name) const;
    const InventoryTarget *envvar(const QString &name) const;
    /// Another std-domain object by type: "token" ("group:name" or "name"), "confval".
    const InventoryTarget *object(const QString &type, const QString &name) const;

    /// An object of a domain (py, c, js, rst) by its qualified name ("os.path.join", "PyObject.ob_type").
    const InventoryTarget *domainObject(const QString &domain, const QString &name) const;
    /// The qualified names of a domain's objects whose last component is `last` ("join" ->
    /// "os.path.join", "shlex.join"), for Sphinx's search by suffix.
    QStringList domainNamesEndingIn(const QString &domain, const QString &last) const;

    /// Duplicate labels and the like, found while collecting.
    const QList<Problem> &problems() const { return m_problems; }

private:
    QHash<QString, InventoryTarget> m_labels, m_anonLabels, m_terms, m_options, m_envvars, m_objects, m_domainObjects;
    QMultiHash<QString, QString> m_byLastComponent; ///< "domain\x1flast" -> qualified name
    QList<Problem> m_problems;
};

} // namespace Docent
