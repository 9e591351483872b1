#!/usr/bin/env bash
# The live server against its OpenAPI document: starts `hague serve` on a free port with a new
# database, runs validate.mjs against it, stops the server, exits with validate.mjs's status.
# Usage: tests/server/openapi/run.sh HAGUE_BINARY
# (OPENAPI_FILE=server/openapi.json reads the document from disk instead of /api/v1/openapi.json.)
set -euo pipefail
hague=$1
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../../.." && pwd)
work=$(mktemp -d)
pid=
cleanup() {
    [ -n "$pid" ] && kill "$pid" 2>/dev/null || true
    wait 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT

if [ ! -d "$root/node_modules/ajv" ] || [ ! -d "$root/node_modules/@seriousme/openapi-schema-validator" ]; then
    (cd "$root" && npm ci --no-audit --no-fund >/dev/null)
fi

# Seeded before it serves; one simulation at a time, so that validate.mjs sees a 429.
. "$here/../../support/serve.sh"
start_hague_serve "$hague" "$work" --max-simulations 1

status=0
(cd "$root" && EXPECT_BUSY=1 node tests/server/openapi/validate.mjs "http://127.0.0.1:$port") || status=$?
exit "$status"
