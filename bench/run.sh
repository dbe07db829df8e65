#!/usr/bin/env bash
# Runs bench/api_bench.py against the packaged service and the machine's PostgreSQL (never the embedded one: it
# runs without fsync), in sandbox mode for its settable clock. Usage: bash bench/run.sh
# (BENCH_PRODUCERS / BENCH_CONSUMERS change the size, BENCH_LOAD_SECONDS the mixed load's length, 0 to skip it,
# BENCH_JAVA_OPTS adds JVM options to the service; BENCH_ONLY=soak holds the mixed load alone, as bench/faults.sh does;
# the engine's JMH benchmark is run apart: ./mvnw -Pjmh test-compile exec:exec)
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
mkdir -p target
trap 'kill "$(cat "$work/pid" 2>/dev/null)" 2>/dev/null || true; cp "$work/service.log" target/bench-service.log 2>/dev/null
  rm -rf "$work"' EXIT

source bench/common.sh

command -v hey >/dev/null || { apt-get update -qq && apt-get install -y -qq hey >/dev/null; }

runuser -u postgres -- psql -qc "DROP DATABASE IF EXISTS acc_bench" -c "CREATE DATABASE acc_bench"
openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$work/key.pem" 2>/dev/null

[ -f target/quarkus-app/quarkus-run.jar ] || ./mvnw -B -q package -DskipTests
QUARKUS_DATASOURCE_REACTIVE_URL=postgresql://127.0.0.1:5432/acc_bench \
QUARKUS_DATASOURCE_JDBC_URL=jdbc:postgresql://127.0.0.1:5432/acc_bench \
QUARKUS_DATASOURCE_USERNAME=postgres \
ACC_TOKEN_SIGNING_KEY_FILE="$work/key.pem" \
ACC_SANDBOX_ENABLED=true ACC_CALCULATION_EVERY=off ACC_QUOTA_PER_SECOND=100000 ACC_QUOTA_PER_HOUR=100000000 \
 ACC_OPERATOR_CLIENT_ID=bench-operator ACC_OPERATOR_CLIENT_SECRET=bench-operator-secret \
  "$JAVA_HOME/bin/java" -Xmx2g ${BENCH_JAVA_OPTS:-} -jar target/quarkus-app/quarkus-run.jar > "$work/service.log" 2>&1 &
echo $! > "$work/pid"
for _ in $(seq 1 60); do curl -sf -o /dev/null http://127.0.0.1:8080/q/health/ready && break; sleep 1; done
echo "Machine: $(nproc) cores, $(free -g | awk '/Mem/ {print $2}') GiB, $("$JAVA_HOME/bin/java" -version 2>&1 | head -1)"
BENCH_PID=$(cat "$work/pid") BENCH_LOG="$work/service.log" BENCH_DB=acc_bench PYTHONPATH=bench python3 bench/api_bench.py
[ "${BENCH_ONLY:-}" = soak ] && exit 0
echo "Engine (plain loop as the baseline):"
"$JAVA_HOME/bin/java" -cp target/classes bench/EngineBench.java | tail -2
