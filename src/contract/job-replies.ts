// Bodies slurmrestd answers about a job that does not exist. The service reuses them for jobs
// of another project, so that such a job answers exactly like a missing one.
import type { JobsResponse, KillJobResponse, Meta } from './model.ts';
import { num, unset } from './no-val.ts';

/** GET /job/{id} for an unknown id: 404, `jobs: []`, error 2017 (responses/error_unknown_job.json). */
/** slurmrestd's warning on GET job/<id>_<task>, whether the array exists or not (it lists the whole array: _handle_job_get). */
export const ARRAY_TASK_GET_WARNING = { description: 'Job array Ids are not currently supported for job searches. Showing all jobs in array instead.', source: '_handle_job_get' };

/** Whether a job path id names an array task (`<id>_<task>`). */
export const namesArrayTask = (jobId: string): boolean => jobId.includes('_');

export function unknownJobBody(meta: Meta, jobId: string): JobsResponse {
  return {
    jobs: [],
    last_backfill: num(0),
    last_update: num(0),
    meta,
    errors: [{ description: `Unable to query JobId=${jobId}`, error_number: 2017, error: 'Invalid job id specified', source: '_handle_job_get' }],
    warnings: namesArrayTask(jobId) ? [ARRAY_TASK_GET_WARNING] : [],
  };
}

/** DELETE /job/{id} for an unknown id: 200 with status[0].error 2017 (responses/error_unknown_job_delete.json). */
export function unknownJobCancelBody(meta: Meta, jobId: string): KillJobResponse {
  return {
    status: [
      {
        error: { string: 'Invalid job id specified', code: 2017, message: 'Invalid job id specified' },
        step_id: jobId,
        job_id: unset(),
        federation: { sibling: '' },
      },
    ],
    meta,
    errors: [],
    warnings: [],
  };
}
