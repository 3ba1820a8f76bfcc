// Giving memory freed by the program back to the system: after a tree's doctrees are released,
// what they held should leave the resident size at once, not when the allocator gets to it.
#pragma once

namespace Docent {

/// Returns the allocator's free pages to the system: jemalloc's (when Docent is built with it)
/// or glibc's; elsewhere the system's allocator decides and this does nothing.
void returnFreedMemory();

/// Whether Docent's allocator is jemalloc (see CMakeLists.txt: DOCENT_JEMALLOC).
bool allocatorIsJemalloc();

/// The bytes the allocator has handed out and not had back (live data, not what is resident),
/// or -1 where it cannot tell.
long long allocatedBytes();

} // namespace Docent
