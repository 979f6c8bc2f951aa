#!/usr/bin/env bash
# Public pages under load (issue 11): LabourHub started as in production (the packaged jar, 512 MB heap) on a
# fresh home with the demo data, then
#   1. CPU per page: each page of the public mix alone, one client for 10 s; the application's and the database's
#      CPU time per request, read from /proc;
#   2. where the CPU goes: a JFR recording during the mix, its hottest frames;
#   3. the mix: 64 clients for 60 s (goal: p95 under 150 ms, at least 400 requests/s, no error);
#   4. soak: 64 clients for 5 minutes (goal: no error, and no growth of the heap after a full GC).
# Usage: bench/pages/run.sh [clients] [seconds] [soak-seconds]        defaults: 64 60 300
#        ONLY_SOAK=1 bench/pages/run.sh                                 the soak alone (after the warm-up)
set -euo pipefail
cd "$(dirname "$0")/../.."
CLIENTS=${1:-64}
SECONDS_MIX=${2:-60}
SECONDS_SOAK=${3:-300}
PORT=${BENCH_PORT:-18091}
out=bench/out/pages; mkdir -p "$out"
base="http://127.0.0.1:$PORT"

./mvnw -q -B -DskipTests install > "$out/build.log"
jar=app/target/app-0.1.0-SNAPSHOT.jar
home=$(mktemp -d /tmp/labourhub-pages-XXXX)
LABOURHUB_HOME=$home PORT=$PORT LABOURHUB_DB_PORT=0 java -Xmx512m -jar "$jar" > "$out/app.log" 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null; wait $APP 2>/dev/null; rm -rf "$home"' EXIT
for _ in $(seq 1 600); do
  curl -fs -o /dev/null "$base/actuator/health/readiness" && break
  sleep 0.5
done
PLAN=$(curl -fs "$base/plans" | grep -o 'href="/plans/[0-9]*"' | head -1 | grep -o '/plans/[0-9]*')
export PLAN
echo "LabourHub $(git rev-parse --short HEAD), $(date -u '+%Y-%m-%d %H:%M') UTC, load average $(cut -d' ' -f1-3 /proc/loadavg), plan $PLAN"

pg_pids() { # the embedded server and its backends (children of the postmaster)
  local pm
  pm=$(pgrep -f "^[^ ]*bin/postgres -D $home" | head -1)
  [ -n "$pm" ] && echo "$pm $(pgrep -P "$pm" | tr '\n' ' ')"
}
cpu_ticks() { # pids -> user+system clock ticks
  local total=0
  for p in "$@"; do
    [ -r "/proc/$p/stat" ] && total=$((total + $(awk '{print $14 + $15}' "/proc/$p/stat")))
  done
  echo $total
}
TICK=$(getconf CLK_TCK)

# warm up until the JIT has compiled what the pages use (its compiler threads count in the application's CPU):
# the mix for 30 s, then each page rendered again and again for 5 s
wrk -t2 -c16 -d30s -s bench/pages/public-mix.lua "$base" > /dev/null
for page in "/?lang=es" "/countries?lang=en" "/countries/GT?lang=es" "/projects?lang=fr" \
            "/projects?q=migracion&lang=es" "/plans?lang=pt" "$PLAN?lang=en"; do
  PAGE="$page" BUST=1 wrk -t1 -c4 -d5s -s bench/pages/one-page.lua "$base" > /dev/null
done

if [ "${ONLY_SOAK:-0}" != 1 ]; then
echo
echo "CPU per page, 1 client, 10 s each, in ms of CPU per request: kept (served to anonymous readers from the page"
echo "cache) and rendered (a new query parameter on each request, so that the page is rendered every time):"
printf '| page | kept: requests/s | kept: app CPU | rendered: requests/s | rendered: app CPU | rendered: database CPU |\n'
printf '|---|---|---|---|---|---|\n'
measure() { # page bust -> "requests/s app-ms db-ms"
  local pgs a0 d0 n a1 d1
  pgs=$(pg_pids)
  a0=$(cpu_ticks $APP); d0=$(cpu_ticks $pgs)
  n=$(PAGE="$1" BUST="$2" wrk -t1 -c1 -d10s -s bench/pages/one-page.lua "$base" | awk '/requests in/ {print $1}')
  a1=$(cpu_ticks $APP); d1=$(cpu_ticks $pgs)
  awk -v n="$n" -v a=$((a1 - a0)) -v d=$((d1 - d0)) -v t="$TICK" \
    'BEGIN { printf "%.0f %.2f %.2f", n / 10, a * 1000 / t / n, d * 1000 / t / n }'
}
for page in "/?lang=es" "/countries?lang=en" "/countries/GT?lang=es" "/projects?lang=fr" \
            "/projects?q=migracion&lang=es" "/plans?lang=pt" "$PLAN?lang=en"; do
  read -r kn ka _ <<< "$(measure "$page" 0)"
  read -r rn ra rd <<< "$(measure "$page" 1)"
  echo "| $page | $kn | $ka | $rn | $ra | $rd |"
done

echo
echo "Where a rendered page's CPU goes (JFR samples of the request threads, 64 clients, 20 s, every page rendered):"
jcmd $APP JFR.start name=render settings=profile filename="$PWD/$out/render.jfr" > /dev/null
for page in "/countries?lang=en" "/countries/GT?lang=es" "/projects?lang=fr" "$PLAN?lang=en"; do
  PAGE="$page" BUST=1 wrk -t1 -c16 -d5s -s bench/pages/one-page.lua "$base" > /dev/null
done
jcmd $APP JFR.stop name=render > /dev/null
jfr print --events jdk.ExecutionSample "$out/render.jfr" \
  | awk '/jdk.ExecutionSample/ { if (s != "") print s; s = "" } /line:/ { s = s " " $1 } END { print s }' > "$out/render.stacks"
total=$(grep -c . "$out/render.stacks")
for part in "org.thymeleaf:templates (Thymeleaf)" "org.springframework.expression:expressions in templates (SpEL)" \
            "MessageSource:messages" "java.text.Collator:sorting by the reader's collation" \
            "org.postgresql:the JDBC driver" "org.springframework.security:Spring Security" \
            "org.apache.catalina:Tomcat" "org.labourhub:LabourHub's own code (whole stacks through it)"; do
  n=$(grep -c "${part%%:*}" "$out/render.stacks" || true)
  awk -v n="$n" -v t="$total" -v what="${part#*:}" 'BEGIN { printf "%5.1f %%  %s\n", 100 * n / t, what }'
done

echo
echo "Mix, $CLIENTS clients, ${SECONDS_MIX} s, with a JFR recording of the application:"
jcmd $APP JFR.start name=mix settings=profile filename="$PWD/$out/mix.jfr" > /dev/null
wrk -t2 -c"$CLIENTS" -d"${SECONDS_MIX}s" --timeout 10s -s bench/pages/public-mix.lua "$base" \
  | grep -E "Requests/sec|requests in|p95|errors|Non-2xx"
jcmd $APP JFR.stop name=mix > /dev/null
echo
echo "Hottest frames of the application during the mix (share of CPU samples, top frame):"
jfr print --events jdk.ExecutionSample "$out/mix.jfr" \
  | awk '/stackTrace = \[/ { getline; sub(/^[ \t]+/, ""); sub(/line:.*/, ""); top[$0]++; n++ }
         END { for (f in top) printf "%5.1f %%  %s\n", 100 * top[f] / n, f }' | sort -rn | head -15 || true

fi

echo
heap() { jcmd $APP GC.run > /dev/null; sleep 1; jcmd $APP GC.heap_info | awk '/garbage-first heap|def new|total/ {print; exit}'; }
echo "Heap after a full GC, before the soak: $(heap)"
echo "Soak, $CLIENTS clients, ${SECONDS_SOAK} s:"
wrk -t2 -c"$CLIENTS" -d"${SECONDS_SOAK}s" --timeout 10s -s bench/pages/public-mix.lua "$base" \
  | grep -E "Requests/sec|requests in|p95|errors|Non-2xx"
echo "Heap after a full GC, after the soak:  $(heap)"
