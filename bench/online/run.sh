#!/usr/bin/env bash
# Online learning import benchmark on embedded PostgreSQL with a 512 MB heap.
# Usage: bench/online/run.sh [records]   (records default 50000: 10,000 cadres, five courses each)
#   OnlineImportBenchmark: the whole application starts on a throw-away embedded PostgreSQL; a CSV of the records is
#   imported through the service the page and the API use (check, then write), then the same file again (every
#   record counted before). Prints both times against the targets (under 10 s, under 5 s) and whether compliance is
#   current right after each (every cadre's online standing equals the hours of their records this year).
set -euo pipefail
cd "$(dirname "$0")/../.."
if [[ -z "${JAVA_HOME:-}" ]] || ! "$JAVA_HOME/bin/java" -version 2>&1 | grep -q 'version "25'; then
  export JAVA_HOME=$(ls -d /usr/lib/jvm/*25* 2>/dev/null | head -n 1)
fi
./mvnw -q -B test-compile -Dspotless.check.skip=true
./mvnw -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt
echo "Load average before: $(cut -d' ' -f1-3 /proc/loadavg), CPUs: $(nproc)"
classpath="target/test-classes:target/classes:$(cat target/bench-classpath.txt)"
"$JAVA_HOME/bin/java" -Xmx512m ${BENCH_JAVA_OPTS:-} -cp "$classpath" \
  org.cadretraining.credit.online.OnlineImportBenchmark "$@"
echo "Load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
