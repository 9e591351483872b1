#!/usr/bin/env bash
# The adversarial classes of cases.txt sent to `hague serve` as query values: every endpoint
# (the API's and every chart's), every parameter name, every bad value (empty, NaN, infinity, negative, huge, control and NUL
# bytes, invalid UTF-8, duplicates, backward pairs, octal and hex, 3,000 bytes) gets 2xx or 4xx,
# never 5xx; and a sample whose answer is known must be exactly that 4xx (issue 13).
# Usage: tests/adversarial/server.sh HAGUE_BINARY
set -uo pipefail
hague=$(realpath "$1")
work=$(mktemp -d)
trap 'kill "$pid" 2>/dev/null; wait 2>/dev/null; rm -rf "$work"' EXIT
"$hague" --db "$work/h.db" serve --port 0 --quiet 2>"$work/serve.err" &
pid=$!
port=
for _ in $(seq 200); do
    port=$(sed -n 's|.*serving on http://127\.0\.0\.1:\([0-9][0-9]*\)/.*|\1|p' "$work/serve.err" | head -1)
    [ -n "$port" ] && break
    sleep 0.05
done
[ -n "$port" ] || { echo "server.sh: no port" >&2; cat "$work/serve.err" >&2; exit 1; }
base="http://127.0.0.1:$port"
for _ in $(seq 100); do curl -sf "$base/api/v1/" >/dev/null && break; sleep 0.05; done

long=$(printf 'x%.0s' $(seq 3000))
values=("" nan inf -1 1e308 99999999999999999999999 %1b%5b31m %00 %07%0a abc DEU~DEU "~~"
        2026-07~2024-06 0x10 %ff%fe "$long")
params=(year edition ally paths seed rounding target currency prices lang rho from inflation old
        new group min_change format scale rule scenario indicator sigma mu width allies_view
        gap_view currency series_view growth_shift volatility_scale example outlook_view)
endpoints=(api/v1/status api/v1/show api/v1/gap api/v1/path api/v1/path-check api/v1/share
           api/v1/diff api/v1/facts api/v1/compare api/v1/project api/v1/simulate api/v1/allies
           api/v1/editions chart/shares.svg chart/map.svg chart/gap.csv chart/trend.svg
           chart/burden.svg chart/fan.svg
           en/ de/gap fr/burden es/revisions pt/ally/ nl/ally/DEU en/ally/ISL embed/en/map
           embed/de/trend en/outlook fr/plan)
# One curl for all of them, over kept-alive connections: a curl process a request (15,856 of
# them) took longer than the test's timeout on a machine where starting a process is slow. Each
# transfer prints its status, curl's exit code for it (0: the whole answer arrived) and its URL.
count=0
failed=0
config="$work/urls.curl"
: >"$config"
for ep in "${endpoints[@]}"; do
    for p in "${params[@]}"; do
        for v in "${values[@]}"; do
            printf 'url = "%s"\noutput = "/dev/null"\n' "$base/$ep?$p=$v" >>"$config"
        done
    done
done
# The dashboard's ally pages take the ally from the path: every bad value there too.
for v in "${values[@]}"; do
    printf 'url = "%s"\noutput = "/dev/null"\n' "$base/en/ally/$v" >>"$config"
done
expected=$(grep -c '^url = ' "$config")
while read -r code curl_exit url; do
    count=$((count + 1))
    ok=0
    case "$code" in
    2?? | 30[1237] | 4??) ok=1 ;;
    # Any redirect for the ally pages, which take the value from the path (no query string).
    3??) [[ "$url" == */en/ally/* && "$url" != *\?* ]] && ok=1 ;;
    esac
    if [ "$ok" != 1 ] || [ "$curl_exit" != 0 ]; then
        failed=$((failed + 1))
        echo "FAIL $code (curl exit $curl_exit) GET ${url:0:120}"
    fi
done < <(curl -s -g -K "$config" -w '%{http_code} %{exitcode} %{url}\n')
if [ "$count" != "$expected" ]; then
    echo "FAIL curl answered $count of the $expected requests"
    failed=$((failed + 1))
fi
# Known answers: the status and the field the error names ('-': none, or an HTML page).
while read -r want field query; do
    count=$((count + 1))
    body=$(curl -s -w '\n%{http_code}' "$base$query")
    code=${body##*$'\n'}
    if [ "$code" != "$want" ] || [[ "$field" != - && "$body" != *"\"field\": \"$field\""* ]]; then
        failed=$((failed + 1))
        echo "FAIL $query: $code, expected $want (field $field): ${body:0:200}"
    fi
done <<'CASES'
400 paths /api/v1/simulate?paths=-1
400 paths /api/v1/simulate?paths=99999999999999999999999
400 paths /api/v1/simulate?paths=0
400 seed /api/v1/simulate?seed=-5
400 rho /api/v1/simulate?rho=nan
400 inflation /api/v1/project?inflation=inf
400 year /api/v1/status?year=nan
400 year /api/v1/status?year=
400 year /api/v1/status?year=99999
400 allies /chart/trend.svg?ally=DEU~DEU
400 group /api/v1/share?group=X%3DDEU,DEU
400 - /api/v1/diff?old=2026-07&new=2024-06
404 - /api/v1/show?ally=%1b
404 - /api/v1/status?edition=bogus
400 currency /api/v1/gap?currency=
400 scale /chart/shares.png?scale=9
400 scenario /chart/fan.svg?scenario=bogus
400 scenario /chart/fan.png?scenario=x.toml
400 scenario /chart/fan.csv?scenario=/etc/passwd
400 width /chart/shares.svg?width=299
400 width /chart/map.png?width=1201
400 width /chart/gap.svg?width=abc
302 - /
301 - /de
400 - /en/?year=1990
400 - /en/?bogus=1
400 - /fr/gap?currency=xyz
404 - /de/ally/XYZ
404 - /en/nothing
404 - /xx/
404 - /embed/en/bogus
400 growth_shift /api/v1/simulate?growth_shift=nan
400 volatility_scale /chart/fan.svg?volatility_scale=4
400 growth_shift /chart/map.svg?growth_shift=1
400 - /en/outlook?paths=1
400 - /de/plan?example=../../etc/passwd
400 - /embed/en/trend
CASES
echo "adversarial server: $count requests, $failed failed"
[ "$failed" = 0 ]
