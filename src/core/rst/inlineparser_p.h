// Recognises reST inline markup in a text block (emphasis, literals, roles, references ...).
#pragma once

#include "registry.h"

namespace Docent {

class ParseState;

class InlineParser final
{
public:
    explicit InlineParser(ParseState &state) : m_state(state) {}

    /// Parses `text` (raw source, backslashes intact) starting at source line `line`.
    /// Inline nodes go into `result.nodes`, system messages for the enclosing body into `result.messages`.
    /// Messages about duplicate target names go straight into `messageParent`, as in docutils, and
    /// name `stateLine` (0: `line`).
    RoleResult parse(const QString &text, int line, Node &messageParent, int stateLine = 0);

    /// "\*" -> "\0*": docutils' escape markers, so escaped characters never start markup.
    static QString escapeToNull(QStringView text);
    static void escapeInPlace(QString &text);
    /// Removes escape markers; escaped whitespace disappears with its backslash.
    static QString unescape(QStringView text, bool restoreBackslashes = false);
    /// A URI as written in a target or embedded reference: whitespace is dropped, escaped
    /// whitespace keeps one space. "a\\ b c" -> "a bc" (input with escape markers).
    static QString uriFromEscaped(const QString &text);
    /// "jdoe@example.com" (gets "mailto:" in targets).
    static bool isEmailAddress(const QString &uri);

    /// Plain text nodes keep their escape markers (for callers that split text further, like
    /// definition-list classifiers); they must unescape the pieces themselves.
    void setKeepEscapes(bool keep) { m_keepEscapes = keep; }

private:
    ParseState &m_state;
    bool m_keepEscapes = false;
};

} // namespace Docent
