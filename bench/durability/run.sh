#!/usr/bin/env bash
# Durability under SIGKILL: the application on its embedded PostgreSQL in a data folder (fsync on, as in production)
# is killed with SIGKILL (as the out-of-memory killer does) during a check-in burst, while an import is writing, and
# during a view storm on a news article, and each time started again on the same data. Prints acknowledged check-ins
# lost (must be 0), whether the import is all or nothing and marked failed with nothing written, views acknowledged
# against views counted (at most the last second's may be lost), and how long the restarted application took to
# answer. Load clients run in processes of their own. Exits 1 when a check fails.
# Usage: bench/durability/run.sh [trainees] [import rows] (defaults 2000 50000).
set -euo pipefail
cd "$(dirname "$0")/../.."
if [[ -z "${JAVA_HOME:-}" ]] || ! "$JAVA_HOME/bin/java" -version 2>&1 | grep -q 'version "25'; then
  export JAVA_HOME=$(ls -d /usr/lib/jvm/*25* 2>/dev/null | head -n 1)
fi
trainees=${1:-2000}
import_rows=${2:-50000}
port=${DURABILITY_PORT:-18431}
base="http://127.0.0.1:$port"
./mvnw -q -B test-compile -Dspotless.check.skip=true
./mvnw -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt
classpath="target/test-classes:target/classes:$(cat target/bench-classpath.txt)"
work=$(mktemp -d /tmp/durability.XXXXXX)
data="$work/pg"
# the same settings for every start: system properties outrank the test class path's config (a throw-away database);
# a fixed signing key, as production sets it, so that device tokens stay valid across the restarts
settings=(-Xmx1g -Dapp.embedded-postgres.data-dir="$data" -Dserver.port="$port" -Dspring.thymeleaf.cache=true
  -Dapp.attendance.code-secret="durability benchmark $(date +%s%N)" -Dlogging.level.root=WARN)
app=
failed=0

stop_everything() {
  [[ -n "$app" ]] && kill "$app" 2>/dev/null && wait "$app" 2>/dev/null || true
  # a server left by a killed JVM is this script's own: stop it by its process id, fast shutdown
  if [[ -f "$data/postmaster.pid" ]]; then kill -INT "$(head -n 1 "$data/postmaster.pid")" 2>/dev/null || true; fi
}
trap 'stop_everything; sleep 1; rm -rf "$work"' EXIT

ready() { curl -sf -o /dev/null "$base/actuator/health/readiness"; }

await_ready() { # $1: what is starting; prints the seconds it took
  local began=$1 name=$2
  for _ in $(seq 1 1800); do
    if ready; then
      printf '%s: the application answered %.1f s after it was started again on the same data\n' "$name" \
        "$(echo "$(date +%s.%N) - $began" | bc)"
      return 0
    fi
    kill -0 "$app" 2>/dev/null || { echo "$name: the application did not start again"; tail -n 40 "$work/app.log"; exit 1; }
    sleep 0.1
  done
  echo "$name: the application did not answer within 180 s"; exit 1
}

kill_application() {
  kill -KILL "$app"
  wait "$app" 2>/dev/null || true
  app=
}

restart() { # $1: round name
  local began
  began=$(date +%s.%N)
  "$JAVA_HOME/bin/java" "${settings[@]}" -cp "$classpath" org.cadretraining.Application >>"$work/app.log" 2>&1 &
  app=$!
  await_ready "$began" "$1"
}

client() { "$JAVA_HOME/bin/java" -Xmx512m -cp "$classpath" "$@"; }

echo "== first start and seed: $trainees trainees, a published article, an administrator"
"$JAVA_HOME/bin/java" "${settings[@]}" -cp "$classpath" org.cadretraining.attendance.DurabilityServer \
  "$work/fixture.properties" "$trainees" 50 >"$work/app.log" 2>&1 &
app=$!
for _ in $(seq 1 900); do
  [[ -f "$work/fixture.properties" ]] && break
  kill -0 "$app" 2>/dev/null || { tail -n 60 "$work/app.log"; exit 1; }
  sleep 1
done
[[ -f "$work/fixture.properties" ]] || { echo "The first start did not get ready"; exit 1; }
item=$(grep '^item=' "$work/fixture.properties" | cut -d= -f2)
article=$(grep '^article=' "$work/fixture.properties" | cut -d= -f2)

echo "== 1. check-in burst (staff devices, 50 at once), SIGKILL once a quarter is acknowledged"
client org.cadretraining.system.DurabilityLoad checkin "$base" "$work/fixture.properties" "$work/acknowledged" 50 &
load=$!
until [[ -f "$work/acknowledged" ]] && (( $(wc -l <"$work/acknowledged") >= trainees / 4 )); do
  kill -0 "$load" 2>/dev/null || break
  sleep 0.05
done
kill_application
wait "$load" || true
restart "check-in burst"
client org.cadretraining.system.DurabilityCheck checkin "$data" "$item" "$work/acknowledged" || failed=1

echo "== 2. import of $import_rows units (XLSX through the API), SIGKILL while it is writing"
client org.cadretraining.system.DurabilityLoad import "$base" "$work/fixture.properties" "$work/writing" \
  "$import_rows" &
load=$!
until [[ -s "$work/writing" ]]; do
  kill -0 "$load" 2>/dev/null || break
  sleep 0.02
done
# three fields: seen writing; a fourth is the state the job ended in before it could be killed
if [[ -s "$work/writing" ]] && [[ $(awk '{print NF; exit}' "$work/writing") == 3 ]]; then
  kill_application
else
  echo "import: the job ended before it could be killed while writing"; failed=1
fi
wait "$load" || true
[[ -n "$app" ]] || restart "import"
[[ -s "$work/writing" ]] && client org.cadretraining.system.DurabilityCheck import "$data" "$(head -n 1 "$work/writing")" \
  || failed=1

echo "== 3. view storm on one article (100 clients), SIGKILL 3 s after the first view is answered"
client org.cadretraining.system.DurabilityLoad views "$base" "$work/fixture.properties" 100 >"$work/views" &
load=$!
until grep -q '^storming' "$work/views"; do
  kill -0 "$load" 2>/dev/null || break
  sleep 0.05
done
sleep 3
kill_application
wait "$load" || true
restart "view storm"
grep -v '^storming' "$work/views" | grep -v '^views' || true
read -r _ acknowledged last_second < <(grep '^views' "$work/views")
client org.cadretraining.system.DurabilityCheck views "$data" "$article" "$acknowledged" "$last_second" || failed=1

printf 'CPUs: %d, JDK %s, load average %s\n' "$(nproc)" "$("$JAVA_HOME/bin/java" -version 2>&1 | head -n 1)" \
  "$(cut -d' ' -f1-3 /proc/loadavg)"
if (( failed )); then echo "FAILED: see above."; exit 1; fi
echo "OK: nothing acknowledged was lost."
