#!/usr/bin/env bash
# Starts Recovery locally with demo data: its own PostgreSQL under .data/, the web front end, one Silo.
# Ctrl-C stops everything it started; the next run reuses the data.
set -euo pipefail
cd "$(dirname "$0")"

deploy/prerequisites.sh postgresql
data=.data/postgres
port=$(deploy/postgres.sh start "$data")
silo=""
stop() {
  [[ -n "$silo" ]] && kill "$silo" 2>/dev/null && wait "$silo" 2>/dev/null
  deploy/postgres.sh stop "$data"
}
trap stop EXIT
trap 'exit 130' INT TERM

psql -h 127.0.0.1 -p "$port" -U postgres -tAc "SELECT 1 FROM pg_database WHERE datname = 'recovery'" | grep -q 1 \
  || createdb -h 127.0.0.1 -p "$port" -U postgres recovery

deploy/web.sh
echo "Bygger Silo ..." >&2
dotnet build src/Silo -c Release --nologo -v quiet -clp:ErrorsOnly >&2

url=${ASPNETCORE_URLS:-http://localhost:5080}
export ASPNETCORE_URLS=$url
export ConnectionStrings__Recovery="Host=127.0.0.1;Port=$port;Database=recovery;Username=postgres"
export Recovery__Demo__Enabled=true
# A production silo (the default environment) refuses to start with demo mode on.
export ASPNETCORE_ENVIRONMENT=Development
# The rest of the country (96 municipalities) is seeded in the background; the URL is printed before it is done.
export Recovery__Demo__Country=true
(cd src/Silo && exec dotnet bin/Release/net10.0/Recovery.Silo.dll) &
silo=$!

first_url=${url%%;*}
health=${first_url/0.0.0.0/localhost}; health=${health/\[::\]/localhost}; health=${health/+/localhost}; health=${health/\*/localhost}
for _ in $(seq 1 120); do
  curl -fs "$health/health" >/dev/null 2>&1 && break
  kill -0 "$silo" 2>/dev/null || { echo "Silo stoppede under opstart; se loggen ovenfor." >&2; exit 1; }
  sleep 0.5
done
echo
echo "Recovery kører. Åbn $health i browseren (Ctrl-C stopper)."
echo "Demo-login: $health/log-ind"
wait "$silo"
