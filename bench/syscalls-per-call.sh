#!/usr/bin/env bash
# The system calls behind the CPU per call of compare-peers.sh: for each server and load, the read and write system
# calls (/proc/PID/io) and the times a thread went to sleep (voluntary context switches, summed over
# /proc/PID/task) in an 8 s window, per answered call, beside the window's calls/s and CPU per call, and that CPU
# by the threads that spent it: the event loops, the worker pool, the JIT compiler, the rest. The load client
# (shared/load/wsload.mjs, Node's `ws`, 50 connections × 4 calls in flight) sends a call only when one is answered,
# so how many messages one read brings depends on how fast the server answers: this shows by how much.
# Servers: the example app (integration-tests) as packaged and the quarkus-json-rpc peer from the workplace's
# shared/peers, started once and measured in turns, each load warmed up for 10 s before its window.
#
#   bench/syscalls-per-call.sh [ROUNDS]   with the last build of integration-tests; about 90 s per round
set -euo pipefail
. "$(dirname "$0")/common.sh"

ROUNDS=${1:-3}
RAW=$OUT/syscalls-$STAMP.jsonl
PORT_APP=18471
PORT_QJR=18472

# counters PID -> "reads writes sleeps loop worker jit other": the last four the CPU time of those threads, in
# clock ticks (/proc/PID/task/*/stat: utime + stime), by their names: Vert.x's event loops, Quarkus's worker pool
# (executor-thread), HotSpot's compiler threads; "other" is GC, VM and the rest
counters() {
    local io sleeps cpu
    io=$(awk '/^syscr|^syscw/ { printf "%s ", $2 }' "/proc/$1/io")
    sleeps=$(cat /proc/"$1"/task/*/status 2>/dev/null | awk '/^voluntary_ctxt_switches/ { s += $2 } END { print s }')
    cpu=$(thread_ticks "$1" | awk '{
        t = $1; name = substr($0, index($0, " ") + 1)
        if (name ~ /^vert\.x-eventloo/) loop += t; else if (name ~ /^executor-thre/) worker += t;
        else if (name ~ /CompilerThre/) jit += t; else other += t
    } END { printf "%d %d %d %d", loop, worker, jit, other }')
    echo "$io$sleeps $cpu"
}
TICK_US=$((1000000 / $(getconf CLK_TCK)))
measure() { # server url pid method
    node "$LOAD/wsload.mjs" --ws "$2" --method "$4" --conns 50 --inflight 4 --seconds 10 >/dev/null
    local before after line
    before=$(counters "$3")
    line=$(node "$LOAD/wsload.mjs" --ws "$2" --method "$4" --conns 50 --inflight 4 --seconds 8 --pid "$3")
    after=$(counters "$3")
    python3 - "$1" "$4" "$before" "$after" "$line" "$TICK_US" <<'PY' | tee -a "$RAW"
import json, sys
server, method, before, after, line, tick_us = sys.argv[1:]
window = json.loads(line)
delta = [b - a for a, b in zip(map(int, before.split()), map(int, after.split()))]
calls = max(window["calls"], 1)
print(json.dumps({"server": server, "method": method, "calls_per_s": window["calls_per_s"],
                  "server_cpu_us_per_call": window["server_cpu_us_per_call"],
                  "reads_per_call": round(delta[0] / calls, 3), "writes_per_call": round(delta[1] / calls, 3),
                  "sleeps_per_call": round(delta[2] / calls, 3),
                  **{f"{name}_cpu_us_per_call": round(d * int(tick_us) / calls, 2)
                     for name, d in zip(("loop", "worker", "jit", "other"), delta[3:])},
                  "lost": window["lost"], "wrong": window["wrong"]}))
PY
}

load_tools
mkdir -p "$OUT" "$ROOT/bench/target"; : >"$RAW"
start_jar "$ROOT/bench/target/syscalls-app.log" $PORT_APP "$ROOT/integration-tests/target/quarkus-app/quarkus-run.jar"
app=$started
qjr=$("$SHARED/peers/quarkus-json-rpc/run.sh" $PORT_QJR); pids+=("$qjr")
{
    header_at_start
    echo "# command: bench/syscalls-per-call.sh $ROUNDS; raw lines in $(basename "$RAW")"
    for _ in $(seq 1 "$ROUNDS"); do
        measure app ws://127.0.0.1:$PORT_APP/jsonrpc "$app" subtract >/dev/null
        measure quarkus-json-rpc ws://127.0.0.1:$PORT_QJR/json-rpc "$qjr" 'Demo#subtract' >/dev/null
        measure app ws://127.0.0.1:$PORT_APP/jsonrpc "$app" fastSubtract >/dev/null
        measure quarkus-json-rpc ws://127.0.0.1:$PORT_QJR/json-rpc "$qjr" 'Fast#subtract' >/dev/null
    done
    python3 - "$RAW" <<'PY'
import json, statistics, sys
rows = [json.loads(l) for l in open(sys.argv[1])]
THREADS = ("loop", "worker", "jit", "other")
print("server            method          calls/s  µs/call  reads/call  writes/call  sleeps/call"
      "   of the µs: loop worker   jit other")
for r in rows:
    print(f"{r['server']:<17} {r['method']:<14} {r['calls_per_s']:>8} {r['server_cpu_us_per_call']:>8} "
          f"{r['reads_per_call']:>11} {r['writes_per_call']:>12} {r['sleeps_per_call']:>12}              "
          + " ".join(f"{r[t + '_cpu_us_per_call']:>5}" for t in THREADS))
for label, app_m, qjr_m in (("worker", "subtract", "Demo#subtract"), ("eventloop", "fastSubtract", "Fast#subtract")):
    a = [r for r in rows if r["method"] == app_m]; q = [r for r in rows if r["method"] == qjr_m]
    for key in ("server_cpu_us_per_call", "calls_per_s", "reads_per_call", "writes_per_call", "sleeps_per_call",
                *(t + "_cpu_us_per_call" for t in THREADS)):
        ma = round(statistics.median(r[key] for r in a), 3); mq = round(statistics.median(r[key] for r in q), 3)
        ratio = f"{ma / mq:.2f}" if mq else "n/a"
        print(f"median {label}.{key} app {ma} quarkus-json-rpc {mq} ratio {ratio}")
PY
    echo "# load average at end $(cut -d' ' -f1-3 /proc/loadavg)"
} | tee "$OUT/syscalls-$STAMP.txt"
