#!/usr/bin/env bash
# The browser tests (ctest label `browser`): Playwright (@playwright/test, pinned in
# package-lock.json) driving Debian's chromium. Starts `hague serve` on a free port with a new
# database, writes the report in each language, runs the specs of tests/browser against them and
# stops the server. Screenshots, PDFs and Playwright's traces of failures go to ARTIFACTS.
# Usage: tests/browser/run.sh HAGUE_BINARY ARTIFACTS [playwright args...]
set -euo pipefail
hague=$(realpath "$1")
artifacts=$(mkdir -p "$2" && realpath "$2")
shift 2
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
work=$(mktemp -d)
pid=
cleanup() {
    [ -n "$pid" ] && kill "$pid" 2>/dev/null || true
    wait 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT

if [ ! -d "$root/node_modules/@playwright/test" ] || [ ! -d "$root/node_modules/@axe-core/playwright" ]; then
    (cd "$root" && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund >/dev/null)
fi
# Debian's chromium: the binary itself (the /usr/bin/chromium wrapper only adds flags).
browser=${HAGUE_BROWSER:-}
if [ -z "$browser" ]; then
    for b in /usr/lib/chromium/chromium "$(command -v chromium || true)"; do
        [ -n "$b" ] && [ -x "$b" ] && { browser=$b; break; }
    done
fi
[ -n "$browser" ] || { echo "browser tests: no chromium (apt-get install chromium)" >&2; exit 1; }

. "$here/../support/serve.sh"
start_hague_serve "$hague" "$work"
for lang in en nl de fr es pt; do
    "$hague" --db "$work/h.db" report --lang "$lang" --paths 2000 -o "$work/report.$lang.html"
done

cd "$root"
HAGUE_URL="http://127.0.0.1:$port" HAGUE_REPORTS="$work" HAGUE_ARTIFACTS="$artifacts" \
HAGUE_BROWSER="$browser" PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 \
    npx --no-install playwright test --config tests/browser/playwright.config.mjs "$@"
