# Sourced by the bench scripts, not run: the servers they start, on which ports, and their stop when the script ends.
# A script appends the pid of every server it starts to `pids`; all of them are stopped on exit, however it exits.

free_port() { python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }

# returns once something listens on 127.0.0.1:PORT, or fails after a minute
wait_port() { for _ in $(seq 1 120); do (exec 3<>/dev/tcp/127.0.0.1/"$1") 2>/dev/null && return 0; sleep 0.5; done; return 1; }

pids=()
stop_servers() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; wait "$p" 2>/dev/null || true; done; }
trap stop_servers EXIT
