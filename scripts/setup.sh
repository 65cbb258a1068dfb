#!/usr/bin/env bash
# Installs what WardPlan needs on Debian/Ubuntu; with --test, also what its tests read outputs with.
# Safe to run again: only missing packages are installed.
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(pkg-config)
if [ "${1:-}" = "--test" ]; then
  packages+=(python3-venv)
fi

missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if [ ${#missing[@]} -gt 0 ]; then
  sudo_cmd=""
  [ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

command -v swift >/dev/null || { echo "Swift 6 is needed: install it from swift.org first." >&2; exit 1; }
