#!/usr/bin/env bash
# Opens a workbook with LibreOffice headless, converts it to PDF, prints the first page's text and
# turns that page into a PNG: xlsx-to-png.sh BOOK.xlsx OUT.png
set -euo pipefail
book=$(realpath "$1")
out=$2
for tool in libreoffice pdftoppm pdftotext; do
  command -v "$tool" >/dev/null || { echo "$tool is missing: run \`make test\` (or \`bash scripts/setup.sh --test\`)" >&2; exit 1; }
done
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# A profile of its own, so that runs in parallel or as another user do not clash.
timeout 300 libreoffice -env:UserInstallation="file://$work/profile" --headless --convert-to pdf --outdir "$work" "$book" \
  > "$work/convert.log" 2>&1 || { cat "$work/convert.log" >&2; exit 1; }
pdf="$work/$(basename "${book%.*}").pdf"
[ -s "$pdf" ] || { echo "LibreOffice wrote no PDF:" >&2; cat "$work/convert.log" >&2; exit 1; }
pdftotext -f 1 -l 1 -layout "$pdf" -
pdftoppm -png -r 80 -f 1 -l 1 -singlefile "$pdf" "${out%.png}"
