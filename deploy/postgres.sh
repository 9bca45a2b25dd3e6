#!/usr/bin/env bash
# A throwaway PostgreSQL cluster of Recovery's own, never the system cluster.
#   deploy/postgres.sh start DIR [PORT]   initialise DIR on first use, start, print the port
#   deploy/postgres.sh stop DIR [fast|immediate]
# RECOVERY_PG_FAST=1 turns off fsync: for tests, whose data is thrown away.
set -euo pipefail

cmd=${1:-}; dir=${2:-}
[[ -n "$cmd" && -n "$dir" ]] || { echo "brug: $0 start|stop DIR [PORT]" >&2; exit 2; }
mkdir -p "$dir"; dir=$(cd "$dir" && pwd)

pgbin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }
if [[ -z "$(pgbin)" ]]; then
  echo "Installerer PostgreSQL fra Debians pakker ..." >&2
  apt-get update -qq >&2 && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >&2
fi
bin=$(pgbin)

# initdb refuses to run as root, so as root the cluster belongs to the postgres user.
as_owner() { if [[ $(id -u) == 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi; }
[[ $(id -u) == 0 ]] && chown postgres "$dir"

port_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

case "$cmd" in
  stop)
    # "immediate" skips the shutdown checkpoint, for a cluster whose folder is deleted next.
    mode=${3:-fast}
    [[ "$mode" == fast || "$mode" == immediate ]] || { echo "ukendt stop-måde: $mode" >&2; exit 2; }
    [[ -f "$dir/data/postmaster.pid" ]] && as_owner "$bin/pg_ctl" -D "$dir/data" -m "$mode" -w stop >&2 || true
    ;;
  start)
    if [[ ! -f "$dir/data/PG_VERSION" ]]; then
      as_owner "$bin/initdb" -D "$dir/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
    fi
    if as_owner "$bin/pg_ctl" -D "$dir/data" status >/dev/null 2>&1; then
      cat "$dir/port"; exit 0
    fi
    port=${3:-$(cat "$dir/port" 2>/dev/null || echo 55432)}
    mkdir -p "$dir/sock"; [[ $(id -u) == 0 ]] && chown postgres "$dir/sock"
    # Another cluster (a parallel test run) may take a free-looking port first: then try the next.
    for attempt in $(seq 1 20); do
      while ! port_free "$port"; do port=$((port + 1)); done
      opts="-c listen_addresses=127.0.0.1 -c port=$port -c unix_socket_directories=$dir/sock -c max_connections=300"
      [[ "${RECOVERY_PG_FAST:-}" == 1 ]] && opts="$opts -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
      if as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -o "$opts" start >/dev/null; then
        echo "$port" > "$dir/port"
        echo "$port"
        exit 0
      fi
      port=$((port + 1))
    done
    echo "PostgreSQL kunne ikke starte; se $dir/server.log" >&2
    exit 1
    ;;
  *) echo "ukendt kommando: $cmd" >&2; exit 2 ;;
esac
