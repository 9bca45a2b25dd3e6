#!/usr/bin/env bash
# Runs every test: decider specs and properties, grains on a real Orleans cluster and PostgreSQL,
# the real Silo over HTTP and SignalR, the web front end in real Chromium, and the front end's own
# unit and property tests (vitest).
set -euo pipefail
cd "$(dirname "$0")"

deploy/prerequisites.sh postgresql chromium redis-server nginx
deploy/web.sh

log=$(mktemp)
web_log=$(mktemp)
set +e
(cd src/Web && NO_COLOR=1 npm test --silent) 2>&1 | tee "$web_log"
web_status=${PIPESTATUS[0]}
dotnet test Recovery.sln -c Release 2>&1 | tee "$log"
dotnet_status=${PIPESTATUS[0]}
set -e

# The last number matching a pattern in a log, or 0: the runners' own summaries, added up.
last() { grep -oE "$1" "$2" | tail -n 1 | grep -oE '[0-9]+' | tail -n 1 | grep . || echo 0; }
passed=$(( $(last 'succeeded: [0-9]+' "$log") + $(last 'Tests .*[0-9]+ passed' "$web_log") ))
failed=$(( $(last '^ +failed: [0-9]+' "$log") + $(last 'Tests +[0-9]+ failed' "$web_log") ))
skipped=$(last 'skipped: [0-9]+' "$log")
rm -f "$log" "$web_log"
echo "$passed passed, $failed failed, $skipped skipped"
(( web_status == 0 && dotnet_status == 0 )) || exit 1
