#!/usr/bin/env bash
# Benchmark of the risk engine against R (data.table fread + survey::svyglm + predict + aggregation).
# Generates (once) a survey of 1,000,000 children and a census of 10,000,000 children in 2,000 territories with
# 13 covariates under bench/risk-engine/data/, then times every stage of both pipelines on the same files.
# Usage: bench/risk-engine/run.sh            (from the repository root; needs Java 17, Rscript with survey, data.table)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
data="$here/data"
survey_children="${SURVEY_CHILDREN:-1000000}"
census_children="${CENSUS_CHILDREN:-10000000}"
territories="${TERRITORIES:-2000}"
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

echo "== engine: parse only (yardstick for the transfer)"
java "${java_options[@]}" -jar "$jar" scan --file "$data/census.csv" | tee "$data/scan.txt"

echo "== engine: whole pipeline"
/usr/bin/time -f "max resident %M KB" java "${java_options[@]}" -jar "$jar" run --config "$data/risk.properties" \
  --survey "$data/survey.csv" --census "$data/census.csv" --out "$data/engine-out" 2>&1 | tee "$data/engine.txt"

echo "== R: fread + svyglm + predict + aggregation"
/usr/bin/time -f "max resident %M KB" Rscript "$here/pipeline.R" "$data/survey.csv" "$data/census.csv" \
  "$data/r-territories.csv" 2>&1 | tee "$data/r.txt"

calc() { awk "BEGIN { print $1 }"; }
engine_fit=$(grep -E '^fit model' "$data/engine.txt" | awk '{print $3}')
engine_transfer=$(grep -E '^transfer' "$data/engine.txt" | awk '{print $2}')
engine_total=$(grep -E '^total' "$data/engine.txt" | awk '{print $2}')
engine_simulation=$(grep -E '^simulation' "$data/engine.txt" | awk '{print $2}')
engine_heap=$(grep -E '^peak heap used' "$data/engine.txt" | awk '{print $4}')
scan=$(awk '{print $5}' "$data/scan.txt")
r_fit=$(awk '$1 == "svyglm" {print $2}' "$data/r.txt")
r_design=$(awk '$1 == "design" {print $2}' "$data/r.txt")
r_total=$(awk '$1 == "total" {print $2}' "$data/r.txt")
engine_comparable=$(calc "$engine_total - $engine_simulation")

echo
echo "== results"
printf "%-48s %10s\n" "measure" "value"
printf "%-48s %10.2f s\n" "engine fit (IRLS + design variance)" "$engine_fit"
printf "%-48s %10.2f s\n" "R svyglm" "$r_fit"
printf "%-48s %10.1f x\n" "fit speed-up (goal >= 20)" "$(calc "$r_fit / $engine_fit")"
printf "%-48s %10.1f x\n" "fit speed-up incl. svydesign" "$(calc "($r_fit + $r_design) / $engine_fit")"
printf "%-48s %10.2f s\n" "engine whole pipeline (all stages, outputs)" "$engine_total"
printf "%-48s %10.2f s\n" "engine pipeline without simulation" "$engine_comparable"
printf "%-48s %10.2f s\n" "R pipeline" "$r_total"
printf "%-48s %10.1f x\n" "pipeline speed-up, all stages (goal >= 5)" "$(calc "$r_total / $engine_total")"
printf "%-48s %10.1f x\n" "pipeline speed-up, same stages as R" "$(calc "$r_total / $engine_comparable")"
printf "%-48s %10.2f s\n" "engine transfer of the census" "$engine_transfer"
printf "%-48s %10.2f s\n" "parse only of the census" "$scan"
printf "%-48s %10.2f x\n" "transfer / parse (goal <= 2)" "$(calc "$engine_transfer / $scan")"
printf "%-48s %10s MB\n" "engine peak heap (goal < 4096)" "$engine_heap"
