# The job launcher (see launcher.ts): run by /bin/sh as the job's account, before any job code,
# with the job's own environment (job-environment.ts).
# $1 stdin path ("" = /dev/null)  $2 stdout path  $3 stderr path ("" = with stdout)
# $4 working directory  $5 batch script  $6 largest file in 512-byte blocks ("" = no limit)
# $7 "a" = open the output files for appending (open_mode APPEND), else truncate them
# $8... the script's arguments ($1... of the script: argv[1...])
# What it does, and the order, follow slurmstepd (checked against Slurm 26.05 by the contract suite).
# Its own variables are named s3m_* and unset before the script starts, so that the job's
# environment reaches the script as it was (a job's variable of the same name would be lost).
# Programs it runs are named by absolute path: the job's PATH is the job's business.
exec 9>&2
fail() {
  printf '%s\n' "$1" >&9
  exit 1
}
# slurmstepd's log line prefix, as it appears in a job's files.
stamp() { /bin/date +'[%Y-%m-%dT%H:%M:%S.%3N]'; }
# slurmstepd's error(), written to the job's stderr.
stepd_error() { printf '%s error: %s\n' "$(stamp)" "$1" >&2; }
# dash's and mkdir's words for errors → strerror's, as slurmstepd prints them (%m).
reason() {
  case "$1" in
    *"Directory nonexistent" | *"No such file") echo "No such file or directory" ;;
    *": "*) echo "${1##*: }" ;;
    *) echo "$1" ;;
  esac
}
# The gate: the gateway writes "go" once this process is in the job's cgroup.
IFS= read -r s3m_gate || exit 1
# The launcher's cd sets OLDPWD, which slurmstepd's chdir() does not: the job's own (if any) is kept.
s3m_oldpwd=${OLDPWD-} s3m_had_oldpwd=${OLDPWD+x}
[ "$s3m_gate" = go ] || exit 1
if [ -n "$6" ]; then ulimit -f "$6" || fail "could not set the file size limit"; fi
# slurmstepd's set_umask(): SLURM_UMASK (octal) from the job's environment, removed from it
# afterwards; without it, slurmd's own umask (0022, as a service runs).
if [ -n "${SLURM_UMASK+x}" ]; then
  # strtol(value, NULL, 8): its leading octal digits, 0 when there are none.
  s3m_m=${SLURM_UMASK%%[!0-7]*}
  umask "$(printf '%04o' "$((0${s3m_m:-0} & 0777))")"
  unset SLURM_UMASK
else
  umask 0022
fi
# mkdir(path, mode) under the umask: mode & ~umask.
mkdir_mode() { (umask "$(printf '%04o' "$((0$(umask) | $1))")" && shift && /bin/mkdir "$@" 2>&1); }
# Files are opened before the working directory is entered, so relative names are relative to the
# directory the job asked for, whether or not it can be entered (slurmstepd's io setup).
s3m_cwd=$4
absolute() { case "$1" in /*) echo "$1" ;; *) echo "$s3m_cwd/$1" ;; esac; }
s3m_in=$1 s3m_out=$(absolute "$2") s3m_err=
[ -n "$3" ] && s3m_err=$(absolute "$3")
[ -n "$s3m_in" ] && s3m_in=$(absolute "$s3m_in")
# stdin, stdout, stderr in that order; a probe first (to say why in SLURM's words), creating a
# missing directory of an output file as slurmstepd does (mkdirpath: each missing directory with
# mode 0755 under the umask, as the job's user), then the real redirection.
if [ -n "$s3m_in" ]; then
  s3m_e=$(true 2>&1 <"$s3m_in")
  [ -z "$s3m_e" ] || fail "Could not open stdin file $s3m_in: $(reason "$s3m_e")"
fi
open_out() {
  s3m_e=$(true 2>&1 >>"$2")
  s3m_dir=${2%/*}
  if [ -n "$s3m_e" ] && [ -n "$s3m_dir" ] && [ ! -e "$s3m_dir" ]; then
    if ! s3m_m=$(mkdir_mode 022 -p -- "$s3m_dir"); then
      fail "_init_task_stdio_fds: Could not open $1 file '$2': 'No such file or directory'. Recursive path creation failed: '$(reason "$s3m_m")'."
    fi
    s3m_e=$(true 2>&1 >>"$2")
  fi
  [ -z "$s3m_e" ] || fail "Could not open $1 file $2: $(reason "$s3m_e")"
}
# slurmstepd opens them O_APPEND in both modes (O_TRUNC as well unless appending), so that its own
# lines (the CANCELLED line, written by the gateway into the same file) and the job's never overwrite
# each other.
open_out stdout "$s3m_out"
[ "$7" = a ] || : >"$s3m_out"
exec >>"$s3m_out"
if [ -n "$s3m_err" ]; then
  open_out stderr "$s3m_err"
  [ "$7" = a ] || : >"$s3m_err"
  exec 2>>"$s3m_err"
else
  exec 2>&1
fi
if [ -n "$s3m_in" ]; then exec <"$s3m_in"; else exec </dev/null; fi
if ! cd -- "$4" 2>/dev/null; then
  if [ ! -e "$4" ]; then s3m_why="No such file or directory"; elif [ ! -d "$4" ]; then s3m_why="Not a directory"; else s3m_why="Permission denied"; fi
  cd /tmp || fail "couldn't chdir to /tmp either. dying."
  # slurmstepd tries twice (once for the step, once for the task) and says so each time.
  for _ in 1 2; do stepd_error "couldn't chdir to \`$4': $s3m_why: going to /tmp instead"; done
fi
exec 9>&-
# slurmstepd's _make_tmpdir(): TMPDIR is /tmp unless the job names one; a named one is created
# (mode 0700 under the umask, one level, relative to the working directory) or must be a
# directory the user can write and enter; otherwise slurmstepd says why and uses /tmp.
if [ -z "${TMPDIR+x}" ]; then
  export TMPDIR=/tmp
elif ! s3m_m=$(mkdir_mode 077 -- "$TMPDIR"); then
  if [ ! -e "$TMPDIR" ]; then
    stepd_error "Unable to create TMPDIR [$TMPDIR]: $(reason "$s3m_m")"
  elif [ ! -d "$TMPDIR" ]; then
    stepd_error "TMPDIR [$TMPDIR] is not a directory"
  elif [ ! -w "$TMPDIR" ] || [ ! -x "$TMPDIR" ]; then
    stepd_error "TMPDIR [$TMPDIR] is not writeable"
  else
    s3m_m=ok
  fi
  if [ "$s3m_m" != ok ]; then
    stepd_error "Setting TMPDIR to /tmp"
    export TMPDIR=/tmp
  fi
fi
# A missing interpreter: execve() fails in the task, which exits with its errno, as slurmstepd's does.
{ IFS= read -r s3m_first <"$5"; } 2>/dev/null
# No "#!": the kernel's execve() refuses the file (ENOEXEC, 8), as slurmstepd reports it; sh's exec
# would run it as a shell script instead.
case $s3m_first in
  '#!'*) ;;
  *)
    stepd_error "execve(): $5: Exec format error"
    exit 8
    ;;
esac
s3m_interp=${s3m_first#\#!}
s3m_interp=${s3m_interp#"${s3m_interp%%[! ]*}"}
s3m_interp=${s3m_interp%%[ 	]*}
if [ ! -e "$s3m_interp" ]; then
  stepd_error "execve(): bad interpreter($s3m_interp): No such file or directory"
  exit 2
elif [ ! -x "$s3m_interp" ] || [ -d "$s3m_interp" ]; then
  stepd_error "execve(): bad interpreter($s3m_interp): Permission denied"
  exit 13
fi
# The batch shell is this process: its pid is the task's (slurmstepd's SLURM_TASK_PID).
export SLURM_TASK_PID=$$
s3m_script=$5
shift 7
set -- "$s3m_script" "$@"
if [ -n "$s3m_had_oldpwd" ]; then OLDPWD=$s3m_oldpwd; else unset OLDPWD; fi
unset s3m_oldpwd s3m_had_oldpwd s3m_gate s3m_cwd s3m_in s3m_out s3m_err s3m_e s3m_dir s3m_m s3m_why s3m_first s3m_interp s3m_script
exec "$@"
