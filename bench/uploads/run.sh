#!/usr/bin/env bash
# Spreadsheet preview (issue 13, item 5): the mapping screen's preview of a 1.5-million-row XLSX (header and 5 rows)
# against reading the whole sheet, in the same JVM, for a workbook whose texts are shared (as Excel saves) and one
# whose texts are inline (as POI's SXSSF writes by default). A sheet holds at most 1,048,576 rows, so the projects
# fill a first sheet and go on on a second. The workbooks are generated once with SXSSF into
# app/target/bench-uploads/ (never committed); the measuring JVM has the production heap, 512 MB.
#   bench/uploads/run.sh [rows]        default 1500000
set -euo pipefail
cd "$(dirname "$0")/../.."
ROWS=${1:-1500000}
out=app/target/bench-uploads
mkdir -p "$out"
# compiled in one reactor run, so that the classpath names risk-engine's classes (the app module is written last)
./mvnw -q -B -pl app -am test-compile dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.outputFile="$PWD/$out/classpath.txt" > "$out/build.log"
CP="app/target/test-classes:app/target/classes:$(cat "$out/classpath.txt")"
MAIN=org.labourhub.projects.importing.sheet.SheetPreviewBenchmark
echo "LabourHub $(git rev-parse --short HEAD), $(date -u '+%Y-%m-%d %H:%M') UTC, load average $(cut -d' ' -f1-3 /proc/loadavg)"
for texts in shared inline; do
  file="$out/rows-$ROWS-$texts.xlsx"
  [ -f "$file" ] || java -Xmx8g -cp "$CP" "$MAIN" generate "$file" "$ROWS" "$texts"
  java -Xmx512m -cp "$CP" "$MAIN" measure "$file"
done
