#!/usr/bin/env bash
# Where the resident memory that 3,000 idle WebSocket connections add goes, by the JVM's own accounting: the example
# application (integration-tests) as packaged and the quarkiverse quarkus-json-rpc peer from the workplace's
# shared/peers, each a fresh process with Native Memory Tracking on, a baseline taken before the connections and a
# summary diff after them (shared/load/wsconns.mjs: Node's `ws` client, each connection making one call, then idle).
# The diff shows what of the growth compare-peers.sh measures is per connection (the Java heap) and what is the JVM
# warming up to a new path (JIT code and compiler arenas, classes and metaspace).
#
#   bench/memory-breakdown.sh   with the last build of integration-tests; about a minute
set -euo pipefail
. "$(dirname "$0")/common.sh"

TMP=$ROOT/bench/target/memory-breakdown
APP_JAR=${APP_JAR:-$ROOT/integration-tests/target/quarkus-app/quarkus-run.jar}
QJR_JAR=$("$SHARED/peers/quarkus-json-rpc/build.sh" | sed -E 's/\x1b\[[0-9;]*m//g' | tail -1)

measure() { # name jar port path method
    start_jar "$TMP/$1.log" "$3" "$2" -XX:NativeMemoryTracking=summary
    local pid=$started
    jcmd "$pid" VM.native_memory baseline >/dev/null
    node "$SHARED/load/wsconns.mjs" --ws "ws://127.0.0.1:$3$4" --pid "$pid" --conns 3000 --call "$5" >"$TMP/$1.json"
    jcmd "$pid" VM.native_memory summary.diff scale=KB >"$TMP/$1.nmt"
}

load_tools
mkdir -p "$OUT" "$TMP"
measure app "$APP_JAR" 18481 /jsonrpc subtract
measure quarkus-json-rpc "$QJR_JAR" 18482 /json-rpc 'Demo#subtract'
{
    echo "# $(date -u +%FT%TZ) on $(nproc) cores; command: bench/memory-breakdown.sh (app: $APP_JAR)"
    echo "# growth while 3,000 connections open and make one call each, fresh processes: resident memory, and the"
    echo "# committed memory of each Native Memory Tracking category (KB per connection)"
    python3 - "$TMP" <<'PY'
import json, re, sys
folder = sys.argv[1]
def read(name):
    rss = json.load(open(f"{folder}/{name}.json"))
    growth = {}
    for line in open(f"{folder}/{name}.nmt"):
        m = re.match(r'-\s+(.+?) \(reserved=.*committed=\d+KB ([+-]\d+)KB\)', line)
        if m:
            growth[m.group(1).strip()] = int(m.group(2))
    total = re.search(r'Total: reserved=.*committed=\d+KB ([+-]\d+)KB', open(f"{folder}/{name}.nmt").read())
    return rss, growth, int(total.group(1)) if total else 0
app, qjr = read("app"), read("quarkus-json-rpc")
n = app[0]["conns"]
print(f"{'':28}{'app':>10}{'quarkus-json-rpc':>18}")
print(f"{'resident memory':28}{app[0]['kb_per_conn']:>10.1f}{qjr[0]['kb_per_conn']:>18.1f}")
print(f"{'NMT total committed':28}{app[2] / n:>10.1f}{qjr[2] / n:>18.1f}")
for category in sorted(set(app[1]) | set(qjr[1]), key=lambda c: -abs(app[1].get(c, 0)) - abs(qjr[1].get(c, 0))):
    a, q = app[1].get(category, 0) / n, qjr[1].get(category, 0) / n
    if abs(a) >= 0.1 or abs(q) >= 0.1:
        print(f"{'  ' + category:28}{a:>10.1f}{q:>18.1f}")
PY
} | tee "$OUT/memory-breakdown-$STAMP.txt"
