// When a job may start and when it may no longer: begin_time and deadline, as slurmctld 26.05
// keeps them (checked against the real one by test/contract/placement.test.ts). Pure: times come
// in as arguments; `minuteSeconds` is the backend's length of a time-limit minute.
//
// - begin_time in the future: the job pends "BeginTime" until then; eligible_time shows the begin
//   time from the submit on, and while it waits start_time shows the begin time and end_time
//   that plus the time limit (job_mgr.c pack_job's "earliest start time in the future"); both go
//   back to 0 once the time has come and the job still waits. A begin time in the past is no
//   begin time (the job is eligible at once).
// - deadline: refused at submit with 2051 when the job could not end by it if it started at its
//   earliest (max(now, begin)) with its time limit, or with time_minimum when given (2124,
//   ESLURM_INVALID_TIME_MIN_LIMIT); an INFINITE limit never fits. A pending job (held
//   or not) whose time limit (or time_minimum) can no longer end before its deadline ends
//   DEADLINE "DeadLine", exit code 1 (shown SIGNALED 1 HUP), start_time = end_time = then
//   (job_scheduler.c deadline_ok). A job that starts gets the time limit that still fits
//   (min(limit, whole minutes to the deadline)), so it ends TIMEOUT by its deadline at the latest.
import type { JobRecord } from './types.ts';

export const INVALID_TIME_LIMIT = { errorNumber: 2051, error: 'Requested time limit is invalid (missing or exceeds some limit)' } as const;
export const INVALID_TIME_MIN_LIMIT = { errorNumber: 2124, error: "Invalid time-min specification (exceeds job's time or other limits)" } as const;

export interface JobTimes {
  /** Unix seconds, only when in the future at submit. */
  beginTime?: number;
  deadline?: number;
  /** Minutes. */
  timeMinimum?: number;
}

export type TimesCheck = { ok: true; times: JobTimes } | { ok: false; errorNumber: number; error: string };

/**
 * slurmctld's submit checks of begin_time/deadline/time_minimum (job_mgr.c _valid_time_min and
 * the deadline block before it). `timeLimit`: minutes after the partition's default, null = INFINITE.
 */
export function checkTimes(
  req: { beginTime: number | null; deadline: number | null; timeMinimum: number | null },
  timeLimit: number | null,
  nowSeconds: number,
  minuteSeconds: number,
): TimesCheck {
  const times: JobTimes = {};
  if (req.beginTime !== null && req.beginTime > nowSeconds) times.beginTime = req.beginTime;
  if (req.timeMinimum !== null && req.timeMinimum > 0) {
    // A time_min above the time limit (ESLURM_INVALID_TIME_MIN_LIMIT).
    if (timeLimit !== null && req.timeMinimum > timeLimit) return { ok: false, ...INVALID_TIME_MIN_LIMIT };
    times.timeMinimum = req.timeMinimum;
  }
  if (req.deadline !== null && req.deadline > 0) {
    const earliest = Math.max(times.beginTime ?? 0, nowSeconds);
    if (req.deadline < earliest) return { ok: false, ...INVALID_TIME_LIMIT };
    if (times.timeMinimum !== undefined) {
      if (req.deadline < earliest + times.timeMinimum * minuteSeconds) return { ok: false, ...INVALID_TIME_MIN_LIMIT };
    } else if (timeLimit === null || req.deadline < earliest + timeLimit * minuteSeconds) {
      return { ok: false, ...INVALID_TIME_LIMIT };
    }
    times.deadline = req.deadline;
  }
  return { ok: true, times };
}

/** Whether a pending job can no longer run before its deadline (deadline_ok's test). */
export function missedDeadline(job: Pick<JobRecord, 'deadline' | 'timeMinimum' | 'timeLimit'>, nowSeconds: number, minuteSeconds: number): boolean {
  if (!job.deadline) return false;
  const minutes = job.timeMinimum || job.timeLimit;
  if (minutes === null || minutes === undefined) return false;
  return job.deadline < nowSeconds + minutes * minuteSeconds;
}

/** Whether the job waits for its begin time at `nowSeconds`. */
export function beforeBegin(job: Pick<JobRecord, 'beginTime'>, nowSeconds: number): boolean {
  return job.beginTime !== undefined && job.beginTime > nowSeconds;
}

/** The time limit a job starting now gets: what still fits before its deadline (whole minutes), else its own. */
export function limitAtStart(job: Pick<JobRecord, 'deadline' | 'timeLimit'>, nowSeconds: number, minuteSeconds: number): number | null {
  if (!job.deadline) return job.timeLimit;
  const left = Math.max(0, Math.floor((job.deadline - nowSeconds) / minuteSeconds));
  return job.timeLimit === null ? left : Math.min(job.timeLimit, left);
}

/** start_time/end_time a pending job shows: the begin time (and it plus the limit) while that is ahead, else 0. */
export function expectedTimes(job: Pick<JobRecord, 'beginTime' | 'timeLimit'>, nowSeconds: number, minuteSeconds: number): { startTime: number; endTime: number } {
  if (!beforeBegin(job, nowSeconds)) return { startTime: 0, endTime: 0 };
  const begin = job.beginTime!;
  return { startTime: begin, endTime: job.timeLimit === null ? 0 : begin + Math.ceil(job.timeLimit * minuteSeconds) };
}
