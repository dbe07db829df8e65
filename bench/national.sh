#!/usr/bin/env bash
# The national month (issue 16, bench/national.py): 2,000 operations and a month of curves, then the schedule
# computes every due period with one replica, and again with two sharing the work (each period claimed FOR UPDATE
# SKIP LOCKED). Usage: bash bench/national.sh (BENCH_OPERATIONS changes the count). About 20 minutes.
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
stop_all() { for pid in "$work"/*.pid; do [ -f "$pid" ] && kill "$(cat "$pid")" 2>/dev/null; rm -f "$pid"; done; sleep 2; }
trap 'stop_all; rm -rf "$work"' EXIT
source bench/common.sh
runuser -u postgres -- psql -qc "DROP DATABASE IF EXISTS acc_national" -c "CREATE DATABASE acc_national"
openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$work/key.pem" 2>/dev/null
[ -f target/quarkus-app/quarkus-run.jar ] || ./mvnw -B -q package -DskipTests

# start NAME PORT EVERY: a replica on acc_national, its schedule every EVERY ("off" for none)
start() {
  QUARKUS_DATASOURCE_REACTIVE_URL=postgresql://127.0.0.1:5432/acc_national \
  QUARKUS_DATASOURCE_JDBC_URL=jdbc:postgresql://127.0.0.1:5432/acc_national \
  QUARKUS_DATASOURCE_USERNAME=postgres QUARKUS_HTTP_PORT="$2" \
  ACC_TOKEN_SIGNING_KEY_FILE="$work/key.pem" ACC_SANDBOX_ENABLED=true \
  ACC_CALCULATION_EVERY="$3" ACC_CALCULATION_DELAY=0s \
  ACC_QUOTA_PER_SECOND=100000 ACC_QUOTA_PER_HOUR=100000000 \
  ACC_OPERATOR_CLIENT_ID=bench-operator ACC_OPERATOR_CLIENT_SECRET=bench-operator-secret \
    "$JAVA_HOME/bin/java" -Xmx2g -jar target/quarkus-app/quarkus-run.jar > "$work/$1.log" 2>&1 &
  echo $! > "$work/$1.pid"
  for _ in $(seq 1 90); do curl -sf -o /dev/null "http://127.0.0.1:$2/q/health/ready" && return; sleep 1; done
  echo "$1 did not start"; tail -20 "$work/$1.log"; exit 1
}
echo "Machine: $(nproc) cores, $(free -g | awk '/Mem/ {print $2}') GiB, $("$JAVA_HOME/bin/java" -version 2>&1 | head -1)"
export PYTHONPATH=bench BENCH_DATABASE=acc_national
start setup 8080 off
python3 bench/national.py setup
stop_all

start one 8080 5s
python3 bench/national.py wait 1
python3 bench/national.py storage
stop_all
grep -c ' ERROR ' "$work/one.log" | sed 's/^/ERROR lines in the replica log: /' || true

python3 bench/national.py reset
start first 8080 5s
start second 8081 5s
python3 bench/national.py wait 2
stop_all
cat "$work"/first.log "$work"/second.log | grep -c ' ERROR ' | sed 's/^/ERROR lines in the replicas logs: /' || true
