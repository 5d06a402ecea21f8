#!/usr/bin/env bash
# Live heap per idle WebSocket connection, by class: what each connection keeps, free of the noise of resident memory
# (which follows the JVM's heap sizing more than what a connection holds; see memory-per-connection.sh). The example
# application (integration-tests) as packaged and the quarkiverse quarkus-json-rpc peer from the workplace's
# shared/peers: a full-GC histogram (`jmap -histo:live`) with 20 connections open, then with 3,000 more, each having
# made one call (bench/js/hold-connections.mjs, Node's `ws` client from shared/load); the difference divided by 3,000.
#
#   bench/live-heap-per-connection.sh   with the last build of integration-tests; about a minute
#   APP_JAR=path/quarkus-run.jar bench/live-heap-per-connection.sh   another build of the example app
set -euo pipefail
. "$(dirname "$0")/common.sh"

TMP=$ROOT/bench/target/live-heap
APP_JAR=${APP_JAR:-$ROOT/integration-tests/target/quarkus-app/quarkus-run.jar}
CONNS=3000

measure() { # name pid url method
    local few many
    few=$(hold_connections "$3" 20 "$4" "$TMP/$1-few.hold")
    jmap -histo:live "$2" >"$TMP/$1.before"
    many=$(hold_connections "$3" $CONNS "$4" "$TMP/$1-many.hold")
    jmap -histo:live "$2" >"$TMP/$1.after"
    kill "$few" "$many"
}

load_tools
mkdir -p "$OUT" "$TMP"
start_jar "$TMP/app.log" 18471 "$APP_JAR"
measure app "$started" ws://127.0.0.1:18471/jsonrpc subtract
qjr=$("$SHARED/peers/quarkus-json-rpc/run.sh" 18472)
pids+=("$qjr")
measure quarkus-json-rpc "$qjr" ws://127.0.0.1:18472/json-rpc 'Demo#subtract'

{
    echo "# $(date -u +%FT%TZ) on $(nproc) cores; command: bench/live-heap-per-connection.sh (app: $APP_JAR)"
    echo "# bytes of live heap per connection (jmap -histo:live, $CONNS connections each after one call); classes whose share differs by 8 B or more"
    python3 - "$TMP" $CONNS <<'PY'
import re, sys
folder, conns = sys.argv[1], int(sys.argv[2])
def histogram(name):
    classes = {}
    for line in open(f"{folder}/{name}"):
        m = re.match(r'\s*\d+:\s+(\d+)\s+(\d+)\s+(\S+)', line)
        if m:
            # a lambda's class is named per process: the same lambda must compare with itself
            name = re.sub(r'\$\$Lambda\$\d+/0x[0-9a-f]+', '$$Lambda', m.group(3))
            count, size = classes.get(name, (0, 0))
            classes[name] = (count + int(m.group(1)), size + int(m.group(2)))
    return classes
def growth(server):
    before, after = histogram(f"{server}.before"), histogram(f"{server}.after")
    return {c: ((after.get(c, (0, 0))[1] - before.get(c, (0, 0))[1]) / conns,
                (after.get(c, (0, 0))[0] - before.get(c, (0, 0))[0]) / conns) for c in set(before) | set(after)}
app, qjr = growth("app"), growth("quarkus-json-rpc")
total_app, total_qjr = sum(b for b, _ in app.values()), sum(b for b, _ in qjr.values())
print(f"live bytes per connection: app {total_app:.0f} quarkus-json-rpc {total_qjr:.0f} ratio {total_app / total_qjr:.2f}")
rows = sorted(((app.get(c, (0, 0))[0] - qjr.get(c, (0, 0))[0], c) for c in set(app) | set(qjr)), reverse=True)
for diff, c in rows:
    if abs(diff) >= 8:
        a, q = app.get(c, (0, 0)), qjr.get(c, (0, 0))
        print(f"{diff:+7.0f}  app {a[0]:6.0f} B ({a[1]:5.2f})  quarkus-json-rpc {q[0]:6.0f} B ({q[1]:5.2f})  {c}")
PY
} | tee "$OUT/live-heap-$STAMP.txt"
