#!/usr/bin/env bash
# Resident memory per idle WebSocket connection, the example application (integration-tests) as packaged beside the
# quarkiverse quarkus-json-rpc peer, over several rounds. compare-peers.sh measures it once per run; one figure swings
# with the JVM's heap sizing (how far the young generation has grown when the connections arrive), so this takes
# turns on fresh processes and reports the median of each. Uses the workplace's instruments beside the repository:
# shared/load/wsconns.mjs (3,000 connections from Node's `ws` client, each making one call, then idle) and the peer
# in shared/peers/quarkus-json-rpc.
# Beside each figure, the Java heap the server allocated per connection meanwhile (JFR's per-thread allocation
# counters, from before the first connection until the client has closed them all: garbage and kept alike). In a fresh
# JVM the young generation is still being touched for the first time, so resident memory grows with what is
# allocated, not only with what is kept.
#
#   bench/memory-per-connection.sh [ROUNDS]   with the last build of integration-tests; 5 rounds, about 5 minutes
#   APP_JAR=path/quarkus-run.jar bench/memory-per-connection.sh   another build of the example app (say, an older one)
set -euo pipefail
. "$(dirname "$0")/common.sh"

ROUNDS=${1:-5}
APP_JAR=${APP_JAR:-$ROOT/integration-tests/target/quarkus-app/quarkus-run.jar}
RAW=$OUT/memory-$STAMP.jsonl
PORT_APP=18451
PORT_QJR=18452

JFC=$ROOT/bench/target/thread-allocation.jfc
field() { sed -E "s/.*\"$1\":\"?([0-9.]+)\"?.*/\1/"; }
probe() { # name url pid method -> "kB of resident memory per connection" "kB allocated per connection"; raw line to the jsonl
    local line allocated recording=$ROOT/bench/target/memory-$1.jfr
    jcmd "$3" JFR.start name=allocation settings="$JFC" filename="$recording" >/dev/null
    line=$(node "$SHARED/load/wsconns.mjs" --ws "$2" --pid "$3" --conns 3000 --call "$4")
    jcmd "$3" JFR.stop name=allocation >/dev/null
    allocated=$(allocated_kb "$recording" 3000)
    echo "{\"server\":\"$1\",\"heap_allocated_kb_per_conn\":$allocated,${line#\{}" >>"$RAW"
    echo "$(echo "$line" | field kb_per_conn) $allocated"
}
# allocated_kb RECORDING N: the kB the threads of the recording allocated between its start and its end, over N
allocated_kb() {
    jfr print --json --events jdk.ThreadAllocationStatistics "$1" | python3 -c '
import json, sys
first, last = {}, {}
for event in json.load(sys.stdin)["recording"]["events"]:
    v = event["values"]
    thread = (v["thread"] or {}).get("javaThreadId")
    sample = (v["startTime"], v["allocated"])
    first[thread] = min(first.get(thread, sample), sample)
    last[thread] = max(last.get(thread, sample), sample)
# a thread started during the recording has only its end sample: all it allocated counts
total = sum(end[1] - (first[t][1] if first[t][0] < end[0] else 0) for t, end in last.items())
print(f"{total / 1024 / int(sys.argv[1]):.1f}")' "$2"
}

load_tools
mkdir -p "$OUT" "$ROOT/bench/target"; : >"$RAW"
# per-thread allocation counters at the recording's start and end, and nothing else
cat >"$JFC" <<'XML'
<?xml version="1.0" encoding="UTF-8"?>
<configuration version="2.0">
  <event name="jdk.ThreadAllocationStatistics"><setting name="enabled">true</setting><setting name="period">everyChunk</setting></event>
</configuration>
XML
{
    header_at_start
    echo "# command: bench/memory-per-connection.sh $ROUNDS (app: $APP_JAR); kB of resident memory per connection, fresh processes (in brackets: kB of heap allocated per connection)"
    app=() qjr=() app_allocated=() qjr_allocated=()
    for round in $(seq 1 "$ROUNDS"); do
        start_jar "$ROOT/bench/target/memory-app.log" $PORT_APP "$APP_JAR"
        pid=$started
        read -r a a_alloc <<<"$(probe app ws://127.0.0.1:$PORT_APP/jsonrpc $pid subtract)"
        stop_server "$pid"
        pid=$("$SHARED/peers/quarkus-json-rpc/run.sh" $PORT_QJR)
        read -r q q_alloc <<<"$(probe quarkus-json-rpc ws://127.0.0.1:$PORT_QJR/json-rpc "$pid" 'Demo#subtract')"
        stop_server "$pid"
        app+=("$a") qjr+=("$q") app_allocated+=("$a_alloc") qjr_allocated+=("$q_alloc")
        echo "round $round app $a ($a_alloc) quarkus-json-rpc $q ($q_alloc)"
    done
    python3 - "${app[*]}" "${qjr[*]}" "${app_allocated[*]}" "${qjr_allocated[*]}" <<'PY'
import statistics, sys
app, qjr, app_allocated, qjr_allocated = ([float(x) for x in arg.split()] for arg in sys.argv[1:])
print(f"median app {statistics.median(app):.1f} ({statistics.median(app_allocated):.1f}) "
      f"quarkus-json-rpc {statistics.median(qjr):.1f} ({statistics.median(qjr_allocated):.1f})")
print(f"ratio median kb_per_connection app/quarkus-json-rpc {statistics.median(app) / statistics.median(qjr):.2f}")
print(f"ratio median heap_allocated_kb_per_conn app/quarkus-json-rpc "
      f"{statistics.median(app_allocated) / statistics.median(qjr_allocated):.2f}")
PY
    echo "# load average at end $(cut -d' ' -f1-3 /proc/loadavg)"
} | tee "$OUT/memory-$STAMP.txt"
