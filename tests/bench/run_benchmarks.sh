#!/bin/sh
# Runs every benchmark of the foundation and prints the figures for docs/benchmarks.md.
# Usage: tests/bench/run_benchmarks.sh [BUILD_DIR]   (needs a Release or RelWithDebInfo build)
set -eu
build=${1:-build}
bin="$build/bin"
export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(date -u +%F)"
"$bin/bench_demo"
"$bin/bench_registry" 100000
"$bin/bench_kpi" 10000 5000
"$bin/bench_dashboard" 10000 5000
# The municipal server: on a PostgreSQL of its own (skipped, and said so, without the server binaries).
sh "$(dirname "$0")/../server/with_postgres.sh" "$bin/bench_server" 50 1000 || echo "bench_server: skipped or failed ($?)"

# Matching: the assignment step alone against scipy on the same dense random matrix (expanded by
# capacity there), then whole runs from the banks (scoring by every criterion, assignment, record).
for size in "2000 500" "5000 1250"; do
  set -- $size
  "$bin/bench_assignment" "$1" "$2" 4 "$tmp/matrix.bin"
  /usr/bin/python3 "$(dirname "$0")/scipy_assignment.py" "$tmp/matrix.bin" "$1" "$2" 4
  "$bin/bench_matching" "$1" "$2" 4
done

# The 100,000-row bank of mentees to Excel, against python3-xlsxwriter on the same rows.
"$bin/bench_export" make "$tmp/100k.sqlite" 100000
# In turns, so that a noisy machine slows both alike; python3-xlsxwriter writes the very rows of
# Kurator's workbook (read back with openpyxl first, not timed).
for turn in 1 2 3; do
  "$bin/bench_export" export "$tmp/100k.sqlite" "$tmp/kurator.xlsx" 3
  /usr/bin/python3 "$(dirname "$0")/xlsxwriter_baseline.py" "$tmp/kurator.xlsx" "$tmp/python.xlsx" 1
done

# The questionnaire import of 100,000 rows against pandas read_csv + to_sql on the same file.
/usr/bin/python3 "$(dirname "$0")/questionnaire_baseline.py" make "$tmp/q100k.csv" 100000
/usr/bin/python3 "$(dirname "$0")/questionnaire_baseline.py" load "$tmp/q100k.csv" "$tmp/pandas.sqlite"
"$bin/bench_import" "$tmp/q100k.csv"
# The floor under any import into Kurator's schema: its four tables' inserts alone, by SQLite.
"$bin/bench_sqlite_floor" "$tmp/q100k.csv"

# Start-up: kurator on a 10,000-person store against a bare Qt window, side by side, 15 runs each.
"$bin/bench_make_db" "$tmp/10k.sqlite" 10000
# Each program prints the wall-clock moment its window is first on the screen (exposed and drawn;
# kurator also when its registry is filled); the time counts from just before the process is started.
startup() {
  python3 - "$bin" "$tmp/10k.sqlite" "$1" <<'PY'
import statistics, subprocess, sys, time
bin_dir, db, platform = sys.argv[1], sys.argv[2], sys.argv[3]
def run(cmd):
    start = time.time() * 1000
    out = subprocess.run(cmd, check=True, capture_output=True, text=True).stdout
    moments = dict(line.split() for line in out.splitlines() if line.endswith(tuple("0123456789")))
    return {k: float(v) - start for k, v in moments.items()}
kurator, filled, bare, text = [], [], [], []
for _ in range(15):  # interleaved so that all see the same machine state
    k = run([f"{bin_dir}/kurator", "--db", db, "--quit-after-show"])
    kurator.append(k["shown_at_ms"]); filled.append(k["filled_at_ms"])
    bare.append(run([f"{bin_dir}/bench_bare_window"])["shown_at_ms"])
    text.append(run([f"{bin_dir}/bench_bare_window", "--text"])["shown_at_ms"])
k, f, b, t = (statistics.median(v) for v in (kurator, filled, bare, text))
print(f"startup_ms platform={platform} kurator_10k_shown_median={k:.1f} registry_filled_median={f:.0f} "
      f"bare_window_median={b:.1f} ratio={k / b:.2f} text_window_median={t:.1f} text_window_ratio={t / b:.2f}")
PY
}
startup "$QT_QPA_PLATFORM"
# And on a real X server, where «shown» includes mapping the window and the server drawing it.
if command -v Xvfb >/dev/null; then
  Xvfb :93 -screen 0 1920x1080x24 -nolisten tcp >/dev/null 2>&1 &
  xvfb=$!
  sleep 1
  DISPLAY=:93 QT_QPA_PLATFORM=xcb startup xcb
  kill "$xvfb"
fi
