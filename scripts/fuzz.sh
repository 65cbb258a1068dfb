#!/usr/bin/env bash
# Builds the libFuzzer harnesses of Fuzz/ (address + fuzzer sanitizers) and runs each for SECONDS
# (default 60) on its committed seed corpus (Fuzz/Corpus/json for the JSON reader, text for the rest), with the plan-keyword dictionary. Any crash, trap, timeout
# or memory growth fails the run and leaves the input under .build-fuzz/findings/<harness>/.
#   scripts/fuzz.sh [SECONDS] [HARNESS...]     harnesses: fuzz-text fuzz-json fuzz-export fuzz-xlsx
# FUZZ_SEED=N repeats a run's mutations (CI uses a fixed seed so that its verdict is repeatable; leave it
# unset to explore new ground).
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
shift || true
harnesses=("$@")
[ ${#harnesses[@]} -gt 0 ] || harnesses=(fuzz-text fuzz-json fuzz-export fuzz-xlsx)
scratch=.build-fuzz
mkdir -p "$scratch"
if ! swift build --package-path Fuzz --scratch-path "$scratch" -c debug \
    --sanitize=address --sanitize=fuzzer -Xswiftc -sanitize=fuzzer,address >"$scratch/build.log" 2>&1; then
  grep -v "Cannot export local symbol" "$scratch/build.log" | tail -40
  exit 1
fi
bin=$(swift build --package-path Fuzz --scratch-path "$scratch" -c debug --show-bin-path)
export SWIFT_BACKTRACE=enable=no ASAN_OPTIONS=detect_leaks=1
status=0
for harness in "${harnesses[@]}"; do
  seeds=Fuzz/Corpus/text
  [ "$harness" = fuzz-json ] && seeds=Fuzz/Corpus/json
  work=$scratch/corpus/$harness findings=$scratch/findings/$harness
  mkdir -p "$work" "$findings"
  echo "== $harness: ${seconds}s"
  seed_flag=()
  [ -z "${FUZZ_SEED:-}" ] || seed_flag=(-seed="$FUZZ_SEED")
  if ! "$bin/$harness" "$work" "$seeds" "${seed_flag[@]}" -dict=Fuzz/plan.dict -max_total_time="$seconds" -timeout=5 -rss_limit_mb=2048 \
      -max_len=65536 -artifact_prefix="$findings/" -print_final_stats=1 2>"$scratch/$harness.log"; then
    status=1
    tail -40 "$scratch/$harness.log"
  fi
  grep -E "^stat::number_of_executed_units|^stat::average_exec_per_sec|^stat::peak_rss_mb" "$scratch/$harness.log" || true
done
exit $status
