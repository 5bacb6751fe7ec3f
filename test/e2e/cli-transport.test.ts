// `--transport grpc` and `--api-version v0.0.42` on the client commands, against the real
// gateway: submit → watch → jobs → job → cancel over gRPC, S3M_TRANSPORT, whoami over gRPC (REST
// for introspection), the v0.0.42 jobs table with its deprecation warning, and usage errors.
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { JOB_USER, waitFor, type TestGateway } from './harness.ts';
import { cli, startCli, startCliWorld, type CliWorld } from './cli-run.ts';

let gw: TestGateway;
let work: string;
let env: Record<string, string>;
let getJob: CliWorld['getJob'];
let script: CliWorld['script'];

const grpc = ['--transport', 'grpc'];

before(async () => {
  ({ gw, work, env, getJob, script } = await startCliWorld('s3m-cli-transport-'));
});
after(async () => gw?.cleanup());

describe('--transport grpc', () => {
  it('submit → watch → jobs → job → cancel, each over gRPC', async () => {
    const go = join(work, 'go');
    const s = await cli(['submit', ...grpc, '-J', 'over-grpc', '-t', '60', script('wait.sh', `#!/bin/bash\nwhile [ ! -f ${go} ]; do sleep 0.1; done\necho done\n`)], { cwd: work, env });
    assert.equal(s.code, 0, s.stderr);
    const id = Number(/^Submitted batch job (\d+)$/m.exec(s.stdout)?.[1]);
    assert.ok(id > 0, s.stdout);
    assert.equal((await getJob(id)).name, 'over-grpc');

    const watch = startCli(['watch', id.toString(), ...grpc, '--interval', '200'], { cwd: work, env });
    await waitFor('watch shows RUNNING', async () => (/RUNNING/.test(watch.output().stdout) ? true : undefined));
    const jobs = await cli(['jobs', ...grpc], { cwd: work, env });
    assert.equal(jobs.code, 0, jobs.stderr);
    assert.match(jobs.stdout, /^JOBID\s+PARTITION\s+NAME\s+USER\s+STATE/);
    assert.match(jobs.stdout, new RegExp(`^\\s*${id}\\s+batch-cpu\\s+over-grpc\\s+${JOB_USER}\\s+RUNNING\\s`, 'm'));
    const one = await cli(['job', String(id), ...grpc], { cwd: work, env });
    assert.equal(one.code, 0, one.stderr);
    assert.match(one.stdout, /^JobName\s+over-grpc$/m);
    writeFileSync(go, '');
    const w = await watch.done;
    assert.equal(w.code, 0, w.stdout + w.stderr);
    assert.match(w.stdout, /COMPLETED after \d+:\d\d, exit code 0:0 → exit status 0/);

    // Cancel a running job over gRPC: watch (over gRPC too) exits 128+15.
    const long = await cli(['submit', ...grpc, '--parsable', '-t', '60', script('long.sh', '#!/bin/bash\nsleep 3600\n')], { cwd: work, env });
    const lid = long.stdout.trim();
    await waitFor('job running', async () => ((await getJob(lid)).job_state[0] === 'RUNNING' ? true : undefined));
    const c = await cli(['cancel', lid, ...grpc], { cwd: work, env });
    assert.equal(c.code, 0, c.stderr);
    const wc = await cli(['watch', lid, ...grpc], { cwd: work, env });
    assert.equal(wc.code, 143, wc.stdout + wc.stderr);
    const again = await cli(['cancel', lid, ...grpc], { cwd: work, env });
    assert.equal(again.code, 1);
    assert.match(again.stderr, /Job\/step already completing or completed \(error 2021\)/);
  });

  it('S3M_TRANSPORT=grpc; errors read as over REST; --json bodies equal REST', async () => {
    const genv = { ...env, S3M_TRANSPORT: 'grpc' };
    const missing = await cli(['job', '424242'], { cwd: work, env: genv });
    assert.equal(missing.code, 1);
    assert.match(missing.stderr, /Unable to query JobId=424242: Invalid job id specified \(error 2017\)/);
    const badPart = await cli(['submit', script('badpart.sh', '#!/bin/bash\n#SBATCH -p nope\ntrue\n')], { cwd: work, env: genv });
    assert.equal(badPart.code, 1);
    assert.match(badPart.stderr, /Invalid partition name specified \(error 2000\)/);
    const viaGrpc = JSON.parse((await cli(['partitions', '--json'], { cwd: work, env: genv })).stdout);
    const viaRest = JSON.parse((await cli(['partitions', '--json', '--transport', 'rest'], { cwd: work, env: genv })).stdout);
    delete viaGrpc.meta.client.source;
    delete viaRest.meta.client.source;
    assert.deepEqual(viaGrpc, viaRest);
    const sub = JSON.parse((await cli(['submit', '--json', '--hold', script('h.sh', '#!/bin/bash\ntrue\n')], { cwd: work, env: genv })).stdout);
    assert.equal(typeof sub.job_id, 'number');
    assert.deepEqual(sub.errors, []);
    await cli(['cancel', String(sub.job_id)], { cwd: work, env: genv });
  });

  it('whoami over gRPC (introspection itself goes over REST on the same URL); a bad token is 401', async () => {
    const me = await cli(['whoami', ...grpc], { cwd: work, env });
    assert.equal(me.code, 0, me.stderr);
    assert.match(me.stdout, /^Project\s+STF040$/m);
    const bad = await cli(['ping', ...grpc], { cwd: work, env: { ...env, S3M_TOKEN: 's3m_bad_token' } });
    assert.equal(bad.code, 1);
    assert.match(bad.stderr, /error 1007/);
    assert.match(bad.stderr, /hint: check the token/);
  });

  it('a gateway that is not there: a connection error, exit 1', async () => {
    const r = await cli(['ping', ...grpc, '--url', 'http://127.0.0.1:1'], { cwd: work, env });
    assert.equal(r.code, 1);
    assert.match(r.stderr, /cannot reach the gateway: .*ECONNREFUSED/);
  });
});

describe('--api-version', () => {
  it('v0.0.42: the jobs table and job details work, with the deprecation warning on stderr', async () => {
    const s = await cli(['submit', '--api-version', 'v0.0.42', '--parsable', '-J', 'old-api', script('old.sh', '#!/bin/bash\necho old\n')], { cwd: work, env });
    assert.equal(s.code, 0, s.stderr);
    const id = s.stdout.trim();
    const w = await cli(['watch', id, '--api-version', 'v0.0.42'], { cwd: work, env });
    assert.equal(w.code, 0, w.stdout + w.stderr);
    const jobs = await cli(['jobs', '--api-version', 'v0.0.42'], { cwd: work, env });
    assert.equal(jobs.code, 0, jobs.stderr);
    assert.match(jobs.stdout, new RegExp(`^\\s*${id}\\s+batch-cpu\\s+old-api\\s+${JOB_USER}\\s+COMPLETED\\s+None\\s+\\d+:\\d\\d\\s+10:00\\s+1\\s+d00[12]$`, 'm'));
    assert.match(jobs.stderr, /warning: API version v0.0.42 is deprecated/);
    const viaEnv = await cli(['job', id], { cwd: work, env: { ...env, S3M_API_VERSION: 'v0.0.42' } });
    assert.equal(viaEnv.code, 0, viaEnv.stderr);
    assert.match(viaEnv.stdout, /^State\s+COMPLETED$/m);
    const json = JSON.parse((await cli(['ping', '--json', '--api-version', 'v0.0.42'], { cwd: work, env })).stdout);
    assert.equal(json.meta.plugin.data_parser, 'data_parser/v0.0.42');
    // A resource that does not serve v0.0.42 says so.
    const quokka = await cli(['jobs', '--api-version', 'v0.0.42', '--resource', 'quokka'], { cwd: work, env });
    assert.equal(quokka.code, 1);
    assert.match(quokka.stderr, /does not serve API version v0.0.42/);
  });

  it('usage errors (exit 2): gRPC with v0.0.42, an unknown version or transport', async () => {
    const both = await cli(['jobs', '--api-version', 'v0.0.42', ...grpc], { cwd: work, env });
    assert.equal(both.code, 2);
    assert.match(both.stderr, /gRPC services serve API versions v0.0.43, v0.0.44, v0.0.45 only \(slurm.v0043.SlurmIndirect, ...\): use --transport rest for v0.0.42/);
    const old = await cli(['jobs', '--api-version', 'v0.0.41'], { cwd: work, env });
    assert.equal(old.code, 2);
    assert.match(old.stderr, /unknown API version "v0.0.41": use one of v0.0.43, v0.0.45, v0.0.44, v0.0.42/);
    const pigeon = await cli(['jobs'], { cwd: work, env: { ...env, S3M_TRANSPORT: 'pigeon' } });
    assert.equal(pigeon.code, 2);
    assert.match(pigeon.stderr, /unknown transport "pigeon"/);
  });
});
