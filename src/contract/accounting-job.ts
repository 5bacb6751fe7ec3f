// A finished job as SLURM's accounting keeps it (slurmdbd: GET /slurmdb/v0.0.43/job/{id}, a
// v0.0.43_job) in the shape GET /slurm/v0.0.43/job/{id} answers (a v0.0.43_job_info): each field
// where both hold the same fact, under job_info's name. What accounting does not keep (uid and
// gid, the job's resources, the request's details) is left out rather than made up, and the
// TRES strings are not rebuilt (slurmctld formats them, e.g. "mem=4G", from other units).
import type { components } from './generated/openapi-v0.0.43.ts';
import type { JobInfo } from './model.ts';
import { num } from './no-val.ts';

export type AccountingJob = components['schemas']['v0.0.43_job'];

/** A unix time that accounting keeps as a plain number (0: never happened) as job_info's number struct. */
const at = (seconds: number | undefined) => (seconds === undefined ? undefined : num(seconds));

export function jobInfoFromAccounting(j: AccountingJob): JobInfo {
  const info: JobInfo = {
    job_id: j.job_id,
    name: j.name,
    account: j.account,
    user_name: j.user,
    group_name: j.group,
    partition: j.partition,
    qos: j.qos,
    cluster: j.cluster,
    nodes: j.nodes,
    job_state: j.state?.current as JobInfo['job_state'],
    state_reason: j.state?.reason,
    exit_code: j.exit_code,
    derived_exit_code: j.derived_exit_code,
    submit_time: at(j.time?.submission),
    eligible_time: at(j.time?.eligible),
    start_time: at(j.time?.start),
    end_time: at(j.time?.end),
    time_limit: j.time?.limit,
    priority: j.priority,
    hold: j.hold,
    restart_cnt: j.restart_cnt,
    resv_name: j.reservation?.name,
    wckey: j.wckey?.wckey,
    comment: j.comment?.job,
    admin_comment: j.comment?.administrator,
    system_comment: j.comment?.system,
    failed_node: j.failed_node,
    current_working_directory: j.working_directory,
    // job_info shows the paths as submitted, patterns (%j, %x, ...) and all.
    standard_input: j.stdin,
    standard_output: j.stdout,
    standard_error: j.stderr,
    array_job_id: j.array?.job_id === undefined ? undefined : num(j.array.job_id),
    array_task_id: j.array?.task_id,
    het_job_id: j.het?.job_id === undefined ? undefined : num(j.het.job_id),
    // Accounting keeps no offset (NO_VAL) for a job that is not heterogeneous; slurmctld shows 0.
    het_job_offset: j.het?.job_offset?.set ? j.het.job_offset : j.het ? num(0) : undefined,
  };
  for (const k of Object.keys(info) as (keyof JobInfo)[]) if (info[k] === undefined) delete info[k];
  return info;
}
