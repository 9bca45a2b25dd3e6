#!/usr/bin/env bash
# A throwaway Redis of Recovery's own on loopback, never a system instance. It holds only the
# Orleans membership table of several silos, so nothing is saved to disk: a new start is a new cluster.
#   deploy/redis.sh start DIR [PORT]   start (installing redis-server if missing), print the port
#   deploy/redis.sh stop DIR
set -euo pipefail

cmd=${1:-}; dir=${2:-}
[[ -n "$cmd" && -n "$dir" ]] || { echo "brug: $0 start|stop DIR [PORT]" >&2; exit 2; }
mkdir -p "$dir"; dir=$(cd "$dir" && pwd)

if ! command -v redis-server >/dev/null; then
  echo "Installerer redis-server fra Debians pakker ..." >&2
  sudo_cmd=(); [[ $(id -u) == 0 ]] || sudo_cmd=(sudo)
  "${sudo_cmd[@]}" apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq redis-server >&2
fi

port_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
running() { [[ -f "$dir/redis.pid" ]] && kill -0 "$(cat "$dir/redis.pid")" 2>/dev/null; }
# Answers only if the instance on the port is this folder's, not a neighbour that took the port first.
ours() { [[ "$(redis-cli -h 127.0.0.1 -p "$1" config get dir 2>/dev/null | tail -n 1)" == "$dir" ]]; }

case "$cmd" in
  stop)
    if running; then
      pid=$(cat "$dir/redis.pid")
      kill "$pid"
      for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    fi
    rm -f "$dir/redis.pid"
    ;;
  start)
    if running && ours "$(cat "$dir/port")"; then
      cat "$dir/port"; exit 0
    fi
    port=${3:-$(cat "$dir/port" 2>/dev/null || echo 56379)}
    # As with PostgreSQL, a parallel run may take a free-looking port first: then try the next.
    for attempt in $(seq 1 20); do
      while ! port_free "$port"; do port=$((port + 1)); done
      rm -f "$dir/redis.pid"
      redis-server --bind 127.0.0.1 --port "$port" --protected-mode yes --dir "$dir" \
        --save "" --appendonly no --daemonize yes --pidfile "$dir/redis.pid" --logfile "$dir/redis.log"
      for _ in $(seq 1 50); do
        if ours "$port"; then
          echo "$port" > "$dir/port"
          echo "$port"
          exit 0
        fi
        [[ -f "$dir/redis.pid" ]] && ! running && break
        sleep 0.1
      done
      running && kill "$(cat "$dir/redis.pid")"
      port=$((port + 1))
    done
    echo "Redis kunne ikke starte; se $dir/redis.log" >&2
    exit 1
    ;;
  *) echo "ukendt kommando: $cmd" >&2; exit 2 ;;
esac
