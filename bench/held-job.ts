// The job a section reads through the gateway: held, so that its record stays put (a workflow
// polling its own job), submitted with the section's project token on the local backend.
// A refused submit stops the section: its readers of job/{id} would otherwise measure the error
// path of job/undefined (it happened twice, when the local backend began to require an environment).
export async function submitHeldJob(origin: string, token: string, name: string): Promise<number> {
  const res = await fetch(`${origin}/slurm/v0.0.43/defiant/job/submit`, {
    method: 'POST',
    headers: { Authorization: token, 'Content-Type': 'application/json' },
    body: JSON.stringify({ job: { name, hold: true, current_working_directory: '/tmp', environment: ['PATH=/usr/bin:/bin'], standard_output: '/dev/null', script: '#!/bin/bash\ntrue' } }),
  });
  const submitted = (await res.json()) as { job_id?: number; errors?: unknown[] };
  if (res.status !== 200 || typeof submitted.job_id !== 'number') throw new Error(`the bench job "${name}" was not submitted: HTTP ${res.status} ${JSON.stringify(submitted.errors)}`);
  return submitted.job_id;
}
