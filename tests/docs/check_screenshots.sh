#!/bin/sh
# The screenshot script, run as CI runs the tests: every picture of docs/ rendered afresh from the demo
# school into a folder of its own, each a real picture (not missing, not a blank of one colour).
# Usage: check_screenshots.sh SOURCE_DIR BUILD_DIR
set -eu
src=$1
build=$2
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
sh "$src/tests/gui/render_screenshots.sh" "$build" "$out" >/dev/null
/usr/bin/python3 - "$src/docs" "$out" <<'PY'
import pathlib, struct, sys, zlib
docs, out = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
problems = []
for shot in sorted(docs.glob("*.png")):
    made = out / shot.name
    if not made.is_file():
        problems.append(f"{shot.name}: not rendered")
        continue
    data = made.read_bytes()
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        problems.append(f"{shot.name}: not a PNG")
        continue
    width, height = struct.unpack(">II", data[16:24])
    if width < 400 or height < 250:
        problems.append(f"{shot.name}: {width}x{height}, too small for a window")
    if len(data) < 8000:  # a window of one colour compresses to a few hundred bytes
        problems.append(f"{shot.name}: {len(data)} bytes, an empty picture")
for p in problems:
    print(p)
print(f"{len(list(docs.glob('*.png')))} screenshots rendered and checked, {len(problems)} problems")
sys.exit(1 if problems else 0)
PY
