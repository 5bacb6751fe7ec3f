#!/usr/bin/env bash
# capture-versions.sh - records what a REAL slurmrestd answers, for the SAME objects, in every API
# version it serves (v0.0.42 .. v0.0.45), byte-exact, into test/fixtures/slurmrestd/versions/<v>/.
# The evidence for issue 15 (translation between versions): see versions/FINDINGS.md.
#
# Usage (as root, real SLURM up via scripts/real-slurm.sh with the same instance env):
#   S3M_SLURM_ROOT=... S3M_SLURMRESTD_PORT=... bash test/support/capture-versions.sh [outdir]
# It submits its own jobs as alice (account proj-a), waits for their states with deadlines, captures
# each object in the four versions back to back (so they differ only by what changes in a second:
# node load, diag counters), and cancels what it started. Rerunning overwrites the files.
set -euo pipefail
HERE=$(cd "$(dirname "$0")/../.." && pwd)
OUT=${1:-$HERE/test/fixtures/slurmrestd/versions}
VERSIONS=(v0.0.42 v0.0.43 v0.0.44 v0.0.45)
RS="bash $HERE/scripts/real-slurm.sh"
URL=$($RS env alice 2>/dev/null | sed -n "s/^\(export \)\?S3M_SLURMRESTD_URL=//p")
[ -n "$URL" ] || { echo "capture-versions: real SLURM is not up" >&2; exit 1; }
TOKEN=$($RS token alice 7200 2>/dev/null)
RELEASE=$($RS env alice 2>/dev/null | sed -n "s/^\(export \)\?S3M_SLURM_RELEASE=//p")
TMP=$(mktemp -d); trap 'rm -rf "$TMP"' EXIT
mkdir -p "$OUT/requests"; for v in "${VERSIONS[@]}"; do mkdir -p "$OUT/$v"; done
INDEX=$OUT/INDEX.md
{
  echo "# slurmrestd in four API versions: the same objects"
  echo
  echo "Recorded $(date -u +%Y-%m-%dT%H:%M:%SZ) from a real Slurm ${RELEASE:-26.05} single-node cluster (scripts/real-slurm.sh,"
  echo "S3M_SLURM_ACCOUNTING=off) by test/support/capture-versions.sh, as alice (account proj-a)."
  echo "Bodies are byte-for-byte what slurmrestd returned; request bodies are in requests/."
  echo "Each object was captured in the four versions back to back, in the order v0.0.42, v0.0.43, v0.0.44, v0.0.45."
  echo
  echo "| call | version | HTTP status | content-type | file |"
  echo "| --- | --- | --- | --- | --- |"
} >"$INDEX"

H=(-H "X-SLURM-USER-NAME: alice" -H "X-SLURM-USER-TOKEN: $TOKEN")

# call VERSION METHOD REST NAME [REQUESTFILE]: one call, body to <v>/<name>.json, a row in INDEX.md
call() {
  local v=$1 m=$2 rest=$3 name=$4 req=${5:-} meta
  local args=(-sS -X "$m" "${H[@]}" -o "$OUT/$v/$name.json" -w '%{http_code} %{content_type}')
  [ -n "$req" ] && args+=(-H 'Content-Type: application/json' --data-binary "@$req")
  meta=$(curl "${args[@]}" "$URL/slurm/$v/$rest")
  echo "| \`$m /slurm/$v/$rest\` | $v | ${meta%% *} | ${meta#* } | $v/$name.json |" >>"$INDEX"
}
# every METHOD REST NAME: the same call in the four versions
every() { for v in "${VERSIONS[@]}"; do call "$v" "$@"; done; }

# submit JSON: job id of a job_desc submitted in v0.0.43 (not recorded)
submit() {
  printf '%s' "$1" >"$TMP/req.json"
  curl -sS -X POST "${H[@]}" -H 'Content-Type: application/json' --data-binary "@$TMP/req.json" "$URL/slurm/v0.0.43/job/submit" | jq -er .job_id
}
state() { curl -sS "${H[@]}" "$URL/slurm/v0.0.43/job/$1" | jq -r '[.jobs[].job_state[]] | join(",")'; }
# wait_state ID REGEX [SECS]: until every record of the job matches (deadline, never a fixed sleep)
wait_state() {
  local id=$1 re=$2 deadline=$(( $(date +%s) + ${3:-120} )) s
  while :; do
    s=$(state "$id")
    if [ -n "$s" ] && ! tr ',' '\n' <<<"$s" | grep -qvE "^($re)$"; then return 0; fi
    [ "$(date +%s)" -lt "$deadline" ] || { echo "capture-versions: job $id stuck in $s (wanted $re)" >&2; return 1; }
    sleep 0.5
  done
}
cancel() { curl -sS -X DELETE "${H[@]}" "$URL/slurm/v0.0.43/job/$1" >/dev/null || true; }

jd() {  # jd NAME SCRIPT [EXTRA-JSON]: a job_desc for alice in proj-a
  local extra=${3:-}; [ -n "$extra" ] || extra='{}'
  jq -cn --arg name "$1" --arg script "$2" --argjson extra "$extra" \
    '{job: ({name: $name, account: "proj-a", partition: "batch-cpu", tasks: 1, time_limit: {number: 10, set: true},
             current_working_directory: "/tmp", environment: ["PATH=/usr/bin:/bin"], script: $script} + $extra)}'
}

# ---- cluster-wide objects
every GET ping/ ping
every GET partitions/ partitions
every GET partition/batch-cpu partition_batch-cpu
every GET nodes/ nodes
every GET reservations/ reservations
every GET diag/ diag

# ---- jobs (ids kept in $OUT/jobs.txt for FINDINGS.md)
RUN=$(submit "$(jd v-running $'#!/bin/bash\nsleep 900')")
HELD=$(submit "$(jd v-held $'#!/bin/bash\ntrue' '{"hold":true}')")
DONE=$(submit "$(jd v-completed $'#!/bin/bash\necho done')")
FAIL=$(submit "$(jd v-failed $'#!/bin/bash\nexit 3')")
ARR=$(submit "$(jd v-array $'#!/bin/bash\necho task $SLURM_ARRAY_TASK_ID' '{"array":"1-3"}')")
PAT=$(submit "$(jd v-pattern $'#!/bin/bash\necho out; echo err >&2' '{"standard_output":"v-%x-%j.out","standard_error":"logs/../v-%A_%a-%u.err","standard_input":"/dev/null"}')")
SHR=$(submit "$(jd v-shared $'#!/bin/bash\ntrue' '{"hold":true,"shared":["oversubscribe"]}')")
CAN=$(submit "$(jd v-cancelled $'#!/bin/bash\nsleep 900')")
printf 'running=%s held=%s completed=%s failed=%s array=%s pattern=%s cancelled=%s shared=%s\n' "$RUN" "$HELD" "$DONE" "$FAIL" "$ARR" "$PAT" "$CAN" "$SHR" >"$OUT/jobs.txt"

wait_state "$RUN" RUNNING
wait_state "$DONE" COMPLETED
wait_state "$FAIL" FAILED
wait_state "$PAT" COMPLETED
wait_state "$HELD" PENDING
every GET "job/$RUN" job_running
every GET "job/$HELD" job_pending_held
every GET "job/$DONE" job_completed
every GET "job/$FAIL" job_failed
every GET "job/$PAT" job_pattern
every GET "job/$SHR" job_shared_oversubscribe
cancel "$SHR"
cancel "$RUN"   # frees the CPU for the array and the job to cancel
wait_state "$ARR" COMPLETED
every GET "job/$ARR" job_array
wait_state "$CAN" RUNNING
call v0.0.43 DELETE "job/$CAN" DELETE_job_running
wait_state "$CAN" CANCELLED
every GET "job/$CAN" job_cancelled

# ---- submit and delete replies in each version: the same held job_desc, then DELETE it
jd v-submit $'#!/bin/bash\ntrue' '{"hold":true}' >"$OUT/requests/POST_job_submit.request.json"
for v in "${VERSIONS[@]}"; do
  call "$v" POST job/submit POST_job_submit "$OUT/requests/POST_job_submit.request.json"
  id=$(jq -r .job_id "$OUT/$v/POST_job_submit.json")
  call "$v" DELETE "job/$id" DELETE_job_pending
done
# fields only some versions declare, sent to every version: what does each answer, and (for the job
# the v0.0.45 submission made) does each version show them?
jd v-newer-fields $'#!/bin/bash\ntrue' \
  '{"hold":true,"cores_per_socket":1,"power_flags":[],"container_type":"oci","memory_update_delay":5,"memory_update_margin":10}' \
  >"$OUT/requests/POST_job_submit_newer_fields.request.json"
# step_id (v0.0.44+; job_id in every version) asks for a job id: one that exists, so SLURM refuses
jd v-step-id $'#!/bin/bash\ntrue' "{\"hold\":true,\"step_id\":{\"job_id\":{\"set\":true,\"number\":$DONE},\"step_id\":\"batch\"}}" \
  >"$OUT/requests/POST_job_submit_step_id.request.json"
# job_id (every version) asks for the same: the older way to say what step_id/job_id says
jd v-job-id $'#!/bin/bash\ntrue' "{\"hold\":true,\"job_id\":$DONE}" >"$OUT/requests/POST_job_submit_job_id.request.json"
NEWER=()
for v in "${VERSIONS[@]}"; do
  call "$v" POST job/submit POST_job_submit_newer_fields "$OUT/requests/POST_job_submit_newer_fields.request.json"
  NEWER+=("$(jq -r '.job_id // empty' "$OUT/$v/POST_job_submit_newer_fields.json")")
  call "$v" POST job/submit POST_job_submit_step_id "$OUT/requests/POST_job_submit_step_id.request.json"
  NEWER+=("$(jq -r '.job_id // empty' "$OUT/$v/POST_job_submit_step_id.json")")
  call "$v" POST job/submit POST_job_submit_job_id "$OUT/requests/POST_job_submit_job_id.request.json"
  NEWER+=("$(jq -r '.job_id // empty' "$OUT/$v/POST_job_submit_job_id.json")")
done
if [ -n "${NEWER[9]:-}" ]; then every GET "job/${NEWER[9]}" job_newer_fields_v45; fi
for id in "${NEWER[@]}"; do [ -n "$id" ] && cancel "$id"; done

# ---- errors
every GET job/999999 error_unknown_job
jq -cn '{job: {name: "v-noscript", account: "proj-a", current_working_directory: "/tmp", environment: ["PATH=/usr/bin"]}}' \
  >"$OUT/requests/error_missing_script.request.json"
every POST job/submit error_missing_script "$OUT/requests/error_missing_script.request.json"
every DELETE job/999999 error_unknown_job_delete
cancel "$HELD"
echo "capture-versions: done -> $OUT ($(cat "$OUT/jobs.txt"))" >&2
