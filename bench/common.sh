# Sourced by the bench scripts, not run: where they are and where they write, the servers they start, on which
# ports, and their stop when the script ends.

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
# the workplace's load tools and peers, beside the repository; never part of it
SHARED=${SHARED:-$ROOT/../shared}
LOAD=$SHARED/load
STAMP=$(date -u +%Y-%m-%d-%H%M)
OUT=$ROOT/bench/results

free_port() { python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }

# wait_port PORT [SECONDS]: returns once something listens on 127.0.0.1:PORT, or fails after SECONDS (default 60)
wait_port() {
    for _ in $(seq 1 $((2 * ${2:-60}))); do (exec 3<>/dev/tcp/127.0.0.1/"$1") 2>/dev/null && return 0; sleep 0.5; done
    return 1
}

# cpu_busy SECONDS: the share of the machine's CPU time, in per cent, that was not idle (nor waiting for I/O) over the
# next SECONDS, from /proc/stat
cpu_busy() {
    local before after total=0 idle i
    read -r -a before < /proc/stat
    sleep "$1"
    read -r -a after < /proc/stat
    # user, nice, system, idle, iowait, irq, softirq, steal (guest time is counted in user and nice already)
    for i in 1 2 3 4 5 6 7 8; do total=$((total + after[i] - before[i])); done
    idle=$((after[4] - before[4] + after[5] - before[5]))
    echo $((total > 0 ? 100 * (total - idle) / total : 0))
}

# thread_ticks PID: one line per thread of process PID, its CPU time in clock ticks (utime + stime, from
# /proc/PID/task/*/stat) and its name. A name may hold spaces ("C2 CompilerThre"): the fields are counted from the
# closing parenthesis, and the name comes last.
thread_ticks() {
    cat /proc/"$1"/task/*/stat 2>/dev/null | awk '{
        name = substr($0, index($0, "(") + 1); split(substr(name, index(name, ") ") + 2), f, " ")
        print f[12] + f[13], substr(name, 1, index(name, ") ") - 1)
    }'
}

# compiler_ticks PID: the CPU time, in clock ticks, that the JIT compiler threads of Java process PID have spent
compiler_ticks() { thread_ticks "$1" | awk '/CompilerThre/ { ticks += $1 } END { print ticks + 0 }'; }

# processor: the machine's processor model, as /proc/cpuinfo names it
processor() { grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs; }

# header_at_start: the first line of a timed script's output. Other work on the machine takes CPU from the servers and
# the load client alike and moves the ratios (run 46 of compare-peers.sh, started a minute after a test run under full
# load, measured the event loop at 1.06 where the two runs after it measured 0.95 and 0.86): it waits, at most
# IDLE_WAIT seconds (300 by default), until the CPU has been at least 90 % idle over 5 s, and says how busy it was.
header_at_start() {
    local waited=0 busy
    busy=$(cpu_busy 5)
    while [ "$busy" -gt 10 ] && [ "$waited" -lt "${IDLE_WAIT:-300}" ]; do
        busy=$(cpu_busy 5)
        waited=$((waited + 5))
    done
    local still=""
    [ "$busy" -gt 10 ] && still=", still over 10 % after waiting ${waited} s"
    # the processor too: the sessions' machines differ (Intel Xeon and AMD EPYC so far), and so do their absolute figures
    echo "# $(date -u +%FT%TZ) on $(nproc) cores ($(processor)), load average $(cut -d' ' -f1-3 /proc/loadavg) at start, CPU ${busy} % busy over the 5 s before it${still}"
}

# A script appends the pid of every server it starts to `pids`; all of them are stopped on exit, however it exits.
pids=()
# stop_server PID: stops one server and, where it is this script's child, waits for its end
stop_server() { kill "$1" 2>/dev/null || true; wait "$1" 2>/dev/null || true; }
stop_servers() { for p in "${pids[@]}"; do stop_server "$p"; done; }
trap stop_servers EXIT

# start_jar LOG PORT JAR [JAVA OPTIONS...]: starts a Quarkus application listening on PORT, its output in LOG; adds its
# pid to `pids` and sets `started` to it. Fails, with the log's last lines, when nothing listens within 2 minutes.
# Not in a $(...): the pid would stay in the subshell.
start_jar() {
    local log=$1 port=$2 jar=$3
    shift 3
    java "$@" -Dquarkus.http.port="$port" -jar "$jar" >"$log" 2>&1 &
    started=$!
    pids+=("$started")
    wait_port "$port" 120 || { echo "$jar did not start on port $port: $(tail -3 "$log")" >&2; return 1; }
}

# load_tools: the load client's node modules (shared/load), installed once
load_tools() { (cd "$LOAD" && { [ -d node_modules/ws ] || npm ci --silent >/dev/null 2>&1; }); }

# hold_connections URL COUNT METHOD FILE: opens COUNT WebSocket connections that each make one call and then stay open
# (bench/js/hold-connections.mjs, with Node's `ws` client from shared/load, which offers permessage-deflate), its output
# in FILE; prints the holder's pid once every call is answered, for the caller to kill. Fails, with the output, when
# the holder gives up or does not get there within 2 minutes.
hold_connections() {
    node "$ROOT/bench/js/hold-connections.mjs" "$LOAD/node_modules/ws/index.js" "$1" "$2" "$3" >"$4" 2>&1 &
    local holder=$!
    for _ in $(seq 1 240); do
        grep -q ready "$4" && { echo $holder; return 0; }
        kill -0 $holder 2>/dev/null || break
        sleep 0.5
    done
    cat "$4" >&2; return 1
}

# async_profiler: sets PROFILER to async-profiler's library for this machine, fetched once from Maven Central
# (tools.profiler:async-profiler 4.2) into bench/target. Perf events must be open to the user
# (kernel.perf_event_paranoid <= 2 for root, as here).
async_profiler() {
    local dir=$ROOT/bench/target/async-profiler arch
    case $(uname -m) in x86_64) arch=linux-x64 ;; aarch64) arch=linux-arm64 ;; *) echo "no async-profiler for $(uname -m)" >&2; return 1 ;; esac
    PROFILER=$dir/$arch/libasyncProfiler.so
    if [ ! -f "$PROFILER" ]; then
        (cd "$ROOT" && ./mvnw -B -q dependency:copy -Dartifact=tools.profiler:async-profiler:4.2:jar -DoutputDirectory="$dir")
        (cd "$dir" && unzip -o -q async-profiler-4.2.jar "$arch/*")
    fi
}
