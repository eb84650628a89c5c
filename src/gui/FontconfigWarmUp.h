#pragma once
#include <thread>

// Loads fontconfig's configuration on a second core while the application starts. Otherwise the
// first text of the first window parses fontconfig's XML files on the main thread: 3–4 ms of every
// start, and on an X display the start spends that long waiting for the server anyway
// (docs/benchmarks.md). Waited for before the first window, so Qt's font database does not load the
// configuration a second time; the store is opened meanwhile.
class FontconfigWarmUp
{
public:
    FontconfigWarmUp();
    ~FontconfigWarmUp() { wait(); }
    FontconfigWarmUp(const FontconfigWarmUp &) = delete;
    FontconfigWarmUp &operator=(const FontconfigWarmUp &) = delete;

    void wait();

private:
    std::thread m_thread;
};
