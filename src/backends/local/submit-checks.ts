// Submit-time checks slurmrestd and slurmctld make that validate.ts runs in their order, and the
// warnings slurmrestd puts in a submit reply. Checked against Slurm 26.05.5 through its slurmrestd
// (test/contract/submit-checks.test.ts); the order of the refusals, as real shows it for a job
// with two faults: an empty script (slurmrestd's own check), then constraints (2029), partition
// (2000), licenses (2048), environment (2127), then the job's size, memory, reservation.
import type { SlurmError, SlurmWarning } from '../../contract/model.ts';
import type { LocalPartitionConfig } from '../../config/schema.ts';
import type { Cluster } from './cluster.ts';
import { checkFeatures } from './features.ts';
import { INVALID_LICENSES, licensesValid, parseLicenses, type LicenseRequest } from './licenses.ts';

export type CheckRefusal = { ok: false; status: number; errors: SlurmError[] };

/** slurmctld's refusal as slurmrestd words it (the same shape as validate.ts's submitError). */
const refusal = (errorNumber: number, error: string): CheckRefusal => ({
  ok: false,
  status: 422,
  errors: [{ description: 'Batch job submission failed', error_number: errorNumber, error, source: 'slurm_submit_batch_job()' }],
});

/** slurmrestd's _job_post_submit: a script that is there but empty never reaches slurmctld. */
export const EMPTY_SCRIPT: CheckRefusal = {
  ok: false,
  status: 422,
  errors: [{ description: 'Batch job script empty or missing', error_number: 2009, error: 'Job script not specified', source: 'script' }],
};

/** slurmctld's ESLURM_ENVIRONMENT_MISSING: a batch job without environment (absent or []). */
export function checkEnvironment(environment: unknown): CheckRefusal | undefined {
  return Array.isArray(environment) && environment.length > 0 ? undefined : refusal(2127, 'Environment is missing in job');
}

/** `constraints` then `prefer`: syntax and names (2029, 2133), and counts on the partition (2014). */
export function checkConstraints(cluster: Cluster, partition: LocalPartitionConfig | undefined, constraints: string, prefer: string): CheckRefusal | undefined {
  for (const [spec, kind] of [[constraints, 'constraints'], [prefer, 'prefer']] as const) {
    const c = checkFeatures(spec, kind, cluster, partition);
    if (!c.ok) return refusal(c.errorNumber, c.error);
  }
  return undefined;
}

/** The job's license request (null: none), or slurmctld's 2048 for a bad or unsatisfiable one. */
export function checkLicenses(spec: string, totals: Readonly<Record<string, number>>): { ok: true; request: LicenseRequest | null } | CheckRefusal {
  const request = parseLicenses(spec);
  if (request === 'invalid' || (request && !licensesValid(request, totals))) return refusal(INVALID_LICENSES.errorNumber, INVALID_LICENSES.error);
  return { ok: true, request };
}

/** The mail flags in slurmrestd's order (data_parser JOB_MAIL_FLAGS), each once, as job_info shows them. */
const MAIL_FLAGS = ['BEGIN', 'END', 'FAIL', 'REQUEUE', 'TIME=100%', 'TIME=90%', 'TIME=80%', 'TIME=50%', 'STAGE_OUT', 'ARRAY_TASKS', 'INVALID_DEPENDENCY'];
export function mailTypes(value: unknown): string[] {
  const given = new Set((Array.isArray(value) ? value : [value]).filter((v): v is string => typeof v === 'string'));
  return MAIL_FLAGS.filter((f) => given.has(f));
}

/**
 * slurmrestd's warnings for a job slurmctld accepted with a non-zero return code (jobs.c
 * _job_post_submit and _job_submit_rc): the code's text twice, once with "Job submission resulted
 * in non-zero return code: " before it. Real gives one code, the first of: a job too big for its
 * partition now (ESLURM_REQUESTED_PART_CONFIG_UNAVAILABLE; it pends PartitionConfig or
 * PartitionNodeLimit), held (ESLURM_JOB_HELD), naming a reservation that has not started
 * (ESLURM_RESERVATION_NOT_USABLE).
 */
const RETURN_CODE_TEXT = {
  'partition-config': 'Requested partition configuration not available now',
  held: 'Job is in held state, pending scheduler release',
  'reservation-not-usable': 'Requested reservation not usable now',
} as const;
export function submitReturnCodeWarnings(code: keyof typeof RETURN_CODE_TEXT | null): SlurmWarning[] {
  if (!code) return [];
  const text = RETURN_CODE_TEXT[code];
  return [
    { description: `Job submission resulted in non-zero return code: ${text}`, source: 'slurm_submit_batch_job()' },
    { description: text, source: 'slurm_submit_batch_job()' },
  ];
}
