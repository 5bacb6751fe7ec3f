// The slurmrestd face of the local backend: its replies in slurmrestd's envelope, and the job ids
// slurmrestd refuses before it asks slurmctld.
import type { BackendReply } from '../backend.ts';
import { envelope } from '../../contract/envelope.ts';
import type { Meta, SlurmError, SlurmWarning } from '../../contract/model.ts';

export type Enveloped<T> = BackendReply<T & ReturnType<typeof envelope>>;

export function replyOf<T extends object>(meta: Required<Meta>, status: number, payload: T, errors: SlurmError[] = [], warnings: SlurmWarning[] = []): Enveloped<T> {
  return { status, body: envelope(meta, payload, errors, warnings) } as Enveloped<T>;
}

/**
 * Job ids slurmrestd 26.05 refuses before asking slurmctld (GET and DELETE alike, seen on the real
 * one): not a number (nor `<id>_<task>`, an array task), 0, or NO_VAL-2 and above → 422;
 * MAX_JOB_ID (0x03ffffff) and above → 404 "Invalid JobID=N rejected", without a jobs or status
 * list. Undefined for an id it would ask about.
 */
export function refusedJobId(meta: Required<Meta>, jobId: string): Enveloped<object> | undefined {
  const m = /^(\d+)(?:_\d+)?$/.exec(jobId);
  const id = m ? Number(m[1]) : 0;
  if (id === 0 || id >= 0xfffffffd) {
    return replyOf(meta, 422, {}, [{ description: 'Rejecting request. Failure parsing parameters', error_number: 9000, error: 'Query empty or not RFC7320 compliant', source: 'op_handler_job' }]);
  }
  if (id >= 0x03ffffff) {
    return replyOf(meta, 404, {}, [{ description: `Invalid JobID=${jobId} rejected`, error_number: 2017, error: 'Invalid job id specified', source: 'op_handler_job' }]);
  }
  return undefined;
}
