#!/usr/bin/env bash
# The article page against nginx: requests per second from the application serving the demo's seed article page
# (English, as the seed) and from nginx serving the very same bytes as a static file, on this machine in the same
# run, with the same load (wrk, keep-alive connections), printed as a ratio. Also checks that every view the
# application answered was counted. Usage: bench/news/article-page.sh [seconds per round] [connections]
# (defaults 10 64). Needs Debian's nginx and wrk (apt-get install nginx-light wrk).
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds=${1:-10}
connections=${2:-64}
for tool in wrk nginx curl; do
  command -v "$tool" >/dev/null || [[ -x /usr/sbin/$tool ]] || { echo "needs $tool (apt-get install nginx-light wrk curl)"; exit 2; }
done
if [[ -z "${JAVA_HOME:-}" ]] || ! "$JAVA_HOME/bin/java" -version 2>&1 | grep -q 'version "25'; then
  export JAVA_HOME=$(ls -d /usr/lib/jvm/*25* 2>/dev/null | head -n 1)
fi
./mvnw -q -B compile -Dspotless.check.skip=true
./mvnw -q -B dependency:build-classpath -Dmdep.includeScope=runtime -Dmdep.outputFile=target/run-classpath.txt

work=$(mktemp -d /tmp/article-page-bench.XXXXXX)
app_port=$((20000 + RANDOM % 10000))
nginx_port=$((app_port + 1))
cleanup() {
  [[ -n "${app_pid:-}" ]] && kill "$app_pid" 2>/dev/null && wait "$app_pid" 2>/dev/null || true
  [[ -f "$work/nginx.pid" ]] && kill "$(cat "$work/nginx.pid")" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

echo "Starting the application with the demo data (embedded PostgreSQL in $work)..."
"$JAVA_HOME/bin/java" -Xmx1g ${BENCH_JAVA_OPTS:-} -cp "target/classes:$(cat target/run-classpath.txt)" \
  org.cadretraining.Application --spring.profiles.active=demo --server.port="$app_port" \
  --app.embedded-postgres.data-dir="$work/pg" --logging.level.root=WARN > "$work/app.log" 2>&1 &
app_pid=$!
app="http://127.0.0.1:$app_port"
# the demo data are written after the web server is up: wait for the seed article on the portal
article=""
for _ in $(seq 1 300); do
  article=$(curl -s "$app/news?lang=en" | grep -oP 'href="/news/articles/\K\d+(?="[^>]*>Training course for improving political ability)' | head -n 1 || true)
  [[ -n "$article" ]] && break
  kill -0 "$app_pid" 2>/dev/null || { tail -30 "$work/app.log"; exit 1; }
  sleep 1
done
[[ -n "$article" ]] || { echo "the seed article is not on the portal"; exit 1; }
page="/news/articles/$article"

# the very bytes a reader gets, as nginx's static file
mkdir -p "$work/www/news/articles"
curl -s -H 'Cookie: lang=en' "$app$page" -o "$work/www$page"
cat > "$work/nginx.conf" <<CONF
worker_processes auto;
pid $work/nginx.pid;
error_log $work/nginx-error.log;
events { worker_connections 4096; }
http {
  access_log off;
  sendfile on;
  keepalive_requests 1000000;
  client_body_temp_path $work/tmp; proxy_temp_path $work/tmp; fastcgi_temp_path $work/tmp;
  uwsgi_temp_path $work/tmp; scgi_temp_path $work/tmp;
  server {
    listen 127.0.0.1:$nginx_port;
    root $work/www;
    location / { default_type "text/html; charset=UTF-8"; etag on; }
  }
}
CONF
mkdir -p "$work/tmp"
chmod -R a+rX "$work/www" && chmod a+x "$work"  # nginx's workers run as another user
/usr/sbin/nginx -c "$work/nginx.conf" -p "$work" -e "$work/nginx-error.log"
nginx="http://127.0.0.1:$nginx_port"
without_count() { perl -0pe 's/(id="browse-count"[^>]*>)[0-9]+</$1</'; }
app_bytes=$(curl -s -H 'Cookie: lang=en' "$app$page" | tee "$work/app-page.html" | wc -c)
nginx_bytes=$(curl -s "$nginx$page" | tee "$work/nginx-page.html" | wc -c)
cmp -s <(without_count < "$work/app-page.html") <(without_count < "$work/nginx-page.html") \
  || { echo "FAILED: nginx does not serve the application's page"; diff <(without_count < "$work/app-page.html") <(without_count < "$work/nginx-page.html") | head; exit 1; }
echo "Page $page: application $app_bytes bytes, nginx $nginx_bytes bytes, the same but for the count's digits."

count() {
  curl -s "$app$page/views"
}
round() { # name url -> requests/s
  wrk -t2 -c"$connections" -d"${seconds}s" --latency -H 'Cookie: lang=en' "$2" > "$work/$1.txt"
  local rps p50 p99 requests
  rps=$(grep -oP 'Requests/sec:\s+\K[\d.]+' "$work/$1.txt")
  p50=$(grep -oP '^\s+50%\s+\K\S+' "$work/$1.txt")
  p99=$(grep -oP '^\s+99%\s+\K\S+' "$work/$1.txt")
  requests=$(grep -oP '^\s+\K\d+(?= requests in)' "$work/$1.txt")
  echo "$1 $rps $p50 $p99 $requests"
}

echo "Warming up the application (${seconds} s)..."
round warm-up "$app$page" > /dev/null
sleep 2
before=$(count)
results=()
for i in 1 2 3; do
  results+=("$(round "application-$i" "$app$page")")
  results+=("$(round "nginx-$i" "$nginx$page")")
done
sleep 2
after=$(count)
answered=0
echo
echo "| round | requests/s | p50 | p99 | requests |"
echo "|---|---|---|---|---|"
for r in "${results[@]}"; do
  read -r name rps p50 p99 requests <<< "$r"
  echo "| $name | $rps | $p50 | $p99 | $requests |"
  [[ $name == application-* ]] && answered=$((answered + requests))
done
app_rps=$(printf '%s\n' "${results[@]}" | awk '/^application/ {s += $2; n++} END {printf "%.0f", s / n}')
nginx_rps=$(printf '%s\n' "${results[@]}" | awk '/^nginx/ {s += $2; n++} END {printf "%.0f", s / n}')
echo
echo "CPUs: $(nproc), connections: $connections, rounds of $seconds s, JDK $("$JAVA_HOME/bin/java" -version 2>&1 | head -n 1 | grep -oP 'version "\K[^"]+'), load average after: $(cut -d' ' -f1 /proc/loadavg)"
echo "application: $app_rps requests/s, nginx: $nginx_rps requests/s"
awk -v a="$app_rps" -v n="$nginx_rps" 'BEGIN {printf "ratio application / nginx: %.3f (target at least 0.25)\n", a / n}'
counted=$((after - before))
echo "views answered by the application: $answered, counted: $counted"
[[ $counted -ge $answered ]] || { echo "FAILED: views lost"; exit 1; }
