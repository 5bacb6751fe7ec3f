#!/usr/bin/env bash
# real-slurm.sh - a REAL single-node SLURM cluster (Debian sid, Slurm 26.05.x) with slurmrestd on
# 127.0.0.1:6820 and JWT auth, inside a debootstrap chroot. No docker, systemd or cgroups needed.
# Real accounting: slurmdbd (127.0.0.1:6819) on a MariaDB in the chroot (unix socket only, no TCP),
# AccountingStorageEnforce=associations,limits, and slurmrestd serves /slurmdb/v0.0.4x/ as well.
# Everything listens on loopback only. Used by the slurmrestd backend's integration tests and by CI.
#
# Usage (as root, on a Debian host that can reach a Debian package mirror):
#   scripts/real-slurm.sh up                      # bootstrap (or restore from cache) + configure + start; idempotent
#   scripts/real-slurm.sh stop                    # stop the daemons this script started (pid files), unmount
#   scripts/real-slurm.sh status                  # daemons, node, partitions, reservation
#   scripts/real-slurm.sh reset                   # stop + wipe SLURM state, the accounting database
#                                                 # and the reconfigure settings (job ids restart at 1); then `up`
#   scripts/real-slurm.sh destroy                 # stop + remove the chroot (the cache tarball stays)
#   scripts/real-slurm.sh token [user] [secs]     # mint a JWT with `scontrol token` (daemons must run)
#   scripts/real-slurm.sh jwt   [user] [secs]     # mint a JWT with openssl from the HS256 key file
#   scripts/real-slurm.sh env   [user]            # print KEY=VALUE lines (URL, key file, users, a token)
#   scripts/real-slurm.sh shell                   # root shell inside the chroot
#   scripts/real-slurm.sh reconfigure [PrivateData=jobs|none] [MinJobAge=<secs>] [MaxJobCount=<n>] [defaults]
#                                                 # restart slurmctld (and slurmdbd for PrivateData)
#                                                 # with these settings; "defaults" = PrivateData=none
#                                                 # MinJobAge=300 MaxJobCount=10000 (SLURM's default).
#                                                 # Kept until changed or `reset`;
#                                                 # prints the KEY=VALUE lines like `up`. Cluster-wide!
#
# `up` prints only KEY=VALUE lines on stdout (everything else goes to stderr):
#   S3M_SLURMRESTD_URL, S3M_SLURM_JWT_KEY, S3M_SLURM_ROOT, S3M_SLURM_CLUSTER, S3M_SLURM_NODE,
#   S3M_SLURM_USER, S3M_SLURM_USER2, S3M_SLURM_RESERVATION, S3M_SLURM_RELEASE, and for accounting:
#   S3M_SLURM_DBD=1                 slurmdbd runs; /slurmdb/v0.0.4x/ is served; associations enforced
#   S3M_SLURMDBD_PORT               slurmdbd's port (127.0.0.1)
#   S3M_SLURM_ACCOUNT, S3M_SLURM_ACCOUNT2   proj-a (USER's default account), proj-b (USER2's)
#   S3M_SLURM_PROJECT=stf040        an account with USER, USER2 and USER3 associated
#   S3M_SLURM_PROJECT_UPPER=STF040  the same as the gateway's project name (SLURM lower-cases accounts)
#   S3M_SLURM_USER3=carol_c         a cluster user in PROJECT only (its default account), whose name
#   S3M_SLURM_USER3_TOKEN=carol     differs from the gateway token user mapped to it (userMap)
#   S3M_SLURM_USER_NOASSOC=dave     a Unix user in the chroot with no association (submits fail)
#   (A submission to an account the user is not associated with, or by dave at all, is refused by
#   slurmctld: slurmrestd answers 422, errors[0] = {error_number: 2045, error: "Invalid account or
#   account/partition combination specified", description: "Batch job submission failed"}.)
#   S3M_SLURM_PRIVATE_DATA          none|jobs: slurm.conf and slurmdbd.conf PrivateData (reconfigure)
#   S3M_SLURM_MIN_JOB_AGE           slurmctld's MinJobAge in seconds (reconfigure; SLURM's minimum is 2)
#   S3M_SLURM_MAX_JOB_COUNT         slurmctld's MaxJobCount (reconfigure; the scale benchmark raises it)
# and writes the same lines to $S3M_SLURM_ROOT.env (default /opt/s3m-slurm.env).
#
# Exit codes: 0 ok, 1 failure, 2 usage, 3 CANNOT RUN HERE (not root, no debootstrap and it cannot be
# installed, no reachable Debian mirror, mounts not permitted). On 3 the last stderr line starts with
# "real-slurm: cannot run here:" so test suites can skip with that message.
#
# Environment knobs:
#   S3M_SLURM_ROOT   chroot directory                (default /opt/s3m-slurm)
#   S3M_SLURM_CACHE  directory for the rootfs tarball (default /var/cache/s3m-slurm; "off" disables)
#   S3M_SLURM_SUITE  Debian suite                    (default auto: sid, then trixie)
#   DEBIAN_MIRROR    mirror URL                      (default: the host's first Debian apt source)
#   S3M_SLURMRESTD_PORT (default 6820)   S3M_SLURMCTLD_PORT (default 6817)   S3M_SLURMD_PORT (default 6818)
#   S3M_SLURMDBD_PORT (default 6819)     MariaDB listens on no port (unix socket in the chroot)
#   S3M_SLURM_ACCOUNTING  on (default) | off: off is the cluster as it was before slurmdbd (no
#                    MariaDB/slurmdbd, no associations enforced, no /slurmdb/ endpoints; S3M_SLURM_DBD=0).
#                    Changing it on a running cluster restarts its SLURM daemons (jobs are kept).
#
# Instances: S3M_SLURM_ROOT and the four ports select one; two instances with different roots and
# ports run side by side (the test suite runs a "plain" one, S3M_SLURM_ACCOUNTING=off on the
# defaults, and an "accounting" one, /opt/s3m-slurm-acct on 6920/6917/6918/6919: see
# test/contract/real-slurm.ts). Everything an instance writes is in its chroot or next to it
# ($ROOT.env, $ROOT.lock), and its host-side bootstrap logs in ${TMPDIR:-/tmp}/s3m-real-slurm<root
# with / as ->; daemons, sockets and pid files are inside the chroot, so only the ports must differ.
#
# The node has Feature=gwfeat and the cluster Licenses=gwlic:2, for the contract suite's
# constraints and licenses scenarios (test/contract/submit-checks.test.ts; its local target has the
# same: test/contract/targets.ts).
#
# CI caching: the bootstrapped chroot with packages installed is saved once as
# $S3M_SLURM_CACHE/rootfs-<key>.tar.{zst,gz}; restoring it (when the chroot directory is gone) takes
# seconds. Cache that directory between CI runs. Keys (munge, JWT) are never stored in the tarball,
# nor SLURM's or MariaDB's state. A chroot made by an older recipe (without slurmdbd) gets the
# missing packages installed in place by `up`, and its running daemons restarted with the new config.
#
# MinJobAge and purging: slurmctld forgets a finished job MinJobAge seconds after it ended (SLURM
# raises values below 2 to 2) and looks for such jobs every max(10, MinJobAge) s when MinJobAge < 60
# (every 60 s otherwise), so with MinJobAge=2 a finished job leaves /slurm/.../job/<id> 2-12 s after
# it ended; /slurmdb/.../job/<id> keeps it.
#
# Daemons are ended only through the pid files they write (checked against /proc/<pid>/comm and
# /proc/<pid>/root), never by process name.
set -euo pipefail

CANNOT=3
ROOT=${S3M_SLURM_ROOT:-/opt/s3m-slurm}
ROOT=${ROOT%/}
CACHE=${S3M_SLURM_CACHE:-/var/cache/s3m-slurm}
SUITE=${S3M_SLURM_SUITE:-auto}
PORT=${S3M_SLURMRESTD_PORT:-6820}
CTLD_PORT=${S3M_SLURMCTLD_PORT:-6817}
SLURMD_PORT=${S3M_SLURMD_PORT:-6818}
DBD_PORT=${S3M_SLURMDBD_PORT:-6819}
ACCOUNTING=${S3M_SLURM_ACCOUNTING:-on}
CLUSTER=gwtest
RESV=gw-maint
USER1=alice; UID1=1001; GROUP1=proj-a; GID1=2001
USER2=bob;   UID2=1002; GROUP2=proj-b; GID2=2002
# A cluster user whose name is not the gateway token user's (token "carol" -> userMap -> carol_c),
# and a Unix user with no association at all (a token user without a cluster account).
USER3=carol_c; USER3_TOKEN=carol; UID3=1003; GROUP3=proj-c; GID3=2003
USER_NOASSOC=dave; UID4=1004; GROUP4=proj-d; GID4=2004
# Accounts (slurmdbd lower-cases names; the gateway's page shows the project as STF040):
#   proj-a: alice (her default)   proj-b: bob (his default)   stf040: alice, bob, carol_c (hers)
ACCOUNT1=proj-a; ACCOUNT2=proj-b; PROJECT=stf040; PROJECT_UPPER=STF040
DBNAME=slurm_acct_db
DBDIR=/var/lib/s3m-mysql     # inside the chroot: MariaDB's data (state, wiped by `reset`)
DBSOCK=/run/mariadbd/mysqld.sock   # libmariadb's compiled-in default (what slurmdbd uses)
KNOBS=/etc/slurm/s3m-knobs   # inside the chroot: PrivateData/MinJobAge/MaxJobCount set by `reconfigure`
DEFAULT_PRIVATE_DATA=none
DEFAULT_MIN_JOB_AGE=300
DEFAULT_MAX_JOB_COUNT=10000  # SLURM's own default (slurm.conf(5)); written to slurm.conf only when changed
# Every package named (installed without Recommends): slurmdbd + mariadb-server for real accounting.
PKGS=(munge slurmctld slurmd slurmrestd slurm-client slurm-wlm-jwt-plugin ca-certificates slurmdbd mariadb-server mariadb-client)
# bump when the rootfs recipe changes so old cache tarballs are not reused
CACHE_KEY="v2-$(printf '%s ' "$SUITE" "${PKGS[@]}" | cksum | cut -d' ' -f1)"
RUNDIR=/run/slurm            # inside the chroot
LOGDIR=/var/log/slurm        # inside the chroot
KEYFILE=/etc/slurm/jwt_hs256.key
ENVFILE=$ROOT.env
# bootstrap/apt logs on the host, per instance (two chroots may bootstrap at once)
HOSTLOG=${TMPDIR:-/tmp}/s3m-real-slurm${ROOT//\//-}
NODE=$(hostname -s 2>/dev/null || hostname)

log()    { printf '[real-slurm %s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
die()    { log "ERROR: $*"; exit 1; }
cannot() { log "$*"; echo "real-slurm: cannot run here: $*" >&2; exit "$CANNOT"; }
inroot() { chroot "$ROOT" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 "$@"; }
phase_start() { PHASE_T0=$(date +%s); log "phase: $1"; }
phase_end()   { log "phase done: $1 ($(( $(date +%s) - PHASE_T0 ))s)"; }

usage() { sed -n '2,77p' "$0" >&2; exit 2; }

mounted_under() { awk -v r="$ROOT" '$2==r || index($2, r"/")==1 {print $2}' /proc/mounts; }

host_mirror() {  # the Debian mirror this host's apt already uses
  { { grep -hs '^URIs:' /etc/apt/sources.list.d/*.sources | awk '{print $2}'
      grep -hs '^deb ' /etc/apt/sources.list /etc/apt/sources.list.d/*.list | awk '{print $2}'; } |
    grep -v -- '-security' | grep -i debian | head -n 1; } 2>/dev/null || true
}

take_lock() {  # serialise concurrent invocations (two test files calling `up` at once); daemons get fd 9 closed
  mkdir -p "$(dirname "$ROOT")"
  exec 9>"$ROOT.lock"
  if command -v flock >/dev/null; then flock -w 900 9 || die "could not lock $ROOT.lock"; fi
}

# ---------------------------------------------------------------- rootfs
cache_file() {  # prints the existing cache tarball, if any
  [ "$CACHE" = off ] && return 1
  local f
  for f in "$CACHE/rootfs-$CACHE_KEY.tar.zst" "$CACHE/rootfs-$CACHE_KEY.tar.gz"; do
    [ -s "$f" ] && { echo "$f"; return 0; }
  done
  return 1
}

clear_root() {
  [ -e "$ROOT" ] || return 0
  [ -z "$(mounted_under)" ] || die "something is mounted under $ROOT; run '$0 stop' first"
  rm -rf --one-file-system "$ROOT"
}

restore_cache() {
  local f=$1
  phase_start "restore chroot from $f"
  clear_root
  mkdir -p "$ROOT"
  case "$f" in
    *.zst) command -v zstd >/dev/null || { log "zstd missing; cannot use $f"; rmdir "$ROOT"; return 1; }
           tar -C "$ROOT" --numeric-owner -I zstd -xpf "$f" ;;
    *)     tar -C "$ROOT" --numeric-owner -xzpf "$f" ;;
  esac || { log "restoring $f failed; removing it"; rm -f "$f"; clear_root; return 1; }
  [ -f "$ROOT/.s3m-slurm-ready" ] || { log "$f holds no ready chroot; removing it"; rm -f "$f"; clear_root; return 1; }
  phase_end "restore chroot"
}

save_cache() {
  [ "$CACHE" = off ] && return 0
  cache_file >/dev/null && return 0
  phase_start "save chroot to $CACHE"
  mkdir -p "$CACHE"
  local comp ext tmp
  if command -v zstd >/dev/null; then comp=(-I 'zstd -T0 -3'); ext=zst; else comp=(-z); ext=gz; fi
  tmp="$CACHE/.rootfs-$CACHE_KEY.tar.$ext.$$"
  # Not saved: mounted pseudo file systems, apt's downloads and lists, secrets, state and logs.
  # Owners by number, not name: the chroot's own /etc/passwd names them. By name, its munge
  # files (uid 101) were stored as the host's "postgres" (uid 101 here), and a host whose
  # postgres has another uid restored them to that: munged then could not open its log.
  if tar -C "$ROOT" --one-file-system --numeric-owner "${comp[@]}" -cpf "$tmp" \
      --exclude=./proc/* --exclude=./sys/* --exclude=./dev/pts/* --exclude=./dev/shm/* \
      --exclude=./var/cache/apt/archives/*.deb --exclude=./var/lib/apt/lists/* \
      --exclude=./etc/munge/munge.key --exclude=.$KEYFILE \
      --exclude=./var/spool/slurmctld/* --exclude=./var/spool/slurmd/* --exclude=.$LOGDIR/* \
      --exclude=.$DBDIR --exclude=./etc/slurm/slurmdbd.conf --exclude=.$KNOBS . ; then
    mv -f "$tmp" "$CACHE/rootfs-$CACHE_KEY.tar.$ext"
    log "cache: $CACHE/rootfs-$CACHE_KEY.tar.$ext ($(du -h "$CACHE/rootfs-$CACHE_KEY.tar.$ext" | cut -f1))"
  else
    rm -f "$tmp"; log "could not write the cache tarball (continuing)"
  fi
  phase_end "save chroot"
}

host_tools() {
  command -v debootstrap >/dev/null && return 0
  phase_start "install debootstrap on host"
  command -v apt-get >/dev/null || cannot "debootstrap is not installed and there is no apt-get to install it"
  export DEBIAN_FRONTEND=noninteractive
  apt-get install -y -qq debootstrap >/dev/null 2>&1 ||
    { apt-get update -qq >/dev/null 2>&1 && apt-get install -y -qq debootstrap >/dev/null 2>&1; } ||
    cannot "debootstrap is not installed and 'apt-get install debootstrap' failed"
  phase_end "install debootstrap on host"
}

bootstrap() {
  [ -f "$ROOT/.s3m-slurm-bootstrapped" ] && { log "chroot $ROOT already bootstrapped ($(cat "$ROOT/.s3m-slurm-bootstrapped"))"; return 0; }
  host_tools
  local mirror=${DEBIAN_MIRROR:-$(host_mirror)}
  mirror=${mirror:-http://deb.debian.org/debian}
  local suites s reachable=
  if [ "$SUITE" = auto ]; then suites="sid trixie"; else suites=$SUITE; fi
  for s in $suites; do
    if ! command -v curl >/dev/null || curl -fsS -m 20 -o /dev/null "$mirror/dists/$s/Release" 2>/dev/null; then reachable=1; break; fi
  done
  [ -n "$reachable" ] || cannot "the Debian mirror $mirror is not reachable (no dists/{${suites// /,}}/Release)"
  mkdir -p "$HOSTLOG"
  for s in $suites; do
    clear_root
    phase_start "debootstrap $s from $mirror"
    if debootstrap --variant=minbase "$s" "$ROOT" "$mirror" > "$HOSTLOG/debootstrap.log" 2>&1; then
      echo "$s" > "$ROOT/.s3m-slurm-bootstrapped"; phase_end "debootstrap ($s)"; return 0
    fi
    log "debootstrap of $s failed (see $HOSTLOG/debootstrap.log)"
  done
  die "debootstrap failed for: $suites"
}

do_mounts() {
  mkdir -p "$ROOT/proc" "$ROOT/sys" "$ROOT/dev"
  mountpoint -q "$ROOT/proc"    || mount -t proc proc "$ROOT/proc"   || cannot "mounting proc in $ROOT is not permitted"
  mountpoint -q "$ROOT/sys"     || mount --bind /sys "$ROOT/sys"     || cannot "bind mounts are not permitted"
  mountpoint -q "$ROOT/dev"     || mount --bind /dev "$ROOT/dev"     || cannot "bind mounts are not permitted"
  mkdir -p "$ROOT/dev/pts" "$ROOT/dev/shm"
  mountpoint -q "$ROOT/dev/pts" || mount --bind /dev/pts "$ROOT/dev/pts" || true
  mountpoint -q "$ROOT/dev/shm" || mount --bind /dev/shm "$ROOT/dev/shm" || true
}

do_umounts() {
  local m
  for m in $(mounted_under | awk '{print length, $0}' | sort -rn | cut -d' ' -f2-); do  # deepest first
    umount "$m" 2>/dev/null || umount -l "$m" || log "could not unmount $m"
  done
}

host_files() {
  printf '127.0.0.1 localhost %s\n::1 localhost ip6-localhost ip6-loopback\n' "$NODE" > "$ROOT/etc/hosts"
  echo "$NODE" > "$ROOT/etc/hostname"
  cp -L /etc/resolv.conf "$ROOT/etc/resolv.conf" 2>/dev/null || true
}

packages() {
  [ -f "$ROOT/.s3m-slurm-ready" ] && return 0
  # Snapshot mirrors serve Release files past their Valid-Until.
  echo 'Acquire::Check-Valid-Until "false";' > "$ROOT/etc/apt/apt.conf.d/99no-valid-until"
  printf '#!/bin/sh\nexit 101\n' > "$ROOT/usr/sbin/policy-rc.d"; chmod +x "$ROOT/usr/sbin/policy-rc.d"
  host_files
  if ! inroot dpkg -s "${PKGS[@]}" >/dev/null 2>&1; then
    phase_start "package install"
    mkdir -p "$HOSTLOG"
    inroot apt-get update > "$HOSTLOG/apt.log" 2>&1 || die "apt-get update in chroot failed (see $HOSTLOG/apt.log)"
    inroot env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${PKGS[@]}" >> "$HOSTLOG/apt.log" 2>&1 \
      || die "apt-get install in chroot failed (see $HOSTLOG/apt.log)"
    inroot apt-get clean >/dev/null 2>&1 || true
    phase_end "package install"
  fi
  echo "$(cat "$ROOT/.s3m-slurm-bootstrapped") $(inroot dpkg-query -W -f '${Version}' slurmctld)" > "$ROOT/.s3m-slurm-ready"
}

ensure_rootfs() {
  if [ -f "$ROOT/.s3m-slurm-ready" ]; then
    if inroot dpkg -s "${PKGS[@]}" >/dev/null 2>&1; then log "chroot $ROOT ready ($(cat "$ROOT/.s3m-slurm-ready"))"; return 0; fi
    # made by an older recipe (e.g. before slurmdbd): the missing packages are installed in place
    log "chroot $ROOT lacks some of: ${PKGS[*]}; installing them"
    rm -f "$ROOT/.s3m-slurm-ready"
    return 0   # `up` runs packages() next, with the mounts in place
  fi
  local f
  if f=$(cache_file) && restore_cache "$f"; then return 0; fi
  bootstrap
  do_mounts
  packages
  do_umounts       # save the tarball with nothing mounted
  save_cache
}

ensure_user() {  # ensure_user <name> <uid> <group> <gid>
  inroot getent group "$3" >/dev/null || inroot groupadd -g "$4" "$3"
  inroot getent passwd "$1" >/dev/null || inroot useradd -m -u "$2" -g "$3" -s /bin/bash "$1"
}

CONF_CHANGED=
write_if_changed() {  # write_if_changed <file>  (content on stdin); sets CONF_CHANGED when it did
  local tmp; tmp=$(mktemp "$1.XXXXXX")
  cat > "$tmp"
  if cmp -s "$tmp" "$1"; then rm -f "$tmp"; else mv -f "$tmp" "$1"; chmod 0644 "$1"; CONF_CHANGED=1; fi
}

knob() {  # knob <PrivateData|MinJobAge|MaxJobCount>: the value `reconfigure` set, else the default
  local v=
  [ -f "$ROOT$KNOBS" ] && v=$(sed -n "s/^$1=//p" "$ROOT$KNOBS" | tail -n 1)
  if [ -z "$v" ]; then case $1 in PrivateData) v=$DEFAULT_PRIVATE_DATA ;; MinJobAge) v=$DEFAULT_MIN_JOB_AGE ;; MaxJobCount) v=$DEFAULT_MAX_JOB_COUNT ;; esac; fi
  echo "$v"
}

configure() {
  phase_start "configure"
  host_files
  ensure_user "$USER1" "$UID1" "$GROUP1" "$GID1"
  ensure_user "$USER2" "$UID2" "$GROUP2" "$GID2"
  ensure_user "$USER3" "$UID3" "$GROUP3" "$GID3"
  ensure_user "$USER_NOASSOC" "$UID4" "$GROUP4" "$GID4"
  # slurmrestd must not run as root/SlurmUser, and 26.05 cannot resolve "nobody": a dedicated user.
  inroot getent passwd slurmrestd >/dev/null ||
    inroot useradd --system --no-create-home --home-dir /nonexistent --shell /usr/sbin/nologin --user-group slurmrestd
  mkdir -p "$ROOT$RUNDIR" "$ROOT$LOGDIR" "$ROOT/var/spool/slurmctld" "$ROOT/var/spool/slurmd" "$ROOT/run/munge"
  inroot chown slurm:slurm "$RUNDIR" "$LOGDIR" /var/spool/slurmctld
  inroot chown munge:munge /run/munge; inroot chmod 0755 /run/munge
  [ -s "$ROOT/etc/munge/munge.key" ] || inroot mungekey --create --force
  inroot chown munge:munge /etc/munge/munge.key; inroot chmod 0600 /etc/munge/munge.key
  # JWT HS256 key: owned by SlurmUser; root (the tests, the gateway under test) reads it from the host.
  [ -s "$ROOT$KEYFILE" ] || dd if=/dev/urandom of="$ROOT$KEYFILE" bs=32 count=1 status=none
  inroot chown slurm:slurm "$KEYFILE"; inroot chmod 0600 "$KEYFILE"

  # MariaDB for slurmdbd: its own data directory, unix socket only (no TCP port to collide with).
  mkdir -p "$ROOT/run/mariadbd"; inroot chown mysql:mysql /run/mariadbd
  write_if_changed "$ROOT/etc/mysql/s3m-slurm.cnf" <<EOF
# generated by scripts/real-slurm.sh - MariaDB for slurmdbd only
[client]
socket=$DBSOCK
[mysqld]
user=mysql
datadir=$DBDIR
socket=$DBSOCK
pid-file=/run/mariadbd/mariadbd.pid
log-error=$LOGDIR/mariadb.log
skip-networking
skip-name-resolve
# what slurmdbd checks (accounting_storage_mysql.c); the buffer pool stays small on a test machine
innodb_buffer_pool_size=256M
innodb_log_file_size=64M
innodb_lock_wait_timeout=900
max_allowed_packet=16M
innodb_snapshot_isolation=OFF
EOF
  if [ "$ACCOUNTING" = on ] && [ ! -d "$ROOT$DBDIR/mysql" ]; then
    rm -rf "$ROOT$DBDIR"; mkdir -p "$ROOT$DBDIR"; inroot chown mysql:mysql "$DBDIR"
    inroot mariadb-install-db --defaults-file=/etc/mysql/s3m-slurm.cnf --user=mysql --skip-test-db \
      --auth-root-authentication-method=socket > "$ROOT$LOGDIR/mariadb-install.log" 2>&1 ||
      die "mariadb-install-db failed (see $ROOT$LOGDIR/mariadb-install.log)"
  fi
  local private_data min_job_age max_job_count
  private_data=$(knob PrivateData); min_job_age=$(knob MinJobAge); max_job_count=$(knob MaxJobCount)
  # slurmdbd refuses a slurmdbd.conf that others can read; MariaDB lets the slurm Unix user in
  # through the socket (unix_socket auth), so there is no password to keep.
  write_if_changed "$ROOT/etc/slurm/slurmdbd.conf" <<EOF
# generated by scripts/real-slurm.sh - loopback only
AuthType=auth/munge
AuthAltTypes=auth/jwt
AuthAltParameters=jwt_key=$KEYFILE
DbdHost=$NODE
DbdPort=$DBD_PORT
CommunicationParameters=NoInAddrAny
SlurmUser=slurm
PidFile=$RUNDIR/slurmdbd.pid
LogFile=$LOGDIR/slurmdbd.log
DebugLevel=info
StorageType=accounting_storage/mysql
StorageHost=localhost
StorageUser=slurm
StorageLoc=$DBNAME
$( [ "$private_data" = none ] || echo "PrivateData=$private_data" )
EOF
  inroot chown slurm:slurm /etc/slurm/slurmdbd.conf; inroot chmod 0600 /etc/slurm/slurmdbd.conf

  local mem nodeline
  nodeline=$(inroot slurmd -C | head -1)     # NodeName=<host> CPUs=.. Boards=.. ... RealMemory=..
  mem=$(sed -n 's/.*RealMemory=\([0-9]*\).*/\1/p' <<<"$nodeline")
  nodeline=$(sed "s/RealMemory=[0-9]*/RealMemory=$(( mem * 9 / 10 ))/" <<<"$nodeline")
  write_if_changed "$ROOT/etc/slurm/slurm.conf" <<EOF
# generated by scripts/real-slurm.sh - single node, loopback only
ClusterName=$CLUSTER
SlurmctldHost=$NODE(127.0.0.1)
SlurmUser=slurm
SlurmdUser=root
SlurmctldPort=$CTLD_PORT
SlurmdPort=$SLURMD_PORT
CommunicationParameters=NoCtldInAddrAny,NoInAddrAny
AuthType=auth/munge
CredType=cred/munge
AuthAltTypes=auth/jwt
AuthAltParameters=jwt_key=$KEYFILE
StateSaveLocation=/var/spool/slurmctld
SlurmdSpoolDir=/var/spool/slurmd
SlurmctldPidFile=$RUNDIR/slurmctld.pid
SlurmdPidFile=$RUNDIR/slurmd.pid
SlurmctldLogFile=$LOGDIR/slurmctld.log
SlurmdLogFile=$LOGDIR/slurmd.log
SlurmctldDebug=info
SlurmdDebug=info
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
MpiDefault=none
SelectType=select/cons_tres
SelectTypeParameters=CR_Core
SchedulerType=sched/backfill
ReturnToService=2
InactiveLimit=0
KillWait=5
MinJobAge=$min_job_age$( [ "$max_job_count" = "$DEFAULT_MAX_JOB_COUNT" ] || printf '\nMaxJobCount=%s' "$max_job_count" )
$( [ "$private_data" = none ] || echo "PrivateData=$private_data" )
Waittime=0
$( [ "$ACCOUNTING" = on ] && cat <<EOA
AccountingStorageType=accounting_storage/slurmdbd
AccountingStorageHost=127.0.0.1
AccountingStoragePort=$DBD_PORT
AccountingStorageEnforce=associations,limits
JobAcctGatherType=jobacct_gather/linux
JobAcctGatherFrequency=30
EOA
)
$nodeline Feature=gwfeat NodeAddr=127.0.0.1 State=UNKNOWN
Licenses=gwlic:2
PartitionName=batch-cpu Nodes=$NODE Default=YES DefaultTime=60 MaxTime=INFINITE State=UP
PartitionName=debug Nodes=$NODE Default=NO DefaultTime=10 MaxTime=60 State=UP
EOF
  write_if_changed "$ROOT/etc/slurm/cgroup.conf" <<EOF
# no cgroups in this sandbox
CgroupPlugin=disabled
EOF
  phase_end "configure"
}

# ---------------------------------------------------------------- daemons
pid_of() {  # pid_of <pidfile-inside-chroot> <comm>: prints the pid if alive, named <comm> and in our chroot
  local f="$ROOT$1" comm=$2 pid
  [ -s "$f" ] || return 1
  pid=$(tr -dc 0-9 < "$f"); [ -n "$pid" ] || return 1
  [ -d "/proc/$pid" ] || return 1
  [ "$(cat "/proc/$pid/comm" 2>/dev/null)" = "$comm" ] || return 1
  [ "$(readlink -f "/proc/$pid/root")" = "$(readlink -f "$ROOT")" ] || return 1
  echo "$pid"
}

wait_for() {  # wait_for <seconds> <description> <cmd...>
  local n=$1 what=$2 i; shift 2
  for ((i = 0; i < n * 5; i++)); do "$@" >/dev/null 2>&1 && return 0; sleep 0.2; done
  die "timed out waiting for $what (logs: $ROOT$LOGDIR)"
}

node_ready() { inroot sinfo -h -n "$NODE" -o %t | grep -Eq '^(idle|mix|alloc|resv|maint|plnd)'; }
rest_ready() { curl -s -o /dev/null "http://127.0.0.1:$PORT/openapi/v3"; }
db_ready()   { inroot mariadb-admin --defaults-file=/etc/mysql/s3m-slurm.cnf -uroot ping; }
dbd_ready()  { inroot sacctmgr -n list cluster format=cluster; }

start_mariadb() {
  if ! pid_of /run/mariadbd/mariadbd.pid mariadbd >/dev/null; then
    [ -S "$ROOT$DBSOCK" ] && db_ready >/dev/null 2>&1 && die "$ROOT$DBSOCK is served by a MariaDB this script did not start"
    rm -f "$ROOT/run/mariadbd/mariadbd.pid"
    setsid chroot "$ROOT" /usr/bin/env -i PATH=/usr/sbin:/usr/bin LANG=C.UTF-8 \
      /usr/sbin/mariadbd --defaults-file=/etc/mysql/s3m-slurm.cnf < /dev/null >> "$ROOT$LOGDIR/mariadb.log" 2>&1 9>&- &
    wait_for 60 mariadbd db_ready
    wait_for 10 "mariadbd pid file" pid_of /run/mariadbd/mariadbd.pid mariadbd
    # The accounting database and its user (the slurm Unix user, through the socket).
    inroot mariadb --defaults-file=/etc/mysql/s3m-slurm.cnf -uroot -e "
      CREATE DATABASE IF NOT EXISTS $DBNAME;
      CREATE USER IF NOT EXISTS 'slurm'@'localhost' IDENTIFIED VIA unix_socket;
      GRANT ALL ON $DBNAME.* TO 'slurm'@'localhost';" || die "could not create the accounting database"
  fi
  log "mariadbd pid $(pid_of /run/mariadbd/mariadbd.pid mariadbd)"
}

start_slurmdbd() {
  if ! pid_of $RUNDIR/slurmdbd.pid slurmdbd >/dev/null; then
    inroot /usr/sbin/slurmdbd 9>&-
    wait_for 60 slurmdbd dbd_ready
  fi
  log "slurmdbd pid $(pid_of $RUNDIR/slurmdbd.pid slurmdbd)"
}

ASSOCS=("$USER1:$ACCOUNT1" "$USER1:$PROJECT" "$USER2:$ACCOUNT2" "$USER2:$PROJECT" "$USER3:$PROJECT")  # <user>:<account>
associations() {  # cluster, accounts, users: whatever is missing is added (sacctmgr -i)
  local have want a u spec
  have=$(inroot sacctmgr -nP list associations cluster="$CLUSTER" format=account,user)
  want=$(printf 'root|root\n'; for spec in "${ASSOCS[@]}"; do echo "${spec#*:}|${spec%%:*}"; done)
  # the usual case (every `up` of a running cluster): one query
  if [ -z "$(grep -vxF -f <(echo "$have") <<<"$want")" ] && ! grep -q "|$USER_NOASSOC\$" <<<"$have"; then return 0; fi
  if ! inroot sacctmgr -nP list cluster format=cluster | grep -qx "$CLUSTER"; then
    inroot sacctmgr -i add cluster "$CLUSTER" >/dev/null
    # slurmctld state from before this accounting database (a chroot that ran without slurmdbd, or
    # whose database was wiped) names another cluster id, and slurmctld would refuse to start
    # ("CLUSTER ID MISMATCH"): the new database's id is the one that counts.
    rm -f "$ROOT/var/spool/slurmctld/clustername"
  fi
  for a in "$ACCOUNT1" "$ACCOUNT2" "$PROJECT"; do
    grep -qx "$a|" <<<"$have" || inroot sacctmgr -i add account "$a" cluster="$CLUSTER" description="$a" organization=s3m >/dev/null
  done
  # the first account of a user is its default
  for spec in "${ASSOCS[@]}"; do
    u=${spec%%:*}; a=${spec#*:}
    grep -qx "$a|$u" <<<"$have" || inroot sacctmgr -i add user "$u" account="$a" cluster="$CLUSTER" >/dev/null
  done
  have=$(inroot sacctmgr -nP list associations cluster="$CLUSTER" format=account,user)
  for spec in "${ASSOCS[@]}"; do
    grep -qx "${spec#*:}|${spec%%:*}" <<<"$have" || die "association $spec missing after sacctmgr add"
  done
  if grep -q "|$USER_NOASSOC\$" <<<"$have"; then  # added by hand or by a test: gone again
    log "removing the associations of $USER_NOASSOC (it must have none)"
    inroot sacctmgr -i delete user name="$USER_NOASSOC" >/dev/null
  fi
}

start_daemons() {
  phase_start "daemon start"
  if ! pid_of /run/munge/munged.pid munged >/dev/null; then
    rm -f "$ROOT/run/munge/munged.pid"
    chroot --userspec=munge:munge "$ROOT" /usr/bin/env -i PATH=/usr/sbin:/usr/bin /usr/sbin/munged 9>&-
    wait_for 10 munged pid_of /run/munge/munged.pid munged
  fi
  log "munged pid $(pid_of /run/munge/munged.pid munged)"

  if [ "$ACCOUNTING" = on ]; then
    start_mariadb
    start_slurmdbd
    associations     # before slurmctld: it enforces them from its first job
  else
    stop_one $RUNDIR/slurmdbd.pid slurmdbd 30 >/dev/null 2>&1
    stop_one /run/mariadbd/mariadbd.pid mariadbd 60 >/dev/null 2>&1
  fi

  if ! pid_of $RUNDIR/slurmctld.pid slurmctld >/dev/null; then
    inroot /usr/sbin/slurmctld 9>&-
    wait_for 30 slurmctld inroot scontrol ping
  fi
  log "slurmctld pid $(pid_of $RUNDIR/slurmctld.pid slurmctld)"

  if ! pid_of $RUNDIR/slurmd.pid slurmd >/dev/null; then
    inroot /usr/sbin/slurmd 9>&-
    wait_for 30 slurmd pid_of $RUNDIR/slurmd.pid slurmd
  fi
  log "slurmd pid $(pid_of $RUNDIR/slurmd.pid slurmd)"
  # a node left DOWN/DRAINED by an earlier run comes back
  if inroot sinfo -h -n "$NODE" -o %t | grep -Eq 'down|drain'; then inroot scontrol update NodeName="$NODE" State=RESUME || true; fi
  wait_for 60 "node $NODE to be idle" node_ready

  # A maintenance reservation one day ahead (visible in /reservations, never in the way of jobs).
  # SLURM keeps it across restarts, so each `up` moves it a day ahead again: a chroot kept for
  # days must not end up with an ACTIVE maintenance window on its only node.
  if inroot scontrol show reservation "$RESV" >/dev/null 2>&1; then
    inroot scontrol update ReservationName="$RESV" StartTime=now+1day Duration=120 >/dev/null 2>&1 ||
      inroot scontrol delete ReservationName="$RESV" >/dev/null 2>&1 || true
  fi
  if ! inroot scontrol show reservation "$RESV" >/dev/null 2>&1; then
    inroot scontrol create reservation ReservationName="$RESV" StartTime=now+1day Duration=120 \
      Nodes="$NODE" Users="$USER1",root Flags=MAINT,IGNORE_JOBS >/dev/null
  fi

  if ! pid_of $RUNDIR/slurmrestd.pid slurmrestd >/dev/null; then
    rest_ready && die "port 127.0.0.1:$PORT is already served by something this script did not start"
    rm -f "$ROOT$RUNDIR/slurmrestd.pid"
    # slurmctld's endpoints (/slurm/v0.0.4x/) and slurmdbd's (/slurmdb/v0.0.4x/).
    local oas=openapi/slurmctld
    [ "$ACCOUNTING" = on ] && oas+=,openapi/slurmdbd
    [ -e "$ROOT/usr/lib/x86_64-linux-gnu/slurm-wlm/openapi_util.so" ] && oas+=,openapi/util
    # slurmrestd refuses to run as root/SlurmUser: it drops to the slurmrestd user after binding.
    setsid chroot "$ROOT" /usr/bin/env -i PATH=/usr/sbin:/usr/bin SLURM_JWT=daemon /bin/sh -c \
      "echo \$\$ > $RUNDIR/slurmrestd.pid; exec /usr/sbin/slurmrestd -u slurmrestd -g slurmrestd -a rest_auth/jwt -s $oas 127.0.0.1:$PORT" \
      > "$ROOT$LOGDIR/slurmrestd.log" 2>&1 < /dev/null 9>&- &
    wait_for 20 slurmrestd rest_ready
  fi
  log "slurmrestd pid $(pid_of $RUNDIR/slurmrestd.pid slurmrestd)"
  phase_end "daemon start"
}

stop_one() {  # stop_one <pidfile> <comm> [seconds before SIGKILL, default 10]
  local pid i
  pid=$(pid_of "$1" "$2") || { log "$2 not running"; rm -f "$ROOT$1"; return 0; }
  log "stopping $2 (pid $pid)"
  kill -TERM "$pid" 2>/dev/null || true
  for ((i = 0; i < ${3:-10} * 4; i++)); do [ -d "/proc/$pid" ] || break; sleep 0.25; done
  if [ -d "/proc/$pid" ]; then log "$2 still alive, SIGKILL pid $pid"; kill -KILL "$pid" 2>/dev/null || true; fi
  rm -f "$ROOT$1"
}

restart_for_new_conf() {  # `up` wrote a different slurm.conf/slurmdbd.conf: daemons already running reread it
  [ -n "$CONF_CHANGED" ] || return 0
  local d any=
  for d in "$RUNDIR/slurmrestd.pid slurmrestd" "$RUNDIR/slurmd.pid slurmd" "$RUNDIR/slurmctld.pid slurmctld" "$RUNDIR/slurmdbd.pid slurmdbd"; do
    set -- $d; pid_of "$1" "$2" >/dev/null && any=1
  done
  [ -n "$any" ] || return 0
  log "the configuration changed: restarting the SLURM daemons (jobs and their state are kept)"
  stop_one $RUNDIR/slurmrestd.pid slurmrestd
  stop_one $RUNDIR/slurmd.pid slurmd
  stop_one $RUNDIR/slurmctld.pid slurmctld 30
  stop_one $RUNDIR/slurmdbd.pid slurmdbd 30
}

stop_daemons() {
  [ -d "$ROOT" ] || { log "no chroot at $ROOT"; return 0; }
  if pid_of $RUNDIR/slurmctld.pid slurmctld >/dev/null; then
    # end running jobs through SLURM itself so that no slurmstepd keeps the chroot busy
    local ids i; ids=$(inroot squeue -h -o %i 2>/dev/null | tr '\n' ' ')
    if [ -n "${ids// }" ]; then
      log "cancelling jobs: $ids"; inroot scancel $ids || true
      for ((i = 0; i < 30; i++)); do [ -z "$(inroot squeue -h -t R,CG -o %i 2>/dev/null)" ] && break; sleep 0.5; done
    fi
  fi
  stop_one $RUNDIR/slurmrestd.pid slurmrestd
  stop_one $RUNDIR/slurmd.pid slurmd
  stop_one $RUNDIR/slurmctld.pid slurmctld 30
  stop_one $RUNDIR/slurmdbd.pid slurmdbd 30          # after slurmctld: it sends its last records
  stop_one /run/mariadbd/mariadbd.pid mariadbd 60
  stop_one /run/munge/munged.pid munged
  do_umounts
}

# ---------------------------------------------------------------- tokens, env
ctld_running() { pid_of $RUNDIR/slurmctld.pid slurmctld >/dev/null; }
mint_scontrol() { local u=${1:-$USER1} l=${2:-86400}; inroot scontrol token username="$u" lifespan="$l" | sed -n 's/^SLURM_JWT=//p'; }
b64url() { openssl base64 -A | tr '+/' '-_' | tr -d '='; }
mint_openssl() {
  local u=${1:-$USER1} l=${2:-86400} now hdr pay key
  [ -s "$ROOT$KEYFILE" ] || die "no key file $ROOT$KEYFILE; run '$0 up' first"
  now=$(date +%s)
  hdr=$(printf '{"alg":"HS256","typ":"JWT"}' | b64url)
  pay=$(printf '{"exp":%d,"iat":%d,"sun":"%s"}' $((now + l)) "$now" "$u" | b64url)
  key=$(od -An -v -tx1 "$ROOT$KEYFILE" | tr -d ' \n')
  printf '%s.%s.%s\n' "$hdr" "$pay" "$(printf '%s.%s' "$hdr" "$pay" | openssl dgst -sha256 -mac HMAC -macopt "hexkey:$key" -binary | b64url)"
}

env_lines() {
  local release=
  [ -f "$ROOT/.s3m-slurm-ready" ] && release=$(inroot slurmctld -V 2>/dev/null | awk '{print $2}')
  cat <<EOF
S3M_SLURMRESTD_URL=http://127.0.0.1:$PORT
S3M_SLURM_JWT_KEY=$ROOT$KEYFILE
S3M_SLURM_ROOT=$ROOT
S3M_SLURM_CLUSTER=$CLUSTER
S3M_SLURM_NODE=$NODE
S3M_SLURM_USER=$USER1
S3M_SLURM_USER2=$USER2
S3M_SLURM_RESERVATION=$RESV
S3M_SLURM_RELEASE=$release
S3M_SLURM_DBD=$( [ "$ACCOUNTING" = on ] && echo 1 || echo 0 )
S3M_SLURMDBD_PORT=$DBD_PORT
S3M_SLURM_ACCOUNT=$ACCOUNT1
S3M_SLURM_ACCOUNT2=$ACCOUNT2
S3M_SLURM_PROJECT=$PROJECT
S3M_SLURM_PROJECT_UPPER=$PROJECT_UPPER
S3M_SLURM_USER3=$USER3
S3M_SLURM_USER3_TOKEN=$USER3_TOKEN
S3M_SLURM_USER_NOASSOC=$USER_NOASSOC
S3M_SLURM_PRIVATE_DATA=$(knob PrivateData)
S3M_SLURM_MIN_JOB_AGE=$(knob MinJobAge)
S3M_SLURM_MAX_JOB_COUNT=$(knob MaxJobCount)
EOF
}

status() {
  local d
  for d in "/run/munge/munged.pid munged" "/run/mariadbd/mariadbd.pid mariadbd" "$RUNDIR/slurmdbd.pid slurmdbd" \
           "$RUNDIR/slurmctld.pid slurmctld" "$RUNDIR/slurmd.pid slurmd" "$RUNDIR/slurmrestd.pid slurmrestd"; do
    set -- $d; printf '%-11s %s\n' "$2" "$(pid_of "$1" "$2" || echo 'not running')"
  done
  if ctld_running; then inroot sinfo; inroot scontrol show reservation; fi
  if pid_of $RUNDIR/slurmdbd.pid slurmdbd >/dev/null; then inroot sacctmgr list associations format=cluster,account,user,defaultaccount 2>/dev/null || true; fi
  echo "PrivateData=$(knob PrivateData) MinJobAge=$(knob MinJobAge) MaxJobCount=$(knob MaxJobCount)"
}

reconfigure() {  # reconfigure [PrivateData=jobs|none] [MinJobAge=<secs>] [MaxJobCount=<n>] [defaults]
  [ -f "$ROOT/.s3m-slurm-ready" ] || die "no chroot at $ROOT; run '$0 up' first"
  local pd md mj a old_pd
  pd=$(knob PrivateData); md=$(knob MinJobAge); mj=$(knob MaxJobCount); old_pd=$pd
  [ $# -gt 0 ] || die "reconfigure needs PrivateData=..., MinJobAge=..., MaxJobCount=... or defaults"
  for a in "$@"; do
    case "$a" in
      defaults) pd=$DEFAULT_PRIVATE_DATA; md=$DEFAULT_MIN_JOB_AGE; mj=$DEFAULT_MAX_JOB_COUNT ;;
      PrivateData=*) pd=${a#*=}; [[ "$pd" =~ ^(none|[a-z,]+)$ ]] || die "bad $a (none, jobs, or a SLURM PrivateData list)" ;;
      MinJobAge=*) md=${a#*=}; [[ "$md" =~ ^[0-9]+$ ]] && [ "$md" -ge 2 ] || die "bad $a (whole seconds, SLURM's minimum is 2)" ;;
      MaxJobCount=*) mj=${a#*=}; [[ "$mj" =~ ^[0-9]+$ ]] && [ "$mj" -ge 1 ] || die "bad $a (a positive number of jobs)" ;;
      *) die "unknown reconfigure setting: $a" ;;
    esac
  done
  printf 'PrivateData=%s\nMinJobAge=%s\nMaxJobCount=%s\n' "$pd" "$md" "$mj" > "$ROOT$KNOBS"
  do_mounts
  configure
  if pid_of $RUNDIR/slurmctld.pid slurmctld >/dev/null; then
    stop_one $RUNDIR/slurmctld.pid slurmctld 30   # its state (jobs) is saved and read back on start
    if [ "$pd" != "$old_pd" ]; then stop_one $RUNDIR/slurmdbd.pid slurmdbd 30; fi
  fi
  start_daemons
  log "reconfigured: PrivateData=$pd MinJobAge=$md MaxJobCount=$mj"
}

cmd=${1:-up}; shift || true
case "$cmd" in
  up|start|stop|down|status|reset|destroy|token|jwt|env|shell|reconfigure) ;;
  -h|--help|help) usage ;;
  *) usage ;;
esac
case "$ACCOUNTING" in on|off) ;; *) die "S3M_SLURM_ACCOUNTING must be on or off, not $ACCOUNTING" ;; esac
[ "$(id -u)" = 0 ] || cannot "must run as root (it bootstraps a chroot and mounts /proc in it)"
case "$ROOT" in /|/usr|/usr/*|/etc|/etc/*|/bin|/sbin|/lib|/lib64|/var|/home|/root|/tmp|"") die "refusing S3M_SLURM_ROOT=$ROOT";; esac
command -v chroot >/dev/null || cannot "no chroot command"

case "$cmd" in
  up|start)
    T0=$(date +%s)
    take_lock
    ensure_rootfs
    do_mounts
    packages
    configure
    restart_for_new_conf
    start_daemons
    env_lines > "$ENVFILE"
    log "SLURM $(inroot slurmctld -V | awk '{print $2}') up in $(( $(date +%s) - T0 ))s: http://127.0.0.1:$PORT (key $ROOT$KEYFILE, env $ENVFILE)"
    cat "$ENVFILE" ;;
  stop|down) take_lock; stop_daemons ;;
  status) status ;;
  reset)
    take_lock; stop_daemons
    for d in /var/spool/slurmctld /var/spool/slurmd; do [ -d "$ROOT$d" ] && find "$ROOT$d" -mindepth 1 -delete; done
    rm -rf --one-file-system "${ROOT:?}$DBDIR"; rm -f "$ROOT$KNOBS"   # the accounting database, the knobs
    rm -f "$ROOT$LOGDIR"/*.log; log "SLURM and accounting state wiped; run '$0 up'" ;;
  destroy)
    take_lock; stop_daemons
    [ -z "$(mounted_under)" ] || die "still mounted under $ROOT"
    rm -rf --one-file-system "$ROOT"; rm -f "$ENVFILE"; log "removed $ROOT (cache in $CACHE kept)" ;;
  token) ctld_running || die "slurmctld is not running; run '$0 up' first"; mint_scontrol "$@" ;;
  jwt) mint_openssl "$@" ;;
  env)
    u=${1:-$USER1}
    env_lines | sed 's/^/export /'
    if ctld_running; then echo "export SLURM_USER=$u SLURM_JWT=$(mint_scontrol "$u")"; fi ;;
  shell) do_mounts; chroot "$ROOT" /bin/bash -l ;;
  reconfigure)
    take_lock
    reconfigure "$@"
    env_lines > "$ENVFILE"
    cat "$ENVFILE" ;;
esac
