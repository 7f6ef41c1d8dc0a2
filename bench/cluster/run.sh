#!/usr/bin/env bash
# Two application nodes on one PostgreSQL behind nginx, checked as a user would see them. Starts Debian's
# PostgreSQL 15 in a temporary folder (own port, as the postgres user), builds and extracts the jar, starts two
# nodes on that database (one signing key from configuration, forwarded headers on, the demo data on the first),
# and nginx with deploy/nginx/cadre-training.conf (TLS with a self-signed certificate, ports substituted). Then
# bench/cluster/checks.py (a process of its own) prints PASS/FAIL for each check, and wrk measures the article page
# through nginx against nginx serving the same bytes. Exits 1 when a check fails; stops everything it started.
# Usage: bench/cluster/run.sh [seconds per throughput round] (default 8). Needs nginx, wrk (installed from Debian
# when missing) and /usr/lib/postgresql/15.
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$(pwd)
seconds=${1:-8}
pg_bin=/usr/lib/postgresql/15/bin
[[ -x $pg_bin/postgres ]] || { echo "needs Debian's PostgreSQL 15 (apt-get install postgresql-15)"; exit 2; }
if ! command -v nginx >/dev/null && [[ ! -x /usr/sbin/nginx ]] || ! command -v wrk >/dev/null; then
  echo "Installing nginx and wrk from Debian..."
  apt-get install -y nginx-light wrk >/dev/null 2>&1 || apt-get install -y nginx wrk >/dev/null
fi
python3 -c "import requests" 2>/dev/null || { echo "Installing python3-requests from Debian..."; apt-get install -y python3-requests >/dev/null; }
if [[ -z "${JAVA_HOME:-}" ]] || ! "$JAVA_HOME/bin/java" -version 2>&1 | grep -q 'version "25'; then
  export JAVA_HOME=$(ls -d /usr/lib/jvm/*25* 2>/dev/null | head -n 1)
fi

work=$(mktemp -d /tmp/cluster-bench.XXXXXX)
chmod 755 "$work"
base_port=$((20000 + RANDOM % 20000))
pg_port=$base_port node1_port=$((base_port + 1)) node2_port=$((base_port + 2))
http_port=$((base_port + 3)) https_port=$((base_port + 4)) static_port=$((base_port + 5))
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
  [[ -f $work/nginx.pid ]] && kill "$(cat "$work/nginx.pid")" 2>/dev/null || true
  [[ -f $work/pg/postmaster.pid ]] && run_pg "$pg_bin/pg_ctl" -D "$work/pg" -m fast -w stop >/dev/null 2>&1 || true
  if [[ -n ${KEEP_WORK:-} ]]; then echo "logs kept in $work"; else rm -rf "$work"; fi
}
trap cleanup EXIT
# initdb and postgres refuse to run as root
run_pg() { if [[ $(id -u) == 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi; }

echo "Building the jar..."
./mvnw -q -B -o package -DskipTests -Dspotless.check.skip=true 2>/dev/null || ./mvnw -q -B package -DskipTests -Dspotless.check.skip=true
jar=$(ls target/cadre-training-*.jar | grep -v plain | head -n 1)
"$JAVA_HOME/bin/java" -Djarmode=tools -jar "$jar" extract --destination "$work/app" >/dev/null

echo "Starting PostgreSQL 15 on port $pg_port..."
mkdir -p "$work/pg" && chown postgres "$work/pg" 2>/dev/null || true
password=$(head -c 18 /dev/urandom | base64 | tr -d '/+=')
echo "$password" > "$work/pg-password" && chmod 644 "$work/pg-password"
run_pg "$pg_bin/initdb" -D "$work/pg" -U postgres -A scram-sha-256 --pwfile="$work/pg-password" -E UTF8 \
  --locale=C.UTF-8 >/dev/null
run_pg "$pg_bin/pg_ctl" -D "$work/pg" -l "$work/pg/server.log" -w \
  -o "-p $pg_port -k $work/pg -c listen_addresses=127.0.0.1 -c max_connections=100 -c shared_buffers=128MB" start >/dev/null
export PGPASSWORD=$password PGHOST=127.0.0.1 PGPORT=$pg_port PGUSER=postgres
psql -q -d postgres -c "create database cadres"

secret="cluster-$(head -c 24 /dev/urandom | base64 | tr -d '/+=')"
start_node() { # name port extra arguments...
  local name=$1 port=$2; shift 2
  "$JAVA_HOME/bin/java" -Xmx512m -XX:+UseZGC ${CLUSTER_JAVA_OPTS:-} -jar "$work/app/$(basename "$jar")" \
    --server.port="$port" --server.address=127.0.0.1 \
    --spring.datasource.url="jdbc:postgresql://127.0.0.1:$pg_port/cadres" \
    --spring.datasource.username=postgres --spring.datasource.password="$password" \
    --app.attendance.code-secret="$secret" --server.forward-headers-strategy=native \
    --app.news.reviewer-publishes=true --app.news.proxy-view-log="$work/views.log" --logging.level.root=WARN "$@" > "$work/$name.log" 2>&1 &
  pids+=($!)
}
echo "Starting two nodes (ports $node1_port and $node2_port) on it..."
start_node node1 "$node1_port" --app.demo.enabled=true
node1_pid=${pids[-1]}
# the second node logs JSON lines (Spring Boot's structured logging), as the README offers for production
start_node node2 "$node2_port" --logging.structured.format.console=ecs --logging.level.org.cadretraining=INFO
node2_pid=${pids[-1]}
for port in "$node1_port" "$node2_port"; do
  for _ in $(seq 1 240); do
    curl -sf "http://127.0.0.1:$port/actuator/health/readiness" >/dev/null && break
    kill -0 "$node1_pid" 2>/dev/null && kill -0 "$node2_pid" 2>/dev/null \
      || { echo "A node stopped:"; tail -n 40 "$work/node1.log" "$work/node2.log"; exit 1; }
    sleep 1
  done
done

echo "Starting nginx (https on $https_port) with deploy/nginx/cadre-training.conf..."
openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj /CN=localhost -keyout "$work/tls.key" -out "$work/tls.crt" \
  >/dev/null 2>&1
mkdir -p "$work/tmp" "$work/www/news/articles"
sed -e "s|@NODE1@|127.0.0.1:$node1_port|; s|@NODE2@|127.0.0.1:$node2_port|" \
  -e "s|@HTTP_PORT@|127.0.0.1:$http_port|; s|@HTTPS_PORT@|$https_port|g; s|@SERVER_NAME@|localhost|" \
  -e "s|listen $https_port ssl|listen 127.0.0.1:$https_port ssl|" \
  -e "s|@CERTIFICATE@|$work/tls.crt|; s|@CERTIFICATE_KEY@|$work/tls.key|" \
  -e "s|@CACHE_DIR@|$work/article-cache|; s|@VIEW_LOG@|$work/views.log|" \
  deploy/nginx/cadre-training.conf > "$work/cadre-training.conf"
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
  include $work/cadre-training.conf;
  # the same bytes as a static file, over the same TLS, for the throughput comparison
  server {
    listen 127.0.0.1:$static_port ssl;
    ssl_certificate $work/tls.crt;
    ssl_certificate_key $work/tls.key;
    root $work/www;
    location / { default_type "text/html; charset=UTF-8"; etag on; }
  }
}
CONF
chmod -R a+rX "$work/www" "$work/tls.crt" && chmod 644 "$work/tls.key"
/usr/sbin/nginx -c "$work/nginx.conf" -p "$work" -e "$work/nginx-error.log"

cat > "$work/cluster.properties" <<PROPS
node1=http://127.0.0.1:$node1_port
node2=http://127.0.0.1:$node2_port
nginx=https://localhost:$https_port
nginx_http=http://localhost:$http_port
static=https://localhost:$static_port
www=$work/www
node1_pid=$node1_pid
node2_pid=$node2_pid
node2_log=$work/node2.log
pg_port=$pg_port
seconds=$seconds
PROPS
set +e
python3 "$root/bench/cluster/checks.py" "$work/cluster.properties"
status=$?
set -e
[[ $status == 0 ]] || { echo "(logs: node1.log, node2.log in $work; KEEP_WORK=1 keeps them)"; tail -n 5 "$work/nginx-error.log" 2>/dev/null || true; }
exit $status
