#!/usr/bin/env bash
# The fault harness, run by hand (loopback only, bounded in time and count); the test command runs the same suites
# with short settings. Usage: bash bench/faults.sh
#   1. CrashIT: FAULTS_KILLS (52) kills of the service (SIGKILL) at random points of a month of keys, a curve load, a
#      calculation and webhook deliveries, each restart checked (all or nothing, nothing acknowledged undone, one
#      complete current run, due periods redone, every event delivered);
#   2. DatabaseFaultsIT: PostgreSQL stopped FAULTS_OUTAGE_SECONDS (30) under load, then a table locked (slow
#      statements, a saturated pool);
#   3. ConcurrentSubmissionsApiTest and TwoReplicasIT: the same steps from two clients at once, every write path
#      sent to two replicas at once;
#   4. the soak: the benchmark's mixed load for FAULTS_SOAK_MINUTES (30; 0 skips it) through bench/run.sh
#      (BENCH_ONLY=soak): no 5xx, no ERROR logged, heap after GC within 10 %, threads, connections and table rows read
#      every 30 s.
set -euo pipefail
cd "$(dirname "$0")/.."
kills=${FAULTS_KILLS:-52}
outage=${FAULTS_OUTAGE_SECONDS:-30}
soak=${FAULTS_SOAK_MINUTES:-30}
log=target/faults.log
mkdir -p target

source bench/common.sh
runuser -u postgres -- psql -qtAc "SELECT 1 FROM pg_roles WHERE rolname = 'acc'" | grep -q 1 \
  || runuser -u postgres -- psql -qc "CREATE ROLE acc LOGIN PASSWORD 'acc'"
runuser -u postgres -- psql -qtAc "SELECT 1 FROM pg_database WHERE datname = 'acc_test'" | grep -q 1 \
  || runuser -u postgres -- psql -qc "CREATE DATABASE acc_test OWNER acc"
export QUARKUS_DATASOURCE_REACTIVE_URL=postgresql://127.0.0.1:5432/acc_test
export QUARKUS_DATASOURCE_JDBC_URL=jdbc:postgresql://127.0.0.1:5432/acc_test
export QUARKUS_DATASOURCE_USERNAME=acc QUARKUS_DATASOURCE_PASSWORD=acc

started=$(date +%s)
./mvnw -B verify -Dtest=ConcurrentSubmissionsApiTest -Dsurefire.failIfNoSpecifiedTests=false \
  -Dit.test='CrashIT,DatabaseFaultsIT,TwoReplicasIT' -Dfaults.kills="$kills" -Dfaults.outage="$outage" > "$log" 2>&1 \
  || { tail -n 60 "$log"; echo "A fault suite failed: see $log and target/failsafe-reports"; exit 1; }
echo "Fault suites passed in $(( $(date +%s) - started )) s:"
grep -h "Tests run:" target/surefire-reports/*ConcurrentSubmissionsApiTest.txt target/failsafe-reports/*CrashIT.txt \
  target/failsafe-reports/*DatabaseFaultsIT.txt target/failsafe-reports/*TwoReplicasIT.txt || true
grep -h "^CRASH summary\|^OUTAGE\|^SLOW" "$log" || true
grep -h "^CRASH kill" "$log" | awk '{print $3, $4}' | sort | uniq -c || true

if [ "$soak" -gt 0 ]; then
  echo "Soak: the mixed load for $soak minutes"
  BENCH_ONLY=soak BENCH_LOAD_SECONDS=$(( soak * 60 )) bash bench/run.sh
fi
