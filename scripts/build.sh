#!/usr/bin/env bash
# The build (`npm run build`): TypeScript's own compiler turns src/ into dist/ (JavaScript, .d.ts
# for the SDK, source maps) per tsconfig.build.json, incrementally (tsc -b compiles what changed).
# bin/s3m, `npm start` and the package's exports run dist/; the tests run src/ through tsx, except
# that the end-to-end tests start the gateway and the CLI through bin/s3m, i.e. dist/.
# Who runs it: `npm ci` (the "prepare" script), scripts/test.sh before any test, the end-to-end
# test harness, and bin/s3m when dist/ is missing or older than a source. Data files (specs,
# protos, the launcher script) are not copied: they are read from src/
# (src/contract/package-files.ts).
#
#   bash scripts/build.sh             build now
#   bash scripts/build.sh --if-stale  build only if dist/ is missing or older than a source
set -euo pipefail
cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.."

# The first TypeScript source or tsconfig newer than the last build (the stamp itself when there
# is none). bin/s3m runs the same find inline, to spare itself a second bash: keep them alike.
stale() {
  [ -e dist/.tsbuildinfo ] || { echo dist/.tsbuildinfo; return; }
  find src tsconfig.json tsconfig.build.json -newer dist/.tsbuildinfo \( -name '*.ts' ! -name '*.test.ts' -o -name 'tsconfig*.json' \) -print -quit
}
if_stale=${1:-}
[ "$if_stale" != --if-stale ] || [ -n "$(stale)" ] || exit 0
mkdir -p dist
# One build at a time (a test run starts several bin/s3m at once); whoever waited for the lock
# finds the work done.
exec 9<dist
flock 9
[ "$if_stale" != --if-stale ] || [ -n "$(stale)" ] || exit 0
node_modules/.bin/tsc -b tsconfig.build.json
# The stamp bin/s3m compares the sources with. tsc -b leaves its build info alone when no output
# changed (a file touched, not edited); dist/ still matches every source now.
touch dist/.tsbuildinfo
