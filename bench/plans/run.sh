#!/usr/bin/env bash
# Times the generated reports of the largest seed plan as web page, Word document and PDF against a running
# LabourHub (start it with the README's run command first). Prints median and p95 per report and format.
#   BASE_URL   where LabourHub answers            (default http://localhost:8080)
#   PLAN_KEY   the plan to render                 (default ilo-tc-implementation-plan-2000, the largest seed plan)
#   REPS       timed repetitions per measurement  (default 20, after 2 untimed warm-up requests)
#   LANG_CODE  language of the reports            (default fr)
set -euo pipefail

BASE_URL=${BASE_URL:-http://localhost:8080}
PLAN_KEY=${PLAN_KEY:-ilo-tc-implementation-plan-2000}
REPS=${REPS:-20}
LANG_CODE=${LANG_CODE:-fr}

plan_id=$(curl -fsS "$BASE_URL/api/plans" | python3 -c "
import json, sys
plans = [p for p in json.load(sys.stdin) if p['key'] == '$PLAN_KEY']
print(plans[0]['id'] if plans else '')")
if [ -z "$plan_id" ]; then
  echo "No plan with key $PLAN_KEY at $BASE_URL (is the app running in demo mode?)" >&2
  exit 1
fi

goal() { [ "$1" = html ] && echo 2.0 || echo 5.0; }

printf '%-16s %-5s %8s %8s %8s %6s\n' report format median_s p95_s bytes goal_s
for report in annex work-plan results recommendations; do
  for format in html docx pdf; do
    url="$BASE_URL/plans/$plan_id/reports/$report?format=$format&lang=$LANG_CODE"
    for _ in 1 2; do curl -fsS -o /dev/null "$url"; done
    times=$(for _ in $(seq "$REPS"); do curl -fsS -o /dev/null -w '%{time_total}\n' "$url"; done | sort -n)
    bytes=$(curl -fsS "$url" | wc -c)
    median=$(echo "$times" | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}')
    p95=$(echo "$times" | awk '{a[NR]=$1} END {i=int(NR*0.95+0.999); if (i>NR) i=NR; print a[i]}')
    printf '%-16s %-5s %8.3f %8.3f %8d %6s\n' "$report" "$format" "$median" "$p95" "$bytes" "$(goal "$format")"
  done
done
