// v0.0.42 beside v0.0.43: served for the resources that list it, rendered from the same backend,
// marked deprecated (Deprecation and Sunset headers, a warning), valid against its own spec (the
// harness checks every body against the spec of the version in its URL).
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { deprecationNotice } from '../../src/core/deprecation.ts';
import { defaultDeprecations } from '../../src/contract/versions/lifecycle.ts';
import { JOB_CWD, curl, startGateway, waitFor, type TestGateway } from './harness.ts';

let gw: TestGateway;
const v43Deprecated = () => deprecationNotice('v0.0.43', defaultDeprecations()) !== undefined;
let env = '';
const v42 = (path: string) => `${gw.url}/slurm/v0.0.42/defiant${path}`;

before(async () => {
  gw = await startGateway();
  env = gw.headerFile(await gw.token('STF040', 'alice', 'compute-ace'));
});
after(async () => gw?.cleanup());

describe('v0.0.42 (deprecated)', () => {
  it('ping names its data parser, and the reply is marked deprecated', async () => {
    const res = await curl(v42('/ping'), { headerFile: env });
    assert.equal(res.status, 200, res.text);
    assert.equal(res.body.meta.plugin.data_parser, 'data_parser/v0.0.42');
    assert.match(res.headers.deprecation, /^@\d+$/);
    assert.match(res.headers.sunset, /GMT$/);
    assert.ok(res.body.warnings.some((w: any) => /v0\.0\.42 (is deprecated|was removed from SLURM)/.test(w.description)));
    const current = await curl(`${gw.url}/slurm/v0.0.43/defiant/ping`, { headerFile: env });
    // v0.0.43 is deprecated from SLURM 26.11 on (SchedMD's lifecycle, the default dates): by the date.
    assert.equal(current.headers.deprecation !== undefined, v43Deprecated(), 'v0.0.43 deprecated as its dates say');
  });

  it('every read operation answers in v0.0.42 shapes', async () => {
    for (const path of ['/partitions', '/nodes', '/reservations', '/diag', '/jobs']) {
      const res = await curl(v42(path), { headerFile: env });
      assert.equal(res.status, 200, `${path}: ${res.text.slice(0, 300)}`);
    }
  });

  it('submit, job, jobs and cancel through v0.0.42 drive the same jobs as v0.0.43', async () => {
    const sub = await curl(v42('/job/submit'), { method: 'POST', headerFile: env, json: { job: { name: 'old-client', current_working_directory: JOB_CWD, environment: ['PATH=/usr/bin:/bin'], script: '#!/bin/bash\necho old' } } });
    assert.equal(sub.status, 200, sub.text);
    const id = sub.body.job_id;
    const job = await waitFor('completed', async () => {
      const r = await curl(v42(`/job/${id}`), { headerFile: env });
      return r.body.jobs[0].job_state[0] === 'COMPLETED' ? r.body.jobs[0] : undefined;
    });
    // v0.0.42 shows the expanded output path where v0.0.43 has stdout_expanded
    assert.equal(job.standard_output, `${JOB_CWD}/slurm-${id}.out`);
    assert.equal(job.stdout_expanded, undefined);
    const same = await curl(`${gw.url}/slurm/v0.0.43/defiant/job/${id}`, { headerFile: env });
    assert.equal(same.body.jobs[0].name, 'old-client');
    const del = await curl(v42(`/job/${id}`), { method: 'DELETE', headerFile: env });
    assert.equal(del.status, 200);
    assert.equal(del.body.status[0].error.code, 2021);
  });

  it('errors keep slurmrestd statuses in v0.0.42 too', async () => {
    const missing = await curl(v42('/job/999999'), { headerFile: env });
    assert.equal(missing.status, 404);
    assert.equal(missing.body.errors[0].error_number, 2017);
    assert.match(missing.headers.deprecation, /^@/);
    const part = await curl(v42('/job/submit'), { method: 'POST', headerFile: env, json: { job: { partition: 'nope', current_working_directory: JOB_CWD, script: '#!/bin/bash\ntrue' } } });
    assert.equal(part.status, 422);
    assert.equal(part.body.errors[0].error_number, 2000);
  });

  it('a resource that does not list v0.0.42 answers 404', async () => {
    const res = await curl(`${gw.url}/slurm/v0.0.42/quokka/ping`, { headerFile: env });
    assert.equal(res.status, 404);
    assert.match(res.body.errors[0].description, /does not serve API version v0.0.42/);
  });

  it('the OpenAPI document lists v0.0.42 operations as deprecated', async () => {
    const doc = (await curl(`${gw.url}/openapi.json`)).body;
    assert.equal(doc.paths['/slurm/v0.0.42/{resource}/ping'].get.deprecated, true);
    assert.equal(doc.paths['/slurm/v0.0.43/{resource}/ping'].get.deprecated === true, v43Deprecated());
  });
});
