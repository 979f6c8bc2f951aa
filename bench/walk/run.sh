#!/usr/bin/env bash
# Every page of the demo (issue 12): the pages DemoWalkTest walks — every page, report and export, in the four
# languages, as an anonymous reader, the secretariat and the administrator — each requested 3 times on the packaged
# jar (512 MB heap, fresh home, demo data); the median of the 3 is the page's time. Anonymous requests carry a new
# query parameter each time, so that every one is rendered, not served from the page cache.
# Goal: every page's median under 300 ms on this machine.
# Speed does not depend on the language, so by default the pages of one language are timed (LANGUAGES="es en" or
# LANGUAGES=all for more); the walk test checks the four for what they say.
# Usage: bench/walk/run.sh [pages.txt]   default: app/target/demo-walk/pages.txt, written by
#        ./mvnw -pl app -am verify -Dtest=DemoWalkTest -Dsurefire.failIfNoSpecifiedTests=false
set -euo pipefail
cd "$(dirname "$0")/../.."
PAGES=${1:-app/target/demo-walk/pages.txt}
PORT=${BENCH_PORT:-18092}
ADMIN_PASSWORD=quiet-harbour-lantern-test
out=bench/out/walk; mkdir -p "$out"
base="http://127.0.0.1:$PORT"
[ -s "$PAGES" ] || { echo "No $PAGES: run DemoWalkTest first (see the usage line)"; exit 1; }
LANGUAGES=${LANGUAGES:-es}
timed=$out/pages.txt
if [ "$LANGUAGES" = all ]; then cp "$PAGES" "$timed"; else
  awk -v langs=" $LANGUAGES " 'index(langs, " " $2 " ")' "$PAGES" > "$timed"; fi

./mvnw -q -B -DskipTests install > "$out/build.log"
jar=app/target/app-0.1.0-SNAPSHOT.jar
home=$(mktemp -d /tmp/labourhub-walk-XXXX)
LABOURHUB_HOME=$home PORT=$PORT LABOURHUB_DB_PORT=0 LABOURHUB_ADMIN_PASSWORD=$ADMIN_PASSWORD \
  java -Xmx512m -jar "$jar" > "$out/app.log" 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null; wait $APP 2>/dev/null; rm -rf "$home"; exit 0' EXIT
for _ in $(seq 1 600); do
  curl -fs -o /dev/null "$base/actuator/health/readiness" && break
  sleep 0.5
done
echo "LabourHub $(git rev-parse --short HEAD), $(date -u '+%Y-%m-%d %H:%M') UTC, load average $(cut -d' ' -f1-3 /proc/loadavg)"

sign_in() { # user password jar
  local token
  token=$(curl -fs -c "$3" -b "$3" "$base/login" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//')
  curl -fs -o /dev/null -c "$3" -b "$3" --data-urlencode "username=$1" --data-urlencode "password=$2" \
    --data-urlencode "_csrf=$token" "$base/login"
}
sign_in secretariat labourhub-demo "$out/secretariat.jar"
sign_in admin "$ADMIN_PASSWORD" "$out/admin.jar"
: > "$out/anonymous.jar"

# each page: one request to warm it up, then three timed ones (one curl process per page, so that starting curl
# does not count); the median of the three is the page's time
n=0
: > "$out/times.tsv"
while read -r reader lang path; do
  sep='?'; [[ "$path" == *\?* ]] && sep='&'
  n=$((n + 1))
  curl -s -b "$out/$reader.jar" -o /dev/null -o /dev/null -o /dev/null -o /dev/null -w '%{time_total}\n' \
    "$base$path${sep}lang=$lang&bench=$n-0" "$base$path${sep}lang=$lang&bench=$n-1" \
    "$base$path${sep}lang=$lang&bench=$n-2" "$base$path${sep}lang=$lang&bench=$n-3" \
    | tail -3 | sort -g | sed -n 2p \
    | awk -v page="$reader $lang $path" '{ printf "%.1f\t%s\n", $1 * 1000, page }' >> "$out/times.tsv"
done < "$timed"

sort -g "$out/times.tsv" | awk -F'\t' '
  { t[NR] = $1 }
  END {
    printf "pages: %d; median of the pages'\'' medians: %.1f ms; 95th percentile: %.1f ms; slowest: %.1f ms; over 300 ms: %d\n",
      NR, t[int(NR * 0.5) + 1], t[int(NR * 0.95) + 1], t[NR], over
  }
  $1 > 300 { over++ }'
echo "slowest ten pages (median of 3, ms):"
sort -gr "$out/times.tsv" | head -10 | sed 's/^/  /'
