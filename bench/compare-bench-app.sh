#!/usr/bin/env bash
# The example application (integration-tests: security, Micrometer, Hibernate Validator, Redis client, health, as packaged)
# beside the bench application (the extension alone) on the same worker method `subtract`, under Node's `ws` client
# (shared/load/wsload.mjs, which offers permessage-deflate as browsers do): the cost of an application's features per
# call. Both servers run at once; rounds alternate between them so that the machine's other load falls on both sides.
# Output and raw lines land in bench/results/app-vs-bench-<stamp>.{txt,jsonl}.
#
# Each server is warmed up by two 10 s loads first, each on connections of its own, so that the rounds measured come
# after the second batch of connections, as compare-peers.sh's loads do (its memory measure opens the first). The
# second batch of a fresh JVM takes the upgrade through hot Netty and Vert.x code whose compiled form never saw it:
# HotSpot discards that code and compiles it again (-XX:+LogCompilation: 195 uncommon traps as the second batch
# opened, 1 at the third). With one warm-up load, 10 s or 30 s alike, the first round measured that: on 2026-12-06 the
# JIT compilers spent 11.5 µs per call of the example app's first 8 s against 4.1 of the bench app's, then 0.9 and 0.6;
# the example app, with more code on the upgrade's path, measured 1.22, 1.16 and 1.18 times the bench app over three
# rounds, 1.03 without the compilers' time. Every round gives the compiler threads' CPU per call (`jit_us_per_call`),
# and the summary the ratio with and without it. Six rounds, not three: past the warm-up, one round's ratio still moves
# from 0.91 to 1.35, and three rounds' mean measured 1.18 a few minutes before six measured 1.05 and 0.98.
#
#   bench/compare-bench-app.sh                builds the extension, the example app and the bench app first
#   bench/compare-bench-app.sh --skip-build   uses the last build
set -euo pipefail
. "$(dirname "$0")/common.sh"

ROUNDS=${ROUNDS:-6}

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
    local before out calls jit
    before=$(compiler_ticks "$3")
    out=$(node "$LOAD/wsload.mjs" --ws "ws://127.0.0.1:$2/jsonrpc" --method subtract --conns 50 --inflight 4 \
        --seconds "$4" --pid "$3")
    calls=$(echo "$out" | sed -E 's/.*"calls":([0-9]+).*/\1/')
    jit=$(python3 -c "print(round(($(compiler_ticks "$3") - $before) * 1e6 / $(getconf CLK_TCK) / max(1, $calls), 2))")
    echo "$out" | sed "s/^{/{\"server\":\"$1\",\"jit_us_per_call\":$jit,/"
}
{
    header_at_start
    echo "# command: bench/compare-bench-app.sh; subtract (worker), 50 connections x 4 in flight, node ws client; two 10 s warm-up loads, ${ROUNDS} rounds of 8 s"
    for _ in 1 2; do
        run example-app "$app_port" "$app" 10 >/dev/null
        run bench-app "$bench_port" "$bench" 10 >/dev/null
    done
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
ja, jb = mean("example-app", "jit_us_per_call"), mean("bench-app", "jit_us_per_call")
print(f"example-app.cpu_us {a:.1f}\nbench-app.cpu_us {b:.1f}\n"
      f"example-app.jit_us {ja:.2f}\nbench-app.jit_us {jb:.2f}\n"
      f"ratio example-app/bench-app cpu per call {a / b:.2f} (target <= 1.15)\n"
      f"ratio example-app/bench-app cpu per call but the JIT compilers' {(a - ja) / (b - jb):.2f}")
PY
    echo "# load average at end $(cut -d' ' -f1-3 /proc/loadavg)"
} | tee "$OUT/app-vs-bench-$STAMP.txt"
