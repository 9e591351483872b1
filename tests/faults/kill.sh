#!/usr/bin/env bash
# SIGKILL at a random moment, N times, during one kind of write; after each kill the next run
# must find everything whole: nothing lost, nothing half-written (issue 9).
#   create   the first run on a new database (schema and bundle load: one transaction)
#   upgrade  the first run on a schema-3 database (migration and load)
#   output   `hague report -o FILE` over an existing FILE: the old bytes or the new, never a
#            mixture, and no temporary file left once a later write of FILE has run
# Usage: tests/faults/kill.sh HAGUE_BINARY KIND [KILLS]
set -euo pipefail
hague=$(realpath "$1")
kind=$2
kills=${3:-10}
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# The undisturbed run's length, to spread the kills over it.
probe() {
    local start end
    start=$(date +%s%N)
    "$@" >/dev/null 2>&1 || true
    end=$(date +%s%N)
    echo $(((end - start) / 1000))
}
case "$kind" in
create)
    span=$(probe "$hague" --db "$work/probe.db" status)
    ;;
upgrade)
    python3 "$here/old_database.py" "$here/../../src/hague/store/schema.cpp" "$work/old.db"
    cp "$work/old.db" "$work/probe.db"
    span=$(probe "$hague" --db "$work/probe.db" status)
    ;;
output)
    "$hague" --db "$work/h.db" report -o "$work/new.html" >/dev/null
    printf 'the old report\n' >"$work/old.html"
    span=$(probe "$hague" --db "$work/h.db" report -o "$work/probe.html")
    ;;
*)
    echo "kill.sh: kind '$kind' is not create, upgrade or output" >&2
    exit 2
    ;;
esac
failed=0
landed=0
for k in $(seq "$kills"); do
    # Uniform over the undisturbed run and a little after (RANDOM alone stops at 32767 us).
    delay=$(((RANDOM * 32768 + RANDOM) % (span * 13 / 10 + 1)))
    case "$kind" in
    create) rm -f "$work/k.db"*; target=("$hague" --db "$work/k.db" status) ;;
    upgrade) rm -f "$work/k.db"*; cp "$work/old.db" "$work/k.db"; target=("$hague" --db "$work/k.db" status) ;;
    output) cp "$work/old.html" "$work/r.html"; target=("$hague" --db "$work/h.db" report -o "$work/r.html") ;;
    esac
    "${target[@]}" >/dev/null 2>&1 &
    pid=$!
    sleep "$(printf '0.%06d' "$delay")"
    # Counted as landed only if the process was still running (not exited, not a zombie).
    if [ -r "/proc/$pid/stat" ] && [ "$(awk '{print $3}' "/proc/$pid/stat" 2>/dev/null)" != Z ]; then
        kill -9 "$pid" 2>/dev/null && landed=$((landed + 1)) || true
    fi
    wait "$pid" 2>/dev/null || true
    case "$kind" in
    create | upgrade)
        # The next run finishes what the killed one began, or finds it done, and all is sound.
        if ! out=$("$hague" --db "$work/k.db" db check 2>&1); then
            failed=$((failed + 1))
            echo "kill $k after ${delay} us: db check: $out" >&2
        fi
        ;;
    output)
        if ! cmp -s "$work/r.html" "$work/old.html" && ! cmp -s "$work/r.html" "$work/new.html"; then
            failed=$((failed + 1))
            echo "kill $k after ${delay} us: r.html is neither the old nor the new report" >&2
        fi
        ;;
    esac
done
if [ "$kind" = output ]; then
    # A later write of the same file removes what the killed ones left.
    "$hague" --db "$work/h.db" report -o "$work/r.html" >/dev/null
    left=$(find "$work" -maxdepth 1 -name '.hague-*' | wc -l)
    if [ "$left" != 0 ]; then
        failed=$((failed + 1))
        echo "$left temporary files left after a later write" >&2
    fi
fi
echo "$kind: $kills runs, $landed killed before they finished, $failed failures (run ${span} us undisturbed)"
[ "$failed" = 0 ]
