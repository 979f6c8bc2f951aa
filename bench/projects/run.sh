#!/usr/bin/env bash
# Projects benchmarks: IATI import of a generated file (against a parse-only pass over the same file, in the same
# run) and search latency under concurrent clients on loopback, over the imported projects.
#   bench/projects/run.sh [activities] [clients] [seconds]      defaults: 100000 64 30
# 1. JUnit benchmark (embedded PostgreSQL of the test set-up): parse-only vs import, then a Java load generator.
# 2. If wrk (Debian package "wrk") is installed: the application started as the run command starts it (512 MB heap)
#    on the database the first step left, and wrk with the two query mixes in this folder.
set -euo pipefail
cd "$(dirname "$0")/../.."
ACTIVITIES=${1:-100000}
CLIENTS=${2:-64}
DURATION=${3:-30}
PORT=${BENCH_PORT:-8094}
./mvnw -q -B install -DskipTests -pl risk-engine -am
./mvnw -B -pl app test -Dtest=ProjectsBenchmark -Dsurefire.failIfNoSpecifiedTests=false -Dbench=true \
  -Dbench.activities="$ACTIVITIES" -Dbench.clients="$CLIENTS" -Dbench.seconds="$DURATION" > target-bench-projects.log 2>&1 || true
grep -o 'BENCH[^<]*' app/target/surefire-reports/TEST-org.labourhub.projects.ProjectsBenchmark.xml | sed 's/\(ms\|s\)[^ ]*ERROR.*$/\1/'

if ! command -v wrk > /dev/null; then
  echo "wrk not installed (apt-get install wrk): skipping the load test against the running application"
  exit 0
fi
LABOURHUB_HOME="$PWD/app/target/test-postgres" LABOURHUB_DEMO=false PORT=$PORT ./mvnw -q -pl app spring-boot:run > target-bench-app.log 2>&1 &
APP=$!
trap 'pkill -TERM -P $APP 2>/dev/null; kill $APP 2>/dev/null || true' EXIT
# ready once started and, with a large registry, once its search is warmed up (see SearchWarmUp)
for _ in $(seq 1 300); do
  curl -fs -o /dev/null "http://127.0.0.1:$PORT/actuator/health/readiness" && break
  sleep 1
done
grep -ho "Search warmed up.*" target-bench-app.log | tail -1 || true
curl -fs -o /dev/null "http://127.0.0.1:$PORT/api/projects?country=GT"
for mix in repeated-mix distinct-queries; do
  echo "wrk, $mix, $CLIENTS connections, ${DURATION}s ($(date -u +%H:%M:%S) UTC, load average $(cut -d' ' -f1-3 /proc/loadavg)):"
  wrk -t2 -c"$CLIENTS" -d"${DURATION}s" --timeout 10s --latency -s "bench/projects/$mix.lua" "http://127.0.0.1:$PORT" \
    | grep -E "Latency|50%|75%|90%|99%|requests in|Requests/sec|errors|Non-2xx|p95"
done
