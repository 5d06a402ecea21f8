#!/usr/bin/env bash
# Resident memory per idle WebSocket connection, once the first connections have been served: the example application
# (integration-tests) as packaged beside the quarkiverse quarkus-json-rpc peer from the workplace's shared/peers. On a
# fresh process (as compare-peers.sh and memory-per-connection.sh measure it) the growth over the first 3,000
# connections also holds what the process does once, on its first connection: the classes it loads, the code the JIT
# compiles, the young generation it touches for the first time. Here each server, fresh, takes 3,000 connections
# (each making one call, then idle; bench/js/hold-connections.mjs, Node's `ws` client from shared/load, offering
# permessage-deflate), then 3,000 more while the first stay open: the growth over each batch, divided by 3,000. The
# servers take turns for ROUNDS rounds; the medians are compared.
#
#   bench/memory-second-batch.sh [ROUNDS]   with the last build of integration-tests; 3 rounds, about 3 minutes
set -euo pipefail
. "$(dirname "$0")/common.sh"

ROUNDS=${1:-3}
TMP=$ROOT/bench/target/second-batch
APP_JAR=${APP_JAR:-$ROOT/integration-tests/target/quarkus-app/quarkus-run.jar}
CONNS=3000
RAW=$OUT/memory-second-batch-$STAMP.jsonl

rss_kb() { sed -nE 's/^VmRSS:\s+([0-9]+).*/\1/p' "/proc/$1/status"; }
measure() { # name pid url method -> "first second" kB per connection; the raw line to the jsonl
    local before middle after first second
    before=$(rss_kb "$2")
    first=$(hold_connections "$3" $CONNS "$4" "$TMP/$1-first.hold")
    sleep 2 # as wsconns.mjs does: the last answers written, the server idle again
    middle=$(rss_kb "$2")
    second=$(hold_connections "$3" $CONNS "$4" "$TMP/$1-second.hold")
    sleep 2
    after=$(rss_kb "$2")
    kill "$first" "$second"
    echo "{\"server\":\"$1\",\"conns\":$CONNS,\"rss_kb\":[$before,$middle,$after]}" >>"$RAW"
    python3 -c "print(f'{($middle - $before) / $CONNS:.1f} {($after - $middle) / $CONNS:.1f}')"
}

load_tools
mkdir -p "$OUT" "$TMP"; : >"$RAW"
{
    header_at_start
    echo "# command: bench/memory-second-batch.sh $ROUNDS (app: $APP_JAR); kB of resident memory per connection over the first and the second $CONNS connections of a fresh process"
    results=()
    for round in $(seq 1 "$ROUNDS"); do
        start_jar "$TMP/app.log" 18481 "$APP_JAR"
        read -r a1 a2 <<<"$(measure app "$started" ws://127.0.0.1:18481/jsonrpc subtract)"
        stop_server "$started"
        pid=$("$SHARED/peers/quarkus-json-rpc/run.sh" 18482)
        read -r q1 q2 <<<"$(measure quarkus-json-rpc "$pid" ws://127.0.0.1:18482/json-rpc 'Demo#subtract')"
        stop_server "$pid"
        results+=("$a1 $a2 $q1 $q2")
        echo "round $round app $a1 then $a2, quarkus-json-rpc $q1 then $q2"
    done
    printf '%s\n' "${results[@]}" | python3 -c '
import statistics, sys
rows = [[float(x) for x in line.split()] for line in sys.stdin if line.strip()]
a1, a2, q1, q2 = (statistics.median(column) for column in zip(*rows))
print(f"median first batch: app {a1:.1f}, quarkus-json-rpc {q1:.1f}, ratio {a1 / q1:.2f}")
print(f"median second batch: app {a2:.1f}, quarkus-json-rpc {q2:.1f}, ratio {a2 / q2:.2f}")'
} | tee "$OUT/memory-second-batch-$STAMP.txt"
