#pragma once
#include <cstddef>
#include <thread>

// Runs work(from, to) over [0, count) in two halves at once, the upper half on a second thread, when
// the list is long enough to repay starting a thread; otherwise over the whole list on this one.
// Returns where the upper half starts (count when not split). For the 100,000-row registries:
// their passes wait on memory, and the machine has a second core.
template<typename Work>
size_t inTwoHalves(size_t count, const Work &work)
{
    constexpr size_t kSplitFrom = 20000;
    if (count < kSplitFrom) {
        work(size_t(0), count);
        return count;
    }
    const size_t middle = count / 2;
    std::thread upper([&] { work(middle, count); });
    work(size_t(0), middle);
    upper.join();
    return middle;
}
