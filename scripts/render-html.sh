#!/usr/bin/env bash
# Renders an HTML page to a PNG with headless Chromium: render-html.sh PAGE.html OUT.png [WIDTH,HEIGHT]
set -euo pipefail
page=$(realpath "$1")
out=$2
size=${3:-1200,1800}
browser=$(command -v chromium || command -v chromium-browser || true)
if [ -z "$browser" ]; then
  echo "chromium is missing: run \`make test\` (or \`bash scripts/setup.sh --test\`) to install it" >&2
  exit 1
fi
rm -f "$out"
timeout 120 "$browser" --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size="$size" \
  --screenshot="$out" "file://$page" >/dev/null 2>&1 || true
[ -s "$out" ] || { echo "chromium wrote no screenshot of $page" >&2; exit 1; }
