// What the object descriptions of Sphinx's domains (py, c, cpp, js, rst, std) share: the desc /
// desc_signature skeleton, the index node before it, signature pieces, references in signatures,
// and the content read in the object's context.
#pragma once

#include "registry.h"

#include <vector>

namespace Docent {

/// One entry of the index node before an object description: ("single", "join() (in module os.path)",
/// "os.path.join"). Not doctree/indexentry.h's IndexEntry, which the index pages read back.
struct ObjectIndexEntry {
    QString type, text, target;
};

/// The options every object description takes (no-index, noindex, no-index-entry, noindexentry,
/// no-contents-entry, nocontentsentry, canonical), plus `extra`.
QHash<QString, OptionKind> objectOptions(std::initializer_list<const char *> extra = {});
bool hasNoIndex(const DirectiveCall &call);
bool hasNoIndexEntry(const DirectiveCall &call);

/// The signatures the argument holds: one per line; a backslash before a line end joins lines.
QStringList signatureLines(const DirectiveCall &call);

/// <desc domain objtype desctype> with the noindex flag.
std::unique_ptr<Node> descNode(const DirectiveCall &call, const QString &domain, const QString &objtype);
/// An element holding one text: desc_name, desc_addname, desc_annotation, desc_sig_name ...
std::unique_ptr<Node> sigText(const QString &tag, const QString &text, int line);
/// A reference to an object of `domain` from a signature (a parameter's type), carrying the
/// reference context of the place it is written.
std::unique_ptr<Node> sigXref(const ParseState &state, const QString &domain, const QString &type,
                              const QString &target, const QString &text, int line);
/// Copies the reference context of `domain` ("py:module", "py:class", "c:parent" ...) onto a pending_xref.
void stampContext(Node &xref, const ParseState &state, const QString &domain);
/// Sphinx's index node: entries kept as Sphinx prints them, a Python list of 5-tuples
/// "[('single', 'join() (in module os.path)', 'os.path.join', '', None)]".
std::unique_ptr<Node> indexNode(const std::vector<ObjectIndexEntry> &entries, int line);
/// Registers the signature as the object `name` of its domain, with Sphinx's id `id` (and the
/// name itself as a second id when Sphinx's rule changes it).
void setObjectTarget(Node &signature, const QString &id, const QString &name);

/// Reads the directive's content into a desc_content appended to `desc`, with `context` in
/// force while it is read (the previous values come back after), then gathers its info fields.
void appendDescContent(DirectiveCall &call, Node &desc, const QHash<QString, QString> &context);

/// The directive's result: the index node (when it has entries) before the description.
NodeList descriptionResult(std::unique_ptr<Node> index, std::unique_ptr<Node> desc, NodeList messages = {});

/// Sphinx's doc field lists: ":param x:", ":type x:", ":returns:", ":raises E:" ... in the
/// content's field lists grouped into "Parameters", "Returns", "Raises" ... (infofields.cpp).
void groupInfoFields(Node &content, const ParseState &state, const QString &domain);

} // namespace Docent
