// The job_desc fields that shape how the batch step is launched (argv, open_mode), read as
// slurmrestd reads them, for the job record. Kept apart from validate.ts's submit checks.
import type { JobRecord } from './types.ts';

export type LaunchFields = Pick<JobRecord, 'argv' | 'openMode'>;

/** A list of strings; slurmrestd's parser turns numbers in it into their text ([1, "two"] → "1", "two"). */
function readStrings(v: unknown): string[] | undefined {
  if (!Array.isArray(v)) return undefined;
  return v.filter((x) => typeof x === 'string' || (typeof x === 'number' && Number.isFinite(x))).map(String);
}

/**
 * open_mode's flags (a list, or one flag as a string): slurmctld keeps TRUNCATE when both are
 * given (checked on 26.05: ["APPEND","TRUNCATE"] and ["TRUNCATE","APPEND"] both truncate); none = default.
 */
function readOpenMode(v: unknown): JobRecord['openMode'] {
  const flags = typeof v === 'string' ? [v] : Array.isArray(v) ? v : [];
  if (flags.includes('TRUNCATE')) return 'TRUNCATE';
  if (flags.includes('APPEND')) return 'APPEND';
  return undefined;
}

/** The record's launch fields; absent ones are left out (records stay as they were without them). */
export function launchFields(job: { argv?: unknown; open_mode?: unknown }): LaunchFields {
  const out: LaunchFields = {};
  const argv = readStrings(job.argv);
  if (argv && argv.length > 0) out.argv = argv;
  const openMode = readOpenMode(job.open_mode);
  if (openMode) out.openMode = openMode;
  return out;
}
