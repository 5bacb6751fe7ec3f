// Reading a job record the way squeue and sbatch --wait do: its state, whether it has ended, how
// long it ran, and the exit status a shell should see.
import { FINAL_STATES, isSettled } from '../contract/job-states.ts';
import { DEFAULT_SIGNAL, signalNumber as numberOfSignal } from '../contract/signals.ts';
import type { AnyJobInfo } from './types.ts';

/** Base states after which a job never runs again (SLURM's job_state_string, without flags). */
export const FINISHED_STATES = FINAL_STATES;

/** The base state: job_state[0] (PENDING, RUNNING, COMPLETED...). */
export const baseState = (job: AnyJobInfo): string => job.job_state?.[0] ?? 'UNKNOWN';

/** Ended, and done ending: a COMPLETING job is still being killed and its exit code may change. */
export function isJobFinished(job: AnyJobInfo): boolean {
  return isSettled(baseState(job), job.job_state ?? []);
}

const setNumber = (v: { set?: boolean; number?: number } | undefined): number | undefined => (v?.set ? v.number : undefined);

/** Seconds the job has run: end - start once ended, now - start while running, 0 before it starts. */
export function elapsedSeconds(job: AnyJobInfo, nowSeconds = Date.now() / 1000): number {
  const start = setNumber(job.start_time) ?? 0;
  const end = setNumber(job.end_time) ?? 0;
  if (start <= 0) return 0;
  if (baseState(job) === 'PENDING') return 0;
  if (end > 0 && end >= start && baseState(job) !== 'RUNNING') return end - start;
  return Math.max(0, nowSeconds - start);
}

function signalNumber(sig: { id?: { set?: boolean; number?: number }; name?: string } | undefined): number | undefined {
  const id = setNumber(sig?.id);
  if (id !== undefined && id > 0) return id;
  if (!sig?.name) return undefined;
  return numberOfSignal(sig.name);
}

/**
 * The exit status a shell should see for an ended job, like `sbatch --wait`: the script's exit
 * code; 128+n when it died of signal n (a cancelled running job: 128+15). A job that ended in
 * any state but COMPLETED never yields 0 even when SLURM recorded 0:0 (a pending job that was
 * cancelled never ran): CANCELLED gives 128+15 (scancel's SIGTERM), other states 1.
 */
export function jobExitCode(job: AnyJobInfo): number {
  const e = job.exit_code;
  const status = e?.status ?? [];
  if (status.includes('SIGNALED') || status.includes('CORE_DUMPED')) {
    const n = signalNumber(e?.signal);
    if (n !== undefined) return 128 + n;
  }
  const rc = setNumber(e?.return_code) ?? 0;
  if (rc !== 0) return rc;
  const state = baseState(job);
  if (state === 'COMPLETED') return 0;
  if (state === 'CANCELLED') return 128 + DEFAULT_SIGNAL;
  return 1;
}
