#!/usr/bin/env bash
# What a span per call costs: the example application (integration-tests) as packaged beside the same application
# built with quarkus-opentelemetry too (the integration-tests profile `tracing`, into integration-tests/target/tracing),
# whose spans go to an OTLP/HTTP collector that keeps nothing (bench/js/otlp-sink.mjs), under the loads and rounds of
# compare-builds.sh. Every call is sampled (Quarkus's default), and the collector's own CPU is not the application's.
# Output in bench/results/tracing-cost-<stamp>.{txt,jsonl}, with how many exports and bytes the collector took.
#
#   bench/tracing-cost.sh                builds the extension and both applications first; about 8 minutes
#   bench/tracing-cost.sh --skip-build   with the last builds
set -euo pipefail
. "$(dirname "$0")/common.sh"

if [ "${1:-}" != "--skip-build" ]; then
    (cd "$ROOT" && ./mvnw -B -q install -pl runtime,deployment -am -DskipTests \
        && ./mvnw -B -q package -pl integration-tests -DskipTests \
        && ./mvnw -B -q package -pl integration-tests -Dtracing -Dmaven.test.skip=true)
fi
mkdir -p "$OUT" "$ROOT/bench/target"
sink_port=$(free_port)
sink_totals=$ROOT/bench/target/otlp-sink.txt
rm -f "$sink_totals"
node "$ROOT/bench/js/otlp-sink.mjs" "$sink_port" "$sink_totals" &
sink=$!
pids+=("$sink")
wait_port "$sink_port" 30

out=$OUT/tracing-cost-$STAMP.txt
marker=$ROOT/bench/target/tracing-cost.started
touch "$marker"
{
    echo "# bench/tracing-cost.sh: old = the example app as packaged, new = the same with quarkus-opentelemetry, every"
    echo "# call a span exported over OTLP/HTTP to a collector that keeps nothing"
    endpoint=http://127.0.0.1:$sink_port
    NEW_OPTS="-Dquarkus.otel.exporter.otlp.traces.endpoint=$endpoint -Dquarkus.otel.exporter.otlp.traces.protocol=http/protobuf" \
        "$ROOT/bench/compare-builds.sh" "$ROOT/integration-tests/target/quarkus-app/quarkus-run.jar" \
        "$ROOT/integration-tests/target/tracing/quarkus-app/quarkus-run.jar"
    # not this subshell's child, so not waited for: its totals are there once it has written them
    stop_server "$sink"
    for _ in $(seq 1 50); do [ -s "$sink_totals" ] && break; sleep 0.1; done
    echo "# the collector took: $(cat "$sink_totals") (an export carries at most 512 spans, the batch span processor's default)"
} | tee "$out"
# compare-builds.sh's own files are this run's: its raw lines under this script's name, its table already in $out
for f in $(find "$OUT" -name 'builds-*' -newer "$marker"); do
    case $f in
        *.jsonl) mv "$f" "$OUT/tracing-cost-$STAMP.jsonl" ;;
        *) rm "$f" ;;
    esac
done
