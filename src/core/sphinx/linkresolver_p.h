// References into the other projects conf.py's intersphinx_mapping names (linkresolver.cpp).
#pragma once

#include "xrefresolvers.h"

#include <optional>

namespace Docent {

/// What a reference the tree could not resolve (`local`) becomes with the other projects'
/// inventories: an external link, a notice naming the project whose inventory is missing, or
/// nullopt to keep `local`.
std::optional<XrefResolution> resolveInOtherProjects(const XrefContext &c, const XrefResolution &local);

} // namespace Docent
