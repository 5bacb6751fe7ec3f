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
# The "plain" instance (no accounting) of test/contract/real-slurm.ts, up front so that a broken
# set-up shows here. The "accounting" instance (its own chroot and ports) is brought up by
# test/contract/identities.test.ts and stopped by it; the trap stops it too after an interrupted
# run (same defaults and knobs as instanceEnv() in test/contract/real-slurm.ts).
stop_instances() {
  S3M_SLURM_ACCOUNTING=off bash scripts/real-slurm.sh stop >/dev/null 2>&1 || true
  S3M_SLURM_ACCOUNTING=on S3M_SLURM_ROOT=${S3M_SLURM_ACCT_ROOT:-/opt/s3m-slurm-acct} \
    S3M_SLURMRESTD_PORT=${S3M_SLURM_ACCT_SLURMRESTD_PORT:-6920} S3M_SLURMCTLD_PORT=${S3M_SLURM_ACCT_SLURMCTLD_PORT:-6917} \
    S3M_SLURMD_PORT=${S3M_SLURM_ACCT_SLURMD_PORT:-6918} S3M_SLURMDBD_PORT=${S3M_SLURM_ACCT_SLURMDBD_PORT:-6919} \
    bash scripts/real-slurm.sh stop >/dev/null 2>&1 || true
}
env_file=$(mktemp)
S3M_SLURM_ACCOUNTING=off bash scripts/real-slurm.sh up > "$env_file"
trap 'stop_instances; rm -f "$env_file"' EXIT
cat "$env_file"

bash scripts/test.sh
echo "== test:all took $(( $(date +%s) - started )) s"
