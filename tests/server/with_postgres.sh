#!/bin/sh
# Runs a test program against a PostgreSQL server of its own: Debian's server binaries, a cluster
# initialised in a temporary folder, on loopback at a free port, with password sign-in, stopped and
# removed at the end whatever the test does. KURATOR_TEST_PG tells the program how to reach it as the
# administrator. Without the binaries the tests are reported skipped (exit 77), never passed.
set -eu
# KURATOR_PG_BINDIR: another server's binaries (or none, to see the skip).
bindir=${KURATOR_PG_BINDIR:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)}
if [ -z "$bindir" ] || [ ! -x "$bindir/initdb" ] || [ ! -x "$bindir/pg_ctl" ]; then
  echo "ПРОПУЩЕНО: нет сервера PostgreSQL (пакет postgresql); тесты муниципального режима не запускались."
  exit 77
fi

dir=$(mktemp -d /tmp/kurator-pg.XXXXXX)
password="kurator-test-$(od -An -N6 -tx1 /dev/urandom | tr -d ' \n')"
printf '%s\n' "$password" > "$dir/password"
# initdb refuses to run as root: the cluster then belongs to Debian's postgres user.
as_owner=""
if [ "$(id -u)" -eq 0 ]; then
  chown postgres "$dir" "$dir/password"
  as_owner="runuser -u postgres --"
fi
port=$(/usr/bin/python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')

stop() {
  $as_owner "$bindir/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$dir"
}
trap stop EXIT INT TERM

$as_owner "$bindir/initdb" -D "$dir/data" -U kurator_admin --pwfile="$dir/password" --auth=scram-sha-256 \
  -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 || { cat "$dir/initdb.log"; exit 1; }
$as_owner "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
  -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c log_line_prefix='%m [%p] %d '" \
  start >/dev/null || { cat "$dir/server.log"; exit 1; }

export KURATOR_TEST_PG_LOG="$dir/server.log"
export KURATOR_TEST_PG="host=127.0.0.1 port=$port dbname=postgres user=kurator_admin password=$password"
status=0
"$@" || status=$?
[ "$status" -eq 0 ] || tail -n 40 "$dir/server.log"
exit "$status"
