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
  /usr/bin/time -f "max resident %M KB" java "${java_options[@]}" -jar "$jar" run --config "$data/risk.properties" \
    --survey "$data/survey.csv" --census "$data/census.csv" --out "$data/engine-out" 2>&1 | tee "$data/engine-$run.txt"
done
for run in $(seq "$r_runs"); do
  echo "== R run $run: fread + svyglm + predict + aggregation (load $(cut -d' ' -f1 /proc/loadavg))"
  /usr/bin/time -f "max resident %M KB" Rscript "$here/pipeline.R" "$data/survey.csv" "$data/census.csv" \
    "$data/r-territories.csv" 2>&1 | tee "$data/r-$run.txt"
done

# fastest value of a stage over the runs: best FILE_GLOB STAGE FIELD (field 2: wall seconds, 4: CPU seconds)
best() { cat $1 | awk -v stage="$2" -v field="$3" '$1 == stage { v = $field; if (min == "" || v < min) min = v } END { print min }'; }
calc() { awk "BEGIN { printf \"%.2f\", $1 }"; }
row() { # measure, engine stage, R stage (or -), field
  e=$(best "$data/engine-*.txt" "$2" "$4"); r=$([ "$3" = - ] && echo "" || best "$data/r-*.txt" "$3" "$4")
  echo "| $1 | $e | ${r:--} | $([ -n "$r" ] && calc "$r / $e" || echo -) |"
}
scan_wall=$(best "$data/scan-*.txt" scan 2)
scan_cpu=$(best "$data/scan-*.txt" scan 4)
transfer_wall=$(best "$data/engine-*.txt" transfer 2)
transfer_cpu=$(best "$data/engine-*.txt" transfer 4)
engine_total=$(best "$data/engine-*.txt" total 2)
engine_simulation=$(best "$data/engine-*.txt" simulation 2)
r_total=$(best "$data/r-*.txt" total 2)
{
  for field in 2 4; do
    [ "$field" = 2 ] && echo "Wall-clock seconds (fastest of the runs):" || echo "CPU seconds, all threads (fastest of the runs):"
    echo
    echo "| stage | engine | R | R / engine |"
    echo "| --- | --- | --- | --- |"
    row "read survey" read-survey read_survey "$field"
    row "fit: engine IRLS + design variance; R svyglm" fit svyglm "$field"
    row "R svydesign (engine: part of fit)" fit design "$field"
    row "transfer: engine p̂, sums, counterfactuals, samples; R fread census + predict" transfer predict "$field"
    row "R read census alone" transfer read_census "$field"
    row "direct estimates (engine only)" direct-estimates - "$field"
    row "diagnostics: AUC, calibration (engine only)" diagnostics - "$field"
    row "harmonisation (engine only)" harmonisation - "$field"
    row "simulation intervals (engine only)" simulation - "$field"
    row "write outputs (engine: table, report, 2,000 fiches)" write-outputs - "$field"
    row "whole pipeline" total total "$field"
    echo
  done
  echo "| goal | measured |"
  echo "| --- | --- |"
  echo "| fit ≥ 20× faster than svyglm (wall) | $(calc "$(best "$data/r-*.txt" svyglm 2) / $(best "$data/engine-*.txt" fit 2)")× |"
  echo "| whole pipeline ≥ 5× faster than R's (wall) | $(calc "$r_total / $engine_total")× (without the simulation stage, which R does not do: $(calc "$r_total / ($engine_total - $engine_simulation)")×) |"
  echo "| transfer within 2× of parsing the census (wall / CPU) | $(calc "$transfer_wall / $scan_wall")× / $(calc "$transfer_cpu / $scan_cpu")× (parse only: $scan_wall s, $scan_cpu s CPU) |"
  echo "| peak heap < 4 GB (-Xmx4g) | $(best "$data/engine-*.txt" peak-heap 2) MB (process RSS $(calc "$(best "$data/engine-*.txt" max 3) / 1024") MB) |"
} | tee "$data/results.md"
