// Which fields of a v0.0.43 job_desc_msg the local backend acts on, and a warning naming each one
// it does not: where slurmrestd ignores a field it says so in `warnings` ("Ignoring unknown field
// ..."), and the local backend does the same for the fields real SLURM would act on and it cannot,
// instead of accepting them in silence. A field counts as given when its value asks for
// something: null, "", false, [], {} and an unset {set:false} number ask for nothing (clients such
// as workflow tools send such defaults), so they draw no warning.
import type { SlurmWarning } from '../../contract/model.ts';

/**
 * Fields the local backend implements (validate.ts reads them and the job shows or obeys them).
 * A field moves here from NOT_IMPLEMENTED when the backend learns it.
 */
export const IMPLEMENTED_FIELDS: ReadonlySet<string> = new Set([
  'account',
  'argv',
  'array',
  'begin_time',
  'comment',
  'constraints',
  'cpus_per_task',
  'current_working_directory',
  'deadline',
  'dependency',
  'environment',
  'hold',
  'licenses',
  'memory_per_cpu',
  'memory_per_node',
  'minimum_nodes',
  'name',
  'nodes',
  'open_mode',
  'partition',
  'prefer',
  'requeue',
  'reservation',
  'script',
  'shared',
  'standard_error',
  'standard_input',
  'standard_output',
  'tasks',
  'tasks_per_node',
  'time_limit',
  'time_minimum',
  // Special cases, handled below: flags (some values), mail_type/mail_user (shown, no mail sent),
  // nice (shown; the local queue is FIFO, so it does not change the job's priority), maximum_nodes
  // (jobs get their minimum node count).
  'flags',
  'mail_type',
  'mail_user',
  'nice',
  'maximum_nodes',
]);

/** Job flags the local backend implements; any other flag given draws a warning naming it. */
export const IMPLEMENTED_FLAGS: ReadonlySet<string> = new Set(['KILL_INVALID_DEPENDENCY', 'NO_KILL_INVALID_DEPENDENCY']);

/** Whether a value asks for something (see the header). */
export function given(value: unknown): boolean {
  if (value === null || value === undefined || value === '' || value === false) return false;
  if (Array.isArray(value)) return value.length > 0;
  if (typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (Object.keys(o).length === 0) return false;
    if ('set' in o && o.set === false && o.infinite !== true) return false;
  }
  return true;
}

export const notImplementedText = (field: string, detail = 'has no effect') => `Field "${field}" is not implemented by the local backend: it ${detail}`;

/**
 * Warnings for the given fields of `job` (a job_desc_msg, unknown fields already left out) that
 * the local backend does not implement, in the order the fields came.
 */
export function notImplementedWarnings(job: Record<string, unknown>, known: (field: string) => boolean): SlurmWarning[] {
  const out: SlurmWarning[] = [];
  const warn = (field: string, detail?: string) => out.push({ description: notImplementedText(field, detail), source: `#/job/${field}/` });
  for (const [field, value] of Object.entries(job)) {
    if (!known(field) || !given(value)) continue;
    if (field === 'flags') {
      const other = (Array.isArray(value) ? value : []).filter((f) => typeof f === 'string' && !IMPLEMENTED_FLAGS.has(f));
      if (other.length) warn('flags', `has no effect for ${other.join(', ')}`);
    } else if (field === 'mail_type') {
      // The job shows it, as slurmctld's does; no mail is sent.
      warn('mail_type', 'is shown in the job, but no mail is sent');
    } else if (field === 'maximum_nodes') {
      // A job gets its minimum node count (`nodes` "2-4" or minimum_nodes): a maximum at or below it asks nothing more.
      const min = typeof job.minimum_nodes === 'number' ? job.minimum_nodes : Number(/^\s*(\d+)/.exec(String(job.nodes ?? ''))?.[1] ?? 1);
      if (typeof value === 'number' && value > min) warn('maximum_nodes', `has no effect: the job gets its minimum node count (${min})`);
    } else if (field === 'nice') {
      if (value !== 0) warn('nice', 'is shown in the job, but does not change its priority');
    } else if (!IMPLEMENTED_FIELDS.has(field)) {
      warn(field);
    }
  }
  return out;
}
