#!/usr/bin/env bash
# Runs every test: decider specs and properties, grains on a real Orleans cluster and PostgreSQL,
# the real Silo over HTTP and SignalR, and the web front end in real Chromium.
set -euo pipefail
cd "$(dirname "$0")"

deploy/prerequisites.sh postgresql chromium
deploy/web.sh

log=$(mktemp)
set +e
dotnet test Recovery.sln -c Release 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
set -e
passed=$(grep -E '^\s+succeeded: [0-9]+' "$log" | tail -n 1 | grep -oE '[0-9]+' || echo 0)
failed=$(grep -E '^\s+failed: [0-9]+' "$log" | tail -n 1 | grep -oE '[0-9]+' || echo 0)
skipped=$(grep -E '^\s+skipped: [0-9]+' "$log" | tail -n 1 | grep -oE '[0-9]+' || echo 0)
rm -f "$log"
echo "$passed passed, $failed failed, $skipped skipped"
exit "$status"
