// Entry point of the reST parser: source text in, docutils-model doctree out.
#pragma once

#include "doctree/node.h"

#include <QString>

#include <memory>

namespace Docent {

class Registry;

/// Parses `text` as one reST document. `sourceName` ends up in <document source="...">.
/// `registry` decides which directives and roles exist (Registry::docutils() or Registry::sphinx()).
std::unique_ptr<Node> parseRst(const QString &text, const QString &sourceName, const Registry &registry);

} // namespace Docent
