#!/usr/bin/env bash
# Runs the hostile-input battery of docs/security.md at full count and prints its tables:
#   ./fuzz.sh [--count N] [--graphql N] [--hub N] [--seed N] [--workers N] [--out docs/security.md]
# 100,000 malformed GraphQL requests and 100,000 malformed SignalR frames and operations against one Silo with
# demo data on its own PostgreSQL. Exits 1 on any server error, changed table or unhealthy server afterwards,
# printing the seed that replays it. Progress goes to standard error, the Markdown to standard output.
set -euo pipefail
cd "$(dirname "$0")"

deploy/prerequisites.sh postgresql
echo "Bygger ..." >&2
dotnet build tests/Benchmarks -c Release --nologo -v quiet -clp:ErrorsOnly >&2
exec dotnet run --project tests/Benchmarks -c Release --no-build -- fuzz "$@"
