#!/usr/bin/env bash
# Plans a course the way an organisation department does in bulk, against the whole application on embedded
# PostgreSQL: imports a 300-item programme (preview, then import) and enrols 2,000 cadres chosen by rank in one bulk
# step (preview, then confirm). The application runs in one JVM, the load client in another; the client prints the
# figures. Usage: bench/course/run.sh [items] [cadres] (defaults 300 2000).
set -euo pipefail
cd "$(dirname "$0")/../.."
if [[ -z "${JAVA_HOME:-}" ]] || ! "$JAVA_HOME/bin/java" -version 2>&1 | grep -q 'version "25'; then
  export JAVA_HOME=$(ls -d /usr/lib/jvm/*25* 2>/dev/null | head -n 1)
fi
./mvnw -q -B test-compile -Dspotless.check.skip=true
./mvnw -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt
classpath="target/test-classes:target/classes:$(cat target/bench-classpath.txt)"
data=$(mktemp -d /tmp/course-bench.XXXXXX)
log="$data/server.log"
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
# the database lives in a folder of its own, so that it commits as in production (fsync, synchronous commit)
"$JAVA_HOME/bin/java" -Xmx1g ${BENCH_JAVA_OPTS:-} -cp "$classpath" org.cadretraining.Application \
  --server.port="$port" --app.embedded-postgres.data-dir="$data/pg" >"$log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null; wait $server 2>/dev/null || true; rm -rf "$data"' EXIT
# the first start prints the administrator's one-time password once the application has started
for _ in $(seq 1 120); do
  grep -q "Started Application" "$log" && grep -q "one-time password:" "$log" && break
  kill -0 $server 2>/dev/null || { cat "$log"; exit 1; }
  sleep 1
done
password=$(sed -n 's/.*one-time password: *//p' "$log" | head -n 1)
"$JAVA_HOME/bin/java" -Xmx512m -cp "$classpath" org.cadretraining.course.CourseSetupBenchmark \
  "http://127.0.0.1:$port" "$password" "$server" "$@"
