#include "freedmemory.h"

#if defined(DOCENT_HAVE_JEMALLOC)
#include <jemalloc/jemalloc.h>

#include <cstdint>
#include <cstdlib>
#include <new>
#include <string>
#elif defined(__GLIBC__)
#include <malloc.h>
#endif

#if defined(DOCENT_HAVE_JEMALLOC)
// C++'s sized deletes, taking the size as glibc's allocator does: not at all. jemalloc's own trust
// it to find the block's size class, and Chromium (in Qt WebEngine) deletes some objects with
// another size than they were made with (ASan's new-delete-type-mismatch, turned off for the
// window tests in tests/CMakeLists.txt for that reason): the blocks went to the wrong size class,
// and the window tests crashed wherever the heap was read next.
void operator delete(void *p) noexcept { std::free(p); }
void operator delete[](void *p) noexcept { std::free(p); }
void operator delete(void *p, std::size_t) noexcept { std::free(p); }
void operator delete[](void *p, std::size_t) noexcept { std::free(p); }
void operator delete(void *p, std::size_t, std::align_val_t) noexcept { std::free(p); }
void operator delete[](void *p, std::size_t, std::align_val_t) noexcept { std::free(p); }
#endif

namespace Docent {

void returnFreedMemory()
{
#if defined(DOCENT_HAVE_JEMALLOC)
    // jemalloc otherwise returns unused pages over about ten seconds; purging every arena now
    // costs a few milliseconds.
    static const std::string purgeAll = "arena." + std::to_string(MALLCTL_ARENAS_ALL) + ".purge";
    mallctl(purgeAll.c_str(), nullptr, nullptr, nullptr, 0);
#elif defined(__GLIBC__)
    malloc_trim(0);
#endif
}

bool allocatorIsJemalloc()
{
#if defined(DOCENT_HAVE_JEMALLOC)
    const char *version = nullptr;
    size_t size = sizeof(version);
    return mallctl("version", &version, &size, nullptr, 0) == 0 && version;
#else
    return false;
#endif
}

long long allocatedBytes()
{
#if defined(DOCENT_HAVE_JEMALLOC)
    // jemalloc's statistics are a snapshot, refreshed by advancing its epoch.
    uint64_t epoch = 1;
    size_t size = sizeof(epoch);
    mallctl("epoch", &epoch, &size, &epoch, size);
    size_t allocated = 0;
    size = sizeof(allocated);
    return mallctl("stats.allocated", &allocated, &size, nullptr, 0) == 0 ? static_cast<long long>(allocated) : -1;
#elif defined(__GLIBC__)
    const struct mallinfo2 heap = mallinfo2();
    return static_cast<long long>(heap.uordblks + heap.hblkhd);
#else
    return -1;
#endif
}

} // namespace Docent
