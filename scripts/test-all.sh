#!/usr/bin/env bash
# Every test, on a machine this command sets up itself (the README's test command; .ci/run runs
# exactly this): Debian and npm packages, a real SLURM in a chroot (scripts/real-slurm.sh, cached
# in /var/cache/s3m-slurm), then the whole suite with nothing skipped. Needs root.
set -euo pipefail
cd "$(dirname "$0")/.."
started=$(date +%s)
bash scripts/setup/test-machine.sh

echo "== real SLURM"
export S3M_REQUIRE_REAL_SLURM=1 S3M_REQUIRE_ALL=1
env_file=$(mktemp)
bash scripts/real-slurm.sh up > "$env_file"
trap 'bash scripts/real-slurm.sh stop >/dev/null 2>&1 || true; rm -f "$env_file"' EXIT
cat "$env_file"

bash scripts/test.sh
echo "== test:all took $(( $(date +%s) - started )) s"
