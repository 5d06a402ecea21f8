#!/usr/bin/env bash
# Runs every benchmark of the bench module on this machine and prints their ratios against the targets:
# end to end over HTTP and WebSocket (the extension beside plain Quarkus REST and websockets-next), JMH of the engine
# beside jsonrpc4j and Jackson alone, 10 versus 10,000 methods, and startup with 10 versus 1,000 methods.
# About 11 minutes on 2 cores, 14 with the build. Results land in bench/target/results (table.adoc is the docs' table)
# and are kept, with what the script printed (output.txt), in bench/results/run-all-<date>, the raw files the
# performance page cites. The measuring starts once the CPU is idle (header_at_start in common.sh).
#
#   bench/run-all.sh               builds the extension and the bench app first (offline: MVN_OFFLINE= to go online)
#   bench/run-all.sh --skip-build  uses what the last build left
#
# WARMUP and DURATION (seconds per load run), ROUNDS, CONNECTIONS and DEPTH override the end-to-end settings.
set -euo pipefail
. "$(dirname "$0")/common.sh"

BENCH=$ROOT/bench
RESULTS=$BENCH/target/results
KEPT=$BENCH/results/run-all-$(date -u +%Y-%m-%d-%H%M)
OUTPUT=$BENCH/target/run-all-output.txt
mkdir -p "$BENCH/target"
exec > >(tee "$OUTPUT") 2>&1
tee_pid=$!
WARMUP=${WARMUP:-3}
DURATION=${DURATION:-5}
ROUNDS=${ROUNDS:-3}
CONNECTIONS=${CONNECTIONS:-50}
DEPTH=${DEPTH:-4}
# HTTP keeps as many calls in flight, one per connection: the Vert.x client's pipelining makes connections close
# and reopen under load, and browsers and most HTTP clients do not pipeline
HTTP_CONNECTIONS=${HTTP_CONNECTIONS:-$((CONNECTIONS * DEPTH))}
HTTP_DEPTH=${HTTP_DEPTH:-1}
MVN="$ROOT/mvnw -B -q ${MVN_OFFLINE--o}"
QUARKUS_VERSION=$(sed -n 's:.*<quarkus.version>\(.*\)</quarkus.version>.*:\1:p' "$ROOT/pom.xml")
VERSION=999-SNAPSHOT

if [ "${1:-}" != "--skip-build" ]; then
    echo "== Building the extension and the bench app"
    (cd "$ROOT" && $MVN install -pl runtime,deployment -am -Dmaven.test.skip)
    (cd "$ROOT" && $MVN package -pl bench -DskipTests)
fi

rm -rf "$RESULTS"
mkdir -p "$RESULTS"
start_line=$(header_at_start)
CP="$BENCH/target/test-classes:$BENCH/target/classes:$(cat "$BENCH/target/instruments.classpath")"
INSTRUMENTS="java -Dbench.clk.tck=$(getconf CLK_TCK) -cp $CP"
{
    echo "CPU: $(processor), $(nproc) cores"
    echo "Memory: $(free -g | awk '/Mem:/ {print $2}') GB"
    echo "OS: $(uname -sr)"
    echo "Java: $(java -version 2>&1 | head -2 | tail -1)"
    echo "Quarkus: $QUARKUS_VERSION"
    echo "At start: ${start_line#\# }"
} > "$RESULTS/machine.txt"
cat "$RESULTS/machine.txt"

SERVER=""
stop_server() {
    if [ -n "$SERVER" ]; then
        kill "$SERVER" 2>/dev/null || true
        wait "$SERVER" 2>/dev/null || true
        SERVER=""
    fi
}
trap stop_server EXIT

echo "== End to end: WS $CONNECTIONS connections x $DEPTH in flight, HTTP $HTTP_CONNECTIONS x $HTTP_DEPTH;" \
    "$ROUNDS rounds of ${WARMUP}s warm-up, ${DURATION}s measured"
PORT=$(free_port)
java -Dquarkus.http.port="$PORT" -jar "$BENCH/target/quarkus-app/quarkus-run.jar" > "$RESULTS/server.log" 2>&1 &
SERVER=$!
for _ in $(seq 1 300); do
    curl -sf -o /dev/null -H 'Content-Type: application/json' \
        -d '{"jsonrpc":"2.0","method":"subtract","params":[42,23],"id":1}' "http://127.0.0.1:$PORT/jsonrpc" && break
    sleep 0.1
done
load() {
    local connections=$CONNECTIONS depth=$DEPTH results=${LOAD_RESULTS:-$RESULTS/load.tsv}
    case "$2" in http*) connections=$HTTP_CONNECTIONS depth=$HTTP_DEPTH ;; esac
    $INSTRUMENTS io.quarkiverse.jsonrpc.server.bench.load.LoadGenerator --label "$1" --target "$2" \
        --connections "$connections" --depth "$depth" --warmup "$WARMUP" --duration "$DURATION" \
        --pid "$SERVER" --results "$results" "${@:3}"
}
# Interleaved rounds, each pair side by side: on a shared machine the load of other processes changes by the minute,
# and alternating spreads it over both sides of every ratio. The table adds up the rounds of each run.
# Round 0 is not counted: a fresh server spends its first minute compiling, and that CPU time would land on the first
# endpoints measured.
for round in $(seq 0 "$ROUNDS"); do
    echo "-- round $round of $ROUNDS"
    if [ "$round" = 0 ]; then LOAD_RESULTS=$RESULTS/warm-up.tsv; else LOAD_RESULTS=$RESULTS/load.tsv; fi
    load http-rest "http://127.0.0.1:$PORT/baseline/rest"
    load http-jsonrpc "http://127.0.0.1:$PORT/jsonrpc"
    load http-rest-engine "http://127.0.0.1:$PORT/baseline/rest-engine"
    load ws-baseline "ws://127.0.0.1:$PORT/baseline/ws"
    load ws-jsonrpc "ws://127.0.0.1:$PORT/jsonrpc"
    load ws-baseline-event-loop "ws://127.0.0.1:$PORT/baseline/ws-event-loop"
    load ws-jsonrpc-event-loop "ws://127.0.0.1:$PORT/jsonrpc" --method subtractOnEventLoop
done
stop_server

echo "== JMH: engine, jsonrpc4j, Jackson floor, 10 vs 10,000 methods (with -prof gc)"
# the whole output is kept; a failing JMH run fails this script (set -e), the summary is only filtered for reading
$INSTRUMENTS org.openjdk.jmh.Main 'io.quarkiverse.jsonrpc.server.bench.jmh.*Benchmark' \
    -f 1 -wi 3 -w 500ms -i 8 -r 500ms -prof gc -rf json -rff "$RESULTS/jmh.json" > "$RESULTS/jmh.txt"
grep -E '^(Benchmark|[A-Z][A-Za-z0-9]*Benchmark\.)' "$RESULTS/jmh.txt" | grep -v -E 'gc\.(alloc\.rate |count|time|churn)'

echo "== The same cases in CPU time per call, implementations taking turns (the ratios of the table)"
$INSTRUMENTS io.quarkiverse.jsonrpc.server.bench.jmh.CpuTimeComparison "$RESULTS/cpu.tsv" 40

echo "== Startup to the first answered call: 10 vs 1,000 methods"
for methods in 10 1000; do
    app=$BENCH/target/startup/methods-$methods
    rm -rf "$app"
    $INSTRUMENTS io.quarkiverse.jsonrpc.server.bench.startup.ManyMethodsApp "$app" "$methods" "$VERSION" "$QUARKUS_VERSION"
    (cd "$app" && $MVN package -DskipTests)
done
for methods in 10 1000; do
    $INSTRUMENTS io.quarkiverse.jsonrpc.server.bench.startup.StartupProbe --label "startup-$methods" \
        --jar "$BENCH/target/startup/methods-$methods/target/quarkus-app/quarkus-run.jar" --runs 5 \
        --results "$RESULTS/startup.tsv"
done

echo "Load average at end: $(cut -d' ' -f1-3 /proc/loadavg)" >> "$RESULTS/machine.txt"
cat "$RESULTS/machine.txt"
$INSTRUMENTS io.quarkiverse.jsonrpc.server.bench.report.RatioTable "$RESULTS"

mkdir -p "$KEPT"
cp "$RESULTS"/{cpu.tsv,jmh.json,load.tsv,machine.txt,startup.tsv,table.adoc,warm-up.tsv} "$KEPT"/
echo "Kept in ${KEPT#"$ROOT"/}"
# what was printed, once tee has written all of it
exec >&- 2>&-
wait "$tee_pid"
cp "$OUTPUT" "$KEPT/output.txt"
