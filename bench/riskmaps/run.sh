#!/usr/bin/env bash
# Risk maps in the application against the risk engine's own command line (issue 15, "Speed"), in one run:
#   1. build the application and the engine (under the shared build lock; nothing else here takes the lock);
#   2. generate (once) a survey of 1,000,000 children and a census of 10,000,000 children in 2,000 territories
#      (codes BO-0001…BO-2000) with the engine's generator, and a GeoJSON of 2,000 irregular territories for them
#      (Boundaries.java: a 40 × 50 grid whose edges wander, 50 points per edge, shared edges identical);
#   3. the engine's command-line pipeline on these files with the model the application runs (fastest of ENGINE_RUNS);
#   4. the packaged application on a fresh home: sign in as the demo analyst, upload the boundaries, the survey and
#      the census, map their variables, start a run and time it from the POST to the run being finished (published);
#      ratio to the engine's command line (goal ≤ 1.5×);
#   5. the home page under wrk (WRK_CONNECTIONS connections) idle and while a second, identical run proceeds: p95
#      (goal < 200 ms);
#   6. the map page of the 2,000-territory run: bytes on the wire for the page and its GeoJSON as a browser asks
#      for them (goal < 2 MB), first paint in headless Chromium (goal < 1 s), and the territory table page, median of
#      10 requests (goal < 300 ms).
# Everything goes to bench/riskmaps/data/ (git-ignored); the summary to data/results.md.
# Usage, from anywhere: bench/riskmaps/run.sh
#   SURVEY_CHILDREN=20000 CENSUS_CHILDREN=200000 bench/riskmaps/run.sh     a quick try
# Other settings: ENGINE_RUNS (3), WRK_SECONDS (30, the idle baseline), WRK_CONNECTIONS (4), PAINT_RUNS (5),
# BENCH_PORT (18093), DEVTOOLS_PORT (19223), KEEP_HOME=1 keeps the application's home folder afterwards,
# SKIP_BUILD=1 uses the jars already built (when another build holds the lock and nothing changed).
# Needs: Java 17, curl, jq, wrk, chromium, node ≥ 20 (Debian: curl jq wrk chromium nodejs).
set -euo pipefail
cd "$(dirname "$0")/../.."
here=bench/riskmaps
data=$PWD/$here/data
SURVEY_CHILDREN=${SURVEY_CHILDREN:-1000000}
CENSUS_CHILDREN=${CENSUS_CHILDREN:-10000000}
ENGINE_RUNS=${ENGINE_RUNS:-3}
WRK_SECONDS=${WRK_SECONDS:-30}
WRK_CONNECTIONS=${WRK_CONNECTIONS:-4}
PAINT_RUNS=${PAINT_RUNS:-5}
PORT=${BENCH_PORT:-18093}
DEVTOOLS_PORT=${DEVTOOLS_PORT:-19223}
COLUMNS=40 ROWS=50 POINTS=50 COUNTRY=BO
base="http://127.0.0.1:$PORT"
mkdir -p "$data"
for tool in curl jq wrk chromium node java; do
  command -v $tool > /dev/null || { echo "Needs $tool (see the usage lines at the top)"; exit 1; }
done
now() { date +%s.%N; }
seconds() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", b - a }'; }
calc() { awk "BEGIN { printf \"%.2f\", $1 }"; }
load() { cut -d' ' -f1-3 /proc/loadavg; }
fail() { echo "FAILED: $*" >&2; exit 1; }

if [ "${SKIP_BUILD:-0}" = 1 ]; then
  echo "== build skipped (SKIP_BUILD=1): the jars as they are"
else
  echo "== build (waits for the shared build lock; the benchmark itself runs without it)"
  flock /tmp/labourhub-build.lock ./mvnw -q -B -pl app -am package -Dmaven.test.skip=true > "$data/build.log" 2>&1 \
    || { tail -20 "$data/build.log"; fail "build"; }
fi
jar=$(ls app/target/app-*.jar | grep -v -e plain -e sources | head -1)
engine=risk-engine/target/risk-engine.jar
commit=$(git rev-parse --short HEAD)
echo "LabourHub $commit$(git diff --quiet HEAD -- app risk-engine || echo ' (with uncommitted changes)'), $(date -u '+%Y-%m-%d %H:%M') UTC, load average $(load), $(nproc) cores"

echo "== data: $SURVEY_CHILDREN survey children, $CENSUS_CHILDREN census children, $((COLUMNS * ROWS)) territories"
codes=$data/codes.txt
for i in $(seq 1 $((COLUMNS * ROWS))); do printf '%s-%04d\n' "$COUNTRY" "$i"; done > "$codes"
sizes="$SURVEY_CHILDREN $CENSUS_CHILDREN $COLUMNS $ROWS"
if [ ! -f "$data/files/census.csv" ] || [ "$(cat "$data/files/sizes" 2>/dev/null)" != "$sizes" ]; then
  rm -rf "$data/files"
  java -Xmx4g -jar "$engine" generate --out "$data/files" --survey-children "$SURVEY_CHILDREN" \
    --census-children "$CENSUS_CHILDREN" --territory-codes "$codes" --regions 40 --seed 2018
  echo "$sizes" > "$data/files/sizes"
fi
boundaries=$data/boundaries-$COLUMNS-$ROWS-$POINTS.geojson
[ -f "$boundaries" ] || java "$here/Boundaries.java" "$codes" $COLUMNS $ROWS $POINTS "$boundaries"
survey=$data/files/survey.csv census=$data/files/census.csv
ls -l "$survey" "$census" "$boundaries" | awk '{ print "  " $5 " bytes  " $9 }'

# The model the application runs: its mapping page lets a variable play one part only, so age and sex, which are
# roles, are not covariates there; the other settings are those the application writes (EngineConfiguration).
reference=$data/reference.properties
sed -e '/^covariate\.sex\./d' -e '/^covariates=/,/[^\\]$/d' "$data/files/risk.properties" > "$reference"
cat >> "$reference" <<'EOF'
covariates=rural,indigenous,migrant,attends_school,head_schooling,head_agriculture,head_social_security,\
  household_size,spouse_schooling,female_head,poverty
levels.count=3
simulation.draws=200
simulation.seed=20180101
harmonisation.max.gap=0.05
outcome.blank=refuse
EOF

echo "== reference: the engine's command line, $ENGINE_RUNS runs (java -Xmx4g -jar risk-engine.jar run …)"
engine_best=""
for run in $(seq "$ENGINE_RUNS"); do
  rm -rf "$data/engine-out"
  l=$(load); t0=$(now)
  java -Xmx4g -jar "$engine" run --config "$reference" --survey "$survey" --census "$census" --out "$data/engine-out" \
    > "$data/engine-$run.txt" 2>&1 || { cat "$data/engine-$run.txt"; fail "engine run $run"; }
  t=$(seconds "$t0" "$(now)")
  echo "  run $run: $t s (load average at its start $l; the engine's own total: $(awk '$1 == "total" { print $2 }' "$data/engine-$run.txt") s)"
  if [ -z "$engine_best" ] || awk -v a="$t" -v b="$engine_best" 'BEGIN { exit !(a < b) }'; then
    engine_best=$t engine_best_run=$run
  fi
done

echo "== the application (java -Xmx1g -jar $(basename "$jar"), fresh home)"
home=$data/home-$(date +%Y%m%d-%H%M%S)
mkdir -p "$home"
LABOURHUB_HOME=$home PORT=$PORT LABOURHUB_DB_PORT=0 LABOURHUB_MAX_UPLOAD=4GB LABOURHUB_MAX_DATASET=4GB \
  LABOURHUB_RISK_RUN_HEAP=4g java -Xmx1g -jar "$jar" > "$data/app.log" 2>&1 &
APP=$!
CHROME=""
cleanup() {
  local status=$?
  if [ -n "$CHROME" ]; then kill "$CHROME" 2> /dev/null; wait "$CHROME" 2> /dev/null || true; fi
  kill "$APP" 2> /dev/null; wait "$APP" 2> /dev/null || true
  [ "${KEEP_HOME:-0}" = 1 ] || rm -rf "$home"
  exit $status
}
trap cleanup EXIT
t0=$(now)
for _ in $(seq 1 600); do
  curl -fs -o /dev/null "$base/actuator/health/readiness" && break
  kill -0 $APP 2> /dev/null || { tail -30 "$data/app.log"; fail "the application stopped"; }
  sleep 0.5
done
echo "  ready in $(seconds "$t0" "$(now)") s"

jar_file=$data/analyst.cookies
rm -f "$jar_file"
token() { # page → a CSRF token from its form
  curl -fs -b "$jar_file" -c "$jar_file" "$base$1" | grep -o 'name="_csrf" value="[^"]*"' | head -1 \
    | sed 's/.*value="//; s/"$//'
}
curl -fs -o /dev/null -b "$jar_file" -c "$jar_file" --data-urlencode "username=analyst" \
  --data-urlencode "password=labourhub-demo" --data-urlencode "_csrf=$(token /login)" "$base/login"
curl -fs -b "$jar_file" "$base/riskmaps/datasets/new" | grep -q 'name="file"' || fail "signing in as the analyst"
cookie_header=$(awk -F'\t' 'NF == 7 { printf "%s%s=%s", (n++ ? "; " : ""), $6, $7 }' "$jar_file")
post() { # page, curl arguments… → the address it redirects to (fails on any other answer)
  local page=$1 answer
  shift
  answer=$(curl -s -o "$data/last-answer.html" -w '%{http_code} %{redirect_url}' -b "$jar_file" -c "$jar_file" \
    -H "X-XSRF-TOKEN: $(token "$page")" "$@" "$base$page")
  [ "${answer%% *}" = 302 ] || { sed 's/<[^>]*>/ /g' "$data/last-answer.html" | tr -s ' \n' | grep -i -m5 -e error -e invalid >&2; fail "POST $page answered $answer"; }
  echo "${answer#* }"
}

echo "== boundaries: upload $(basename "$boundaries") and describe it"
t0=$(now)
describe=$(post /riskmaps/boundaries/new -F "file=@$boundaries;type=application/geo+json")
saved=$(post "${describe#$base}" --data-urlencode "country=$COUNTRY" --data-urlencode "name=Benchmark territories" \
  --data-urlencode "codeProperty=code" --data-urlencode "nameProperty=name" --data-urlencode "source=bench/riskmaps")
boundary_set=$(grep -o '/riskmaps/boundaries/[0-9]*' <<< "$saved" | grep -o '[0-9]*$')
boundaries_seconds=$(seconds "$t0" "$(now)")
gz_boundaries=$(curl -s --compressed -b "$jar_file" -o /dev/null -w '%{size_download}' "$base/riskmaps/boundaries/$boundary_set.geojson")
echo "  set $boundary_set saved in $boundaries_seconds s"

upload() { # kind file → job id; prints the time taken to stderr
  local t0 job
  t0=$(now)
  job=$(post /riskmaps/datasets/new -F "country=$COUNTRY" -F "kind=$1" -F "name=Benchmark $1" -F "round=2024" \
    -F "encoding=" -F "file=@$2;type=text/csv" | grep -o '/jobs/[0-9]*' | grep -o '[0-9]*$')
  echo "  $1: $(basename "$2") sent in $(seconds "$t0" "$(now)") s, reading job $job" >&2
  echo "$job"
}
read_dataset() { # job id → dataset id, once read
  local where
  for _ in $(seq 1 7200); do
    where=$(curl -s -o "$data/last-answer.html" -w '%{http_code} %{redirect_url}' -b "$jar_file" "$base/riskmaps/datasets/read/$1")
    case "$where" in
      *"/riskmaps/datasets/"[0-9]*) grep -o '[0-9]*$' <<< "$where"; return ;;
      302*"/jobs/"*) sleep 0.5 ;;
      *) sed 's/<[^>]*>/ /g' "$data/last-answer.html" | tr -s ' \n' | tail -c 600 >&2; fail "reading job $1: $where" ;;
    esac
  done
  fail "reading job $1 did not end within an hour"
}
echo "== datasets: upload, then wait for their reading jobs"
t0=$(now)
survey_job=$(upload SURVEY "$survey")
census_job=$(upload CENSUS "$census")
survey_id=$(read_dataset "$survey_job")
survey_read=$(seconds "$t0" "$(now)")
census_id=$(read_dataset "$census_job")
datasets_seconds=$(seconds "$t0" "$(now)")
echo "  survey $survey_id ready after $survey_read s, census $census_id after $datasets_seconds s (from the first upload)"

covariates() { # the 11 covariates, as the mapping form sends them
  local i=0 v
  for v in rural indigenous migrant attends_school head_schooling head_agriculture head_social_security \
           household_size spouse_schooling female_head poverty; do
    echo "covariates[$i].variable=$v"; echo "covariates[$i].use=true"
    if [ $v = head_schooling ]; then
      echo "covariates[$i].categorical=true"; echo "covariates[$i].reference=secondary"
    else
      echo "covariates[$i].categorical=false"
    fi
    i=$((i + 1))
  done
}
form() { local line args=(); while read -r line; do args+=(--data-urlencode "$line"); done; printf '%s\0' "${args[@]}"; }
mapping() { # dataset partner name roles… → saved mapping id
  local id=$1 partner=$2 name=$3 roles=() args=() where
  shift 3
  for r in "$@"; do roles+=("roles[${r%%=*}]=${r#*=}"); done
  mapfile -d '' args < <( { printf '%s\n' "partner=$partner" "name=$name" "maleCode=1" "femaleCode=2" "${roles[@]}"; covariates; } | form)
  where=$(post "/riskmaps/datasets/$id/mapping" "${args[@]}")
  grep -o 'use=[0-9]*' <<< "$where" | grep -o '[0-9]*$'
}
survey_mapping=$(mapping "$survey_id" "$census_id" "Benchmark survey" ID=id HOUSEHOLD=household PSU=psu \
  STRATUM=stratum WEIGHT=weight AGE=age SEX=sex ECONOMIC_HOURS=hours_economic CHORE_HOURS=hours_chores \
  HAZARDOUS=hazardous WORST_FORMS=worst_forms TERRITORY=territory REGION=region)
census_mapping=$(mapping "$census_id" "$survey_id" "Benchmark census" ID=id HOUSEHOLD=household AGE=age SEX=sex \
  TERRITORY=territory REGION=region)
echo "  mappings $survey_mapping (survey) and $census_mapping (census) saved"

home_page() { # seconds label → "p50 p95 p99 requests errors"; wrk with the analyst's session (the page is rendered)
  wrk -t1 -c"$WRK_CONNECTIONS" -d"$1" --timeout 10s -s "$here/p95.lua" -H "Cookie: $cookie_header" "$base/" \
    > "$data/wrk-$2.txt" 2>&1
  awk '/^bench / { print $2, $3, $4, $5, $6 }' "$data/wrk-$2.txt"
}
run_model() { # title → "run-id seconds posted finished": starts a run, waits until it is finished
  local title=$1 t0 job id state
  t0=$(now)
  job=$(post /riskmaps/runs/new --data-urlencode "country=$COUNTRY" --data-urlencode "title=$title" \
    --data-urlencode "surveyId=$survey_id" --data-urlencode "censusId=$census_id" \
    --data-urlencode "surveyMappingId=$survey_mapping" --data-urlencode "censusMappingId=$census_mapping" \
    --data-urlencode "boundarySetId=$boundary_set" --data-urlencode "levels=3" \
    --data-urlencode "levelMethod=NATURAL_BREAKS" --data-urlencode "blankOutcomes=REFUSE")
  grep -q '/jobs/' <<< "$job" || fail "starting the run: $job"
  id=""
  for _ in $(seq 1 14400); do
    [ -n "$id" ] || id=$(curl -fs -b "$jar_file" "$base/api/riskmaps/runs" | jq -r --arg t "$title" '.[] | select(.title == $t) | .id' | head -1)
    if [ -n "$id" ]; then
      state=$(curl -fs -b "$jar_file" "$base/api/riskmaps/runs/$id" | jq -r .state)
      case "$state" in
        FINISHED) break ;;
        FAILED|CHECKED) fail "run $id ended $state (see the run page /riskmaps/runs/$id)" ;;
      esac
    fi
    sleep 0.25
  done
  local t1
  t1=$(now)
  echo "$id $(seconds "$t0" "$t1") $t0 $t1"
}

echo "== home page idle: wrk, $WRK_CONNECTIONS connections, $WRK_SECONDS s, signed in (load average $(load))"
read -r idle_p50 idle_p95 idle_p99 idle_n idle_errors <<< "$(home_page "${WRK_SECONDS}s" idle)"
echo "  p50 $idle_p50 ms, p95 $idle_p95 ms, p99 $idle_p99 ms, $idle_n requests, $idle_errors errors"

echo "== run 1: alone (load average $(load))"
run_load=$(load)
read -r run_id alone_seconds posted finished <<< "$(run_model "Benchmark run 1")"
[ -n "$alone_seconds" ] || fail "run 1"
echo "  run $run_id finished $alone_seconds s after its POST (engine's command line: $engine_best s, ratio $(calc "$alone_seconds / $engine_best"))"
# where the time went, from the run folder: inputs.json is written first, engine.log is created as the engine's
# process starts (after the copies of the files; it stays empty unless the process complains), summary.json last
folder=$home/risk-runs/$run_id
mtime() { stat -c %.3Y "$folder/$1"; }
breakdown="queued until the job began $(seconds "$posted" "$(mtime inputs.json)") s"
[ -s "$folder/engine.log" ] || breakdown="$breakdown, copies of the two files $(seconds "$(mtime inputs.json)" "$(mtime engine.log)") s, engine's process $(seconds "$(mtime engine.log)" "$(mtime summary.json)") s"
breakdown="$breakdown (its stages $(jq '[.stageSeconds // .stage_seconds | .[]] | add | . * 100 | round / 100' "$folder/summary.json") s), results stored and seen $(seconds "$(mtime summary.json)" "$finished") s"
echo "  $breakdown"

echo "== run 2: the same, while wrk asks for the home page ($WRK_CONNECTIONS connections, signed in)"
wrk -t1 -c"$WRK_CONNECTIONS" -d3600s --timeout 10s -s "$here/p95.lua" -H "Cookie: $cookie_header" "$base/" \
  > "$data/wrk-during.txt" 2>&1 &
WRK=$!
sleep 1
read -r run_id_2 loaded_seconds _ <<< "$(run_model "Benchmark run 2")"
[ -n "$loaded_seconds" ] || fail "run 2"
kill -INT $WRK; wait $WRK || true
read -r during_p50 during_p95 during_p99 during_n during_errors <<< "$(awk '/^bench / { print $2, $3, $4, $5, $6 }' "$data/wrk-during.txt")"
echo "  run $run_id_2 finished in $loaded_seconds s; home page p50 $during_p50 ms, p95 $during_p95 ms, p99 $during_p99 ms, $during_n requests, $during_errors errors"

echo "== map page of run $run_id (load average $(load))"
sizes_of() { curl -s --compressed -b "$jar_file" -o /dev/null -w '%{size_header} %{size_download} %{http_code}' "$base$1"; }
read -r page_header page_body page_status <<< "$(sizes_of "/riskmaps/runs/$run_id/map")"
read -r geo_header geo_body geo_status <<< "$(sizes_of "/riskmaps/runs/$run_id/map.geojson")"
geo_plain=$(curl -s -b "$jar_file" -o /dev/null -w '%{size_download}' "$base/riskmaps/runs/$run_id/map.geojson")
map_bytes=$((page_header + page_body + geo_header + geo_body))
echo "  page $page_body bytes ($page_status), map.geojson $geo_body bytes gzip ($geo_status; $geo_plain bytes plain): $map_bytes bytes with headers"

profile=$data/chromium-profile
rm -rf "$profile"
chromium --headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-extensions \
  --no-first-run --remote-debugging-port="$DEVTOOLS_PORT" --user-data-dir="$profile" about:blank \
  > "$data/chromium.log" 2>&1 &
CHROME=$!
for _ in $(seq 1 100); do curl -fs -o /dev/null "http://127.0.0.1:$DEVTOOLS_PORT/json/version" && break; sleep 0.2; done
node --experimental-websocket "$here/paint.js" "$DEVTOOLS_PORT" "$base/riskmaps/runs/$run_id/map" "$cookie_header" \
  "$PAINT_RUNS" 2> /dev/null | tee "$data/paint.txt"
kill $CHROME; wait $CHROME 2> /dev/null || true; CHROME=""
median_of() { sort -g | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
fcp=$(grep -o 'fcp=[0-9]*' "$data/paint.txt" | cut -d= -f2 | median_of)
drawn=$(grep -o 'map=[0-9]*' "$data/paint.txt" | cut -d= -f2 | median_of)
wire=$(grep -o 'bytes=[0-9]*' "$data/paint.txt" | cut -d= -f2 | median_of)

echo "== territory table of run $run_id: 10 requests after one to warm up"
urls=()
for i in $(seq 0 10); do urls+=(-o /dev/null "$base/riskmaps/runs/$run_id/territories?bench=$i"); done
curl -s -b "$jar_file" -w '%{time_total} %{size_download} %{http_code}\n' "${urls[@]}" > "$data/table.txt"
table_ms=$(tail -10 "$data/table.txt" | awk '{ print $1 * 1000 }' | median_of)
table_bytes=$(tail -1 "$data/table.txt" | cut -d' ' -f2)
table_status=$(tail -1 "$data/table.txt" | cut -d' ' -f3)
echo "  median $table_ms ms ($table_bytes bytes, $table_status)"

ok() { awk -v v="$1" -v goal="$2" 'BEGIN { print (v + 0 <= goal + 0) ? "yes" : "**no**" }'; }
{
  echo "LabourHub $commit, $(date -u '+%Y-%m-%d %H:%M') UTC, $(nproc) cores, $SURVEY_CHILDREN survey children," \
    "$CENSUS_CHILDREN census children, $((COLUMNS * ROWS)) territories; load average at the first run's start $run_load"
  echo
  echo "| measure | goal | measured | ratio to goal | met? |"
  echo "| --- | --- | --- | --- | --- |"
  echo "| run, POST to finished (engine's command line: $engine_best s, fastest of $ENGINE_RUNS) | ≤ 1.5 × command line | $alone_seconds s = **$(calc "$alone_seconds / $engine_best")×** the command line | $(calc "$alone_seconds / $engine_best / 1.5") | $(ok "$(calc "$alone_seconds / $engine_best")" 1.5) |"
  echo "| home page p95 while a run proceeds ($WRK_CONNECTIONS connections, signed in; that run took $loaded_seconds s) | < 200 ms | **$during_p95 ms** (p50 $during_p50, p99 $during_p99; $during_n requests, $during_errors errors) | $(calc "$during_p95 / 200") | $(ok "$during_p95" 200) |"
  echo "| home page p95 idle, same load, $WRK_SECONDS s | – | $idle_p95 ms (p50 $idle_p50, p99 $idle_p99; $idle_n requests) | – | – |"
  echo "| map page + map.geojson on the wire (gzip as browsers ask; headers included) | < 2 MB | **$(calc "$map_bytes / 1048576") MB** (page $page_body B, GeoJSON $geo_body B gzip, $geo_plain B plain) | $(calc "$map_bytes / 2097152") | $(ok "$map_bytes" 2097152) |"
  echo "| everything the map page loads, cold cache (scripts, ECharts, style sheet too) | – | $(calc "$wire / 1048576") MB (median of $PAINT_RUNS loads) | – | – |"
  echo "| first contentful paint of the map page, cold cache, headless Chromium | < 1 s | **$fcp ms** (median of $PAINT_RUNS) | $(calc "$fcp / 1000") | $(ok "$fcp" 1000) |"
  echo "| map drawn with its 2,000 territories (ECharts' first render with data) | – | $drawn ms (median of $PAINT_RUNS) | – | – |"
  echo "| territory table page ($table_bytes bytes) | < 300 ms | **$table_ms ms** (median of 10) | $(calc "$table_ms / 300") | $(ok "$table_ms" 300) |"
  echo
  echo "Run 1, where the time went: $breakdown. The engine's command line, fastest run:" \
    "$(awk '$1 != "peak-heap" && NF >= 3 && $3 == "s" { printf "%s%s %s s", (n++ ? ", " : ""), $1, $2 }' "$data/engine-$engine_best_run.txt")."
  echo
  echo "Also: boundary file ($(stat -c %s "$boundaries") bytes) uploaded, simplified and saved in $boundaries_seconds s" \
    "(its simplified GeoJSON $gz_boundaries bytes gzip); survey and census sent and read in $datasets_seconds s" \
    "(survey ready after $survey_read s)."
} | tee "$data/results.md"
