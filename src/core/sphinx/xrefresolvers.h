// Sphinx's cross-reference roles (:doc:, :ref:, :numref:, :term:, :option:, :envvar:, :download:,
// :token:, :confval:, :any: ...) resolved against a project's tables: one small function per reference type, found
// in a registry that Sphinx's domains extend.
#pragma once

#include "doctree/xrefresolution.h"

#include <QHash>
#include <QString>

namespace Docent {

class Node;
class Project;
struct InventoryTarget;

/// One pending_xref to resolve, and where it was written.
struct XrefContext {
    const Project &project;
    const QString &fromDoc;
    const Node &xref;
    QString target;     ///< reftarget
    QString shown;      ///< the reference's own text
    bool explicitTitle; ///< `title <target>` was written

    /// A link to `anchor` in `docname`, showing `title` unless the reference has its own.
    XrefResolution link(const QString &docname, const QString &anchor, const QString &title) const;
    XrefResolution unresolved(const QString &reason) const;
    /// Resolved (or left as written, with a reason Sphinx warns about) and shown without a link.
    XrefResolution asText(const QString &reason = {}) const;
};

using XrefResolver = XrefResolution (*)(const XrefContext &);

class XrefResolvers final
{
public:
    /// Sphinx's std roles, and those of the py, c, js and rst domains (keyed "py:func" ...).
    static XrefResolvers standard();
    /// References to objects of a type a project's extension adds (add_object_type): the
    /// reference type is the object type ("opcode").
    void addGenericObjectType(const QString &objtype);
    void add(const QString &reftype, XrefResolver resolver) { m_byType.insert(reftype, resolver); }
    /// The tree's answer; what the tree lacks is looked up in the other projects' inventories.
    XrefResolution resolve(const Project &project, const QString &fromDoc, const Node &xref) const;

private:
    /// The tree's own answer, before the other projects' inventories are asked.
    XrefResolution resolveHere(const XrefContext &context) const;

    QHash<QString, XrefResolver> m_byType;
};

/// The py, c, cpp, js and rst domains' resolvers (domainresolvers.cpp).
void addDomainResolvers(XrefResolvers &resolvers);
/// The Python object a py-domain reference names, by Sphinx's search rules; null when none.
const InventoryTarget *findPythonObject(const XrefContext &context);
/// An autosummary entry (a reference the autosummary directive made): its table row's summary
/// cell gets the first sentence of the object's description, where the tree describes it.
void fillAutosummarySummary(const Project &project, const QString &fromDoc, Node &xref);

} // namespace Docent
