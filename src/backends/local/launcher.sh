# The job launcher (see launcher.ts): run by /bin/sh as the job's account, before any job code.
# $1 stdin path ("" = /dev/null)  $2 stdout path  $3 stderr path ("" = with stdout)
# $4 working directory  $5 batch script  $6 largest file in 512-byte blocks ("" = no limit)
# What it does, and the order, follow slurmstepd (checked against Slurm 26.05 by the contract suite).
exec 9>&2
fail() {
  printf '%s\n' "$1" >&9
  exit 1
}
# slurmstepd's log line prefix, as it appears in a job's output.
stamp() { date +'[%Y-%m-%dT%H:%M:%S.%3N]'; }
# dash's words for open(2) errors → strerror's, as slurmstepd prints them (%m).
reason() {
  case "$1" in
    *"Directory nonexistent" | *"No such file") echo "No such file or directory" ;;
    *": "*) echo "${1##*: }" ;;
    *) echo "$1" ;;
  esac
}
# The gate: the gateway writes "go" once this process is in the job's cgroup.
IFS= read -r gate || exit 1
[ "$gate" = go ] || exit 1
if [ -n "$6" ]; then ulimit -f "$6" || fail "could not set the file size limit"; fi
# Files are opened before the working directory is entered, so relative names are relative to the
# directory the job asked for, whether or not it can be entered (slurmstepd's io setup).
cwd=$4
absolute() { case "$1" in /*) echo "$1" ;; *) echo "$cwd/$1" ;; esac; }
in=$1 out=$(absolute "$2") err=
[ -n "$3" ] && err=$(absolute "$3")
[ -n "$in" ] && in=$(absolute "$in")
# stdin, stdout, stderr in that order; a probe first (to say why in SLURM's words), creating a
# missing directory of an output file as slurmstepd does (mkdirpath), then the real redirection.
if [ -n "$in" ]; then
  e=$(true 2>&1 <"$in")
  [ -z "$e" ] || fail "Could not open stdin file $in: $(reason "$e")"
fi
open_out() {
  e=$(true 2>&1 >>"$2")
  dir=${2%/*}
  if [ -n "$e" ] && [ -n "$dir" ] && [ ! -e "$dir" ]; then
    if ! m=$(mkdir -p -- "$dir" 2>&1); then
      fail "_init_task_stdio_fds: Could not open $1 file '$2': 'No such file or directory'. Recursive path creation failed: '$(reason "$m")'."
    fi
    e=$(true 2>&1 >>"$2")
  fi
  [ -z "$e" ] || fail "Could not open $1 file $2: $(reason "$e")"
}
open_out stdout "$out"
exec >"$out"
if [ -n "$err" ]; then
  open_out stderr "$err"
  exec 2>"$err"
else
  exec 2>&1
fi
if [ -n "$in" ]; then exec <"$in"; else exec </dev/null; fi
if ! cd -- "$4" 2>/dev/null; then
  if [ ! -e "$4" ]; then why="No such file or directory"; elif [ ! -d "$4" ]; then why="Not a directory"; else why="Permission denied"; fi
  cd /tmp || fail "couldn't chdir to /tmp either. dying."
  # slurmstepd tries twice (once for the step, once for the task) and says so each time.
  for _ in 1 2; do printf "%s error: couldn't chdir to \`%s': %s: going to /tmp instead\n" "$(stamp)" "$4" "$why"; done
fi
exec 9>&-
# A missing interpreter: execve() fails in the task, which exits with its errno, as slurmstepd's does.
{ IFS= read -r first <"$5"; } 2>/dev/null
# No "#!": the kernel's execve() refuses the file (ENOEXEC, 8), as slurmstepd reports it; sh's exec
# would run it as a shell script instead.
case $first in
  '#!'*) ;;
  *)
    printf '%s error: execve(): %s: Exec format error\n' "$(stamp)" "$5"
    exit 8
    ;;
esac
interp=${first#\#!}
interp=${interp#"${interp%%[! ]*}"}
interp=${interp%%[ 	]*}
if [ ! -e "$interp" ]; then
  printf '%s error: execve(): bad interpreter(%s): No such file or directory\n' "$(stamp)" "$interp"
  exit 2
elif [ ! -x "$interp" ] || [ -d "$interp" ]; then
  printf '%s error: execve(): bad interpreter(%s): Permission denied\n' "$(stamp)" "$interp"
  exit 13
fi
exec "$5"
