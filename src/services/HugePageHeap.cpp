#include "services/HugePageHeap.h"

#include <cstdint>
#include <cstdlib>
#include <malloc.h>
#include <sys/mman.h>
#include <unistd.h>

namespace {
bool g_reserved = false;
}

bool HugePageHeap::reserve(std::size_t bytes)
{
#if defined(__GLIBC__) && defined(MADV_HUGEPAGE)
    if (std::getenv("KURATOR_SMALL_PAGES")) // to measure without, or on a system where it misbehaves
        return false;
    // The pad makes the next growth of the heap `bytes` long; trimming would shrink the range back
    // and the heap grown again later would lose the advice, so the heap keeps what it has. Blocks
    // up to 32 MB (a file's text, a list of 100,000 rows) come from the heap too, not from mappings
    // of their own (glibc's own ceiling for them, which it reaches anyway once such blocks are freed).
    if (!mallopt(M_TOP_PAD, int(bytes)) || !mallopt(M_TRIM_THRESHOLD, int(bytes * 2))
        || !mallopt(M_MMAP_THRESHOLD, 32 << 20))
        return false;
    // Larger than what the heap has free at its top, so the heap grows now, by `bytes` more; a top
    // already larger (a heap grown and freed before) is advised as it is.
    const std::size_t top = mallinfo2().keepcost;
    void *probe = top < (std::size_t(31) << 20) ? std::malloc(top + (std::size_t(1) << 20)) : nullptr;
    const auto end = reinterpret_cast<std::uintptr_t>(sbrk(0));
    const auto start = probe ? reinterpret_cast<std::uintptr_t>(probe) : end - top;
    constexpr std::uintptr_t huge = std::uintptr_t(2) << 20;
    const auto from = (start + huge - 1) & ~(huge - 1);
    const bool advised = from < end && madvise(reinterpret_cast<void *>(from), end - from, MADV_HUGEPAGE) == 0;
    std::free(probe);
    g_reserved = g_reserved || advised;
    return advised;
#else
    (void)bytes;
    return false;
#endif
}

extern "C" char end; // the end of the program's data: the main heap begins after it

void HugePageHeap::adviseThisThread()
{
#if defined(__GLIBC__) && defined(MADV_HUGEPAGE)
    if (!g_reserved)
        return;
    void *probe = std::malloc(64);
    const auto at = reinterpret_cast<std::uintptr_t>(probe);
    std::free(probe);
    if (at >= reinterpret_cast<std::uintptr_t>(&end) && at < reinterpret_cast<std::uintptr_t>(sbrk(0)))
        return; // the main heap, advised already
    // A thread's arena is one mapping of glibc's HEAP_MAX_SIZE (twice its largest mmap threshold,
    // 64 MB on 64-bit systems), aligned to its size, so the block tells where it begins.
    constexpr std::uintptr_t arena = std::uintptr_t(64) << 20;
    madvise(reinterpret_cast<void *>(at & ~(arena - 1)), arena, MADV_HUGEPAGE);
#endif
}
