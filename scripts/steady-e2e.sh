#!/usr/bin/env bash
# The whole Playwright suite N times in a row (default 3) while another heavy job runs on the
# machine (default: the whole vitest suite, again and again, plus one busy loop), as issue 21 asks:
# a test that races the app shows up here. Prints each run's result and wall time.
# Usage: scripts/steady-e2e.sh [runs] [heavy command]
set -uo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$PATH"
runs=${1:-3}
heavy=${2:-"while true; do npx vitest run --reporter=dot >/dev/null 2>&1; done"}

npx electron-vite build >/dev/null || exit 1
setsid bash -c "$heavy" & heavy_pid=$!
setsid node -e 'for (;;) {}' & loop_pid=$!
trap 'kill -- -$heavy_pid -$loop_pid 2>/dev/null' EXIT

green=0
for run in $(seq 1 "$runs"); do
  started=$(date +%s)
  npx playwright test --reporter=line >"test-results/steady-run-$run.log" 2>&1
  status=$?
  took=$(( $(date +%s) - started ))
  load=$(cut -d' ' -f1 /proc/loadavg)
  summary=$(grep -E '^\s+[0-9]+ (passed|failed|flaky|skipped)' "test-results/steady-run-$run.log" | tr -s ' \n' ' ')
  echo "run $run: exit $status, ${took}s, load $load:$summary"
  [ "$status" -eq 0 ] && green=$((green + 1))
done
echo "$green of $runs runs green"
[ "$green" -eq "$runs" ]
