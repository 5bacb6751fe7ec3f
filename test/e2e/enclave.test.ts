// Both URL forms, through the real gateway with real curl: /slurm/{version}/{resource}/... and
// /slurm/{enclave}/{version}/{resource}/..., where the enclave is the resource's securityEnclave
// ("open" unless configured). The enclave form is the same operation; a wrong enclave is an
// unknown resource; /openapi.json lists each resource at the paths it answers at.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { JOB_CWD, curl, startGateway, waitFor, type CurlResult, type TestGateway } from './harness.ts';

const local = (name: string, node: string) => `
    backend:
      type: local
      userMap: { '*': nobody }
      cluster: ${name}
      minuteSeconds: 1
      killWait: 1
      schedulerInterval: 0.2
      nodes: [{ name: ${node}, cpus: 2, memory: 4096 }]
      partitions: [{ name: batch, nodes: [${node}], default: true, maxTime: 60, defaultTime: 10 }]`;

// defiant: the default enclave; "job": a resource named like a path segment of the operations;
// vault: another enclave, one version only.
const CONFIG = `
listen: { host: 127.0.0.1, port: 0 }
admin: { host: 127.0.0.1, port: 0 }
logLevel: info
rateLimits: { compute-ace: { ratePerSecond: 1000, burst: 1000 }, compute-ace-readonly: { ratePerSecond: 1000, burst: 1000 } }
preAuthLimit: { ratePerSecond: 1000, burst: 1000 }
resources:
  defiant:
    versions: [v0.0.43, v0.0.42]${local('defiant', 'd001')}
  job:
    versions: [v0.0.43]${local('job', 'j001')}
  vault:
    securityEnclave: moderate
    versions: [v0.0.45]${local('vault', 'v001')}
`;

let gw: TestGateway;
let env = '';
const at = (path: string) => `${gw.url}${path}`;
const submit = (url: string, name: string) =>
  curl(url, { method: 'POST', headerFile: env, json: { job: { name, current_working_directory: JOB_CWD, environment: ['PATH=/usr/bin:/bin'], script: '#!/bin/bash\ntrue' } } });
const finished = (url: string) =>
  waitFor(`${url} completed`, async () => {
    const r = await curl(url, { headerFile: env });
    return r.status === 200 && r.body.jobs[0]?.job_state.includes('COMPLETED') ? r : undefined;
  });

/** An error reply with its description blanked: what must be identical byte for byte. */
function withoutDescription(res: CurlResult): string {
  assert.equal(res.body.errors.length, 1, res.text);
  const description = JSON.stringify(res.body.errors[0].description);
  assert.equal(res.text.split(description).length, 2, 'the description appears once in the body');
  return res.text.replace(description, '""');
}

before(async () => {
  gw = await startGateway({ config: CONFIG });
  env = gw.headerFile(await gw.token('STF040', 'alice', 'compute-ace'));
});
after(async () => gw?.cleanup());

describe('both URL forms', () => {
  it('ping answers the same body in both forms, in the default enclave and a configured one', async () => {
    for (const [plain, enclave] of [
      ['/slurm/v0.0.43/defiant/ping', '/slurm/open/v0.0.43/defiant/ping'],
      ['/slurm/v0.0.42/defiant/ping', '/slurm/open/v0.0.42/defiant/ping'],
      ['/slurm/v0.0.45/vault/ping', '/slurm/moderate/v0.0.45/vault/ping'],
    ]) {
      const [a, b] = [await curl(at(plain), { headerFile: env }), await curl(at(enclave), { headerFile: env })];
      assert.equal(a.status, 200, a.text);
      assert.equal(b.status, 200, b.text);
      assert.equal(b.headers['content-type'], a.headers['content-type']);
      // Latency is measured per call; everything else is the same text.
      const steady = (r: CurlResult) => r.text.replace(/"latency":\d+/g, '"latency":0');
      assert.equal(steady(b), steady(a), enclave);
      // Deprecation headers follow the version, whichever the form.
      assert.equal(b.headers.deprecation, a.headers.deprecation, enclave);
    }
  });

  it('submit through the enclave form; the job reads the same in both forms; cancel through it', async () => {
    const sub = await submit(at('/slurm/open/v0.0.43/defiant/job/submit'), 'via-enclave');
    assert.equal(sub.status, 200, sub.text);
    const id = sub.body.job_id;
    assert.ok(Number.isInteger(id) && id > 0, sub.text);
    const plain = await finished(at(`/slurm/v0.0.43/defiant/job/${id}`));
    const enclave = await curl(at(`/slurm/open/v0.0.43/defiant/job/${id}`), { headerFile: env });
    assert.equal(enclave.status, 200);
    assert.equal(enclave.text, plain.text);
    assert.equal(enclave.body.jobs[0].name, 'via-enclave');
    const old = await curl(at(`/slurm/open/v0.0.42/defiant/job/${id}`), { headerFile: env });
    assert.equal(old.text, (await curl(at(`/slurm/v0.0.42/defiant/job/${id}`), { headerFile: env })).text);
    // A finished job: SLURM's "already completed" (2021), through the enclave form too.
    const del = await curl(at(`/slurm/open/v0.0.43/defiant/job/${id}`), { method: 'DELETE', headerFile: env });
    assert.equal(del.status, 200, del.text);
    assert.equal(del.body.status[0].error.code, 2021);
  });

  it('a resource named "job" is read and written in both forms', async () => {
    for (const prefix of ['/slurm/v0.0.43/job', '/slurm/open/v0.0.43/job']) {
      for (const op of ['ping', 'jobs', 'partitions', 'nodes']) {
        const r = await curl(at(`${prefix}/${op}`), { headerFile: env });
        assert.equal(r.status, 200, `${prefix}/${op}: ${r.text.slice(0, 300)}`);
        assert.equal(r.body.meta.slurm.cluster, 'job', `${prefix}/${op}`);
      }
    }
    const sub = await submit(at('/slurm/open/v0.0.43/job/job/submit'), 'on-job');
    assert.equal(sub.status, 200, sub.text);
    const done = await finished(at(`/slurm/open/v0.0.43/job/job/${sub.body.job_id}`));
    assert.equal(done.body.jobs[0].name, 'on-job');
    assert.equal((await curl(at(`/slurm/v0.0.43/job/job/${sub.body.job_id}`), { headerFile: env })).text, done.text);
    const listed = await curl(at('/slurm/open/v0.0.43/job/jobs'), { headerFile: env });
    assert.ok(listed.body.jobs.some((j: any) => j.job_id === sub.body.job_id));
    // defiant's job/{id} is still defiant's: the same id is unknown there or another job.
    const elsewhere = await curl(at(`/slurm/open/v0.0.43/defiant/job/${sub.body.job_id}`), { headerFile: env });
    assert.ok(elsewhere.status === 404 || elsewhere.body.jobs[0].name !== 'on-job', elsewhere.text);
  });

  it('a wrong enclave answers exactly as an unknown resource, for reads and writes', async () => {
    const unknown = await curl(at('/slurm/open/v0.0.43/nosuch/ping'), { headerFile: env });
    assert.equal(unknown.status, 404);
    assert.equal(unknown.body.errors[0].error_number, 9200);
    assert.equal((await curl(at('/slurm/v0.0.43/nosuch/ping'), { headerFile: env })).text, unknown.text, 'the same in both forms');
    for (const path of ['/slurm/moderate/v0.0.43/defiant/ping', '/slurm/open/v0.0.45/vault/ping', '/slurm/secret/v0.0.43/defiant/ping', '/slurm/Open/v0.0.43/defiant/ping']) {
      const wrong = await curl(at(path), { headerFile: env });
      // Compared with an unknown resource in the same API version: the envelope names the call's data_parser.
      const version = path.split('/')[3];
      const unknown = await curl(at(`/slurm/open/${version}/nosuch/ping`), { headerFile: env });
      assert.equal(unknown.body.meta.plugin.data_parser, `data_parser/${version}`, path);
      assert.equal(wrong.status, unknown.status, path);
      assert.equal(wrong.headers['content-type'], unknown.headers['content-type'], path);
      assert.equal(wrong.headers['cache-control'], unknown.headers['cache-control'], path);
      assert.equal(withoutDescription(wrong), withoutDescription(unknown), path);
      assert.match(wrong.body.errors[0].description, /^Unknown resource "(defiant|vault)" in security enclave "(moderate|open|secret|Open)"/);
    }
    // A write through a wrong enclave does nothing: no job appears.
    const before = (await curl(at('/slurm/v0.0.43/defiant/jobs'), { headerFile: env })).body.jobs.length;
    const sub = await submit(at('/slurm/moderate/v0.0.43/defiant/job/submit'), 'wrong-enclave');
    const unknownSub = await submit(at('/slurm/moderate/v0.0.43/nosuch/job/submit'), 'wrong-enclave');
    assert.equal(sub.status, 404);
    assert.equal(withoutDescription(sub), withoutDescription(unknownSub));
    const jobs = (await curl(at('/slurm/v0.0.43/defiant/jobs'), { headerFile: env })).body.jobs;
    assert.equal(jobs.length, before);
    assert.ok(!jobs.some((j: any) => j.name === 'wrong-enclave'));
  });

  it('/metrics labels each form by its route pattern, without the version pattern', async () => {
    await curl(at('/slurm/open/v0.0.43/defiant/jobs'), { headerFile: env });
    await curl(at('/slurm/v0.0.43/defiant/jobs'), { headerFile: env });
    const text = await (await fetch(`${gw.adminUrl}/metrics`)).text();
    for (const route of ['/slurm/:version/:resource/jobs', '/slurm/:enclave/:version/:resource/jobs']) {
      assert.ok(text.includes(`s3m_http_request_duration_seconds_count{method="GET",route="${route}",status="200"}`), route);
    }
    assert.ok(!/route="[^"]*\(/.test(text), 'no route label carries a parameter pattern');
  });

  it('non-SLURM paths keep their one form', async () => {
    const introspect = await curl(at('/olcf/v1/token/ctls/introspect'), { headerFile: env });
    assert.equal(introspect.status, 200, introspect.text);
    assert.equal((await curl(at('/slurm/open/olcf/v1/token/ctls/introspect'), { headerFile: env })).status, 404);
  });

  it('/openapi.json lists each resource at the enclave paths of the versions it serves only, marked as its headers say', async () => {
    const doc = (await curl(at('/openapi.json'))).body;
    const listed = (path: string): string[] | undefined => {
      const item = doc.paths[path];
      if (!item) return undefined;
      const ref: string = item.parameters[0].$ref;
      return doc.components.parameters[ref.split('/').pop()!].schema.enum;
    };
    assert.deepEqual(listed('/slurm/open/v0.0.43/{resource}/ping'), ['defiant', 'job']);
    assert.deepEqual(listed('/slurm/open/v0.0.42/{resource}/job/{job_id}'), ['defiant']);
    assert.deepEqual(listed('/slurm/moderate/v0.0.45/{resource}/job/submit'), ['vault']);
    assert.deepEqual(listed('/slurm/v0.0.45/{resource}/ping'), ['vault']);
    assert.deepEqual(listed('/slurm/v0.0.43/{resource}/jobs'), ['defiant', 'job']);
    for (const absent of ['/slurm/open/v0.0.45/{resource}/ping', '/slurm/moderate/v0.0.43/{resource}/ping', '/slurm/moderate/v0.0.42/{resource}/ping', '/slurm/open/v0.0.44/{resource}/ping', '/slurm/v0.0.44/{resource}/ping']) {
      assert.equal(listed(absent), undefined, absent);
    }
    // Every path the document names answers (nothing listed that 404s), in both forms.
    for (const path of Object.keys(doc.paths).filter((p) => p.endsWith('/ping'))) {
      for (const resource of listed(path)!) {
        const r = await curl(at(path.replace('{resource}', resource)), { headerFile: env });
        assert.equal(r.status, 200, `${path} ${resource}`);
        // A version's operations are marked deprecated exactly when its replies carry Deprecation.
        assert.equal(doc.paths[path].get.deprecated === true, r.headers.deprecation !== undefined, `${path}: deprecated mark vs header`);
      }
    }
  });
});
