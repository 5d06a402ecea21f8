#!/usr/bin/env bash
# What the heap a WebSocket connection allocates is made of, in the example application (integration-tests) and in the
# quarkiverse quarkus-json-rpc peer: from the upgrade request to the answer of its first call, the window over which
# compare-peers.sh measures resident memory, where a fresh JVM's young generation grows with what is allocated.
# Each server, fresh and alone, first takes three batches of 2,000 connections that each make one call and close (so
# that the JIT compiler has the path), then 3,000 that each make one call and stay open (Node's `ws` client, offering
# permessage-deflate as browsers do) under async-profiler's allocation sampling (a sample every 128 bytes, `total`: the
# bytes each stack allocated). Every sampled stack goes to the component of its frame nearest the allocation that is
# one of those listed below, Mutiny's operators to the component that made them; the table gives bytes per
# connection by component, how much of it in Mutiny operators, and the frames that allocated most.
#
#   bench/allocation-per-connection.sh            the last build of integration-tests beside quarkus-json-rpc
#   OLD_JAR=path/quarkus-run.jar bench/...        and an older build of the example app too, as a third column
#
# About 2 minutes (3 with OLD_JAR). Output in bench/results/allocation-per-connection-<stamp>.txt. async-profiler: see
# async_profiler in common.sh.
set -euo pipefail
. "$(dirname "$0")/common.sh"

APP_JAR=${APP_JAR:-$ROOT/integration-tests/target/quarkus-app/quarkus-run.jar}
OLD_JAR=${OLD_JAR:-}
TMP=$ROOT/bench/target/allocation-per-connection
CONNECTIONS=3000
mkdir -p "$OUT" "$TMP"
async_profiler
load_tools

# profile NAME PID URL METHOD: warms the server up, then profiles the allocation of CONNECTIONS connections into
# $TMP/NAME.collapsed, and stops the server
profile() {
    local name=$1 pid=$2 url=$3 method=$4 holder
    for _ in 1 2 3; do
        holder=$(hold_connections "$url" 2000 "$method" "$TMP/$name-warm-up.log")
        kill "$holder"; wait "$holder" 2>/dev/null || true
    done
    java "$ROOT/bench/AgentLoad.java" "$pid" "$PROFILER" "start,event=alloc,alloc=128" >/dev/null
    holder=$(hold_connections "$url" $CONNECTIONS "$method" "$TMP/$name.log")
    java "$ROOT/bench/AgentLoad.java" "$pid" "$PROFILER" "stop,file=$TMP/$name.collapsed,collapsed,total" >/dev/null
    kill "$holder"; wait "$holder" 2>/dev/null || true
    stop_server "$pid"
}

servers=(app)
port=$(free_port)
start_jar "$TMP/app.log" "$port" "$APP_JAR"
profile app "$started" "ws://127.0.0.1:$port/jsonrpc" subtract
if [ -n "$OLD_JAR" ]; then
    servers+=(app-old)
    port=$(free_port)
    start_jar "$TMP/app-old.log" "$port" "$OLD_JAR"
    profile app-old "$started" "ws://127.0.0.1:$port/jsonrpc" subtract
fi
servers+=(quarkus-json-rpc)
port=$(free_port)
qjr=$("$SHARED/peers/quarkus-json-rpc/run.sh" "$port" | sed -E 's/\x1b\[[0-9;]*m//g' | tail -1)
pids+=("$qjr")
profile quarkus-json-rpc "$qjr" "ws://127.0.0.1:$port/json-rpc" 'Demo#subtract'

out=$OUT/allocation-per-connection-$STAMP.txt
{
    echo "# $(date -u +%FT%TZ) on $(nproc) cores; command: bench/allocation-per-connection.sh (app: $APP_JAR${OLD_JAR:+; app-old: $OLD_JAR})"
    echo "# heap bytes allocated per connection, from its upgrade to the answer of its first call ($CONNECTIONS connections,"
    echo "# async-profiler allocation samples every 128 bytes), by the component of the frame nearest the allocation (for an"
    echo "# allocation in a Mutiny operator or its Context Propagation, nearest the operator)"
    python3 - "$TMP" $CONNECTIONS "${servers[@]}" <<'PY'
import collections, sys
tmp, n, servers = sys.argv[1], int(sys.argv[2]), sys.argv[3:]
# (component, what its frames contain): an allocation is the component's of the first frame, from the allocation up,
# that names one; Mutiny's and Context Propagation's are the component's whose code made the operator
COMPONENTS = [
    ("JSON-RPC extension and app", "io/quarkiverse/jsonrpc/server/"),
    ("quarkus-json-rpc", "io/quarkiverse/jsonrpc/"),
    ("websockets-next", "io/quarkus/websockets/next/"),
    ("Quarkus security", "io/quarkus/vertx/http/runtime/security/"),
    ("Quarkus security", "io/quarkus/security/"),
    ("Micrometer", "micrometer"),
    ("ArC (CDI)", "io/quarkus/arc/"),
    ("Jackson", "com/fasterxml/jackson/"),
    ("Quarkus Vert.x HTTP", "io/quarkus/vertx/"),
    ("Vert.x Web", "io/vertx/ext/web/"),
    ("Vert.x", "io/vertx/core/"),
    ("Netty", "io/netty/"),
]
OPERATORS = ("io/smallrye/mutiny/", "io/smallrye/context/")
# frames every stack of a connection's reads passes through, not an allocation's owner: the UTF-8 check sits in the
# pipeline before Vert.x's handler
TRANSPARENT = ("Utf8FrameCheck$Validator.channelRead",)
totals, frames, operators = {}, {}, {}
for server in servers:
    by, made = collections.Counter(), collections.Counter()
    top = collections.defaultdict(collections.Counter)
    for line in open(f"{tmp}/{server}.collapsed"):
        stack, count = line.rstrip().rsplit(" ", 1)
        stack_frames = [f for f in stack.split(";")[:-1] if not f.endswith(TRANSPARENT)]
        owner, frame, operator = "other (JDK, JVM)", "", False
        for f in reversed(stack_frames):
            if any(p in f for p in OPERATORS):
                operator = True
                continue
            hit = next((name for name, pattern in COMPONENTS if pattern in f), None)
            if hit:
                owner, frame = hit, f.rsplit("/", 1)[-1]
                break
        by[owner] += int(count)
        top[owner][frame] += int(count)
        if operator:
            made[owner] += int(count)
    totals[server], frames[server], operators[server] = by, top, made
names = list(dict.fromkeys(name for name, _ in COMPONENTS)) + ["other (JDK, JVM)"]
print("%-28s" % "component" + "".join("%18s" % s for s in servers))
for name in names + ["all"]:
    values = [sum(totals[s].values()) if name == "all" else totals[s][name] for s in servers]
    if name != "all" and not any(values):
        continue
    print("%-28s" % name + "".join("%18d" % round(v / n) for v in values))
first, last = servers[0], servers[-1]
print(f"ratio all {first}/{last} {sum(totals[first].values()) / sum(totals[last].values()):.2f}")
if len(servers) == 3:
    print(f"ratio all {first}/{servers[1]} {sum(totals[first].values()) / sum(totals[servers[1]].values()):.2f}")
print("\n# of which in the Mutiny operators (and their Context Propagation) that the component made")
for name in names:
    values = [operators[s][name] for s in servers]
    if any(values):
        print("%-28s" % name + "".join("%18d" % round(v / n) for v in values))
for s in servers:
    print(f"\n# {s}: the frames that allocated most, in bytes per connection")
    for name in names:
        if totals[s][name]:
            tops = "; ".join(f"{f} {round(v / n)}" for f, v in frames[s][name].most_common(5))
            print(f"{name}: {tops}")
PY
} | tee "$out"
