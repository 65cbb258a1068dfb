#!/usr/bin/env bash
# Renders the README's images of the HTML pages into docs/images with headless Chromium: the sample's page
# at 1000 px, and at a phone's 390 px a plan page and the index of several plans (the sample's 案, its
# constructed 確定 and the samples in other layouts, exported to one folder).
set -euo pipefail
cd "$(dirname "$0")/.."
swift build --product wardplan >/dev/null
wardplan="$(swift build --show-bin-path)/wardplan"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$wardplan" export Tests/Fixtures/higashisumiyoshi-r2-draft.txt --format html --output "$work/sample.html" --quiet
"$wardplan" export Tests/Fixtures/higashisumiyoshi-r2-draft.txt Tests/Fixtures/higashisumiyoshi-r2-final-constructed.json \
  Tests/Fixtures/samples/*.txt --format html --output "$work/site" --quiet
bash scripts/render-html.sh "$work/sample.html" docs/images/html-sample.png 1000,1400
bash scripts/render-html.sh "$work/site/2020-東住吉区-draft.html" docs/images/html-phone-plan.png 390,3800
bash scripts/render-html.sh "$work/site/index.html" docs/images/html-phone-index.png 390,1000
