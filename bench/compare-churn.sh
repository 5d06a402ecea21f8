#!/usr/bin/env bash
# What a connection's whole life costs: the example application (integration-tests) as packaged beside the quarkiverse
# quarkus-json-rpc peer from the workplace's shared/peers, under connections that each open, make one call and close,
# over and over, as the pages of a site that open a WebSocket each do. 10 loops of Node's `ws` client (offering
# permessage-deflate, as browsers do; bench/js/churn.mjs), each opening the next connection once the last is closed.
# Both servers run at once; each is warmed up for WARMUP seconds (a connection's life runs through more code than a
# call, which the JIT compilers take longer to reach), then they take turns for ROUNDS rounds of 8 s, which goes first
# alternating. Output and raw lines in bench/results/churn-<stamp>.{txt,jsonl}: lives per second, and the server's CPU
# µs per life from /proc.
#
#   bench/compare-churn.sh [ROUNDS]   with the last build of integration-tests; 4 rounds, WARMUP=30: about 2 minutes
set -euo pipefail
. "$(dirname "$0")/common.sh"

ROUNDS=${1:-4}
WARMUP=${WARMUP:-30}
APP_JAR=${APP_JAR:-$ROOT/integration-tests/target/quarkus-app/quarkus-run.jar}
PARALLEL=10

load_tools
mkdir -p "$OUT" "$ROOT/bench/target"
raw=$OUT/churn-$STAMP.jsonl
: >"$raw"

app_port=$(free_port)
start_jar "$ROOT/bench/target/churn-app.log" "$app_port" "$APP_JAR"
app=$started
qjr_port=$(free_port)
qjr=$(TMPDIR=$ROOT/bench/target "$SHARED/peers/quarkus-json-rpc/run.sh" "$qjr_port")
pids+=("$qjr")

run() { # server seconds
    if [ "$1" = app ]; then set -- app "$2" "ws://127.0.0.1:$app_port/jsonrpc" subtract "$app"
    else set -- quarkus-json-rpc "$2" "ws://127.0.0.1:$qjr_port/json-rpc" 'Demo#subtract' "$qjr"; fi
    node "$ROOT/bench/js/churn.mjs" "$LOAD/node_modules/ws/index.js" "$3" "$4" $PARALLEL "$2" "$5" \
        | sed "s/^{/{\"server\":\"$1\",/"
}
{
    header_at_start
    echo "# command: WARMUP=$WARMUP bench/compare-churn.sh $ROUNDS (app: $APP_JAR)"
    run app "$WARMUP" >/dev/null
    run quarkus-json-rpc "$WARMUP" >/dev/null
    for round in $(seq 1 "$ROUNDS"); do
        if [ $((round % 2)) = 1 ]; then order="app quarkus-json-rpc"; else order="quarkus-json-rpc app"; fi
        for server in $order; do run "$server" 8; done
    done | tee -a "$raw"
    python3 - "$raw" <<'PY'
import json, statistics, sys
rows = [json.loads(l) for l in open(sys.argv[1])]
bad = sum(r["wrong"] + r["failed"] for r in rows)
def median(server, field):
    return statistics.median(float(r[field]) for r in rows if r["server"] == server)
a, q = median("app", "server_cpu_us_per_life"), median("quarkus-json-rpc", "server_cpu_us_per_life")
al, ql = median("app", "lives_per_s"), median("quarkus-json-rpc", "lives_per_s")
print(f"median server CPU per life: app {a:.1f} µs, quarkus-json-rpc {q:.1f} µs, ratio {a / q:.2f}")
print(f"median lives/s: app {al:.0f}, quarkus-json-rpc {ql:.0f}, ratio {al / ql:.2f}")
print(f"wrong answers and failed connections: {bad}")
PY
    echo "# load average at end $(cut -d' ' -f1-3 /proc/loadavg)"
} | tee "$OUT/churn-$STAMP.txt"
