import assert from 'node:assert/strict';
import { test } from 'node:test';
import { interpretReply } from './replies.ts';

const ctx = { resource: 'frontier', what: 'POST /slurm/v0.0.43/job/submit', user: 'erin', version: 'v0.0.43' as const };

test("slurmctld's refusal of a user it cannot resolve (6010, HTTP 500) is a 403 that names the user; SLURM's error number and string stay", () => {
  // As slurmrestd 26.05 answers a JWT for a name the cluster has no account for.
  const text = JSON.stringify({ errors: [{ description: 'Batch job submission failed', error_number: 6010, error: 'Rejecting authentication of user nobody or group nobody', source: 'slurm_submit_batch_job()' }], warnings: [] });
  const r = interpretReply<{ errors: { description: string; error_number: number; error: string; source: string }[] }>({ status: 500, text, contentType: 'application/json' }, ctx, () => assert.fail('not a credentials failure'));
  assert.equal(r.status, 403);
  assert.deepEqual({ ...r.body.errors[0], description: '' }, { description: '', error_number: 6010, error: 'Rejecting authentication of user nobody or group nobody', source: 'slurm_submit_batch_job()' });
  assert.match(r.body.errors[0].description, /^Batch job submission failed: the cluster does not know user "erin" \(slurmctld took it for user nobody\); ask the operators of resource "frontier"/);
  // Any other 500 stays a 500.
  const other = JSON.stringify({ errors: [{ description: 'x', error_number: 1, error: 'Unspecified error', source: 'y' }] });
  assert.equal(interpretReply({ status: 500, text: other, contentType: 'application/json' }, ctx, () => {}).status, 500);
});
