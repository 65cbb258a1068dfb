# WardPlan — the two commands a newcomer needs:
#   make demo   installs what is missing, builds, and runs the main job on the sample plan
#   make test   installs what is missing (system packages, Python readers) and runs every test
SAMPLE := Tests/Fixtures/higashisumiyoshi-r2-draft.txt
OUT := out

.PHONY: demo test setup setup-test build sanitize fuzz

setup:
	bash scripts/setup.sh

setup-test:
	bash scripts/setup.sh --test

# The Swift runtime and Foundation linked in: the binary runs on a machine without Swift, starts in half the
# instructions and holds about 6 MB less resident memory (Benchmarks/README.md, twelfth round).
build: setup
	swift build -c release --static-swift-stdlib --product wardplan

demo: build
	mkdir -p $(OUT)
	.build/release/wardplan summary $(SAMPLE)
	.build/release/wardplan export $(SAMPLE) --format json --output $(OUT)/higashisumiyoshi-r2.json
	.build/release/wardplan export $(SAMPLE) --format csv --output $(OUT)/csv
	.build/release/wardplan export $(SAMPLE) --format html --output $(OUT)/higashisumiyoshi-r2.html
	.build/release/wardplan export $(SAMPLE) --format xlsx --output $(OUT)/higashisumiyoshi-r2.xlsx
	@echo "Wrote $(OUT)/higashisumiyoshi-r2.{json,html,xlsx} and $(OUT)/csv/ (with datapackage.json)"

test: setup-test
	WARDPLAN_PYTHON=$(CURDIR)/.build-venv/bin/python swift test

# Hardening, run by CI after `make test`: the suite under AddressSanitizer with leak detection, the
# concurrent export paths under ThreadSanitizer, and each fuzzer for FUZZ_SECONDS.
FUZZ_SECONDS ?= 60
# A fixed seed makes CI's fuzzing verdict repeatable; `make fuzz FUZZ_SEED=` explores with a random one.
FUZZ_SEED ?= 1

sanitize: setup-test
	WARDPLAN_PYTHON=$(CURDIR)/.build-venv/bin/python ASAN_OPTIONS=detect_leaks=1 LSAN_OPTIONS=suppressions=$(CURDIR)/Tests/lsan.supp \
	  swift test --scratch-path .build-asan --sanitize=address --disable-xctest
	swift test --scratch-path .build-tsan --sanitize=thread --disable-xctest --filter "WardPlanExportTests|CLILibraryTests|SourceMapTests"

fuzz: setup
	FUZZ_SEED=$(FUZZ_SEED) bash scripts/fuzz.sh $(FUZZ_SECONDS)
