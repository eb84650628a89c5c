#!/bin/sh
# The coordinator's consolidated view to docs/consolidated.png: three demo schools uploaded onto a
# PostgreSQL server by kurator-cli, the coordinator signed in with kurator --pg. Runs inside
# tests/server/with_postgres.sh, which starts the server and says how to reach it (KURATOR_TEST_PG).
# Usage: tests/server/with_postgres.sh sh tests/gui/render_consolidated.sh BUILD_DIR DOCS_DIR
set -eu
build=$1
docs=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}
cli="$build/bin/kurator-cli"
admin="$KURATOR_TEST_PG"
port=$(printf '%s' "$admin" | sed 's/.*port=\([0-9]*\).*/\1/')
"$cli" --pg "$admin" init >/dev/null
n=0
for school in "МБОУ СОШ № 1" "МАОУ Гимназия № 2" "МБОУ Лицей № 3"; do
  n=$((n + 1))
  KURATOR_NEW_PASSWORD=docs "$cli" --pg "$admin" server add-school "$school" --curator "docs_school$n" >/dev/null
  "$cli" --db "$tmp/school$n.sqlite" init --demo --seed "$((n * 11))" >/dev/null
  "$cli" --db "$tmp/school$n.sqlite" --pg "$admin" upload --school "$((n + 1))" >/dev/null
done
KURATOR_NEW_PASSWORD=docs "$cli" --pg "$admin" server add-coordinator docs_coordinator >/dev/null
"$build/bin/kurator" --pg "host=127.0.0.1 port=$port dbname=postgres user=docs_coordinator password=docs" \
  --screenshot "$docs/consolidated.png" 2>/dev/null
echo "docs/consolidated.png"
