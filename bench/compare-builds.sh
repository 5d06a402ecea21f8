#!/usr/bin/env bash
# Two builds of the example application (integration-tests) side by side, under the loads of compare-peers.sh: what a
# change of the code did, measured in one run. Both servers run at once; they take turns for ROUNDS rounds after a
# warm-up of each (which goes first alternates from round to round), so that the machine's other load falls on both
# sides. Load from Node's `ws` client (shared/load/wsload.mjs, which offers permessage-deflate as browsers do).
# Output and raw lines land in bench/results/builds-<stamp>.{txt,jsonl}; the figures are server CPU µs per call.
#
#   bench/compare-builds.sh OLD_JAR [NEW_JAR]   NEW_JAR: the last build of integration-tests; about 7 minutes
#
# An older build, without touching this tree or the local Maven repository's snapshots:
#   git worktree add /tmp/old COMMIT && (cd /tmp/old && ./mvnw -B -q package -DskipTests -pl integration-tests -am)
#   bench/compare-builds.sh /tmp/old/integration-tests/target/quarkus-app/quarkus-run.jar
#
# One build under two settings (a configuration property, a system property read by an experiment): the same jar
# twice, with OLD_OPTS and NEW_OPTS, each a list of java options for that side, split on spaces:
#   J=integration-tests/target/quarkus-app/quarkus-run.jar
#   OLD_OPTS=-Dname=a NEW_OPTS=-Dname=b bench/compare-builds.sh $J $J
set -euo pipefail
. "$(dirname "$0")/common.sh"

ROUNDS=${ROUNDS:-4}
OLD_JAR=$(realpath "$1")
NEW_JAR=$(realpath "${2:-$ROOT/integration-tests/target/quarkus-app/quarkus-run.jar}")

load_tools
mkdir -p "$OUT" "$ROOT/bench/target"
raw=$OUT/builds-$STAMP.jsonl
: >"$raw"

old_port=$(free_port)
# shellcheck disable=SC2086 # the options are a list, split on spaces
start_jar "$ROOT/bench/target/builds-old.log" "$old_port" "$OLD_JAR" ${OLD_OPTS:-}
old=$started
new_port=$(free_port)
# shellcheck disable=SC2086
start_jar "$ROOT/bench/target/builds-new.log" "$new_port" "$NEW_JAR" ${NEW_OPTS:-}
new=$started
LOADS=("subtract 50 4" "subtract 10 1" "fastSubtract 50 4")
run() { # build port pid seconds method conns inflight
    node "$LOAD/wsload.mjs" --ws "ws://127.0.0.1:$2/jsonrpc" --method "$5" --conns "$6" --inflight "$7" \
        --seconds "$4" --pid "$3" | sed "s/^{/{\"build\":\"$1\",\"method\":\"$5\",/"
}
{
    header_at_start
    echo "# command:${OLD_OPTS:+ OLD_OPTS='$OLD_OPTS'}${NEW_OPTS:+ NEW_OPTS='$NEW_OPTS'} bench/compare-builds.sh $OLD_JAR $NEW_JAR"
    for l in "${LOADS[@]}"; do
        read -r method conns inflight <<<"$l"
        run old "$old_port" "$old" 10 "$method" "$conns" "$inflight" >/dev/null
        run new "$new_port" "$new" 10 "$method" "$conns" "$inflight" >/dev/null
    done
    for round in $(seq 1 "$ROUNDS"); do
        for l in "${LOADS[@]}"; do
            read -r method conns inflight <<<"$l"
            if [ $((round % 2)) = 1 ]; then order="old new"; else order="new old"; fi
            for build in $order; do
                if [ "$build" = old ]; then run old "$old_port" "$old" 8 "$method" "$conns" "$inflight"
                else run new "$new_port" "$new" 8 "$method" "$conns" "$inflight"; fi
            done
        done
    done | tee -a "$raw"
    python3 - "$raw" <<'PY'
import json, statistics, sys
rows = [json.loads(l) for l in open(sys.argv[1])]
loads = []
for r in rows:
    key = (r["method"], r["conns"], r["inflight"])
    if key not in loads:
        loads.append(key)
for method, conns, inflight in loads:
    def median(build, field):
        return statistics.median(float(r[field]) for r in rows
                                 if r["build"] == build and (r["method"], r["conns"], r["inflight"]) == (method, conns, inflight))
    o, n = median("old", "server_cpu_us_per_call"), median("new", "server_cpu_us_per_call")
    oc, nc = median("old", "calls_per_s"), median("new", "calls_per_s")
    print(f"{method} {conns}x{inflight}: median cpu_us old {o:.1f} new {n:.1f} ratio new/old {n / o:.2f};"
          f" calls/s old {oc:.0f} new {nc:.0f} ratio {nc / oc:.2f}")
PY
    echo "# load average at end $(cut -d' ' -f1-3 /proc/loadavg)"
} | tee "$OUT/builds-$STAMP.txt"
