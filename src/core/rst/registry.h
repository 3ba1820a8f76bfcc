// Name -> handler tables for directives and interpreted-text roles; plain docutils is one filling of them.
#pragma once

#include "doctree/node.h"
#include "lines.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <vector>

namespace Docent {

class BlockParser;
class ParseState;

using NodeList = std::vector<std::unique_ptr<Node>>;

enum class OptionKind {
    Flag,       ///< no value allowed
    Text,       ///< any text, required
    OptionalText,
    Unchanged,  ///< any text, may be empty
    Int,        ///< non-negative integer
    Length,
    ClassList,  ///< space-separated names, normalised with makeId
    Name,       ///< normalised reference name
    Choice,     ///< one of DirectiveSpec::choices[option]
};

struct DirectiveCall;

struct DirectiveSpec {
    int requiredArguments = 0;
    int optionalArguments = 0;
    bool finalArgumentWhitespace = false;
    bool hasContent = false;
    QHash<QString, OptionKind> options;
    QHash<QString, QStringList> choices;
    /// Builds the nodes; errors are thrown as DirectiveError.
    std::function<NodeList(DirectiveCall &)> run;
};

struct DirectiveCall {
    QString name;
    QStringList arguments;
    QHash<QString, QString> options;
    Block content;
    int line = 0;           ///< line of the ".. name::" marker
    int contentLine = 0;    ///< first line of the content
    BlockText blockText;    ///< the whole directive as written, for error messages
    BlockParser &parser;
    ParseState &state;
    Node &parent;           ///< where the directive's nodes will go
    const DirectiveSpec &spec;
    /// The last line of the directive's block, blank lines included: where docutils' state
    /// machine stands while the directive runs, so the line its late messages name.
    int lastLine = 0;

    bool hasOption(const QString &o) const { return options.contains(o); }
    /// A system message to return among the directive's nodes.
    std::unique_ptr<Node> error(const QString &text) const;
};

/// Thrown by a directive to report "Error in "name" directive: ..." with the directive's source.
struct DirectiveError {
    QString message;
    int level = 3;
};

struct RoleCall {
    QString name;
    QString rawText;    ///< ":role:`text`" as written
    QString text;       ///< the interpreted text, with escape markers
    int line = 0;
    ParseState &state;
    QStringList classes; ///< from a custom role's :class:
    QHash<QString, QString> options; ///< a custom role's other options (code's :language:, raw's :format:)
};

struct RoleResult {
    NodeList nodes;
    NodeList messages;
};

using RoleHandler = std::function<RoleResult(RoleCall &)>;

class Registry final
{
public:
    void addDirective(const QString &name, DirectiveSpec spec) { m_directives.insert(name, std::move(spec)); }
    void addRole(const QString &name, RoleHandler handler) { m_roles.insert(name, std::move(handler)); }
    const DirectiveSpec *directive(const QString &name) const;
    const RoleHandler *role(const QString &name) const;
    /// The domain whose directives and roles unprefixed names mean first (Sphinx: "py"; plain
    /// docutils: none). "default-domain" changes it for the rest of a document.
    const QString &defaultDomain() const { return m_defaultDomain; }
    void setDefaultDomain(const QString &domain) { m_defaultDomain = domain; }

    /// docutils' own directives and roles.
    static const Registry &docutils();
    /// docutils plus the Sphinx layer (toctree, code-block, doc, ref, ...).
    static const Registry &sphinx();

private:
    QHash<QString, DirectiveSpec> m_directives;
    QHash<QString, RoleHandler> m_roles;
    QString m_defaultDomain;
};

void registerDocutilsDirectives(Registry &registry);
void registerTableDirectives(Registry &registry); ///< table, csv-table, list-table (tabledirectives.cpp)
void registerDocutilsRoles(Registry &registry);
void registerSphinxDirectives(Registry &registry);
void registerSphinxRoles(Registry &registry);
void registerIncludeDirective(Registry &registry); ///< include, and raw's :file: reading (includedirective.cpp)
void registerPartsDirectives(Registry &registry);  ///< contents, sectnum, header, footer, target-notes (partsdirectives.cpp)
void registerMetaDirectives(Registry &registry);   ///< meta, title, date, unicode, class, role, default-role (metadirectives.cpp)
void registerImageDirectives(Registry &registry);  ///< image, figure (imagedirectives.cpp)
void registerLiteralDirectives(Registry &registry); ///< code, raw, math (literaldirectives.cpp)
/// The directory a directive's relative file path resolves against: the including file's while an
/// included file is parsed, else the document's, else the working directory.
QString directiveBaseDirectory(const ParseState &state);

} // namespace Docent
