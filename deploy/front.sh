#!/usr/bin/env bash
# A local nginx before the silos of ./run-cluster.sh: deploy/nginx.conf (the compose front) with this
# machine's silos and port instead of compose's, so a browser keeps one address and survives the loss
# of the silo it was on. Debian's nginx, which deploy/prerequisites.sh installs.
#   deploy/front.sh start DIR PORT SILO...   e.g. start .data/cluster/front 5079 127.0.0.1:5080 127.0.0.1:5081
#   deploy/front.sh stop DIR
set -euo pipefail

cmd=${1:-}; dir=${2:-}
[[ -n "$cmd" && -n "$dir" ]] || { echo "brug: $0 start DIR PORT SILO... | stop DIR" >&2; exit 2; }
mkdir -p "$dir"; dir=$(cd "$dir" && pwd)
conf=$(cd "$(dirname "$0")" && pwd)/nginx.conf

running() { [[ -f "$dir/nginx.pid" ]] && kill -0 "$(cat "$dir/nginx.pid")" 2>/dev/null; }

case "$cmd" in
  stop)
    if running; then
      pid=$(cat "$dir/nginx.pid")
      kill -QUIT "$pid"
      for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    fi
    rm -f "$dir/nginx.pid"
    ;;
  start)
    port=${3:-}; shift 3 || true
    [[ "$port" =~ ^[0-9]+$ && $# -gt 0 ]] || { echo "brug: $0 start DIR PORT SILO..." >&2; exit 2; }
    running && kill -QUIT "$(cat "$dir/nginx.pid")" && sleep 0.5
    if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
      echo "Port $port er optaget; fronten kan ikke starte." >&2; exit 1
    fi
    mkdir -p "$dir/tmp"
    # Compose's silos out, this machine's in after ip_hash; listen on loopback at PORT.
    awk -v servers="$*" -v port="$port" '
      /^[[:space:]]*server silo-/ { next }
      /^[[:space:]]*ip_hash;/ {
        print; n = split(servers, s, " ")
        for (i = 1; i <= n; i++) printf "    server %s max_fails=1 fail_timeout=10s;\n", s[i]
        next
      }
      /^[[:space:]]*listen 80;/ { sub(/listen 80;/, "listen 127.0.0.1:" port ";") }
      { print }' "$conf" > "$dir/front.conf"
    cat > "$dir/nginx.conf" <<CONF
pid $dir/nginx.pid;
error_log $dir/error.log;
events {}
http {
    access_log off;
    client_body_temp_path $dir/tmp/body;
    proxy_temp_path $dir/tmp/proxy;
    fastcgi_temp_path $dir/tmp/fastcgi;
    uwsgi_temp_path $dir/tmp/uwsgi;
    scgi_temp_path $dir/tmp/scgi;
    include $dir/front.conf;
}
CONF
    nginx -e "$dir/error.log" -p "$dir" -c "$dir/nginx.conf"
    for _ in $(seq 1 50); do
      (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && exit 0
      sleep 0.1
    done
    echo "Fronten svarede ikke; se $dir/error.log" >&2
    exit 1
    ;;
  *) echo "ukendt kommando: $cmd" >&2; exit 2 ;;
esac
