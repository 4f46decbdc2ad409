#!/usr/bin/env bash
# Starts a throw-away PostgreSQL cluster for the server tests and prints the line to export:
#   eval "$(scripts/start-test-postgres.sh)"   # sets TEST_DATABASE_URL (and TEST_PG_DIR for stopping)
#   scripts/start-test-postgres.sh stop "$TEST_PG_DIR"
# The cluster lives in a temp folder, listens on 127.0.0.1 only, on a free port, and trusts local
# connections (it holds nothing but test databases). Tests create their own database each.
set -euo pipefail

PG_BIN="${PG_BIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)}"
[ -x "$PG_BIN/initdb" ] || { echo "initdb not found (install Debian's postgresql)" >&2; exit 1; }

# initdb refuses to run as root: run the server binaries as the postgres OS user when we are root.
as_pg() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

if [ "${1:-}" = stop ]; then
  dir="${2:?usage: $0 stop <dir>}"
  as_pg "$PG_BIN/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$dir"
  exit 0
fi

dir="$(mktemp -d /tmp/test-pg.XXXXXX)"
chmod 755 "$dir"
[ "$(id -u)" = 0 ] && chown postgres "$dir"
port="$(node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')"

as_pg "$PG_BIN/initdb" -D "$dir/data" -U postgres --auth=trust --encoding=UTF8 --no-locale >"$dir/initdb.log" 2>&1 \
  || { cat "$dir/initdb.log" >&2; exit 1; }
# Durability is pointless for a throw-away cluster; turning it off keeps tests fast on a shared machine.
# A benchmark of acknowledged (durable) writes keeps it: PG_DURABLE=1.
durability="-c fsync=off -c synchronous_commit=off -c full_page_writes=off"
[ "${PG_DURABLE:-}" = 1 ] && durability=""
as_pg "$PG_BIN/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w \
  -o "-c listen_addresses=127.0.0.1 -p $port -k $dir $durability -c max_connections=200" \
  start >/dev/null || { cat "$dir/server.log" >&2; exit 1; }

echo "export TEST_DATABASE_URL=postgres://postgres@127.0.0.1:$port/postgres"
echo "export TEST_PG_DIR=$dir"
