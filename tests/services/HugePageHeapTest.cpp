#include "services/HugePageHeap.h"

#include <QFile>
#include <QRegularExpression>
#include <catch2/catch.hpp>
#include <cstdint>
#include <cstdlib>
#include <memory>
#include <thread>
#include <vector>

namespace {
// Whether the kernel has transparent huge pages at all (the advice is taken even where the system
// chose "never", and then only costs nothing).
bool kernelHasHugePages()
{
    return QFile::exists(QStringLiteral("/sys/kernel/mm/transparent_hugepage/enabled"));
}

// The kernel's flags of the mapping that holds `address` ("hg": advised for huge pages).
QByteArray flagsOfMappingAt(const void *address)
{
    QFile smaps(QStringLiteral("/proc/self/smaps"));
    if (!smaps.open(QIODevice::ReadOnly | QIODevice::Text))
        return "(no /proc/self/smaps)";
    const auto at = reinterpret_cast<std::uintptr_t>(address);
    static const QRegularExpression range(QStringLiteral("^([0-9a-f]+)-([0-9a-f]+) "));
    bool inside = false;
    for (const QByteArray &line : smaps.readAll().split('\n')) { // a file of /proc has no size to read up to
        if (const auto m = range.match(QString::fromLatin1(line)); m.hasMatch())
            inside = m.captured(1).toULongLong(nullptr, 16) <= at && at < m.captured(2).toULongLong(nullptr, 16);
        else if (inside && line.startsWith("VmFlags:"))
            return line;
    }
    return {};
}
}

TEST_CASE("The heap, reserved, is advised for huge pages where the system has them")
{
#if defined(__SANITIZE_ADDRESS__) || !defined(__GLIBC__)
    SUCCEED("the sanitizer's allocator (or a libc other than glibc) keeps its own heap");
#else
    const bool reserved = HugePageHeap::reserve();
    REQUIRE(reserved == kernelHasHugePages());
    if (!reserved)
        return;
    // Blocks of megabytes (a file's text) come from that heap, and so do small ones once those freed
    // earlier are used up (after other tests, a block of 31 MB is larger than any of those).
    std::vector<std::unique_ptr<char, decltype(&std::free)>> blocks;
    const auto allocate = [&blocks](std::size_t size) {
        blocks.emplace_back(static_cast<char *>(std::malloc(size)), &std::free);
        REQUIRE(blocks.back());
        char *last = blocks.back().get() + size - 1; // the block may begin in the heap's first, unadvised part
        *last = 1;
        return last;
    };
    const char *big = allocate(std::size_t(31) << 20);
    CHECK(flagsOfMappingAt(big).contains(" hg"));
    const char *small = nullptr;
    for (int i = 0; i < 4000000 && small <= big; ++i)
        small = allocate(64);
    REQUIRE(small > big);
    INFO("big block ends at " << static_cast<const void *>(big) << ", small one at " << static_cast<const void *>(small));
    CHECK(flagsOfMappingAt(small).contains(" hg"));
#endif
}

TEST_CASE("A thread's own arena is advised as the heap is")
{
#if !defined(__SANITIZE_ADDRESS__) && defined(__GLIBC__)
    if (!HugePageHeap::reserve())
        return;
    QByteArray flags;
    std::thread([&flags] { // no Catch2 assertions off the test's thread
        HugePageHeap::adviseThisThread();
        const std::unique_ptr<char[]> block(new char[64]); // where the thread's next small block lives
        block[0] = 1;
        flags = flagsOfMappingAt(block.get());
    }).join();
    CHECK(flags.contains(" hg"));
#endif
}

TEST_CASE("KURATOR_SMALL_PAGES leaves the heap as glibc makes it")
{
    qputenv("KURATOR_SMALL_PAGES", "1");
    CHECK_FALSE(HugePageHeap::reserve());
    qunsetenv("KURATOR_SMALL_PAGES");
}
