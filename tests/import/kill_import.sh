#!/usr/bin/env bash
# An import is one transaction: SIGKILL at a random moment, 100 times, and each time the store holds
# the edition whole (5,005 values: the 2024 workbook) or not at all, the bundled editions are
# untouched, and `hague db check` finds nothing wrong.
# Usage: tests/import/kill_import.sh HAGUE_BINARY [KILLS]
set -euo pipefail
hague=$1
kills=${2:-100}
here=$(cd "$(dirname "$0")" && pwd)
workbook="$here/../../data/nato/raw/nato-2024-06-tables.xlsx"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
db="$work/h.db"
"$hague" --db "$db" status >/dev/null
bundled=$(sqlite3 "$db" "SELECT count(*) FROM observations")

none=0 whole=0 broken=0
for i in $(seq "$kills"); do
    "$hague" --db "$db" import "$workbook" --edition "k$i" --accept-warnings >/dev/null 2>&1 &
    pid=$!
    # 0 to 59 ms: before the workbook is read, while it is, during the write, after the commit.
    sleep "0.$(printf '%03d' $((RANDOM % 60)))"
    kill -9 "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
    editions=$(sqlite3 "$db" "SELECT count(*) FROM editions WHERE id = 'k$i'")
    values=$(sqlite3 "$db" "SELECT count(*) FROM observations WHERE edition = 'k$i'")
    if [ "$editions" = 0 ] && [ "$values" = 0 ]; then
        none=$((none + 1))
    elif [ "$editions" = 1 ] && [ "$values" = 5005 ]; then
        whole=$((whole + 1))
    else
        broken=$((broken + 1))
        echo "kill $i left edition k$i with $editions edition rows and $values values" >&2
    fi
done
others=$(sqlite3 "$db" "SELECT count(*) FROM observations WHERE edition NOT LIKE 'k%'")
[ "$others" = "$bundled" ] || { echo "the bundled editions changed: $others values, not $bundled" >&2; broken=$((broken + 1)); }
"$hague" --db "$db" db check >/dev/null || { echo "db check failed" >&2; broken=$((broken + 1)); }
echo "$kills kills: $none left nothing, $whole left the whole edition, $broken anything else"
[ "$broken" = 0 ]
