#!/usr/bin/env bash
# The whole test suite: type check, then every *.test.ts (unit tests beside the code, end-to-end
# tests under test/). Node 20's test runner needs explicit file paths.
set -euo pipefail
cd "$(dirname "$0")/.."
echo "== type check"
npx tsc --noEmit
echo "== tests"
mapfile -t files < <(find src scripts test -name '*.test.ts' -not -path '*/node_modules/*' | sort)
node --import tsx --test --test-concurrency=2 --test-reporter=spec "${files[@]}"
