import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { jobInfoFromAccounting } from './accounting-job.ts';
import { validateResponse } from './validate.ts';

const fixture = (name: string) => JSON.parse(readFileSync(new URL(`../../test/fixtures/slurmdbd/${name}`, import.meta.url), 'utf8'));

test("slurmdbd's record of a job, as job_info, holds what slurmctld showed for that job, field for field", () => {
  const asCtld = fixture('GET_slurm_job_completed.json').jobs[0];
  const fromDbd = jobInfoFromAccounting(fixture('GET_slurmdb_job_completed.json').jobs[0]);
  const fields = Object.keys(fromDbd);
  // Everything the mapping fills is a job_info field slurmctld showed, with the same value.
  const differing = fields.filter((k) => JSON.stringify((fromDbd as Record<string, unknown>)[k]) !== JSON.stringify(asCtld[k]));
  assert.deepEqual(differing, [], `differ: ${differing.map((k) => `${k}: ctld ${JSON.stringify(asCtld[k])} dbd ${JSON.stringify((fromDbd as Record<string, unknown>)[k])}`).join('; ')}`);
  assert.ok(fields.length >= 25, `only ${fields.length} fields mapped`);
  for (const k of ['job_id', 'account', 'user_name', 'job_state', 'exit_code', 'start_time', 'end_time', 'standard_output']) assert.ok(fields.includes(k), k);
  // And the reply the gateway builds from it is a valid job_info reply.
  const body = { jobs: [fromDbd], last_backfill: asCtld.last_backfill ?? { set: true, infinite: false, number: 0 }, last_update: { set: true, infinite: false, number: 0 }, meta: fixture('GET_slurm_job_completed.json').meta, errors: [], warnings: [] };
  assert.deepEqual(validateResponse('v0.0.43', 'job', 200, body).errors, []);
});
