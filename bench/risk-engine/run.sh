#!/usr/bin/env bash
# Benchmark of the risk engine against R (data.table fread + survey::svyglm + predict + aggregation).
# Generates (once) a survey of 1,000,000 children and a census of 10,000,000 children in 2,000 territories with
# 13 covariates under bench/risk-engine/data/ (git-ignored), then times every stage of both pipelines on the same
# files. The machine is shared, so each pipeline runs RUNS times (default 3 for the engine, 2 for R) and the
# fastest time of each stage is reported, for both alike.
# Usage, from the repository root: bench/risk-engine/run.sh
# Needs: Java 17, Rscript with the survey and data.table packages (Debian: r-base-core r-cran-survey
# r-cran-data.table), GNU time (Debian: time).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
data="$here/data"
survey_children="${SURVEY_CHILDREN:-1000000}"
census_children="${CENSUS_CHILDREN:-10000000}"
territories="${TERRITORIES:-2000}"
engine_runs="${ENGINE_RUNS:-3}"
r_runs="${R_RUNS:-2}"
jar="$root/risk-engine/target/risk-engine.jar"
java_options=(-Xmx4g -XX:+UseParallelGC)

echo "== build"
(cd "$root" && ./mvnw -q -B -f risk-engine/pom.xml package -DskipTests)

mkdir -p "$data"
if [ ! -f "$data/census.csv" ] || [ "$(cat "$data/sizes" 2>/dev/null)" != "$survey_children $census_children $territories" ]; then
  echo "== generate $survey_children survey children, $census_children census children, $territories territories"
  java "${java_options[@]}" -jar "$jar" generate --out "$data" --survey-children "$survey_children" \
    --census-children "$census_children" --territories "$territories" --regions 40 --seed 2018
  echo "$survey_children $census_children $territories" > "$data/sizes"
fi
ls -l "$data"/survey.csv "$data"/census.csv
rm -f "$data"/scan-*.txt "$data"/engine-*.txt "$data"/r-*.txt

for run in $(seq "$engine_runs"); do
  echo "== engine run $run: parse only (yardstick for the transfer), then the whole pipeline (load $(cut -d' ' -f1 /proc/loadavg))"
  java "${java_options[@]}" -jar "$jar" scan --file "$data/census.csv" | tee "$data/scan-$run.txt"
  /usr/bin/time -f "max resident %M KB
cpu seconds %U %S" java "${java_options[@]}" -jar "$jar" run --config "$data/risk.properties" \
    --survey "$data/survey.csv" --census "$data/census.csv" --out "$data/engine-out" 2>&1 | tee "$data/engine-$run.txt"
done
for run in $(seq "$r_runs"); do
  echo "== R run $run: fread + svyglm + predict + aggregation (load $(cut -d' ' -f1 /proc/loadavg))"
  /usr/bin/time -f "max resident %M KB
cpu seconds %U %S" Rscript "$here/pipeline.R" "$data/survey.csv" "$data/census.csv" \
    "$data/r-territories.csv" 2>&1 | tee "$data/r-$run.txt"
done

# fastest value of a stage over the runs: best FILE_GLOB STAGE FIELD
best() { cat $1 | awk -v stage="$2" -v field="$3" 'index($0, stage) == 1 { v = $field; if (min == "" || v < min) min = v } END { print min }'; }
calc() { awk "BEGIN { printf \"%.2f\", $1 }"; }
engine_fit=$(best "$data/engine-*.txt" "fit model" 3)
engine_transfer=$(best "$data/engine-*.txt" "transfer" 2)
engine_simulation=$(best "$data/engine-*.txt" "simulation" 2)
engine_total=$(best "$data/engine-*.txt" "total" 2)
engine_heap=$(best "$data/engine-*.txt" "peak heap used" 4)
engine_rss=$(best "$data/engine-*.txt" "max resident" 3)
scan=$(best "$data/scan-*.txt" "scan" 5)
r_fit=$(best "$data/r-*.txt" "svyglm" 2)
r_design=$(best "$data/r-*.txt" "design" 2)
r_read_census=$(best "$data/r-*.txt" "read_census" 2)
r_predict=$(best "$data/r-*.txt" "predict" 2)
r_aggregate=$(best "$data/r-*.txt" "aggregate" 2)
r_total=$(best "$data/r-*.txt" "total" 2)
engine_same_stages=$(calc "$engine_total - $engine_simulation")
cpu() { cat $1 | awk 'index($0, "cpu seconds") == 1 { v = $3 + $4; if (min == "" || v < min) min = v } END { print min }'; }
engine_cpu=$(cpu "$data/engine-*.txt")
r_cpu=$(cpu "$data/r-*.txt")

{
  echo "| measure | value |"
  echo "| --- | --- |"
  echo "| engine fit (IRLS + design variance) | $engine_fit s |"
  echo "| R svyglm (svydesign: $r_design s more) | $r_fit s |"
  echo "| **fit speed-up** (goal ≥ 20×) | **$(calc "$r_fit / $engine_fit")×** |"
  echo "| engine whole pipeline (read, estimate, fit, transfer, simulation, factors, all outputs) | $engine_total s |"
  echo "| engine pipeline without the simulation intervals (R has none) | $engine_same_stages s |"
  echo "| R pipeline (fread, svydesign, svyglm, fread, predict, aggregate) | $r_total s |"
  echo "| **pipeline speed-up**, whole engine pipeline (goal ≥ 5×) | **$(calc "$r_total / $engine_total")×** |"
  echo "| pipeline speed-up, same stages as R | $(calc "$r_total / $engine_same_stages")× |"
  echo "| engine transfer (p̂ for every child, sums, counterfactuals, samples) | $engine_transfer s |"
  echo "| engine parse only of the census | $scan s |"
  echo "| **transfer / parse** (goal ≤ 2×) | **$(calc "$engine_transfer / $scan")×** |"
  echo "| R read census + predict + aggregate | $(calc "$r_read_census + $r_predict + $r_aggregate") s |"
  echo "| CPU seconds (user + system), engine whole pipeline / R pipeline | $engine_cpu / $r_cpu = $(calc "$r_cpu / $engine_cpu")× |"
  echo "| **engine peak heap** (-Xmx4g; goal < 4 GB) | **$engine_heap MB** (process RSS $(calc "$engine_rss / 1024") MB) |"
} | tee "$data/results.md"
