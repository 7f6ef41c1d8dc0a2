#!/usr/bin/env bash
# The questionnaire burst: every trainee of a course (2,000), each signed in on their own session, submits the
# 20-question evaluation questionnaire once through the phone's form, against the whole application on embedded
# PostgreSQL: an open loop that spreads the 2,000 arrivals over 50 s (under a minute), then a closed loop. The
# application runs in one JVM (EvaluationBenchServer), the load client in another (EvaluationBenchmark), which prints
# throughput and p50/p99/max latency and checks in the database that exactly 2,000 answered-marks and 2,000 × 20
# answers are stored, none twice. Usage: bench/evaluation/run.sh [trainees] [clients] (defaults 2000 50).
set -euo pipefail
cd "$(dirname "$0")/../.."
if [[ -z "${JAVA_HOME:-}" ]] || ! "$JAVA_HOME/bin/java" -version 2>&1 | grep -q 'version "25'; then
  export JAVA_HOME=$(ls -d /usr/lib/jvm/*25* 2>/dev/null | head -n 1)
fi
trainees=${1:-2000}
clients=${2:-50}
./mvnw -q -B test-compile -Dspotless.check.skip=true
./mvnw -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt
classpath="target/test-classes:target/classes:$(cat target/bench-classpath.txt)"
# the database lives in a folder of its own, so that it commits as in production (fsync, synchronous commit)
data=$(mktemp -d /tmp/evaluation-bench.XXXXXX)
# the application's own settings, not the tests' in target/test-classes/config/
"$JAVA_HOME/bin/java" -Xmx1g -Dspring.config.location=classpath:/ ${BENCH_JAVA_OPTS:-} \
  -Dapp.embedded-postgres.data-dir="$data/pg" -cp "$classpath" \
  org.cadretraining.evaluation.EvaluationBenchServer "$data/fixture.properties" "$trainees" \
  >"$data/server.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null; wait $server 2>/dev/null || true; rm -rf "$data"' EXIT
for _ in $(seq 1 600); do
  [[ -f "$data/fixture.properties" ]] && break
  kill -0 $server 2>/dev/null || { cat "$data/server.log"; exit 1; }
  sleep 1
done
[[ -f "$data/fixture.properties" ]] || { echo "The server did not get ready"; cat "$data/server.log"; exit 1; }
"$JAVA_HOME/bin/java" -Xmx512m ${BENCH_CLIENT_OPTS:-} -cp "$classpath" org.cadretraining.evaluation.EvaluationBenchmark \
  "$data/fixture.properties" "$clients"
