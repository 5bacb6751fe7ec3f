#!/usr/bin/env bash
# fresh-machine-check.sh - proves that the README's test command (`npm run test:all`) works on a
# machine as bare as a fresh Debian 12: it debootstraps a minimal bookworm (minbase) into a
# directory, copies in ONLY Node 20 + npm from this host (a fresh machine here comes with those),
# clones the repo into it and runs `npm run test:all` inside. Every other Debian package the suite
# needs must then come from the project's own set-up (scripts/setup/), so a package, tool or file
# the set-up forgets fails here instead of on the next fresh machine.
#
# Usage (as root, on a Debian host with debootstrap, git and a reachable Debian mirror):
#   bash scripts/fresh-machine-check.sh
#
# Environment knobs (all optional):
#   S3M_FRESH_ROOT            the fresh machine's directory; REMOVED and rebuilt on each run
#                             (default /opt/s3m-fresh)
#   S3M_FRESH_REPO            git repository to clone          (default: the one holding this script)
#   S3M_FRESH_COMMIT          commit to check out              (default HEAD)
#   S3M_FRESH_WITH_CHANGES    also carry uncommitted changes of S3M_FRESH_REPO into the clone
#                             (tracked diffs and untracked, not ignored files): "1" for all of
#                             them, or git pathspecs, e.g. "scripts/setup scripts/real-slurm.sh"
#                             (default: none, the commit alone)
#   S3M_FRESH_MIRROR          Debian mirror for debootstrap    (default: the host's first apt source)
#   S3M_FRESH_DEB_CACHE       directory where debootstrap keeps the .debs it downloads (debootstrap
#                             --cache-dir); the bootstrap itself still runs from scratch
#                             (default off: download everything)
#   S3M_FRESH_SLURM_CACHE     host directory with the real-SLURM rootfs tarball, bind-mounted
#                             read-only at the same path inside (default /var/cache/s3m-slurm; "off")
#   S3M_FRESH_LOG             log file (default $S3M_FRESH_ROOT.log, outside the removed directory)
#   S3M_FRESH_TIMEOUT         seconds `npm run test:all` may take before it is stopped (default 7200;
#                             a test that leaves a child behind can otherwise hang the run)
#   Inside the fresh machine the real SLURM gets its own chroot and ports, so that it never meets
#   the default one (/opt/s3m-slurm, port 6820) that other runs on this host may be using:
#   S3M_FRESH_SLURM_ROOT      (default /opt/s3m-slurm-fresh, a path inside the fresh machine)
#   S3M_FRESH_SLURMRESTD_PORT (default 7020)  S3M_FRESH_SLURMCTLD_PORT (default 7017)
#   S3M_FRESH_SLURMD_PORT     (default 7018)
#   S3M_FRESH_SLURMDBD_PORT   (default 7019)
#   and the "accounting" instance of test/contract/real-slurm.ts (identities.test.ts):
#   S3M_FRESH_ACCT_SLURM_ROOT (default /opt/s3m-slurm-acct-fresh, inside the fresh machine)
#   S3M_FRESH_ACCT_SLURMRESTD_PORT (default 7220)  S3M_FRESH_ACCT_SLURMCTLD_PORT (default 7217)
#   S3M_FRESH_ACCT_SLURMD_PORT     (default 7218)  S3M_FRESH_ACCT_SLURMDBD_PORT  (default 7219)
#
# Exit code: that of `npm run test:all` inside the fresh machine (0 = everything passed), or 1 when
# the fresh machine could not be built. Everything mounted is unmounted on exit, also on failure.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
FRESH=${S3M_FRESH_ROOT:-/opt/s3m-fresh}
FRESH=${FRESH%/}
REPO=${S3M_FRESH_REPO:-$(git -C "$here" rev-parse --show-toplevel)}
COMMIT=${S3M_FRESH_COMMIT:-HEAD}
WITH_CHANGES=${S3M_FRESH_WITH_CHANGES:-0}
DEB_CACHE=${S3M_FRESH_DEB_CACHE:-off}
SLURM_CACHE=${S3M_FRESH_SLURM_CACHE:-/var/cache/s3m-slurm}
LOG=${S3M_FRESH_LOG:-$FRESH.log}
TIMEOUT=${S3M_FRESH_TIMEOUT:-7200}
INNER_SLURM_ROOT=${S3M_FRESH_SLURM_ROOT:-/opt/s3m-slurm-fresh}
INNER_RESTD_PORT=${S3M_FRESH_SLURMRESTD_PORT:-7020}
INNER_CTLD_PORT=${S3M_FRESH_SLURMCTLD_PORT:-7017}
INNER_SLURMD_PORT=${S3M_FRESH_SLURMD_PORT:-7018}
INNER_DBD_PORT=${S3M_FRESH_SLURMDBD_PORT:-7019}
INNER_ACCT_ROOT=${S3M_FRESH_ACCT_SLURM_ROOT:-/opt/s3m-slurm-acct-fresh}
INNER_ACCT_RESTD_PORT=${S3M_FRESH_ACCT_SLURMRESTD_PORT:-7220}
INNER_ACCT_CTLD_PORT=${S3M_FRESH_ACCT_SLURMCTLD_PORT:-7217}
INNER_ACCT_SLURMD_PORT=${S3M_FRESH_ACCT_SLURMD_PORT:-7218}
INNER_ACCT_DBD_PORT=${S3M_FRESH_ACCT_SLURMDBD_PORT:-7219}
INNER_REPO=/root/s3m        # where the clone lives inside the fresh machine

log() { printf '[fresh %s] %s\n' "$(date +%H:%M:%S)" "$*" | tee -a "$LOG" >&2; }
die() { log "ERROR: $*"; exit 1; }

[ "$(id -u)" = 0 ] || die "run as root (debootstrap, chroot and mounts need it)"
# The directory is removed on every run: never let that be a system directory.
case "$FRESH" in /|/usr|/usr/*|/etc|/etc/*|/bin|/sbin|/lib|/lib64|/var|/home|/root|/tmp|/opt|/work|/work/*|"")
  die "refusing S3M_FRESH_ROOT=$FRESH" ;; esac
for tool in debootstrap git chroot mountpoint flock timeout; do
  command -v "$tool" >/dev/null || die "the host needs $tool"
done

host_mirror() {  # the Debian mirror this host's apt already uses (same rule as scripts/real-slurm.sh)
  { { grep -hs '^URIs:' /etc/apt/sources.list.d/*.sources | awk '{print $2}'
      grep -hs '^deb ' /etc/apt/sources.list /etc/apt/sources.list.d/*.list | awk '{print $2}'; } |
    grep -v -- '-security' | grep -i debian | head -n 1; } 2>/dev/null || true
}
# Resolve the commit now, not after a 3-minute debootstrap.
SHA=$(git -C "$REPO" rev-parse --verify -q "$COMMIT^{commit}") || die "no commit $COMMIT in $REPO"
MIRROR=${S3M_FRESH_MIRROR:-$(host_mirror)}
MIRROR=${MIRROR:-http://deb.debian.org/debian}

# Mount points under the fresh root as the host sees them (the inner real-SLURM chroot's mounts
# show up here too, at $FRESH/opt/...).
mounted_under() { awk -v r="$FRESH" '$2==r || index($2, r"/")==1 {print $2}' /proc/mounts; }

inside_pids() {  # processes whose root directory is the fresh machine or a chroot inside it
  local p r
  for p in /proc/[0-9]*; do
    r=$(readlink "$p/root" 2>/dev/null) || continue
    case "$r" in "$FRESH"|"$FRESH"/*) echo "${p#/proc/}";; esac
  done | tr '\n' ' '
}

unmount_all() {  # deepest first; a lazy unmount when something inside still holds a mount busy
  local m
  for m in $(mounted_under | awk '{print length, $0}' | sort -rn | cut -d' ' -f2-); do
    umount "$m" 2>/dev/null || umount -l "$m" 2>/dev/null || log "could not unmount $m"
  done
}

in_fresh() {  # a command inside the fresh machine with a clean environment, as on a fresh login
  ${IN_FRESH_PREFIX:-} chroot "$FRESH" /usr/bin/env -i \
    PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
    HOME=/root USER=root LOGNAME=root SHELL=/bin/bash TERM=dumb \
    S3M_SLURM_ROOT="$INNER_SLURM_ROOT" S3M_SLURMRESTD_PORT="$INNER_RESTD_PORT" \
    S3M_SLURMCTLD_PORT="$INNER_CTLD_PORT" S3M_SLURMD_PORT="$INNER_SLURMD_PORT" S3M_SLURMDBD_PORT="$INNER_DBD_PORT" \
    S3M_SLURM_ACCT_ROOT="$INNER_ACCT_ROOT" S3M_SLURM_ACCT_SLURMRESTD_PORT="$INNER_ACCT_RESTD_PORT" \
    S3M_SLURM_ACCT_SLURMCTLD_PORT="$INNER_ACCT_CTLD_PORT" S3M_SLURM_ACCT_SLURMD_PORT="$INNER_ACCT_SLURMD_PORT" \
    S3M_SLURM_ACCT_SLURMDBD_PORT="$INNER_ACCT_DBD_PORT" \
    "$@" 8>&-   # the daemons a test starts must not inherit our lock
}

cleanup() {
  local rc=$?
  set +e
  # test-all.sh stops its real SLURM itself; this is for a run that was interrupted. The daemons
  # are ended through their pid files by real-slurm.sh, never by name.
  if [ -x "$FRESH/bin/bash" ] && [ -f "$FRESH$INNER_REPO/scripts/real-slurm.sh" ] && [ -d "$FRESH$INNER_SLURM_ROOT" ] &&
     mountpoint -q "$FRESH/proc"; then
    in_fresh bash "$INNER_REPO/scripts/real-slurm.sh" stop >/dev/null 2>&1 < /dev/null
  fi
  if [ -x "$FRESH/bin/bash" ] && [ -f "$FRESH$INNER_REPO/scripts/real-slurm.sh" ] && [ -d "$FRESH$INNER_ACCT_ROOT" ] &&
     mountpoint -q "$FRESH/proc"; then
    in_fresh env S3M_SLURM_ROOT="$INNER_ACCT_ROOT" S3M_SLURMRESTD_PORT="$INNER_ACCT_RESTD_PORT" \
      bash "$INNER_REPO/scripts/real-slurm.sh" stop >/dev/null 2>&1 < /dev/null
  fi
  left=$(inside_pids)
  # Reported, not killed: they are for whoever reads this to look at (the next run refuses to start
  # while they live).
  [ -z "$left" ] || log "processes left running inside $FRESH: $left"
  unmount_all
  if [ -n "$(mounted_under)" ]; then log "still mounted under $FRESH: $(mounted_under | tr '\n' ' ')"; fi
  exit "$rc"
}

# ------------------------------------------------------------------------------------------------
# One run at a time per directory (a second run would delete the first one's machine).
mkdir -p "$(dirname "$FRESH")" "$(dirname "$LOG")"
exec 8>"$FRESH.lock"
flock -n 8 || die "another fresh-machine check holds $FRESH.lock"
: > "$LOG"
T0=$(date +%s)
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM
log "log: $LOG"

# 1. A fresh Debian 12, from scratch. Unmount everything first: `rm --one-file-system` does not
#    descend into other file systems, but a bind mount of a directory on the same disk (such as the
#    real-SLURM cache) would look like the same file system and be emptied.
if [ -e "$FRESH" ]; then
  log "removing the previous fresh machine $FRESH"
  unmount_all
  [ -z "$(mounted_under)" ] || die "cannot unmount everything under $FRESH: $(mounted_under | tr '\n' ' ')"
  busy=$(inside_pids)
  [ -z "$busy" ] || die "processes still run inside $FRESH (pids $busy); end them first"
  rm -rf --one-file-system "$FRESH"
fi
deb_cache_opt=()
if [ "$DEB_CACHE" != off ]; then mkdir -p "$DEB_CACHE"; deb_cache_opt=(--cache-dir="$DEB_CACHE"); fi
log "debootstrap --variant=minbase bookworm $FRESH $MIRROR${deb_cache_opt:+ (downloads cached in $DEB_CACHE)}"
t=$(date +%s)
debootstrap --variant=minbase "${deb_cache_opt[@]}" bookworm "$FRESH" "$MIRROR" >> "$LOG" 2>&1 ||
  die "debootstrap failed (see $LOG)"
log "debootstrap done ($(( $(date +%s) - t ))s)"

# 2. What a fresh machine from this workplace has besides minbase, and nothing more:
#    - Node 20 and npm exactly as installed on this host (binary, npm, headers for node-gyp, npm config);
#    - the network set-up: resolv.conf, the host's apt sources and fetch settings, and the
#      workplace's extra CA certificates (HTTPS to the npm registry goes through an intercepting
#      proxy). They only land in /usr/local/share/ca-certificates: they reach the bundle in
#      /etc/ssl/certs that npm uses only once the project's set-up installs ca-certificates;
#    - /etc/hosts with localhost, which every installed Debian machine has and minbase lacks.
log "copying in Node $(node --version) and npm $(npm --version) from the host"
cp -a /usr/bin/node "$FRESH/usr/bin/node"
mkdir -p "$FRESH/usr/lib/node_modules" "$FRESH/usr/include"
cp -a /usr/lib/node_modules/npm "$FRESH/usr/lib/node_modules/npm"
ln -sf ../lib/node_modules/npm/bin/npm-cli.js "$FRESH/usr/bin/npm"
ln -sf ../lib/node_modules/npm/bin/npx-cli.js "$FRESH/usr/bin/npx"
[ -d /usr/include/node ] && cp -a /usr/include/node "$FRESH/usr/include/node"
# npm's config files, wherever this host keeps them (its global one is $prefix/etc/npmrc, /usr/etc/npmrc
# for a node in /usr/bin; it names the CA bundle npm trusts).
for f in /usr/etc/npmrc /usr/local/etc/npmrc /etc/npmrc /root/.npmrc "$(npm config get globalconfig 2>/dev/null)"; do
  [ -f "$f" ] && { mkdir -p "$FRESH$(dirname "$f")"; cp -a "$f" "$FRESH$f"; }
done
cp -L /etc/resolv.conf "$FRESH/etc/resolv.conf"
rm -f "$FRESH/etc/apt/sources.list"   # debootstrap's one-line list; the host's sources replace it
cp -a /etc/apt/sources.list.d/. "$FRESH/etc/apt/sources.list.d/"
[ -f /etc/apt/sources.list ] && cp -a /etc/apt/sources.list "$FRESH/etc/apt/sources.list"
find "$FRESH/etc/apt/sources.list.d" -type f ! -name '*.sources' ! -name '*.list' -delete  # disabled ones
# The mirror may serve Release files past their Valid-Until (snapshots); the host's apt allows it.
printf '// fresh-machine-check: as on the host\nAcquire::Check-Valid-Until "false";\n' > "$FRESH/etc/apt/apt.conf.d/99fresh-check"
mkdir -p "$FRESH/usr/local/share/ca-certificates"
cp -a /usr/local/share/ca-certificates/. "$FRESH/usr/local/share/ca-certificates/" 2>/dev/null || true
printf '127.0.0.1\tlocalhost\n::1\t\tlocalhost ip6-localhost ip6-loopback\n' > "$FRESH/etc/hosts"

# 3. Mounts, as a booted machine has them. Every bind is made a slave: on a host whose mounts are
#    shared (systemd), a mount made or removed inside would otherwise show up on the host too.
#    /sys/fs/cgroup (a mount of its own, several with cgroup v1) comes along recursively: the local
#    backend contains each job in a cgroup, as a fresh machine lets it. The real-SLURM cache is
#    bind-mounted READ-ONLY at the same path, so that the inner real-slurm.sh restores its chroot in
#    seconds instead of a 5-minute debootstrap of sid, and can neither delete nor replace the
#    tarball that other runs on this host use.
bind() {  # bind [--rbind] <host dir> <dir inside>
  local how=--bind; [ "$1" = --rbind ] && { how=--rbind; shift; }
  mkdir -p "$FRESH$2"
  mount "$how" "$1" "$FRESH$2"
  mount --make-rslave "$FRESH$2"
}
mount -t proc proc "$FRESH/proc"
bind /sys /sys
mountpoint -q /sys/fs/cgroup && bind --rbind /sys/fs/cgroup /sys/fs/cgroup
bind /dev /dev
bind /dev/pts /dev/pts
bind /dev/shm /dev/shm
if [ "$SLURM_CACHE" != off ] && [ -d "$SLURM_CACHE" ]; then
  bind "$SLURM_CACHE" "$SLURM_CACHE"
  mount -o remount,bind,ro "$FRESH$SLURM_CACHE"
  log "real-SLURM cache: host $SLURM_CACHE bind-mounted read-only at $SLURM_CACHE inside ($(ls "$SLURM_CACHE" | tr '\n' ' ')); the inner real SLURM is restored from it, not debootstrapped"
else
  log "real-SLURM cache: none ($SLURM_CACHE); the inner real-slurm.sh debootstraps Debian sid (about 5 minutes)"
fi

# 4. The repository. A minbase system has no git (installing it is the set-up's job), so the clone
#    is made from the host into the fresh machine's tree.
log "cloning $REPO at $COMMIT into $FRESH$INNER_REPO"
git clone -q --no-hardlinks "$REPO" "$FRESH$INNER_REPO" || die "git clone of $REPO failed"
git -C "$FRESH$INNER_REPO" checkout -q --detach "$SHA" || die "cannot check out $SHA"
if [ -n "$WITH_CHANGES" ] && [ "$WITH_CHANGES" != 0 ]; then
  # Work in progress: uncommitted changes too (tracked diffs, then untracked files), all of them or
  # only those under the given paths.
  if [ "$WITH_CHANGES" = 1 ]; then paths=(.); else read -r -a paths <<<"$WITH_CHANGES"; fi
  (cd "$REPO" && git diff --binary HEAD -- "${paths[@]}") | git -C "$FRESH$INNER_REPO" apply --allow-empty --whitespace=nowarn
  (cd "$REPO" && git ls-files --others --exclude-standard -z -- "${paths[@]}" | xargs -0 -r cp --parents -t "$FRESH$INNER_REPO")
  log "with the uncommitted changes of $REPO in ${paths[*]}: $(cd "$FRESH$INNER_REPO" && git status --short | tr '\n' ' ')"
fi
log "commit $(git -C "$FRESH$INNER_REPO" log -1 --format='%h %s' | cut -c1-100)"

# 5. The README's test command, in a clean environment as root on a fresh login. The inner real
#    SLURM uses its own chroot and ports (see the knobs above).
log "running 'npm run test:all' in the fresh machine (S3M_SLURM_ROOT=$INNER_SLURM_ROOT, ports $INNER_RESTD_PORT/$INNER_CTLD_PORT/$INNER_SLURMD_PORT/$INNER_DBD_PORT; accounting instance $INNER_ACCT_ROOT, ports $INNER_ACCT_RESTD_PORT/$INNER_ACCT_CTLD_PORT/$INNER_ACCT_SLURMD_PORT/$INNER_ACCT_DBD_PORT)"
t=$(date +%s)
set +e
# `timeout` signals its whole process group: everything the run started that did not leave it.
IN_FRESH_PREFIX="timeout --kill-after=60 $TIMEOUT" \
  in_fresh /bin/bash -lc "cd $INNER_REPO && npm run test:all" < /dev/null 2>&1 | tee -a "$LOG"
rc=${PIPESTATUS[0]}
set -e
dur=$(( $(date +%s) - t ))
[ "$rc" != 124 ] && [ "$rc" != 137 ] || log "npm run test:all was stopped after S3M_FRESH_TIMEOUT=${TIMEOUT}s"

# 6. Summary, read from the log before anything more is written to it (cleanup() unmounts on exit).
stages=$(grep -E '^(== |  ok  |  FAIL|check-tools:|setup:)' "$LOG" | sed 's/^/     /' || true)
totals=$(grep -E '^ℹ (tests|suites|pass|fail|cancelled|skipped|todo|duration_ms) ' "$LOG" | tail -n 8 | sed 's/^/     /' || true)
failed_tests=$(sed -n '/^✖ failing tests:/,$p' "$LOG" | grep -E '^✖ ' | grep -v 'failing tests:' | sed 's/^/     /' || true)
{
  echo "== fresh-machine check summary"
  echo "   set-up and tool checks:"; echo "${stages:-     (none: see the log)}"
  echo "   test totals:"; echo "${totals:-     (the suite did not finish: see the log)}"
  [ -z "$failed_tests" ] || { echo "   failing tests:"; echo "$failed_tests"; }
  echo "   npm run test:all exit code $rc after ${dur}s; whole check $(( $(date +%s) - T0 ))s; log $LOG"
} | tee -a "$LOG"
exit "$rc"
