#!/usr/bin/env bash
# Makes this machine ready for the whole test suite, from a fresh Debian 12 with Node 20, as root:
# the Debian packages in debian-packages.txt (never Recommends), the npm packages (npm ci), and the
# smallest real use of every tool the tests run (check-tools.sh). Safe to run again: it installs
# only what is missing.
set -euo pipefail
cd "$(dirname "$0")/../.."
[ "$(id -u)" = 0 ] || { echo "setup: run as root (it installs Debian packages); 'npm test' is the quick loop without set-up" >&2; exit 1; }

mapfile -t packages < <(sed -e 's/#.*//' -e '/^[[:space:]]*$/d' scripts/setup/debian-packages.txt | awk '{print $1}')
missing=()
for p in "${packages[@]}"; do
  [ "$(dpkg-query -W -f '${Status}' "$p" 2>/dev/null)" = "install ok installed" ] || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "== apt-get install --no-install-recommends ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
else
  echo "== Debian packages: all ${#packages[@]} installed"
fi

# Two unprivileged accounts (and a group one of them is in), so the security suite can run jobs of
# two projects as two users, as real SLURM would; never used for anything else.
echo "== test accounts s3m-test-a, s3m-test-b"
getent group s3m-test-shared >/dev/null || groupadd --system s3m-test-shared
for u in s3m-test-a s3m-test-b; do
  getent passwd "$u" >/dev/null || useradd --system --user-group --home-dir /nonexistent --no-create-home --shell /usr/sbin/nologin "$u"
done
usermod --append --groups s3m-test-shared s3m-test-a

echo "== npm ci"
npm ci --no-audit --no-fund --loglevel=error

bash scripts/setup/check-tools.sh
