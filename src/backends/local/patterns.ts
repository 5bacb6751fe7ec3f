// sbatch's filename patterns for --output/--error/--input. SLURM expands them on the node when
// the batch step starts; the same expansion gives stdout_expanded & co. in the job record.
import { isAbsolute, resolve } from 'node:path';

/** SLURM's NO_VAL-ish array index of a job that is not part of an array (shown by %a). */
export const NO_ARRAY_INDEX = 4294967294;

export interface PatternContext {
  jobId: number;
  jobName: string;
  user: string;
  /** The job array's id and this record's task (SLURM's NO_VAL index while unset, as real shows for a meta record). */
  arrayJobId?: number;
  arrayTaskId?: number;
  /** First allocated node, '' while none is allocated. */
  firstNode: string;
  cwd: string;
}

/**
 * Expand %j %J %x %u %A %a %N %n %s %t %% (with optional zero padding, "%4j"), then make the path
 * absolute against the job's working directory. Unknown specifiers are left as they are, as SLURM does.
 */
export function expandPattern(pattern: string, ctx: PatternContext): string {
  if (pattern === '') return '';
  const expanded = pattern.replace(/%(\d*)([jJxuAaNnst%])/g, (whole, padding: string, spec: string) => {
    const pad = (v: number | string) => (padding ? String(v).padStart(Number(padding), '0') : String(v));
    switch (spec) {
      case '%':
        return '%';
      case 'j':
      case 'J':
        return pad(ctx.jobId);
      case 'A':
        return pad(ctx.arrayJobId ?? ctx.jobId);
      case 'x':
        return ctx.jobName;
      case 'u':
        return ctx.user;
      case 'a':
        return pad(ctx.arrayTaskId ?? NO_ARRAY_INDEX);
      case 'N':
        return ctx.firstNode;
      case 'n':
      case 't':
        // The batch step runs on the first node (node id 0) as task 0.
        return pad(0);
      case 's':
        // The batch step's step id is SLURM_BATCH_SCRIPT (0xfffffffb).
        return pad(4294967291);
      default:
        return whole;
    }
  });
  return isAbsolute(expanded) ? expanded : resolve(ctx.cwd, expanded);
}
