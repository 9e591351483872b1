# Thin wrappers over CMake presets. `make run` and `make test` work on a fresh Debian 12 machine.
JOBS ?= $(shell nproc)

.PHONY: run test deps release asan bench clean

deps:
	@scripts/install-deps

release: deps
	@cmake --preset release >/dev/null
	@cmake --build --preset release -j $(JOBS)

asan: deps
	@cmake --preset asan >/dev/null
	@cmake --build --preset asan -j $(JOBS)

## Build Release and show which allies meet their commitments, on the bundled data.
run: release
	./build/release/hague status

## Build and run the whole suite, in Release and under ASan + UBSan.
test: release asan
	ctest --preset release -j $(JOBS)
	ctest --preset asan -j $(JOBS)

## Benchmarks: Google Benchmark and whole-command timings (needs hyperfine).
bench: release
	@scripts/install-deps --bench
	bench/run-status
	bench/run-mc

clean:
	rm -rf build
