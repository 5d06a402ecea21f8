#!/usr/bin/env bash
# Resident memory per idle WebSocket connection, the example application (integration-tests) as packaged beside the
# quarkiverse quarkus-json-rpc peer, over several rounds. compare-peers.sh measures it once per run; one figure swings
# with the JVM's heap sizing (how far the young generation has grown when the connections arrive), so this takes
# turns on fresh processes and reports the median of each. Uses the workplace's instruments beside the repository:
# shared/load/wsconns.mjs (3,000 connections from Node's `ws` client, each making one call, then idle) and the peer
# in shared/peers/quarkus-json-rpc.
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

field() { sed -E "s/.*\"$1\":\"?([0-9.]+)\"?.*/\1/"; }
probe() { # name url pid method -> kB per connection; the raw line goes to the jsonl
    local line
    line=$(node "$SHARED/load/wsconns.mjs" --ws "$2" --pid "$3" --conns 3000 --call "$4")
    echo "{\"server\":\"$1\",${line#\{}" >>"$RAW"
    echo "$line" | field kb_per_conn
}
stop() { kill "$1" 2>/dev/null; wait "$1" 2>/dev/null || true; }

load_tools
mkdir -p "$OUT"; : >"$RAW"
{
    echo "# $(date -u +%FT%TZ) on $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg) at start"
    echo "# command: bench/memory-per-connection.sh $ROUNDS (app: $APP_JAR); kB of resident memory per connection, fresh processes"
    app=() qjr=()
    for round in $(seq 1 "$ROUNDS"); do
        start_jar "$ROOT/bench/target/memory-app.log" $PORT_APP "$APP_JAR"
        pid=$started
        a=$(probe app ws://127.0.0.1:$PORT_APP/jsonrpc $pid subtract)
        stop $pid
        pid=$("$SHARED/peers/quarkus-json-rpc/run.sh" $PORT_QJR)
        q=$(probe quarkus-json-rpc ws://127.0.0.1:$PORT_QJR/json-rpc "$pid" 'Demo#subtract')
        stop "$pid"
        app+=("$a") qjr+=("$q")
        echo "round $round app $a quarkus-json-rpc $q"
    done
    python3 - "${app[*]}" "${qjr[*]}" <<'PY'
import statistics, sys
app, qjr = ([float(x) for x in arg.split()] for arg in sys.argv[1:])
print(f"median app {statistics.median(app):.1f} quarkus-json-rpc {statistics.median(qjr):.1f}")
print(f"ratio median kb_per_connection app/quarkus-json-rpc {statistics.median(app) / statistics.median(qjr):.2f}")
PY
    echo "# load average at end $(cut -d' ' -f1-3 /proc/loadavg)"
} | tee "$OUT/memory-$STAMP.txt"
