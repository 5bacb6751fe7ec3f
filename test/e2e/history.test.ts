// Finished jobs after the cluster forgets them, through the real gateway (`bin/s3m serve`) on the
// local backend with MinJobAge lowered to 2 s: the job is purged from the cluster's answers as
// slurmctld purges it, and the gateway still answers GET job/{id} (REST, both API versions, and
// gRPC) and lists it in GET jobs, from the final record it kept, with a warning saying so. The
// project is the page's own, in upper case (STF040; SLURM reports the account as stf040).
// Another project's finished job still answers exactly like a missing one.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { bufCurl } from './grpc-harness.ts';
import { JOB_CWD, curl, startGateway, testConfig, waitFor, type TestGateway } from './harness.ts';

let gw: TestGateway;
let tokA = '';
let envA = '';
let envB = '';
let jobId = 0;

const HISTORY_WARNING = /^Job \d+ ended at .* slurmctld no longer lists it \(MinJobAge\): this is its final record as the gateway last saw it, kept 24 h/;

before(async () => {
  const config = testConfig()
    .replace('resources:\n', 'history: { pollIntervalMs: 200 }\nresources:\n')
    .replace('      partitions: [{ name: arm, nodes: [w001], default: true }]\n', '      partitions: [{ name: arm, nodes: [w001], default: true }]\n      minJobAge: 2\n');
  assert.match(config, /minJobAge: 2/);
  gw = await startGateway({ config });
  tokA = await gw.token('STF040', 'alice', 'compute-ace');
  envA = gw.headerFile(tokA);
  envB = gw.headerFile(await gw.token('OTHER01', 'bob', 'compute-ace'));
  const r = await curl(`${gw.url}/slurm/v0.0.43/wombat/job/submit`, {
    method: 'POST',
    headerFile: envA,
    json: { job: { name: 'history', current_working_directory: JOB_CWD, environment: ['PATH=/usr/bin:/bin'], script: '#!/bin/bash\necho done' } },
  });
  assert.equal(r.status, 200, r.text);
  jobId = r.body.job_id;
});
after(async () => gw?.cleanup());

/** GET job/{id} once the cluster has purged the job: the reply carries the history warning. */
async function fromHistory(version: string) {
  return waitFor(`job ${jobId} answered from its final record`, async () => {
    const r = await curl(`${gw.url}/slurm/${version}/wombat/job/${jobId}`, { headerFile: envA });
    return r.status === 200 && r.body.warnings?.some((w: any) => w.source === 's3m:history') ? r : undefined;
  });
}

describe('a finished job the cluster no longer lists', () => {
  it('GET job/{id}: 200 with its final state, under the account SLURM reports, and a warning saying where the record came from', async () => {
    for (const version of ['v0.0.43', 'v0.0.42']) {
      const r = await fromHistory(version);
      const job = r.body.jobs[0];
      assert.equal(job.job_id, jobId);
      assert.equal(job.account, 'stf040');
      assert.deepEqual(job.job_state, ['COMPLETED'], version);
      // v0.0.42 also carries its deprecation warning.
      assert.equal(r.body.warnings.length, version === 'v0.0.42' ? 2 : 1, r.text);
      assert.match(r.body.warnings[0].description, HISTORY_WARNING);
      assert.deepEqual(r.body.errors, []);
      assert.equal(r.body.meta.client.user, 'alice');
    }
  });

  it('GET jobs still lists it, with a warning', async () => {
    await fromHistory('v0.0.43');
    // The jobs list is read through the cache (2 s): it may still be the list from before the purge.
    const list = await waitFor('the jobs list from after the purge', async () => {
      const r = await curl(`${gw.url}/slurm/v0.0.43/wombat/jobs`, { headerFile: envA });
      return r.status === 200 && r.body.warnings?.some((w: any) => w.source === 's3m:history') ? r : undefined;
    });
    assert.ok(list.body.jobs.some((j: any) => j.job_id === jobId && j.job_state[0] === 'COMPLETED'), list.text);
    assert.ok(list.body.warnings.some((w: any) => w.source === 's3m:history' && w.description.endsWith(String(jobId))), list.text);
  });

  it('gRPC GetJob answers the same way', async () => {
    await fromHistory('v0.0.43');
    const r = await bufCurl(gw, 'GetJob', { token: tokA, resource: 'wombat', data: { job_id: String(jobId) } });
    assert.ok(r.ok, r.stderr);
    assert.equal(r.json.jobs[0].job_id, jobId);
    assert.match(r.json.warnings[0].description, HISTORY_WARNING);
  });

  it("another project's finished job answers exactly like a missing one, and is not in its list", async () => {
    await fromHistory('v0.0.43');
    const missingId = jobId + 1000;
    const foreign = await curl(`${gw.url}/slurm/v0.0.43/wombat/job/${jobId}`, { headerFile: envB });
    const missing = await curl(`${gw.url}/slurm/v0.0.43/wombat/job/${missingId}`, { headerFile: envB });
    assert.equal(foreign.status, 404);
    assert.equal(foreign.text.replaceAll(`JobId=${jobId}`, 'JobId=ID'), missing.text.replaceAll(`JobId=${missingId}`, 'JobId=ID'));
    const list = await curl(`${gw.url}/slurm/v0.0.43/wombat/jobs`, { headerFile: envB });
    assert.ok(!list.body.jobs.some((j: any) => j.job_id === jobId));
  });
});
