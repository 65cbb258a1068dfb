#!/usr/bin/env bash
# Opens a workbook with LibreOffice headless, converts it to PDF, prints every page's text (pages apart by a
# form feed) and turns one page (the first unless PAGE is given) into a PNG: xlsx-to-png.sh BOOK.xlsx OUT.png [PAGE]
set -euo pipefail
book=$(realpath "$1")
out=$2
page=${3:-1}
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
pdftotext -layout "$pdf" -
pdftoppm -png -r 80 -f "$page" -l "$page" -singlefile "$pdf" "${out%.png}"
