#!/usr/bin/env bash
# Runs the fault scenarios of docs/reliability.md on real processes and prints their table:
#   ./fault-scenarios.sh [--runs N] [--clients N] [--seconds N] [--per-cluster N] [--out docs/reliability.md]
# Each run restarts PostgreSQL in the middle of one workshop and kill -9's a silo in the middle of another,
# on a cluster of two silo processes with its own PostgreSQL (fsync on) and Redis. Exits 1 if any run lost,
# duplicated or diverged. Progress goes to standard error, the Markdown table to standard output.
set -euo pipefail
cd "$(dirname "$0")"

deploy/prerequisites.sh postgresql redis-server
echo "Bygger ..." >&2
dotnet build src/Silo -c Release --nologo -v quiet -clp:ErrorsOnly >&2
dotnet build tests/Benchmarks -c Release --nologo -v quiet -clp:ErrorsOnly >&2
exec dotnet run --project tests/Benchmarks -c Release --no-build -- faults "$@"
