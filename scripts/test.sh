#!/usr/bin/env bash
# The suite itself: build, type check, then every *.test.ts (unit tests beside the code, end-to-end tests
# under test/). This is `npm test`, the quick inner loop for a machine that is already set up;
# `npm run test:all` (scripts/test-all.sh) sets the machine up first and skips nothing.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ "${S3M_REQUIRE_ALL:-}" != 1 ]; then
  echo "== npm test: the quick loop. What it may skip here, each test saying why:"
  [ "$(id -u)" = 0 ] || echo "   - tests that need root (jobs as other users, cgroups, the real-SLURM stage)"
  [ "${S3M_REQUIRE_REAL_SLURM:-}" = 1 ] || echo "   - the real-SLURM stage, when scripts/real-slurm.sh cannot run here"
  bash scripts/setup/check-tools.sh >/dev/null 2>&1 || echo "   - nothing, but tests that need a missing tool fail: run 'bash scripts/setup/check-tools.sh' to see which"
  echo "   'npm run test:all' (as root) installs everything and skips nothing."
fi
# bin/s3m and the package's exports run the compiled dist/; the end-to-end tests start the gateway
# and the CLI through bin/s3m, so they test the build: made here, before any test, never stale.
echo "== build (dist/)"
bash scripts/build.sh
echo "== type check"
npx tsc --noEmit
echo "== tests"
mapfile -t files < <(find src scripts test -name '*.test.ts' -not -path '*/node_modules/*' | sort)
node --import tsx --test --test-concurrency=2 --test-reporter=spec "${files[@]}"
