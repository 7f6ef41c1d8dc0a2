#!/usr/bin/env bash
# Imports 100,000 cadres (XLSX, then CSV twice) into the application on embedded PostgreSQL with a 512 MB heap,
# and prints rows, seconds, rows/s and peak heap. Usage: bench/import/run.sh [rows] (default 100000).
set -euo pipefail
cd "$(dirname "$0")/../.."
if [[ -z "${JAVA_HOME:-}" ]] || ! "$JAVA_HOME/bin/java" -version 2>&1 | grep -q 'version "25'; then
  export JAVA_HOME=$(ls -d /usr/lib/jvm/*25* 2>/dev/null | head -n 1)
fi
./mvnw -q -B test-compile -Dspotless.check.skip=true
./mvnw -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt
exec "$JAVA_HOME/bin/java" -Xmx512m ${BENCH_JAVA_OPTS:-} \
  -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  org.cadretraining.organisation.importing.ImportBenchmark "$@"
