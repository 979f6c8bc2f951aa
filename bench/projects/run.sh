#!/usr/bin/env bash
# Projects benchmarks: IATI import of a generated file (against a parse-only pass over the same file, in the same
# run) and search latency under concurrent clients on loopback, on the embedded PostgreSQL of the test set-up.
#   bench/projects/run.sh [activities] [clients] [seconds]      defaults: 100000 64 30
set -euo pipefail
cd "$(dirname "$0")/../.."
ACTIVITIES=${1:-100000}
CLIENTS=${2:-64}
SECONDS_=${3:-30}
./mvnw -q -B install -DskipTests -pl risk-engine
./mvnw -B -pl app test -Dtest=ProjectsBenchmark -Dsurefire.failIfNoSpecifiedTests=false -Dbench=true \
  -Dbench.activities="$ACTIVITIES" -Dbench.clients="$CLIENTS" -Dbench.seconds="$SECONDS_" \
  | tee target-bench-projects.log | grep '^BENCH' || true
grep -h '^BENCH' app/target/surefire-reports/*ProjectsBenchmark*-output.txt 2>/dev/null || true
