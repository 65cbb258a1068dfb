#!/usr/bin/env bash
# Measures the peak memory of `wardplan export --format xlsx --layout data` on a 1,000,000-initiative
# JSON Lines file, and fails if it is 64 MB or more. Not a unit test: a script to run by hand or in CI.
#   bash scripts/measure-large-export.sh [INITIATIVES]
set -euo pipefail
cd "$(dirname "$0")/.."
count=${1:-1000000}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
command -v /usr/bin/time >/dev/null || { echo "/usr/bin/time is missing: apt-get install time" >&2; exit 1; }
swift build -c release --static-swift-stdlib --product wardplan >/dev/null
# 100 wards × 10 years of plans with count/1,000 具体的取組 each (and the drafts some ward-years have).
.build/release/wardplan generate --wards 100 --years 10 --initiatives $((count / 1000)) --seed 1 --output "$work/plans.jsonl"
ls -l "$work/plans.jsonl" | awk '{printf "input: %.1f MB\n", $5 / 1048576}'
/usr/bin/time -v .build/release/wardplan export "$work/plans.jsonl" --format xlsx --layout data \
  --output "$work/plans.xlsx" 2> "$work/time.txt"
peak_kb=$(awk -F: '/Maximum resident set size/ {gsub(/ /, "", $2); print $2}' "$work/time.txt")
seconds=$(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' "$work/time.txt")
ls -l "$work/plans.xlsx" | awk '{printf "output: %.1f MB\n", $5 / 1048576}'
echo "peak memory: $((peak_kb / 1024)) MB (limit 64 MB); wall clock: $seconds"
[ "$peak_kb" -lt $((64 * 1024)) ] || { echo "peak memory is over 64 MB" >&2; exit 1; }
