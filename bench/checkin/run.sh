#!/usr/bin/env bash
# A check-in burst: 2,000 trainees check in to one agenda item from 200 concurrent HTTP clients, against the whole
# application on embedded PostgreSQL; by phone (GET /check-in/{code}, a session each) and by staff devices
# (POST /attendance/courses/{id}/scans). Prints throughput, p50/p99 latency and checks none lost, none twice.
# Usage: bench/checkin/run.sh [trainees] [clients] (defaults 2000 200).
set -euo pipefail
cd "$(dirname "$0")/../.."
if [[ -z "${JAVA_HOME:-}" ]] || ! "$JAVA_HOME/bin/java" -version 2>&1 | grep -q 'version "25'; then
  export JAVA_HOME=$(ls -d /usr/lib/jvm/*25* 2>/dev/null | head -n 1)
fi
./mvnw -q -B test-compile -Dspotless.check.skip=true
./mvnw -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt
# the database lives in a folder of its own, so that it commits as in production (fsync, synchronous commit)
data=$(mktemp -d /tmp/checkin-bench.XXXXXX)
trap 'rm -rf "$data"' EXIT
"$JAVA_HOME/bin/java" -Xmx1g ${BENCH_JAVA_OPTS:-} -Dapp.embedded-postgres.data-dir="$data" -Dbench.jfr="${BENCH_JFR:-}" \
  -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  org.cadretraining.attendance.CheckInBenchmark "$@"
