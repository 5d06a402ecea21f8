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

# A script appends the pid of every server it starts to `pids`; all of them are stopped on exit, however it exits.
pids=()
stop_servers() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; wait "$p" 2>/dev/null || true; done; }
trap stop_servers EXIT
