#!/usr/bin/env bash
# Any number of processes starting together on a new database (or, with `old`, on a database of
# schema version 3 that each wants to upgrade) all succeed: the first creates or migrates and
# loads it, the others wait for its lock and find it done. TRIALS times, PROCESSES at once.
# Usage: tests/faults/first_use_race.sh HAGUE_BINARY [TRIALS] [PROCESSES] [new|old]
set -euo pipefail
hague=$1
trials=${2:-10}
processes=${3:-20}
mode=${4:-new}
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
[ "$mode" = old ] && python3 "$here/old_database.py" "$here/../../src/hague/store/schema.cpp" "$work/old.db"
failed=0
for t in $(seq "$trials"); do
    db="$work/t$t.db"
    [ "$mode" = old ] && cp "$work/old.db" "$db"
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
echo "$trials trials of $processes processes on a database ($mode): $failed failures"
[ "$failed" = 0 ]
