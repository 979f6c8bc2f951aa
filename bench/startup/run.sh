#!/usr/bin/env bash
# Startup benchmark (issue 2): how long from the README's run command to the first page served, on a fresh
# LabourHub home (new embedded PostgreSQL, migrations, demo data), with a 512 MB heap; then a warm restart on the
# same home, and a short browse of the main pages to check the app runs comfortably within that heap.
# Usage: bench/startup/run.sh [runs]     (default 3 runs of each kind)
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-3}
port=18080
out=bench/out/startup; mkdir -p "$out"

./mvnw -q -B -DskipTests install >/dev/null
jar=app/target/app-0.1.0-SNAPSHOT.jar

now() { date +%s.%N; }
wait_for_page() { # url start-time -> seconds until HTTP 200
  local url=$1 start=$2
  for _ in $(seq 1 1200); do
    if [ "$(curl -s -o /dev/null -w '%{http_code}' "$url")" = 200 ]; then
      awk "BEGIN { print $(now) - $start }"; return 0
    fi
    sleep 0.1
  done
  echo "timeout"; return 1
}
peak_rss_mb() { awk '/VmHWM/ {printf "%.0f", $2/1024}' "/proc/$1/status"; }

start_app() { # home log -> pid
  LABOURHUB_HOME=$1 PORT=$port LABOURHUB_DB_PORT=0 java -Xmx512m -jar "$jar" >"$2" 2>&1 &
  echo $!
}
stop_app() { kill "$1"; wait "$1" 2>/dev/null || true; }

printf '| kind | run | first page (s) | country list (s) | peak RSS (MB) |\n|---|---|---|---|---|\n' | tee "$out/results.md"
for kind in fresh warm mvnw-fresh; do
  for r in $(seq 1 "$runs"); do
    home=$(mktemp -d /tmp/labourhub-bench-XXXX)
    if [ "$kind" = warm ]; then # prepare the home once, then time the restart
      pid=$(start_app "$home" "$out/prepare.log"); wait_for_page "http://localhost:$port/" "$(now)" >/dev/null; stop_app "$pid"
    fi
    t0=$(now)
    if [ "$kind" = mvnw-fresh ]; then
      LABOURHUB_HOME=$home PORT=$port LABOURHUB_DB_PORT=0 ./mvnw -pl app -am spring-boot:run >"$out/$kind-$r.log" 2>&1 &
      pid=$!
    else
      pid=$(start_app "$home" "$out/$kind-$r.log")
    fi
    first=$(wait_for_page "http://localhost:$port/" "$t0")
    countries=$(wait_for_page "http://localhost:$port/countries" "$t0")
    java_pid=$(ss -ltnpH "sport = :$port" | grep -o 'pid=[0-9]*' | head -1 | cut -d= -f2)
    for page in / /countries /countries/GT /organisations /people /networks /experts "/countries?lang=es" "/countries/BR?lang=pt"; do
      for _ in 1 2 3 4 5; do curl -s -o /dev/null "http://localhost:$port$page"; done
    done
    rss=$(peak_rss_mb "$java_pid")
    printf '| %s | %d | %.1f | %.1f | %s |\n' "$kind" "$r" "$first" "$countries" "$rss" | tee -a "$out/results.md"
    if [ "$kind" = mvnw-fresh ]; then kill "$java_pid"; wait "$pid" 2>/dev/null || true; else stop_app "$pid"; fi
    if grep -q OutOfMemoryError "$out/$kind-$r.log"; then echo "OutOfMemoryError in $kind run $r"; exit 1; fi
    rm -rf "$home"
  done
done
echo "Goal: first page under 30 s on a fresh home (ratio = time / 30 s). Load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
