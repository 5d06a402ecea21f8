#!/usr/bin/env bash
# The example application (integration-tests: security, Micrometer, Hibernate Validator, Redis client, health, as packaged)
# beside the bench application (the extension alone) on the same worker method `subtract`, under Node's `ws` client
# (shared/load/wsload.mjs, which offers permessage-deflate as browsers do): the cost of an application's features per
# call. Both servers run at once; rounds alternate between them so that the machine's other load falls on both sides.
# Output and raw lines land in bench/results/app-vs-bench-<stamp>.{txt,jsonl}.
#
#   bench/compare-bench-app.sh                builds the extension, the example app and the bench app first
#   bench/compare-bench-app.sh --skip-build   uses the last build
set -euo pipefail
. "$(dirname "$0")/common.sh"

ROUNDS=${ROUNDS:-3}

if [ "${1:-}" != "--skip-build" ]; then
    (cd "$ROOT" && ./mvnw -B -q install -pl runtime,deployment,integration-tests,bench -am -DskipTests)
fi
load_tools
mkdir -p "$OUT"
raw=$OUT/app-vs-bench-$STAMP.jsonl
: >"$raw"

app_port=$(free_port)
start_jar "$ROOT/bench/target/integration-tests.log" "$app_port" "$ROOT/integration-tests/target/quarkus-app/quarkus-run.jar"
app=$started
bench_port=$(free_port)
start_jar "$ROOT/bench/target/bench.log" "$bench_port" "$ROOT/bench/target/quarkus-app/quarkus-run.jar"
bench=$started
run() { # label port pid seconds
    node "$LOAD/wsload.mjs" --ws "ws://127.0.0.1:$2/jsonrpc" --method subtract --conns 50 --inflight 4 --seconds "$4" \
        --pid "$3" | sed "s/^{/{\"server\":\"$1\",/"
}
{
    header_at_start
    echo "# command: bench/compare-bench-app.sh; subtract (worker), 50 connections x 4 in flight, node ws client"
    run example-app "$app_port" "$app" 10 >/dev/null
    run bench-app "$bench_port" "$bench" 10 >/dev/null
    for round in $(seq 1 "$ROUNDS"); do
        run example-app "$app_port" "$app" 8 | tee -a "$raw"
        run bench-app "$bench_port" "$bench" 8 | tee -a "$raw"
    done
    python3 - "$raw" <<'PY'
import json, sys
rows = [json.loads(l) for l in open(sys.argv[1])]
def mean(server, key):
    values = [float(r[key]) for r in rows if r["server"] == server]
    return sum(values) / len(values)
a, b = mean("example-app", "server_cpu_us_per_call"), mean("bench-app", "server_cpu_us_per_call")
print(f"example-app.cpu_us {a:.1f}\nbench-app.cpu_us {b:.1f}\nratio example-app/bench-app cpu per call {a / b:.2f} (target <= 1.15)")
PY
    echo "# load average at end $(cut -d' ' -f1-3 /proc/loadavg)"
} | tee "$OUT/app-vs-bench-$STAMP.txt"
