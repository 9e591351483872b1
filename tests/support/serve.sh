# Sourced by the test scripts that need a live `hague serve`: start_hague_serve HAGUE WORKDIR
# [serve options...] seeds WORKDIR/h.db, starts the server on a free loopback port with it and
# waits until it answers; it sets $pid and $port (the caller's EXIT trap stops $pid).
start_hague_serve() {
    local hague=$1 work=$2
    shift 2
    "$hague" --db "$work/h.db" status >/dev/null
    "$hague" --db "$work/h.db" serve --port 0 --quiet "$@" 2>"$work/serve.err" &
    pid=$!
    port=
    for _ in $(seq 200); do
        port=$(sed -n 's|.*serving on http://127\.0\.0\.1:\([0-9][0-9]*\)/.*|\1|p' "$work/serve.err" 2>/dev/null | head -1)
        [ -n "$port" ] && break
        kill -0 "$pid" 2>/dev/null || { cat "$work/serve.err" >&2; return 1; }
        sleep 0.05
    done
    [ -n "$port" ] || { echo "the server did not say its port" >&2; cat "$work/serve.err" >&2; return 1; }
    for _ in $(seq 100); do curl -sf "http://127.0.0.1:$port/api/v1/" >/dev/null && break; sleep 0.05; done
}
