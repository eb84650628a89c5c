#pragma once
#include <cstddef>

// A program that reads big files asks, before anything else, for a heap backed by 2 MB pages.
// Importing 100,000 questionnaire rows builds about 240 MB of small strings, and glibc hands out
// heap memory 4 KB at a time: 60,000 page faults, each 1-6 µs (the most in a virtual machine, where
// the host backs the guest's memory at the first touch), a third of reading and checking the file.
// Here glibc grows the heap by `bytes` at once, keeps it (no trimming back to the system), and the
// kernel is asked (MADV_HUGEPAGE) to back that range with huge pages: a few hundred faults instead.
// Only address space is taken; memory is used as it is touched, 2 MB at a time.
namespace HugePageHeap {
// False where the system would not (a kernel without huge pages, a heap that could not grow): the
// heap then stays as glibc makes it, which only costs the faults. The environment variable
// KURATOR_SMALL_PAGES, set, leaves the heap alone too.
bool reserve(std::size_t bytes = std::size_t(512) << 20);

// The same advice for the arena of the calling thread. glibc gives threads that allocate at once
// arenas of their own (mappings of 64 MB), and a registry of 100,000 people is built on two such
// threads: called by a thread about to build something big. Nothing on the main heap, nor before
// reserve() took effect.
void adviseThisThread();
}
