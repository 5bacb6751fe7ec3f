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

echo "== npm ci"
npm ci --no-audit --no-fund --loglevel=error

bash scripts/setup/check-tools.sh
