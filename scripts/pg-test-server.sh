#!/usr/bin/env bash
# A throwaway PostgreSQL server for the test suite's PostgreSQL leg (`make test-pg`, .ci/run).
#
#   scripts/pg-test-server.sh run CMD [ARGS...]   start a server, run CMD with FLOORQC_TEST_PG
#                                                 set to its URL, stop and delete the server
#   scripts/pg-test-server.sh start               start one and print how to use and stop it
#   scripts/pg-test-server.sh stop DIR            stop one started with `start`
#
# The cluster lives in a fresh temporary folder, listens on 127.0.0.1 only, on a free port,
# with a random password: nothing of a real installation (the Debian "main" cluster, port
# 5432) is touched. Durability is switched off (fsync, synchronous_commit) because the data
# is thrown away; that only makes the tests faster, it changes nothing they check.
# PostgreSQL refuses to run as root, so as root the server runs as the "postgres" user the
# Debian package creates. The server binaries are installed with apt-get when missing.
set -euo pipefail

die() { echo "pg-test-server: $*" >&2; exit 1; }

bindir() {
  if command -v initdb >/dev/null 2>&1; then dirname "$(command -v initdb)"; return; fi
  # Debian keeps the server programs out of PATH, one folder per major version.
  ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1
}

install_server() {
  command -v apt-get >/dev/null 2>&1 \
    || die "no PostgreSQL server found; install one (Debian/Ubuntu: apt-get install postgresql)"
  local sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  echo "Installing the PostgreSQL server (apt-get install postgresql)"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq postgresql >/dev/null
}

free_port() {
  python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

# Run a server program as the server's owner.
as_owner() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

start() {
  local bin dir port password
  bin="$(bindir)"
  if [ -z "$bin" ] || [ ! -x "$bin/initdb" ]; then install_server; bin="$(bindir)"; fi
  [ -x "$bin/initdb" ] || die "initdb not found after installing postgresql"
  if [ "$(id -u)" -eq 0 ]; then
    id postgres >/dev/null 2>&1 || die "running as root needs the 'postgres' user (Debian's postgresql package creates it)"
  fi
  dir="$(mktemp -d "${TMPDIR:-/tmp}/floorqc-pg.XXXXXX")"
  chmod 700 "$dir"
  [ "$(id -u)" -eq 0 ] && chown postgres: "$dir"
  password="$(od -An -N16 -tx1 /dev/urandom | tr -d ' \n')"
  printf '%s\n' "$password" > "$dir/pwfile"
  [ "$(id -u)" -eq 0 ] && chown postgres: "$dir/pwfile"
  # C collation with UTF-8: text sorts by bytes, as SQLite's does, on every machine alike.
  as_owner "$bin/initdb" -D "$dir/data" -U postgres --pwfile="$dir/pwfile" \
    --auth-local=scram-sha-256 --auth-host=scram-sha-256 -E UTF8 --no-locale --no-sync \
    >"$dir/initdb.log" 2>&1 || { cat "$dir/initdb.log" >&2; die "initdb failed"; }
  rm -f "$dir/pwfile"
  port="$(free_port)"
  as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 start -o \
    "-c listen_addresses=127.0.0.1 -c port=$port -c unix_socket_directories=$dir \
     -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
    >/dev/null || { cat "$dir/server.log" >&2; die "the server did not start"; }
  echo "$bin" > "$dir/bindir"
  PG_DIR="$dir"
  PG_URL="postgresql+psycopg://postgres:$password@127.0.0.1:$port/postgres"
  echo "PostgreSQL $("$bin/postgres" --version | awk '{print $3}') test server on 127.0.0.1:$port ($dir)"
}

stop() {
  local dir="$1"
  [ -f "$dir/bindir" ] || die "$dir is not a test server started by this script"
  as_owner "$(cat "$dir/bindir")/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$dir"
}

case "${1:-}" in
  run)
    shift
    [ $# -gt 0 ] || die "usage: $0 run CMD [ARGS...]"
    start
    trap 'stop "$PG_DIR"' EXIT
    trap 'exit 130' INT TERM
    export FLOORQC_TEST_PG="$PG_URL"
    "$@"
    ;;
  start)
    start
    echo "export FLOORQC_TEST_PG='$PG_URL'"
    echo "stop it with: $0 stop $PG_DIR"
    ;;
  stop)
    [ $# -eq 2 ] || die "usage: $0 stop DIR"
    stop "$2"
    ;;
  *)
    die "usage: $0 run CMD [ARGS...] | start | stop DIR"
    ;;
esac
