// The parts of the Sphinx layer a project adds to its own registry: link roles from conf.py,
// placeholders for extension constructs, and file-reading directives bound to the tree root.
#pragma once

#include "registry.h"

#include <functional>
#include <optional>

namespace Docent {

/// A cross-reference role (doc, ref, term, option ...): makes a <pending_xref> the project resolves.
/// `inner` is the tag of the node inside it ("inline", "literal").
RoleHandler sphinxXrefRole(const QString &type, const QString &inner = QStringLiteral("inline"),
                           const QString &domain = QStringLiteral("std"));
/// A role of a domain Docent does not know (":py:class:", ":oslo.config:option:"): code-styled
/// text that names the role, never an error.
RoleHandler sphinxDomainRole();
/// An extlinks-style role: `urlPattern` with %s for the target; `captionPattern` with %s, or empty
/// to show the target itself.
RoleHandler sphinxExternalLinkRole(const QString &urlPattern, const QString &captionPattern);

/// :manpage:`ls(1)`: emphasised, and a link when conf.py's manpages_url (a format with {page},
/// {section} and {path}) is given.
RoleHandler sphinxManpageRole(const QString &urlFormat);
/// confval (Sphinx 7.4's std domain) and productionlist: object descriptions :confval: and
/// :token: refer to.
void registerSphinxObjectDirectives(Registry &registry);
/// The object descriptions of Sphinx's domains: py (pydomain.cpp), c (cdomain.cpp), cpp
/// (cppdomain.cpp), std, rst and js (otherdomains.cpp), and default-domain.
void registerDomainDirectives(Registry &registry);
void registerPythonDomain(Registry &registry);
void registerCDomain(Registry &registry);
void registerCppDomain(Registry &registry);
void registerOtherDomains(Registry &registry);
/// The cross-reference roles of those domains (:py:func:, :c:type:, :rst:dir: ...).
void registerDomainRoles(Registry &registry);
/// Sphinx 8.2's :collapsible: option on every admonition (and seealso).
void allowCollapsibleAdmonitions(Registry &registry);

/// A directive Docent cannot evaluate (generated at build time by an extension): a placeholder
/// node naming it, its arguments, options and content. `origin` says what builds it ("the
/// project extension pyspecific (tools/extensions/pyspecific.py)"); empty when nothing Docent
/// read names it. With `parseContent` the content is shown as reST rather than as source.
DirectiveSpec sphinxPlaceholderDirective(const QString &origin = {}, bool parseContent = false);
/// ifconfig: its content when `condition` (evaluating the directive's Python expression over
/// conf.py's values) says true, nothing when false, and a placeholder showing the condition with
/// the content when it gives no answer (or there is no `condition`).
DirectiveSpec sphinxIfconfigDirective(std::function<std::optional<bool>(const QString &)> condition);
/// A role only an extension's code could evaluate: its text, plainly styled, naming the role and
/// `origin` for the reader (an extension_role node).
RoleHandler sphinxExtensionRole(const QString &origin);
/// An object type an extension adds (Sphinx's add_object_type / add_crossref_type): the
/// directive describes (or, for a crossref type, only marks) an object that the role `role`
/// refers to, with Sphinx's ids ("opcode-NOP") and an index entry from `indexTemplate`.
struct GenericObjectType {
    QString directive;
    QString role;
    QString indexTemplate; ///< "%s (opcode)", "pair: %s; topic"; empty: no index entry
    bool crossref = false;
    bool parsedSignature = false; ///< the name is the signature's first word, the rest shown after it
};
void registerGenericObjectType(Registry &registry, const GenericObjectType &type);
/// Placeholders for the extension directives known to need a build (autodoc, nova's, oslo's).
void registerSphinxPlaceholders(Registry &registry);
/// Sphinx's own extensions that need no Python: doctest's directives, math with :label: and :eq:.
void registerSphinxExtensionDirectives(Registry &registry);
/// versionadded, seealso, centered, hlist, glossary, only, index, program, option, graphviz ...
void registerSphinxBodyDirectives(Registry &registry);
/// Decides whether a directive may read a file, given its canonical path (links resolved) and
/// how the directive wrote it: returns when it may, throws a DirectiveError when not.
using FileGate = std::function<void(const QString &canonicalPath, const QString &shown)>;
/// code-block with its options, highlight and literalinclude. `root` is what "/x" names start
/// from and, without a `gate`, bounds the files literalinclude may read (empty: the document's
/// own folder); a gate decides instead.
/// Told of a file a directive asked for that does not exist (its absolute path).
using MissingFileNote = std::function<void(const QString &absolutePath)>;
void registerSphinxCodeDirectives(Registry &registry, const QString &root, FileGate gate = {}, MissingFileNote missing = {});

} // namespace Docent
