#!/usr/bin/env bash
# Import benchmarks on embedded PostgreSQL with a 512 MB heap.
# Usage: bench/import/run.sh [--busy] [rows]   (rows default 100000)
#   1. ImportBenchmark: 100,000 cadres (XLSX, then CSV twice); rows, seconds, rows/s and peak heap.
#   2. RegisterBenchmark: 100,000 rows into two units of 50,000 on an empty register, and 100,000 rows into a
#      register already holding 130,000 cadres in 2,000 units; seconds per 10,000 rows checked and written, totals.
# --busy starts a CPU-bound process (one shell busy loop) beside the benchmark and stops it at the end.
set -euo pipefail
cd "$(dirname "$0")/../.."
busy=""
if [[ "${1:-}" == "--busy" ]]; then
  busy=yes
  shift
fi
if [[ -z "${JAVA_HOME:-}" ]] || ! "$JAVA_HOME/bin/java" -version 2>&1 | grep -q 'version "25'; then
  export JAVA_HOME=$(ls -d /usr/lib/jvm/*25* 2>/dev/null | head -n 1)
fi
./mvnw -q -B test-compile -Dspotless.check.skip=true
./mvnw -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt
if [[ -n "$busy" ]]; then
  bash -c 'while :; do :; done' &
  burner=$!
  trap 'kill "$burner" 2>/dev/null || true' EXIT
  echo "CPU-bound process $burner running beside the benchmark"
fi
echo "Load average before: $(cut -d' ' -f1-3 /proc/loadavg), CPUs: $(nproc)"
classpath="target/test-classes:target/classes:$(cat target/bench-classpath.txt)"
for benchmark in ${BENCH_ONLY:-ImportBenchmark RegisterBenchmark}; do
  "$JAVA_HOME/bin/java" -Xmx512m ${BENCH_JAVA_OPTS:-} -cp "$classpath" \
    "org.cadretraining.organisation.importing.$benchmark" "$@"
done
echo "Load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
