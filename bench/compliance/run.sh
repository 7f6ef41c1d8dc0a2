#!/usr/bin/env bash
# Generates 1,000,000 cadres and 20,000,000 ledger entries in a throw-away embedded PostgreSQL and times compliance
# for the whole tree, for one unit at each level, and one cadre's ledger; prints median and max of several runs.
# Usage: bench/compliance/run.sh [cadres] [entries per cadre] [runs]   (default 1000000 20 10)
# The database lives under BENCH_TMP (default /tmp; it needs about 8 GB) and is deleted at the end.
set -euo pipefail
cd "$(dirname "$0")/../.."
if [[ -z "${JAVA_HOME:-}" ]] || ! "$JAVA_HOME/bin/java" -version 2>&1 | grep -q 'version "25'; then
  export JAVA_HOME=$(ls -d /usr/lib/jvm/*25* 2>/dev/null | head -n 1)
fi
BENCH_TMP=${BENCH_TMP:-/tmp}
./mvnw -q -B test-compile -Dspotless.check.skip=true
./mvnw -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt
df -h "$BENCH_TMP" | tail -n 1
# the application's own settings, not the tests' (target/test-classes/config/ holds those: a 128 MB page cache for
# many small databases, folds only when a test asks): only the classpath's root application.properties is read
exec "$JAVA_HOME/bin/java" -Xmx512m -Djava.io.tmpdir="$BENCH_TMP" -Dspring.config.location=classpath:/ \
  -Dapp.embedded-postgres.data-dir= ${BENCH_JAVA_OPTS:-} \
  -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  org.cadretraining.credit.ComplianceBenchmark "$@"
