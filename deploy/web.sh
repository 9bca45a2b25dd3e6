#!/usr/bin/env bash
# Builds the web front end into src/Silo/wwwroot; installs npm packages only when the lock file changed.
set -euo pipefail
cd "$(dirname "$0")/../src/Web"
if [[ ! -f node_modules/.package-lock.json || package-lock.json -nt node_modules/.package-lock.json ]]; then
  npm ci --no-audit --no-fund --loglevel=error
fi
npm run build --silent >/dev/null
echo "Web-klienten er bygget til src/Silo/wwwroot." >&2
