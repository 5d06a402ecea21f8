#!/usr/bin/env bash
# What quarkus.jsonrpc-server.websocket.compression-threshold saves an application that turns compression on: the
# example application (integration-tests) with quarkus.websockets-next.server.per-message-compression-supported=true,
# every message compressed (threshold 0, as Vert.x alone sends them) beside the default threshold (1 KiB), on fresh
# processes taking turns for ROUNDS rounds. Each round: the resident memory per idle connection (shared/load/wsconns.mjs:
# 3,000 connections from Node's `ws` client, which offers permessage-deflate and compresses what it sends, each making
# one call). The CPU per call of the same two settings under load is compare-builds.sh's, one jar twice:
#   J=integration-tests/target/quarkus-app/quarkus-run.jar C=-Dquarkus.websockets-next.server.per-message-compression-supported=true
#   OLD_OPTS="$C -Dquarkus.jsonrpc-server.websocket.compression-threshold=0" NEW_OPTS="$C" bench/compare-builds.sh $J $J
#
#   bench/compression-threshold.sh [ROUNDS]   with the last build of integration-tests; about 30 s per round
set -euo pipefail
. "$(dirname "$0")/common.sh"

ROUNDS=${1:-3}
RAW=$OUT/compression-threshold-$STAMP.jsonl
JAR=$ROOT/integration-tests/target/quarkus-app/quarkus-run.jar

load_tools
mkdir -p "$OUT" "$ROOT/bench/target"; : >"$RAW"
{
    header_at_start
    echo "# command: bench/compression-threshold.sh $ROUNDS; raw lines in $(basename "$RAW")"
    for _ in $(seq 1 "$ROUNDS"); do
        for threshold in 0 1K; do
            port=$(free_port)
            start_jar "$ROOT/bench/target/compression-threshold.log" "$port" "$JAR" \
                -Dquarkus.websockets-next.server.per-message-compression-supported=true \
                -Dquarkus.jsonrpc-server.websocket.compression-threshold=$threshold
            line=$(node "$LOAD/wsconns.mjs" --ws "ws://127.0.0.1:$port/jsonrpc" --pid "$started" --conns 3000 --call subtract)
            echo "{\"threshold\":\"$threshold\",${line#\{}" | tee -a "$RAW"
            stop_server "$started"
        done
    done
    python3 - "$RAW" <<'PY'
import json, statistics, sys
rows = [json.loads(l) for l in open(sys.argv[1])]
kb = {t: statistics.median(r["kb_per_conn"] for r in rows if r["threshold"] == t) for t in ("0", "1K")}
print(f"median resident memory per connection: threshold 0 {kb['0']} KB, 1K {kb['1K']} KB, ratio {kb['1K'] / kb['0']:.2f}")
PY
} | tee "$OUT/compression-threshold-$STAMP.txt"
