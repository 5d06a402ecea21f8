#!/usr/bin/env bash
# The comparison of compare-peers.sh with a longer warm-up, and the JIT compiler's work in each measured window.
# On a 2-core machine the JIT compilers are still busy after compare.sh's 10 s warm-up: `jstat -compiler` counts
# several seconds of compile time inside its 8 s windows, for both servers, and that CPU time is in the figures
# compare.sh divides by the calls. This script warms each load up for WARMUP seconds (30 by default) before its
# 8 s window, and prints the compile seconds spent inside the window beside each figure. Servers: the example app
# (integration-tests) as packaged, and the quarkus-json-rpc peer from the workplace's shared/peers; load from
# shared/load/wsload.mjs (Node's `ws` client, which offers permessage-deflate like a browser).
#
#   bench/compare-steady.sh [WARMUP]   with the last build of integration-tests; about 6 minutes with WARMUP=30
set -euo pipefail
. "$(dirname "$0")/common.sh"

WARMUP=${1:-30}
RAW=$OUT/steady-$STAMP.jsonl
PORT_APP=18461
PORT_QJR=18462

field() { sed -E "s/.*\"$1\":\"?([0-9.]+)\"?.*/\1/"; }
compile_seconds() { jstat -compiler "$1" | tail -1 | awk '{print $4}'; }
load() { # name url pid method conns inflight -> "cpu_us calls_per_s compile_s"
    node "$SHARED/load/wsload.mjs" --ws "$2" --method "$4" --conns "$5" --inflight "$6" --seconds "$WARMUP" >/dev/null
    local before after line
    before=$(compile_seconds "$3")
    line=$(node "$SHARED/load/wsload.mjs" --ws "$2" --method "$4" --conns "$5" --inflight "$6" --seconds 8 --pid "$3")
    after=$(compile_seconds "$3")
    local compiled
    compiled=$(awk -v a="$after" -v b="$before" 'BEGIN { printf "%.2f", a - b }')
    echo "{\"server\":\"$1\",\"warmup_s\":$WARMUP,\"compile_s_in_window\":$compiled,${line#\{}" >>"$RAW"
    echo "$(echo "$line" | field server_cpu_us_per_call) $(echo "$line" | field calls_per_s) $compiled"
}

load_tools
mkdir -p "$OUT" "$ROOT/bench/target"; : >"$RAW"
start_jar "$ROOT/bench/target/steady-app.log" $PORT_APP "$ROOT/integration-tests/target/quarkus-app/quarkus-run.jar"
app=$started
qjr=$("$SHARED/peers/quarkus-json-rpc/run.sh" $PORT_QJR); pids+=("$qjr")
{
    header_at_start
    echo "# command: bench/compare-steady.sh $WARMUP; per load: server CPU µs per call, calls/s, JIT compile s in the 8 s window"
    read -r a_w a_wr a_wc <<<"$(load app ws://127.0.0.1:$PORT_APP/jsonrpc "$app" subtract 50 4)"
    read -r q_w q_wr q_wc <<<"$(load quarkus-json-rpc ws://127.0.0.1:$PORT_QJR/json-rpc "$qjr" 'Demo#subtract' 50 4)"
    read -r a_e a_er a_ec <<<"$(load app ws://127.0.0.1:$PORT_APP/jsonrpc "$app" fastSubtract 50 4)"
    read -r q_e q_er q_ec <<<"$(load quarkus-json-rpc ws://127.0.0.1:$PORT_QJR/json-rpc "$qjr" 'Fast#subtract' 50 4)"
    read -r a_l _ a_lc <<<"$(load app ws://127.0.0.1:$PORT_APP/jsonrpc "$app" subtract 10 1)"
    read -r q_l _ q_lc <<<"$(load quarkus-json-rpc ws://127.0.0.1:$PORT_QJR/json-rpc "$qjr" 'Demo#subtract' 10 1)"
    echo "app.worker $a_w µs $a_wr calls/s, compile ${a_wc}s; quarkus-json-rpc $q_w µs $q_wr calls/s, compile ${q_wc}s"
    echo "app.eventloop $a_e µs, compile ${a_ec}s; quarkus-json-rpc $q_e µs, compile ${q_ec}s"
    echo "app.worker.10x1 $a_l µs, compile ${a_lc}s; quarkus-json-rpc $q_l µs, compile ${q_lc}s"
    python3 - "$a_w" "$q_w" "$a_wr" "$q_wr" "$a_e" "$q_e" "$a_l" "$q_l" <<'PY'
import sys
aw, qw, awr, qwr, ae, qe, al, ql = map(float, sys.argv[1:])
print(f"ratio worker.cpu app/quarkus-json-rpc {aw / qw:.2f}")
print(f"ratio worker.calls_per_s app/quarkus-json-rpc {awr / qwr:.2f}")
print(f"ratio eventloop.cpu app/quarkus-json-rpc {ae / qe:.2f}")
print(f"ratio worker.10x1.cpu app/quarkus-json-rpc {al / ql:.2f}")
PY
    echo "# load average at end $(cut -d' ' -f1-3 /proc/loadavg)"
} | tee "$OUT/steady-$STAMP.txt"
