#!/usr/bin/env bash
# Any number of processes starting together on a new database all succeed: the first creates
# and loads it, the others wait for its lock and find it done. TRIALS times, PROCESSES at once.
# Usage: tests/faults/first_use_race.sh HAGUE_BINARY [TRIALS] [PROCESSES]
set -euo pipefail
hague=$1
trials=${2:-10}
processes=${3:-20}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failed=0
for t in $(seq "$trials"); do
    db="$work/t$t.db"
    pids=()
    for p in $(seq "$processes"); do
        "$hague" --db "$db" status --format csv >"$work/out.$t.$p" 2>"$work/err.$t.$p" &
        pids+=($!)
    done
    for i in "${!pids[@]}"; do
        if ! wait "${pids[$i]}"; then
            failed=$((failed + 1))
            echo "trial $t process $((i + 1)): $(cat "$work/err.$t.$((i + 1))")" >&2
        fi
    done
    "$hague" --db "$db" db check >/dev/null || { echo "trial $t: db check failed" >&2; failed=$((failed + 1)); }
done
echo "$trials trials of $processes processes on a new database: $failed failures"
[ "$failed" = 0 ]
