#!/usr/bin/env bash
# docs/deploy.md, tested: nginx (proxy cache on) in front of two `hague serve` processes on
# loopback; one process is killed in the middle of the load and no client request fails.
# Usage: tests/deploy/two_servers.sh HAGUE_BINARY
set -euo pipefail
hague=$1
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
chmod 755 "$work" # nginx workers run as www-data
base=$((20000 + RANDOM % 20000))
p1=$base p2=$((base + 1)) front=$((base + 2))
pids=()
cleanup() {
    [ -f "$work/nginx.pid" ] && nginx -c "$work/nginx.conf" -p "$work" -s stop 2>/dev/null || true
    for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
    wait 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT

# Each process its own database, seeded before it starts serving.
for port in $p1 $p2; do
    "$hague" --db "$work/$port.db" status >/dev/null
    "$hague" --db "$work/$port.db" serve --port "$port" --quiet --max-simulations 8 \
        2>"$work/$port.err" &
    pids+=($!)
done
sed -e "s|@WORK@|$work|g" -e "s|@P1@|$p1|g" -e "s|@P2@|$p2|g" -e "s|@FRONT@|$front|g" \
    "$here/../../docs/deploy/nginx.conf" >"$work/nginx.conf"
for port in $p1 $p2; do
    for _ in $(seq 100); do curl -sf "http://127.0.0.1:$port/api/v1/" >/dev/null && break; sleep 0.05; done
done
nginx -c "$work/nginx.conf" -p "$work"
for _ in $(seq 100); do curl -sf "http://127.0.0.1:$front/api/v1/" >/dev/null && break; sleep 0.05; done

# 3,000 requests, 8 at a time (one curl, --parallel: a curl process a request took most of the
# test's time on a machine where starting a process is slow): half over 264 URLs (11 years x 6
# languages x 4 kinds) that nginx soon has in its cache, half small simulations with a new seed
# each, which always reach hague.
targets="$work/targets"
langs=(en nl de fr es pt)
for i in $(seq 3000); do
    year=$((2014 + i % 11))
    lang=${langs[$(( (i / 11) % 6 ))]}
    if [ $((i % 2)) -eq 0 ]; then
        echo "http://127.0.0.1:$front/api/v1/simulate?paths=64&seed=$i"
        continue
    fi
    case $(( (i / 66) % 4 )) in
    0) echo "http://127.0.0.1:$front/api/v1/status?year=$year&lang=$lang" ;;
    1) echo "http://127.0.0.1:$front/api/v1/gap?year=$year&currency=EUR&lang=$lang" ;;
    2) echo "http://127.0.0.1:$front/chart/shares.svg?year=$year&lang=$lang" ;;
    3) echo "http://127.0.0.1:$front/api/v1/facts?year=$year&lang=$lang" ;;
    esac
done >"$targets"
sed 's|.*|url = "&"\noutput = "/dev/null"|' "$targets" >"$work/targets.curl"
curl -s --parallel --parallel-max 8 -K "$work/targets.curl" -w "%{http_code}\n" >"$work/codes" &
load=$!
# Kill the first server (SIGKILL: no goodbye) once a third of the requests are answered, while
# the others are in flight.
for _ in $(seq 600); do
    [ "$(wc -l <"$work/codes")" -ge 1000 ] && break
    sleep 0.01
done
killed_at=$(wc -l <"$work/codes")
kill -9 "${pids[0]}"
wait "$load"
codes=$(cat "$work/codes")
failures=$(grep -cv '^200$' <<<"$codes" || true)
served=$(grep -c . "$targets")
answered=$(grep -c . <<<"$codes" || true)
if [ "$answered" -ne "$served" ]; then # a request with no answer at all is a failure too
    echo "deploy: $answered answers to $served requests"
    failures=$((failures + served - answered))
fi
echo "deploy: $served requests through nginx, one of two servers killed after $killed_at: $failures failed"
[ "$failures" -eq 0 ] || echo "$codes" | sort | uniq -c | sort -rn | head -5
[ "$failures" -eq 0 ]
