#!/usr/bin/env bash
# docs/deploy.md, "A static copy", tested: `hague site -o DIR` served by nginx (docs/deploy/site.conf)
# answers the API's URLs with the same bytes and content types as `hague serve`; a URL the copy does
# not hold goes to the live server; a query that tries to leave the copy finds nothing.
# Usage: tests/deploy/static_site.sh HAGUE_BINARY
set -euo pipefail
hague=$1
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
chmod 755 "$work" # nginx workers run as www-data
base=$((20000 + RANDOM % 20000))
live=$base front=$((base + 1))
pid=
cleanup() {
    [ -f "$work/nginx.pid" ] && nginx -c "$work/nginx.conf" -p "$work" -s stop 2>/dev/null || true
    [ -n "$pid" ] && kill "$pid" 2>/dev/null || true
    wait 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT

"$hague" --db "$work/h.db" site -o "$work/site" --threads 2
# Written again over itself: the new copy replaces the old whole, and nothing is left beside it.
touch "$work/site/stale"
"$hague" --db "$work/h.db" site -o "$work/site" --threads 2
if [ -e "$work/site/stale" ] || compgen -G "$work/.site.*" >/dev/null; then
    echo "the second site did not replace the first whole" >&2
    ls -la "$work" >&2
    exit 1
fi
chmod -R a+rX "$work/site"
"$hague" --db "$work/h.db" serve --port "$live" --quiet 2>"$work/serve.err" &
pid=$!
sed -e "s|@WORK@|$work|g" -e "s|@SITE@|$work/site|g" -e "s|@FRONT@|$front|g" \
    -e "s|@HAGUE@|$live|g" "$here/../../docs/deploy/site.conf" >"$work/nginx.conf"
nginx -c "$work/nginx.conf" -p "$work" -e "$work/nginx.err"
for _ in $(seq 100); do
    curl -sf "http://127.0.0.1:$live/api/v1/" >/dev/null && curl -sf "http://127.0.0.1:$front/api/v1/" >/dev/null && break
    sleep 0.05
done

python3 - "$work/site" "$live" "$front" <<'PY'
import os, random, sys, urllib.request, urllib.error
site, live, front = sys.argv[1], sys.argv[2], sys.argv[3]

def fetch(port, url):
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}{url}") as r:
            return r.status, r.headers.get("Content-Type"), r.read()
    except urllib.error.HTTPError as e:
        return e.code, e.headers.get("Content-Type"), e.read()

# Every file of the copy, as the URL it answers.
urls = []
for root, _, files in os.walk(site):
    for f in files:
        rel = os.path.relpath(os.path.join(root, f), site)
        if rel == "site.json":
            continue
        if rel.startswith("q/"):
            query, path = rel[2:].split("/", 1)
        else:
            query, path = "", rel
        if path.endswith("index.json") and path.count("/") == 2:
            path = path[: -len("index.json")]
        urls.append("/" + path + ("?" + query if query else ""))
random.seed(7)
sample = [u for u in urls if "?" not in u] + random.sample(urls, min(400, len(urls)))
failures = 0
for u in sample:
    a, b = fetch(live, u), fetch(front, u)
    if a != b:
        failures += 1
        print(f"DIFFERENT {u}: live {a[0]} {a[1]} {len(a[2])} B, static {b[0]} {b[1]} {len(b[2])} B")
# Not in the copy: the live server answers (other parameters; a query out of name order).
for u in ["/api/v1/status?year=2020", "/api/v1/status?lang=de&edition=2024-06"]:
    a, b = fetch(live, u), fetch(front, u)
    if a != b or a[0] != 200:
        failures += 1
        print(f"NOT PROXIED {u}: live {a[0]}, front {b[0]}")
# A query that tries to climb out of q/ reaches no file: the live server refuses it.
for u in ["/api/v1/status?x=/../../../site.json", "/api/v1/status?a=..%2F..%2Fsite.json"]:
    s = fetch(front, u)[0]
    if s != 400:
        failures += 1
        print(f"ESCAPED {u}: {s}")
print(f"{len(urls)} files, {len(sample)} compared, {failures} failures")
sys.exit(1 if failures else 0)
PY
