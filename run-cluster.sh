#!/usr/bin/env bash
# Starts Recovery as one cluster of N silos on this machine, with demo data:
#   ./run-cluster.sh [N]   (default 2; silo i answers on http://localhost:508i, from 5080)
# Its own PostgreSQL and Redis (membership) under .data/cluster/, the web front end, N Silo processes,
# and an nginx front on http://localhost:5079 that keeps each browser on one silo and moves it when that silo stops.
# The first silo seeds the demo; the others only join. Silo-to-silo traffic stays on loopback.
# Ctrl-C stops everything it started; the next run reuses the PostgreSQL data.
set -euo pipefail
cd "$(dirname "$0")"

count=${1:-2}
[[ "$count" =~ ^[1-9]$ ]] || { echo "brug: $0 [ANTAL SILOS 1-9]" >&2; exit 2; }

deploy/prerequisites.sh postgresql redis-server nginx
data=.data/cluster
silos=()
stop() {
  deploy/front.sh stop "$data/front"
  for pid in "${silos[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${silos[@]}"; do wait "$pid" 2>/dev/null || true; done
  deploy/redis.sh stop "$data/redis"
  deploy/postgres.sh stop "$data/postgres"
}
trap stop EXIT
trap 'exit 130' INT TERM

pg_port=$(deploy/postgres.sh start "$data/postgres" 55440)
redis_port=$(deploy/redis.sh start "$data/redis" 56379)
psql -h 127.0.0.1 -p "$pg_port" -U postgres -tAc "SELECT 1 FROM pg_database WHERE datname = 'recovery'" | grep -q 1 \
  || createdb -h 127.0.0.1 -p "$pg_port" -U postgres recovery

deploy/web.sh
echo "Bygger Silo ..." >&2
dotnet build src/Silo -c Release --nologo -v quiet -clp:ErrorsOnly >&2

# Every silo must accept the tokens any other silo signed: one set of keys for this run.
key() { head -c 32 /dev/urandom | base64 -w 0; }
export ConnectionStrings__Recovery="Host=127.0.0.1;Port=$pg_port;Database=recovery;Username=postgres"
export Recovery__Cluster__Redis="127.0.0.1:$redis_port"
export Recovery__Auth__DemoSigningKey=$(key)
export Recovery__Workshops__GuestSigningKey=$(key)
export Recovery__CitizenMeasures__CodeSigningKey=$(key)
export Recovery__Demo__Enabled=true
# A production silo (the default environment) refuses to start with demo mode on.
export ASPNETCORE_ENVIRONMENT=Development
export Recovery__Demo__Country=true
# The local nginx front forwards from loopback: the guest door counts each browser, not the front.
export Recovery__Front__TrustedProxies=127.0.0.1

# Starts silo $1 (0-based) with its own HTTP and silo port; its log lines carry its number.
start_silo() {
  local i=$1 seed=$2
  (cd src/Silo && ASPNETCORE_URLS="http://localhost:$((5080 + i))" Recovery__Cluster__SiloPort=$((11111 + i)) \
    Recovery__Demo__Seed=$seed exec dotnet bin/Release/net10.0/Recovery.Silo.dll) > >(sed -u "s/^/[silo $((i + 1))] /") 2>&1 &
  silos+=($!)
}
await_silo() {
  local i=$1
  for _ in $(seq 1 120); do
    curl -fs "http://localhost:$((5080 + i))/health" >/dev/null 2>&1 && return 0
    kill -0 "${silos[$i]}" 2>/dev/null || { echo "Silo $((i + 1)) stoppede under opstart; se loggen ovenfor." >&2; exit 1; }
    sleep 0.5
  done
  echo "Silo $((i + 1)) svarede ikke på /health." >&2
  exit 1
}

# The first silo seeds the demo (the rest of the country in the background); the others join once it answers.
start_silo 0 true
await_silo 0
for i in $(seq 1 $((count - 1))); do start_silo "$i" false; done
for i in $(seq 1 $((count - 1))); do await_silo "$i"; done

front_port=5079
deploy/front.sh start "$data/front" "$front_port" $(for i in $(seq 0 $((count - 1))); do echo "127.0.0.1:$((5080 + i))"; done)

echo
echo "Recovery kører som én klynge af $count silos (Ctrl-C stopper alle):"
echo "  front (brug denne): http://localhost:$front_port  (nginx: samme silo pr. browser, en anden, hvis den stopper)"
for i in $(seq 0 $((count - 1))); do echo "  silo $((i + 1)): http://localhost:$((5080 + i))"; done
echo "Demo-login: http://localhost:$front_port/log-ind (samme login virker på alle silos)"
wait "${silos[@]}"
