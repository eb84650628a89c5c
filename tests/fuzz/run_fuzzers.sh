#!/bin/sh
# Builds the libFuzzer targets with Debian's clang (AddressSanitizer and UndefinedBehaviorSanitizer
# on) and runs each for a bounded time, starting from tests/fuzz/corpus. A crash, a leak, a timeout
# or a run over the memory limit leaves its input in build-fuzz/crashes/TARGET/; fix it, then copy the
# input to tests/fuzz/regressions/TARGET/ so that ctest replays it from then on.
#   tests/fuzz/run_fuzzers.sh [SECONDS_PER_TARGET] [TARGET...]      (default 60 s, all targets)
set -eu
cd "$(dirname "$0")/../.."
seconds=${1:-60}
[ $# -gt 0 ] && shift
targets=${*:-"csv xlsx docx roadmap_text text_template json_templates"}
build=build-fuzz

CC=clang-14 CXX=clang++-14 cmake -S . -B $build -G Ninja -DKURATOR_FUZZ=ON -DKURATOR_WERROR=OFF >/dev/null
ninja -C $build $(for t in $targets; do printf 'fuzz_%s ' "$t"; done)

failed=""
for t in $targets; do
  work=$build/corpus/$t
  crashes=$build/crashes/$t
  mkdir -p "$work" "$crashes"
  seeds=tests/fuzz/corpus/$t
  [ -d tests/fuzz/regressions/$t ] && seeds="$seeds tests/fuzz/regressions/$t"
  log=$build/fuzz-$t.log
  # New inputs go to the first directory (the working corpus), never into the sources.
  if QT_QPA_PLATFORM=offscreen ASAN_OPTIONS=detect_leaks=1 \
     "$build/bin/fuzz_$t" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=65536 \
       -artifact_prefix="$crashes/" -print_final_stats=1 "$work" $seeds >"$log" 2>&1; then
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log")
    cov=$(grep -o 'cov: [0-9]*' "$log" | tail -1)
    echo "$t: ok — $runs inputs in ${seconds} s, $cov"
  else
    echo "$t: FAILED — $(grep -m1 -E 'ERROR|SUMMARY|timeout|out-of-memory' "$log" || tail -1 "$log"); input in $crashes, log $log"
    failed="$failed $t"
  fi
done
[ -z "$failed" ] || { echo "Failed:$failed"; exit 1; }
