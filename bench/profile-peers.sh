#!/usr/bin/env bash
# Where the CPU of a call goes, in the example application (integration-tests) and in the quarkiverse quarkus-json-rpc
# peer, side by side under a load of compare-peers.sh: Node's `ws` client (shared/load/wsload.mjs, offering
# permessage-deflate as browsers do), 50 connections with 4 calls in flight each, on one of the two paths:
#   eventloop  `fastSubtract` (@NonBlocking) against `Fast#subtract` (inline on a raw Vert.x route)
#   worker     `subtract` (a worker thread, the default) against `Demo#subtract` (Vert.x's executeBlocking)
# Both servers run at once; after a 30 s warm-up of each they take turns for ROUNDS rounds (which goes first
# alternates), each turn 10 s under async-profiler (CPU samples every 5 ms, all threads, kernel included). Every sample
# is put in one category by the first of the rules below that its stack matches, and each category is given in µs of
# CPU per call. Output in bench/results/profile-<path>-<stamp>.txt, the counts of every turn in the .jsonl beside it.
#
#   bench/profile-peers.sh [eventloop|worker]   with the last build of integration-tests; about 3 minutes (ROUNDS=4)
#
# async-profiler: see async_profiler in bench/common.sh.
set -euo pipefail
. "$(dirname "$0")/common.sh"

PATH_NAME=${1:-eventloop}
case $PATH_NAME in
    eventloop) app_method=fastSubtract qjr_method='Fast#subtract' ;;
    worker) app_method=subtract qjr_method='Demo#subtract' ;;
    *) echo "usage: bench/profile-peers.sh [eventloop|worker]"; exit 1 ;;
esac
TMP=$ROOT/bench/target/profile-$PATH_NAME
ROUNDS=${ROUNDS:-4}
INTERVAL_NS=5000000
APP_JAR=${APP_JAR:-$ROOT/integration-tests/target/quarkus-app/quarkus-run.jar}

mkdir -p "$OUT" "$TMP"
async_profiler
load_tools

app_port=$(free_port)
start_jar "$TMP/app.log" "$app_port" "$APP_JAR"
app=$started
qjr_port=$(free_port)
qjr=$("$SHARED/peers/quarkus-json-rpc/run.sh" "$qjr_port" | sed -E 's/\x1b\[[0-9;]*m//g' | tail -1)
pids+=("$qjr")

# server -> "pid url method"
target() {
    if [ "$1" = app ]; then echo "$app ws://127.0.0.1:$app_port/jsonrpc $app_method"
    else echo "$qjr ws://127.0.0.1:$qjr_port/json-rpc $qjr_method"; fi
}
load() { # server seconds [profile-file]: one wsload line, with the server and the profile's file added
    local pid url method line
    read -r pid url method <<<"$(target "$1")"
    [ -z "${3:-}" ] || java "$ROOT/bench/AgentLoad.java" "$pid" "$PROFILER" "start,event=cpu,interval=$INTERVAL_NS" >/dev/null
    line=$(node "$SHARED/load/wsload.mjs" --ws "$url" --method "$method" --conns 50 --inflight 4 --seconds "$2" --pid "$pid")
    [ -z "${3:-}" ] || java "$ROOT/bench/AgentLoad.java" "$pid" "$PROFILER" "stop,file=$3,collapsed" >/dev/null
    echo "$line" | sed "s|^{|{\"server\":\"$1\",\"profile\":\"${3:-}\",|"
}

raw=$OUT/profile-$PATH_NAME-$STAMP.jsonl
# the servers just started: it also waits for them to settle
start_line=$(header_at_start)
# 30 s of warm-up, under the profiler to a file not read, so that its first start is not in a round either. The JIT
# compiler still takes up to a fifth of both servers' CPU in the first round after it (the .jsonl has it per turn):
# the table also gives the ratio without it.
load app 30 "$TMP/app-warm-up.collapsed" >/dev/null
load quarkus-json-rpc 30 "$TMP/quarkus-json-rpc-warm-up.collapsed" >/dev/null
for round in $(seq 1 "$ROUNDS"); do
    if [ $((round % 2)) = 1 ]; then order="app quarkus-json-rpc"; else order="quarkus-json-rpc app"; fi
    for server in $order; do
        load "$server" 10 "$TMP/$server-$round.collapsed"
    done
done >"$TMP/turns.jsonl"

{
    echo "$start_line"
    echo "# $(date -u +%FT%TZ), load average $(cut -d' ' -f1-3 /proc/loadavg) at end"
    echo "# command: bench/profile-peers.sh $PATH_NAME (ROUNDS=$ROUNDS; app: $APP_JAR, $app_method; quarkus-json-rpc: $qjr_method)"
    echo "# µs of server CPU per call, all turns together; a sample goes to the first category whose rule its stack matches"
    python3 - "$TMP/turns.jsonl" "$raw" "$INTERVAL_NS" <<'PY'
import json, re, sys
turns_file, raw_file, interval_ns = sys.argv[1], sys.argv[2], int(sys.argv[3])
def anywhere(pattern):
    rx = re.compile(pattern)
    return lambda frames, stack: rx.search(stack) is not None
def near_leaf(pattern, depth=20):
    rx = re.compile(pattern)
    return lambda frames, stack: any(rx.search(f) for f in frames[-depth:])
def last_java(pattern):
    """the leaf-most frame of Java code: a class name with its package, not the kernel's nor a C library's"""
    rx = re.compile(pattern)
    def match(frames, stack):
        java = [f for f in frames if "/" in f and not f.endswith("_[k]")]
        return bool(java) and rx.search(java[-1]) is not None
    return match
def near_root(pattern, depth=6):
    """the thread's own first frames: what kind of thread took the sample"""
    rx = re.compile(pattern)
    return lambda frames, stack: any(rx.search(f) for f in frames[:depth])
def either(*predicates):
    return lambda frames, stack: any(p(frames, stack) for p in predicates)
RULES = [  # (category, what a stack matches); a sample goes to the first that its stack matches
    # the JVM's own threads first, their waits included
    ("garbage collection and safepoints", near_root(r"GangWorker|VMThread|ConcurrentGCThread|G1\w*Thread")),
    ("JIT compiler", near_root(r"CompileBroker")),
    # a call handed to a worker thread and its answer handed back: a thread woken, a thread parking, the queues
    ("hand-off between threads: wake, park, queue",
     either(near_leaf(r"LockSupport\.(un)?park|Unsafe\.(un)?park|futex|pthread_cond|EPollSelectorImpl\.wakeup"),
            last_java(r"EnhancedQueueExecutor|WorkerDispatcher|TaskQueue|executeBlocking"))),
    ("JSON-RPC: parse, call, serialize, hand the answer to Netty",
     anywhere(r"WebSocketTransport\$1\.message|io/quarkiverse/jsonrpc/server/runtime/(engine|invocation)/"
              r"|io/quarkiverse/jsonrpc/runtime/")),
    ("UTF-8 check of text frames", anywhere(r"Utf8FrameValidator\.checkUTF8String|Utf8Validator")),
    # the answers of a read are flushed when it ends, under the decoder's channelReadComplete: before the next rule
    ("write and flush, system call included", anywhere(r"flush0|doWrite|ChannelOutboundBuffer|writev|__GI_write")),
    ("Netty and Vert.x: frames in, dispatch",
     anywhere(r"WebSocket08FrameDecoder|ByteToMessageDecoder|VertxHandler|WebSocketImplBase|Http1xServerConnection")),
    ("read, system call included", anywhere(r"NioByteUnsafe\.read|SocketDispatcher\.read|__GI_read")),
    ("waiting for events (epoll)", anywhere(r"EPollSelectorImpl|epoll_wait|NioEventLoop\.select")),
]
OTHER = "other"
turns = [json.loads(l) for l in open(turns_file)]
with open(raw_file, "w") as raw:
    for t in turns:
        counts = {name: 0 for name, _ in RULES}
        counts[OTHER] = 0
        for line in open(t["profile"]):
            stack, n = line.rstrip().rsplit(" ", 1)
            frames = stack.split(";")
            for name, rule in RULES:
                if rule(frames, stack):
                    counts[name] += int(n)
                    break
            else:
                counts[OTHER] += int(n)
        t["samples"] = counts
        del t["profile"]
        raw.write(json.dumps(t) + "\n")
servers = ["app", "quarkus-json-rpc"]
def per_call(server, name):
    ts = [t for t in turns if t["server"] == server]
    return sum(t["samples"][name] for t in ts) * interval_ns / 1000 / sum(t["calls"] for t in ts)
names = [name for name, _ in RULES] + [OTHER]
print(f"{'':58s} {'app':>7s} {'qjr':>7s}")
for name in names:
    print(f"{name:58s} {per_call('app', name):7.2f} {per_call('quarkus-json-rpc', name):7.2f}")
total = {s: sum(per_call(s, n) for n in names) for s in servers}
measured = {s: sorted(float(t["server_cpu_us_per_call"]) for t in turns if t["server"] == s) for s in servers}
print(f"{'all samples':58s} {total['app']:7.2f} {total['quarkus-json-rpc']:7.2f}")
print("server CPU per call measured from /proc in each turn, app: " + ", ".join(map(str, measured["app"]))
      + "; quarkus-json-rpc: " + ", ".join(map(str, measured["quarkus-json-rpc"])))
print(f"ratio all samples app/quarkus-json-rpc {total['app'] / total['quarkus-json-rpc']:.2f}")
jit = "JIT compiler"
steady = {s: total[s] - per_call(s, jit) for s in servers}
print(f"ratio all samples but the JIT compiler's app/quarkus-json-rpc {steady['app'] / steady['quarkus-json-rpc']:.2f}")
json_rpc = "JSON-RPC: parse, call, serialize, hand the answer to Netty"
print(f"ratio JSON-RPC handling app/quarkus-json-rpc {per_call('app', json_rpc) / per_call('quarkus-json-rpc', json_rpc):.2f}")
PY
} | tee "$OUT/profile-$PATH_NAME-$STAMP.txt"
