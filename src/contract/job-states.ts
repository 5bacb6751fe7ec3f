// SLURM's base job states (enum job_states in slurm.h, in its order) and which of them are final:
// IS_JOB_FINISHED is "state > JOB_SUSPENDED". job_state[] in replies holds one base state plus
// flags (COMPLETING, CONFIGURING, ...); a job with COMPLETING is still being killed and ended.

export const BASE_STATES = ['PENDING', 'RUNNING', 'SUSPENDED', 'COMPLETED', 'CANCELLED', 'FAILED', 'TIMEOUT', 'NODE_FAIL', 'PREEMPTED', 'BOOT_FAIL', 'DEADLINE', 'OUT_OF_MEMORY'] as const;
export type BaseState = (typeof BASE_STATES)[number];

export const BASE_STATE_SET: ReadonlySet<string> = new Set(BASE_STATES);

/** Base states after which a job never runs again. */
export const FINAL_STATES: ReadonlySet<string> = new Set(BASE_STATES.slice(BASE_STATES.indexOf('SUSPENDED') + 1));

/** Ended and done ending: a final base state without the COMPLETING flag (its exit code will not change). */
export const isSettled = (state: string, flags: readonly string[]): boolean => FINAL_STATES.has(state) && !flags.includes('COMPLETING');
