#!/bin/sh
# The whole test suite under AddressSanitizer and UndefinedBehaviorSanitizer, in a build tree of
# its own (build-asan, gcc): a memory error, a leak or undefined behaviour stops the program with a
# report, so its test fails. Leaks inside system libraries the tests load (fontconfig, Qt's plugins)
# are suppressed by name in tests/lsan.supp; ours are not.
set -eu
cd "$(dirname "$0")/.."
cmake -S . -B build-asan -G Ninja -DKURATOR_SANITIZE=ON >/dev/null
cmake --build build-asan
export ASAN_OPTIONS="detect_leaks=1:strict_string_checks=1:check_initialization_order=1:detect_stack_use_after_return=1"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
export LSAN_OPTIONS="suppressions=$(pwd)/tests/lsan.supp:print_suppressions=0"
ctest --test-dir build-asan --output-on-failure
