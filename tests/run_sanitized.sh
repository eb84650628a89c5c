#!/bin/sh
# The whole test suite under AddressSanitizer and UndefinedBehaviorSanitizer, in a build tree of
# its own (build-asan, gcc): a memory error (overflow, use after free or return, double free) or
# undefined behaviour stops the program with a report, so its test fails. LeakSanitizer is off
# here: Qt's plugins and caches are left to the system at exit; KURATOR_LEAKS=1 turns it on, with
# the leaks of system libraries suppressed by name in tests/lsan.supp. Warnings are errors in the
# ordinary build; gcc's extra warnings under the sanitizers are not.
set -eu
cd "$(dirname "$0")/.."
cmake -S . -B build-asan -G Ninja -DKURATOR_SANITIZE=ON -DKURATOR_WERROR=OFF >/dev/null
cmake --build build-asan
export ASAN_OPTIONS="detect_leaks=${KURATOR_LEAKS:-0}:strict_string_checks=1:check_initialization_order=1:detect_stack_use_after_return=1"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
export LSAN_OPTIONS="suppressions=$(pwd)/tests/lsan.supp:print_suppressions=0"
ctest --test-dir build-asan --output-on-failure
