#!/bin/sh
# Renders the main window on the demo school to docs/main-window.png (offscreen, no display needed).
# Usage: tests/gui/render_screenshots.sh [BUILD_DIR]
set -eu
build=${1:-build}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}
"$build/bin/kurator-cli" --db "$tmp/demo.sqlite" init --demo >/dev/null
"$build/bin/kurator" --db "$tmp/demo.sqlite" --screenshot "$(dirname "$0")/../../docs/main-window.png" 2>/dev/null
echo "docs/main-window.png"
