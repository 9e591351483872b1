# Thin wrappers over CMake presets. `make run` and `make test` work on a fresh Debian 12 machine.
JOBS ?= $(shell nproc)

.PHONY: run test check deps configure-release release hague asan tsan fuzz format-check format bench clean

deps:
	@scripts/install-deps

configure-release: deps
	@cmake --preset release >/dev/null

## Only the hague binary: what `make run` needs.
hague: configure-release
	@cmake --build --preset release --target hague -j $(JOBS)

## Everything of the Release build: the binary, the tests and the benchmarks.
release: configure-release
	@cmake --build --preset release -j $(JOBS)

asan: deps
	@cmake --preset asan >/dev/null
	@cmake --build --preset asan -j $(JOBS)

## The tests of shared snapshots and stores, under ThreadSanitizer.
tsan: deps
	@cmake --preset tsan >/dev/null
	@cmake --build --preset tsan -j $(JOBS)

## Every reader under libFuzzer (workbook, plan, outlook, dataset CSVs, database bytes), each
## for FUZZ_SECONDS (default 60) from its committed seeds (fuzz/corpus); any crash, leak or hang
## fails (the input is left in build/fuzz/).
FUZZ_SECONDS ?= 60
FUZZ_READERS = workbook plan outlook dataset database
fuzz: deps
	@cmake --preset fuzz >/dev/null
	@cmake --build --preset fuzz -j $(JOBS)
	@for r in $(FUZZ_READERS); do scripts/run-fuzz build/fuzz/fuzz_$$r $(FUZZ_SECONDS) || exit 1; done

## Every C++ file must be formatted as .clang-format says (Debian's clang-format).
format-check: deps
	@scripts/check-format

format: deps
	@scripts/check-format --fix

## Build Release and show which allies meet their commitments, on the bundled data.
run: hague
	./build/release/hague status

## The inner loop: the Release build and the tests labelled `fast` (seconds each).
check: release
	ctest --preset release -L fast -j $(JOBS)

## Formatting, then the whole suite in Release, under ASan + UBSan, and the concurrency tests
## under TSan.
test: format-check release asan tsan fuzz
	ctest --preset release -j $(JOBS)
	ctest --preset asan -j $(JOBS)
	ctest --preset tsan -j $(JOBS)

## Benchmarks: Google Benchmark and whole-command timings (needs hyperfine).
bench: release
	@scripts/install-deps --bench
	bench/run-status
	bench/run-mc

clean:
	rm -rf build
