// The embedded manual and theme live in a static library, so they must be registered explicitly.
#pragma once

namespace Docent {

/// Makes :/manual and :/docent available; safe to call more than once.
void initCoreResources();

} // namespace Docent
