#!/usr/bin/env bash
# A check-in burst: 2,000 trainees check in to one agenda item, against the whole application on embedded
# PostgreSQL; by phone (GET /check-in/{code}, a session each), closed loop with 200 clients and open loop at 500
# arrivals a second, and by staff devices (POST /api/v1/attendance/courses/{id}/scans). The application runs in one
# JVM (CheckInBenchServer), the load client in another (CheckInBenchmark), which prints throughput, p50/p99 latency
# and checks none lost, none twice. Usage: bench/checkin/run.sh [trainees] [clients] (defaults 2000 200).
set -euo pipefail
cd "$(dirname "$0")/../.."
if [[ -z "${JAVA_HOME:-}" ]] || ! "$JAVA_HOME/bin/java" -version 2>&1 | grep -q 'version "25'; then
  export JAVA_HOME=$(ls -d /usr/lib/jvm/*25* 2>/dev/null | head -n 1)
fi
trainees=${1:-2000}
clients=${2:-200}
./mvnw -q -B test-compile -Dspotless.check.skip=true
./mvnw -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt
classpath="target/test-classes:target/classes:$(cat target/bench-classpath.txt)"
# the database lives in a folder of its own, so that it commits as in production (fsync, synchronous commit)
data=$(mktemp -d /tmp/checkin-bench.XXXXXX)
# the collector and heap of deploy/systemd (ZGC, 2 GB), and the application's own settings, not the tests' in
# target/test-classes/config/ (only the classpath's root application.properties is read)
"$JAVA_HOME/bin/java" -Xms2g -Xmx2g -XX:+UseZGC -Dspring.config.location=classpath:/ ${BENCH_JAVA_OPTS:-} \
  -Dapp.embedded-postgres.data-dir="$data/pg" -cp "$classpath" \
  org.cadretraining.attendance.CheckInBenchServer "$data/fixture.properties" "$trainees" "$clients" \
  >"$data/server.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null; wait $server 2>/dev/null || true; rm -rf "$data"' EXIT
for _ in $(seq 1 600); do
  [[ -f "$data/fixture.properties" ]] && break
  kill -0 $server 2>/dev/null || { cat "$data/server.log"; exit 1; }
  sleep 1
done
[[ -f "$data/fixture.properties" ]] || { echo "The server did not get ready"; cat "$data/server.log"; exit 1; }
"$JAVA_HOME/bin/java" -Xmx512m ${BENCH_CLIENT_OPTS:-} -cp "$classpath" org.cadretraining.attendance.CheckInBenchmark \
  "$data/fixture.properties" "$clients"
