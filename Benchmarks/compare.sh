#!/usr/bin/env bash
# WardPlan against plain-C floors doing the same writing work on the same data (issue #11, items 5–6).
#
#   bash Benchmarks/compare.sh [INITIATIVES] [RUNS]      default 200000 initiatives, 3 runs
#
#   ONLY="decode csv xlsx-data xlsx-forms html text"   the items to run (default: all)
#   CHECK=0                                            skip the output comparison (bytes, cell values)
#
# Builds release wardplan as `make build` does (the Swift runtime linked in) and the floors (Floors/*.c, cc -O2
# with libxlsxwriter), generates the dataset with
# `wardplan generate --wards 100 --years 10 --initiatives INITIATIVES/1000 --seed 1` (about 12% more initiatives:
# the 案 versions), then runs WardPlan and each floor alternately RUNS times and takes medians of CPU times
# (user + system, to the microsecond: measure.py reads them from wait4). WardPlan's writing time is its export's CPU
# time minus its decode time — `wardplan summary --format json` on the same input — as issue #11 puts it ("CSV
# writing (export − decode)"); a floor's writing time is what it measures itself around its writing phase
# (clock_gettime CPU time). Peak RSS of every run comes from wait4 too. Then it checks that each floor wrote what WardPlan wrote: the same bytes for CSV and HTML,
# the same cell values (openpyxl) for both workbooks. Published text has no floor: `text` imports copies of the
# repository's samples, and one large plan (84,000 initiatives, about 20 MB) rendered by Floors/render_text.py. It needs python3, pkg-config, libxlsxwriter-dev, and
# the test venv (../.build-venv, made by `bash scripts/setup.sh --test`) for openpyxl.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
count=${1:-200000}
runs=${2:-3}
only=${ONLY:-decode csv xlsx-data xlsx-forms html text}
check=${CHECK:-1}
wants() { [[ " $only " == *" $1 "* ]]; }
fail() { echo "compare.sh: $*" >&2; exit 1; }

command -v pkg-config >/dev/null && pkg-config --exists xlsxwriter || fail "libxlsxwriter is missing: apt-get install pkg-config libxlsxwriter-dev"
python=$root/.build-venv/bin/python
"$python" -c "import openpyxl" 2>/dev/null || fail "openpyxl is missing: run 'bash scripts/setup.sh --test' in $root (it makes .build-venv)"

work=$here/compare-work
rm -rf "$work"
mkdir -p "$work/bin" "$work/runs"
echo "== building release wardplan and the floors" >&2
(cd "$root" && swift build -c release --static-swift-stdlib --product wardplan >&2)
wardplan=$root/.build/release/wardplan
for floor in csv_floor xlsx_data_floor xlsx_forms_floor html_floor; do
  cc -O2 -Wall -o "$work/bin/$floor" "$here/Floors/$floor.c" $(pkg-config --cflags --libs xlsxwriter)
done

data=$work/plans.jsonl
echo "== generating $count initiatives" >&2
"$wardplan" generate --wards 100 --years 10 --initiatives $((count / 1000)) --seed 1 --output "$data"
input_bytes=$(stat -c %s "$data")

# measure NAME COMMAND…: runs COMMAND under measure.py; appends "cpu_seconds peak_kb" to $work/NAME.times and
# the command's standard output to $work/NAME.out. (/usr/bin/time would print user and system time each in whole
# hundredths of a second: a tenth of the CSV writing time at 100,000 initiatives.)
measure() {
  local name=$1; shift
  python3 "$here/measure.py" "$work/$name.out" "$work/$name.err" "$@" >> "$work/$name.times" \
    || { cat "$work/$name.err" >&2; fail "$name failed: $*"; }
}
# floor NAME COMMAND…: as measure, and also appends the floor's own write_seconds to NAME.write.
floor() {
  local name=$1
  measure "$@"
  awk '/^write_seconds/ {print $2}' "$work/$name.out" | tail -1 >> "$work/$name.write"
}
median() { sort -g | awk '{a[NR] = $1} END {if (NR == 0) print "nan"; else if (NR % 2) print a[(NR + 1) / 2]; else print (a[NR / 2] + a[NR / 2 + 1]) / 2}'; }
col() { awk -v c="$2" '{print $c}' "$work/$1"; }
maxcol() { awk -v c="$2" 'BEGIN {m = 0} $c > m {m = $c} END {print m}' "$work/$1"; }

# Inputs the floors read, made once outside every timed phase: WardPlan's own outputs of the same data.
echo "== preparing the floors' inputs (not timed)" >&2
prep=$work/prep
mkdir -p "$prep"
if wants csv || wants xlsx-data; then
  "$wardplan" export "$data" --format csv --output "$prep/csv" --quiet 2>/dev/null
fi
if wants xlsx-data; then
  "$wardplan" export "$data" --format csv --no-formula-guard --output "$prep/csv-raw" --quiet 2>/dev/null
  "$wardplan" export "$data" --format xlsx --layout data --output "$prep/data.xlsx" --quiet 2>/dev/null
  python3 "$here/Floors/data_columns.py" "$prep/csv/datapackage.json" "$prep/data.xlsx" "$prep/columns.txt"
  python3 "$here/Floors/xlsx_dump.py" "$prep/data.xlsx" "$prep/summary.dump" --only 集計
fi
if wants xlsx-forms; then
  "$wardplan" export "$data" --format xlsx --layout forms --output "$prep/forms.xlsx" --quiet 2>/dev/null
  python3 "$here/Floors/xlsx_dump.py" "$prep/forms.xlsx" "$prep/forms.dump"
fi
if wants html; then
  "$wardplan" export "$data" --format html --output "$prep/html" --quiet 2>/dev/null
fi
if wants text; then
  # WardPlan has no text exporter: the published-text figure imports copies of the repository's text samples.
  mkdir -p "$prep/text"
  i=0
  for copy in $(seq 1 60); do
    for sample in "$root"/Tests/Fixtures/*.txt "$root"/Tests/Fixtures/samples/*.txt; do
      [ -f "$sample" ] || continue
      i=$((i + 1)); cp "$sample" "$prep/text/$i.txt"
    done
  done
  text_bytes=$(cat "$prep"/text/*.txt | wc -c)
  # A run of the 300 copies takes some 35 ms, about the time its process takes to start and end on a busy host:
  # each measurement validates them this many times in a row, so that one slow start weighs a tenth.
  text_rounds=10
  # And one large file: a plan of 84,000 initiatives in the 2020 layout, as the benchmark suite renders it (about
  # 20 MB, each issue's initiatives in one tab-separated cell, so lines of several MB).
  "$wardplan" generate --wards 1 --years 1 --first-year 2020 --initiatives 84000 --seed 3 --output "$prep/large-plan.jsonl"
  python3 "$here/Floors/render_text.py" "$prep/large-plan.jsonl" "$prep/large-text.txt"
  large_text_bytes=$(stat -c %s "$prep/large-text.txt")
fi

for run in $(seq 1 "$runs"); do
  echo "== run $run of $runs" >&2
  out=$work/runs/$run
  mkdir -p "$out"
  measure summary "$wardplan" summary "$data" --format json
  if wants csv; then
    measure wp-csv "$wardplan" export "$data" --format csv --output "$out/wp-csv" --quiet
    floor c-csv "$work/bin/csv_floor" "$prep/csv" "$out/c-csv"
  fi
  if wants xlsx-data; then
    measure wp-xlsx-data "$wardplan" export "$data" --format xlsx --layout data --output "$out/wp-data.xlsx" --quiet
    floor c-xlsx-data "$work/bin/xlsx_data_floor" "$prep/csv-raw/initiatives.csv" "$prep/columns.txt" "$prep/summary.dump" "$out/c-data.xlsx"
  fi
  if wants xlsx-forms; then
    measure wp-xlsx-forms "$wardplan" export "$data" --format xlsx --layout forms --output "$out/wp-forms.xlsx" --quiet
    floor c-xlsx-forms "$work/bin/xlsx_forms_floor" "$prep/forms.dump" "$out/c-forms.xlsx"
  fi
  if wants html; then
    measure wp-html "$wardplan" export "$data" --format html --output "$out/wp-html" --quiet
    floor c-html "$work/bin/html_floor" "$prep/html" "$out/c-html"
  fi
  if wants text; then
    measure wp-text sh -c 'for round in $(seq "$3"); do "$1" validate "$2" > /dev/null 2>&1; done; true' sh "$wardplan" "$prep/text" "$text_rounds"
    measure wp-large-text "$wardplan" summary "$prep/large-text.txt"
  fi
  if wants decode; then
    measure py-json python3 -c '
import json, sys
with open(sys.argv[1], "rb") as f:
    for line in f: json.loads(line)' "$data"
    if python3 -c "import orjson" 2>/dev/null; then
      measure py-orjson python3 -c '
import orjson, sys
with open(sys.argv[1], "rb") as f:
    for line in f: orjson.loads(line)' "$data"
    fi
  fi
  # Keep the last run's outputs for the check; drop earlier ones.
  [ "$run" -gt 1 ] && rm -rf "$work/runs/$((run - 1))"
done
last=$work/runs/$runs

# The figures.
decode=$(col summary.times 1 | median)
# The rows with the 案 versions are counted from the CSV, which is made only when CSV or the データ sheet runs.
counted=""
[ -f "$prep/csv/initiatives.csv" ] && counted=" ($(awk 'END {print NR - 1}' "$prep/csv/initiatives.csv") with the 案 versions)"
printf '\n'
echo "WardPlan $(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo '?') vs C floors — $count nominal initiatives$counted, input $(awk -v b="$input_bytes" 'BEGIN {printf "%.1f MB", b / 1e6}'), $runs runs, medians of CPU seconds"
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(free -g | awk '/Mem:/ {print $2}') GiB"
printf '%-34s %14s %14s %8s   %s\n' "work item" "WardPlan" "floor" "ratio" "target"
line() { printf '%-34s %14s %14s %8s   %s\n' "$@"; }
verdict() { awk -v v="$1" -v t="$2" -v op="$3" 'BEGIN {ok = (op == "le") ? v <= t : v >= t; print ok ? "ok" : "MISSED"}'; }
mbps() { awk -v b="$1" -v s="$2" 'BEGIN {if (s <= 0) print "inf"; else printf "%.1f", b / s / 1e6}'; }

if wants decode; then
  rate=$(mbps "$input_bytes" "$decode")
  py=$(col py-json.times 1 | median); pyrate=$(mbps "$input_bytes" "$py")
  if [ -s "$work/py-orjson.times" ]; then orj=$(col py-orjson.times 1 | median); orrate="$(mbps "$input_bytes" "$orj")"; else orrate="(no orjson)"; fi
  line "decode JSON Lines (summary) MB/s" "$rate" "json $pyrate" "" ">= 170 MB/s: $(verdict "$rate" 170 ge)"
  line "" "" "orjson $orrate" "" "(python3 json.loads / orjson.loads per line, for scale)"
fi
item() { # NAME LABEL TARGET [MIN_MBPS]
  local name=$1 label=$2 target=$3
  local wp c ratio
  wp=$(col "wp-$name.times" 1 | awk -v d="$decode" '{print $1 - d}' | median)
  c=$(median < "$work/c-$name.write")
  ratio=$(awk -v w="$wp" -v c="$c" 'BEGIN {if (c <= 0) print "inf"; else printf "%.2f", w / c}')
  line "$label" "$(printf '%.3f s' "$wp")" "$(printf '%.3f s' "$c")" "${ratio}x" "<= ${target}x: $(verdict "$ratio" "$target" le)"
  if [ -n "${4:-}" ]; then
    local bytes
    bytes=$(du -sb "$last/wp-$name" | cut -f1)
    line "" "$(mbps "$bytes" "$wp") MB/s" "$(mbps "$bytes" "$c") MB/s" "" ">= ${4} MB/s: $(verdict "$(mbps "$bytes" "$wp")" "$4" ge)"
  fi
}
wants csv && item csv "CSV writing (export - decode)" 1.5
wants xlsx-data && item xlsx-data "XLSX data (export - decode)" 1.10
wants xlsx-forms && item xlsx-forms "XLSX forms (export - decode)" 1.3
wants html && item html "HTML (export - decode)" 5 100
if wants text; then
  t=$(col wp-text.times 1 | median); trate=$(mbps $((text_bytes * text_rounds)) "$t")
  line "published text (validate) MB/s" "$trate" "" "" ">= 30 MB/s: $(verdict "$trate" 30 ge)  ($(ls "$prep/text" | wc -l) sample copies, $(mbps "$text_bytes" 1) MB, validated $text_rounds times a run)"
  t=$(col wp-large-text.times 1 | median); trate=$(mbps "$large_text_bytes" "$t")
  line "published text (summary) MB/s" "$trate" "" "" ">= 30 MB/s: $(verdict "$trate" 30 ge)  (one plan, $(mbps "$large_text_bytes" 1) MB)"
fi

echo
echo "peak RSS (MB, largest of the runs)        WardPlan        floor   target"
rss() { awk -v k="$(maxcol "$1" 2)" 'BEGIN {printf "%.1f", k / 1024}'; }
limit() { if [ "$count" -ge 1000000 ]; then echo "< 64 MB at 1M: $(verdict "$1" 64 le | sed 's/ok/ok/')"; else echo "(< 64 MB at 1M; this run is $count)"; fi; }
printf '%-40s %10s %12s   %s\n' "summary (decode)" "$(rss summary.times)" "" "$(limit "$(rss summary.times)")"
for pair in "csv:CSV" "xlsx-data:XLSX data" "xlsx-forms:XLSX forms" "html:HTML"; do
  name=${pair%%:*}; label=${pair#*:}
  wants "$name" || continue
  target=$(limit "$(rss "wp-$name.times")"); [ "$name" = xlsx-forms ] && target="(no target)"
  printf '%-40s %10s %12s   %s\n' "$label" "$(rss "wp-$name.times")" "$(rss "c-$name.times")" "$target"
done
if wants text; then
  printf '%-40s %10s %12s   %s\n' "published text, one $(mbps "$large_text_bytes" 1) MB plan" "$(rss wp-large-text.times)" "" \
    "< 64 MB for 20 MB: $(verdict "$(rss wp-large-text.times)" 64 le)"
fi

if [ "$check" = 1 ]; then
  echo
  echo "output check (last run):"
  status=0
  if wants csv; then
    if diff -rq "$last/wp-csv" "$last/c-csv" >/dev/null; then echo "  CSV: byte-identical ($(ls "$last/wp-csv" | wc -l) files)"; else echo "  CSV: DIFFERENT"; status=1; fi
  fi
  if wants html; then
    if diff -rq "$last/wp-html" "$last/c-html" >/dev/null; then echo "  HTML: byte-identical ($(ls "$last/wp-html" | wc -l) files)"; else echo "  HTML: DIFFERENT"; status=1; fi
  fi
  for pair in "xlsx-data:data" "xlsx-forms:forms"; do
    name=${pair%%:*}; book=${pair#*:}
    wants "$name" || continue
    "$python" "$here/Floors/xlsx_values.py" "$last/wp-$book.xlsx" > "$work/wp-$book.values" &
    "$python" "$here/Floors/xlsx_values.py" "$last/c-$book.xlsx" > "$work/c-$book.values"
    wait
    if cmp -s "$work/wp-$book.values" "$work/c-$book.values"; then
      echo "  XLSX $book: same cell values (openpyxl) in $(wc -l < "$work/wp-$book.values") sheets, $(awk '{n += $2} END {print n}' "$work/wp-$book.values") cells"
    else
      echo "  XLSX $book: DIFFERENT cell values: diff $work/wp-$book.values $work/c-$book.values"; status=1
    fi
  done
  [ "$status" = 0 ] || fail "a floor's output differs from WardPlan's"
fi
