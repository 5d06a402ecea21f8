#!/usr/bin/env bash
# The runs of compare-peers.sh, together: for each target of the comparison with the peers, every run's ratio, their
# range, how many runs met the target, and the medians of all runs and of the last 15. Reads the committed outputs,
# bench/results/compare-<stamp>.txt, from FIRST_STAMP on (by default the first run of the performance page's table);
# outputs named compare-<stamp>-build-<commit> are diagnostics run on other builds, not runs, and are left out. A run
# meets a target by the ratio it printed (two decimals, three for the Django library), as the page counts it.
#
#   bench/peer-runs.sh [FIRST_STAMP]   instant; prints to the terminal, writes nothing
set -euo pipefail
. "$(dirname "$0")/common.sh"

FIRST=${1:-2026-12-01-2026}

runs=()
for f in "$OUT"/compare-*.txt; do
    stamp=$(basename "$f" .txt)
    stamp=${stamp#compare-}
    [[ $stamp == *-build-* || $stamp < $FIRST ]] && continue
    runs+=("$f")
done
[ ${#runs[@]} -gt 0 ] || { echo "no run of compare-peers.sh from $FIRST in $OUT" >&2; exit 1; }

echo "# ${#runs[@]} runs of bench/compare-peers.sh, $(basename "${runs[0]}" .txt) to $(basename "${runs[-1]}" .txt)"
# the ratio lines compare.sh prints, in run order, as "measure value"; a run missing a line shows "missing"
for f in "${runs[@]}"; do
    for measure in 'worker.cpu app/quarkus-json-rpc' 'worker.calls_per_s app/quarkus-json-rpc' \
        'worker.10x1.cpu app/quarkus-json-rpc' 'worker.cpu app/django-channels' \
        'eventloop.cpu app/quarkus-json-rpc' 'kb_per_connection app/quarkus-json-rpc'; do
        value=$(sed -nE "s|^ratio $measure ([0-9.]+)$|\1|p" "$f")
        echo "$measure|${value:-missing}"
    done
done | awk -F'|' '
    BEGIN {
        # the targets of the issue, as the performance page states them
        split("worker.cpu app/quarkus-json-rpc|<=|0.9;worker.calls_per_s app/quarkus-json-rpc|>=|1.1;" \
            "worker.10x1.cpu app/quarkus-json-rpc|<=|1.0;worker.cpu app/django-channels|<=|0.1667;" \
            "eventloop.cpu app/quarkus-json-rpc|<=|1.0;kb_per_connection app/quarkus-json-rpc|<=|1.0", rows, ";")
        for (i = 1; i in rows; i++) { split(rows[i], t, "|"); order[i] = t[1]; op[t[1]] = t[2]; target[t[1]] = t[3] }
    }
    { n[$1]++; v[$1, n[$1]] = $2 }
    function median(m, from,    k, a, c, j, x) {
        c = 0
        for (k = from; k <= n[m]; k++) if (v[m, k] != "missing") a[++c] = v[m, k] + 0
        for (k = 2; k <= c; k++) { x = a[k]; for (j = k - 1; j >= 1 && a[j] > x; j--) a[j + 1] = a[j]; a[j + 1] = x }
        if (c == 0) return "missing"
        return sprintf("%.3f", c % 2 ? a[(c + 1) / 2] : (a[c / 2] + a[c / 2 + 1]) / 2)
    }
    END {
        for (i = 1; i in order; i++) {
            m = order[i]; met = 0; lo = ""; hi = ""; list = ""; missing = 0
            for (k = 1; k <= n[m]; k++) {
                x = v[m, k]; list = list (k > 1 ? " " : "") x
                if (x == "missing") { missing++; continue }
                if (lo == "" || x + 0 < lo + 0) lo = x
                if (hi == "" || x + 0 > hi + 0) hi = x
                x += 0
                if ((op[m] == "<=" && x <= target[m]) || (op[m] == ">=" && x >= target[m])) met++
            }
            printf "\n%s (target %s %s)\n  runs: %s\n", m, op[m], target[m], list
            printf "  range %s to %s; met in %d of %d", lo, hi, met, n[m]
            if (missing) printf " (%d missing)", missing
            printf "; median %s, of the last 15 %s\n", median(m, 1), median(m, n[m] > 15 ? n[m] - 14 : 1)
        }
    }'
