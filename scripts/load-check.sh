#!/usr/bin/env bash
# Does the suite still pass on a busy machine? Keeps every core busy with a busy loop (as other
# work on a shared machine would), runs the README's full test command `npm run test:all` twice in
# a row, and prints each run's duration and result. Exits non-zero if either run failed. The busy
# loops are killed when this script exits, however it exits.
# Usage: bash scripts/load-check.sh   (as root, like npm run test:all)
set -uo pipefail
cd "$(dirname "$0")/.."

loops=()
stop_loops() { [ ${#loops[@]} -eq 0 ] || kill "${loops[@]}" 2>/dev/null; }
trap stop_loops EXIT
trap 'exit 130' INT TERM
for ((i = 0; i < $(nproc); i++)); do
  # Spins while this script lives (should the trap never run, e.g. after a kill -9).
  bash -c 'while kill -0 "$1" 2>/dev/null; do :; done' _ $$ &
  loops+=($!)
done
echo "== load-check: ${#loops[@]} busy loops (one per core): ${loops[*]}"

failed=0
for run in 1 2; do
  started=$(date +%s)
  if npm run test:all; then result=passed; else result=FAILED; failed=1; fi
  echo "== load-check: run $run $result in $(( $(date +%s) - started )) s"
done
exit "$failed"
