#!/usr/bin/env bash
# Measures the JSON-RPC client's calls per second against the example app (integration-tests), over HTTP and
# WebSocket, beside jsonrpc4j 1.6's JsonRpcHttpClient on the same server, in one run. Each runner warms up
# (WARMUP, 10s) then is measured (DURATION, 20s); CALLERS blocking callers (16), IN_FLIGHT Uni calls (64). Besides
# calls/s and latency, each runner's CPU time per call of the client's process and of the server's, which share the
# machine.
# About 3 minutes on 2 cores. The output (machine, load, one line per runner) is printed and written to
# bench/target/client-throughput.txt; bench/results/client-throughput.txt holds the runs the docs quote.
#
#   bench/run-client.sh               builds the extensions, the example app and the bench client first
#   bench/run-client.sh --skip-build  uses what the last build left
set -euo pipefail
. "$(dirname "$0")/common.sh"

WARMUP=${WARMUP:-10s}
DURATION=${DURATION:-20s}
CALLERS=${CALLERS:-16}
IN_FLIGHT=${IN_FLIGHT:-64}
MVN="$ROOT/mvnw -B -q ${MAVEN_ARGS:-}"
REPORT=$ROOT/bench/target/client-throughput.txt

if [ "${1:-}" != "--skip-build" ]; then
    (cd "$ROOT" && $MVN install -pl api,runtime,deployment,test-client,client/runtime,client/deployment -Dmaven.test.skip)
    (cd "$ROOT" && $MVN package -pl integration-tests,bench/client-throughput -DskipTests)
fi

SERVER=""
stop_server() {
    if [ -n "$SERVER" ]; then
        kill "$SERVER" 2>/dev/null || true
        wait "$SERVER" 2>/dev/null || true
    fi
}
trap stop_server EXIT

mkdir -p "$ROOT/bench/target"
PORT=$(free_port)
java -Dquarkus.http.port="$PORT" -Dquarkus.http.host=127.0.0.1 -Dquarkus.log.level=WARN \
    -jar "$ROOT/integration-tests/target/quarkus-app/quarkus-run.jar" > "$ROOT/bench/target/example-app.log" 2>&1 &
SERVER=$!
for _ in $(seq 1 600); do
    curl -sf -o /dev/null -H 'Content-Type: application/json' \
        -d '{"jsonrpc":"2.0","method":"subtract","params":[42,23],"id":1}' "http://127.0.0.1:$PORT/jsonrpc" && break
    sleep 0.1
done

{
    echo "Command: bench/run-client.sh (WARMUP=$WARMUP DURATION=$DURATION CALLERS=$CALLERS IN_FLIGHT=$IN_FLIGHT)"
    echo "Date: $(date -u +%Y-%m-%dT%H:%M:%SZ)"
    echo "CPU: $(processor), $(nproc) cores"
    echo "Java: $(java -version 2>&1 | head -2 | tail -1)"
    echo "Server: the example app (integration-tests), one JVM on the same machine, port $PORT"
    echo "Load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
    java -Dquarkus.jsonrpc-client.\"http\".url="http://127.0.0.1:$PORT/jsonrpc" \
        -Dquarkus.jsonrpc-client.\"ws\".url="ws://127.0.0.1:$PORT/jsonrpc" \
        -Dbench.warmup="$WARMUP" -Dbench.duration="$DURATION" -Dbench.callers="$CALLERS" \
        -Dbench.in-flight="$IN_FLIGHT" -Dbench.server-pid="$SERVER" \
        -jar "$ROOT/bench/client-throughput/target/quarkus-app/quarkus-run.jar"
    echo "Load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
} | tee "$REPORT"
