#!/usr/bin/env bash
# Installs the Debian packages Recovery needs when they are missing:
#   deploy/prerequisites.sh PACKAGE...
# and checks the toolchains that come with the machine (.NET SDK, Node.js >= 20.19 for Vite 8).
set -euo pipefail

missing=()
for package in "$@"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if (( ${#missing[@]} )); then
  echo "Installerer ${missing[*]} fra Debians pakker ..." >&2
  sudo_cmd=(); [[ $(id -u) == 0 ]] || sudo_cmd=(sudo)
  "${sudo_cmd[@]}" apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq "${missing[@]}" >&2
fi

command -v dotnet >/dev/null || { echo "Mangler .NET SDK 10 (dotnet)." >&2; exit 1; }
node_version=$(node --version 2>/dev/null || echo v0)
if ! printf '%s\n' v20.19.0 "$node_version" | sort -V -C; then
  echo "Mangler Node.js >= 20.19 (fandt $node_version); Vite 8 kræver det." >&2
  exit 1
fi
