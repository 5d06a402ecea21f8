#!/usr/bin/env bash
# The comparison that leads the performance page: the example application (integration-tests) as packaged, without
# flags, beside the two peers it is measured against, all under Node's `ws` client, which offers permessage-deflate
# exactly as browsers do. Runs the workplace's instrument shared/load/compare.sh (it lives beside the repository, with
# the peers: quarkiverse quarkus-json-rpc 1.1.4 patched for Quarkus 3.33.2, and the Django Channels JSON-RPC library
# under daphne; no peer code is part of this project) and keeps its output and raw lines in bench/results.
#
#   bench/compare-peers.sh                builds the extension and the example app first
#   bench/compare-peers.sh --skip-build   uses the last build
#   bench/compare-peers.sh --skip-build -Dname=value...   the example app started with these options (the peers never)
set -euo pipefail
. "$(dirname "$0")/common.sh"

if [ "${1:-}" = "--skip-build" ]; then
    shift
else
    (cd "$ROOT" && ./mvnw -B -q install -pl runtime,deployment,integration-tests -am -DskipTests)
fi
mkdir -p "$OUT"
{
    header_at_start
    echo "# command: bench/compare-peers.sh $* (shared/load/compare.sh integration-tests/target/quarkus-app/quarkus-run.jar $*)"
    # the Django peer's start prints terminal colour codes: kept out of the committed output
    TMPDIR=$ROOT/bench/target "$SHARED/load/compare.sh" "$ROOT/integration-tests/target/quarkus-app/quarkus-run.jar" "$@" \
        | sed -E 's/\x1b\[[0-9;]*m//g'
    echo "# load average at end $(cut -d' ' -f1-3 /proc/loadavg)"
} | tee "$OUT/compare-$STAMP.txt"
cp "$ROOT/bench/target/jsonrpc-compare/raw.jsonl" "$OUT/compare-$STAMP.jsonl"
