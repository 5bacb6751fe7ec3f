// Real identities (issue 13): who a user is at a REAL SLURM with accounting, through the gateway.
// Runs against the "accounting" instance of test/contract/real-slurm.ts (slurmdbd, associations
// enforced: proj-a alice, proj-b bob, stf040 alice bob carol_c; dave has no association), through
// one gateway whose resource forwards as each token's user (jwt-key auth), maps carol → carol_c,
// reads the project-wide views as root and answers purged jobs from slurmdbd. Where it makes sense
// a scenario also asks slurmrestd directly, as the cluster user, with a JWT from `scontrol token`,
// and holds the gateway's reply to SLURM's own.
//
// The scenarios run in order, on one gateway and one cluster; the last two run with PrivateData=jobs
// and MinJobAge=2 (one restart of slurmctld for both), and `after` puts the cluster back to its
// defaults. Jobs are
// held or sleeping unless they must finish, and every job started here is cancelled at the end.
// Skipped with the script's reason where it cannot run (a failure with S3M_REQUIRE_REAL_SLURM=1).
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { bufCurl } from '../e2e/grpc-harness.ts';
import { curl, startGateway, waitFor, type CurlResult, type TestGateway } from '../e2e/harness.ts';
import { realSlurmJob } from '../support/real-slurm-job.ts';
import { accountingOf, ensureRealSlurm, reconfigureRealSlurm, realSlurmToken } from './real-slurm.ts';

const RUN = randomBytes(3).toString('hex');
const RESOURCE = 'ident';
const real = ensureRealSlurm('accounting');
const acct = real.ok ? accountingOf(real.env.vars) : undefined;
const skip = !real.ok ? real.skip : acct ? false : 'the accounting instance of scripts/real-slurm.sh runs without slurmdbd (S3M_SLURM_DBD is not 1)';

/** SLURM's refusal of a submission to an account the user has no association with. */
const INVALID_ACCOUNT = { description: 'Batch job submission failed', error_number: 2045, error: 'Invalid account or account/partition combination specified', source: 'slurm_submit_batch_job()' };

describe(`real identities through the gateway (SLURM with accounting)${skip ? ` (skipped: ${skip})` : ''}`, { skip }, () => {
  const env = real.ok ? real.env : (undefined as never);
  const a = acct!;
  let gw: TestGateway;
  const started = new Set<number>();
  let reconfigured = false;
  /** curl header files per token, by name: alice, bob, carol, dave, erin (project STF040), aliceB, bobB (PROJ-B). */
  const h: Record<string, string> = {};
  const tokens: Record<string, string> = {};

  const url = (path: string, version = 'v0.0.43') => `${gw.url}/slurm/${version}/${RESOURCE}${path}`;
  const get = (who: string, path: string, version?: string) => curl(url(path, version), { headerFile: h[who] });
  const del = (who: string, path: string) => curl(url(path), { method: 'DELETE', headerFile: h[who] });
  const submit = (who: string, body: unknown) => curl(url('/job/submit'), { method: 'POST', headerFile: h[who], json: body });

  /** A job description; held jobs take no CPU, so the node's two cores stay free for the ones that run. */
  const job = (name: string, script: string, extra: Record<string, unknown> = {}) => realSlurmJob(`s3m-ident-${RUN}-${name}`, script, extra);
  const held = (name: string, extra: Record<string, unknown> = {}) => job(name, '#!/bin/bash\nsleep 600', { hold: true, ...extra });

  // ---- slurmrestd directly, as a cluster user
  const jwts = new Map<string, string>();
  async function direct(user: string, method: string, path: string, json?: unknown): Promise<{ status: number; body: any }> {
    if (!jwts.has(user)) jwts.set(user, realSlurmToken('accounting', user));
    const r = await fetch(`${env.url}${path}`, {
      method,
      headers: { 'X-SLURM-USER-NAME': user, 'X-SLURM-USER-TOKEN': jwts.get(user)!, ...(json === undefined ? {} : { 'Content-Type': 'application/json' }) },
      body: json === undefined ? undefined : JSON.stringify(json),
    });
    const text = await r.text();
    return { status: r.status, body: JSON.parse(text) };
  }
  const directSubmit = async (user: string, body: unknown) => {
    const r = await direct(user, 'POST', '/slurm/v0.0.43/job/submit', body);
    if (r.status === 200) started.add(r.body.job_id);
    return r;
  };

  async function submitted(who: string, body: unknown): Promise<number> {
    const r = await submit(who, body);
    assert.equal(r.status, 200, r.text);
    assert.deepEqual(r.body.errors, [], r.text);
    started.add(r.body.job_id);
    return r.body.job_id;
  }

  /** GET job/{id} through the gateway until `done` holds for it. */
  const until = (who: string, id: number, what: string, done: (j: any, r: CurlResult) => boolean, ms = 90_000) =>
    waitFor(`job ${id} ${what} (as ${who})`, async () => {
      const r = await get(who, `/job/${id}`);
      return r.status === 200 && done(r.body.jobs[0], r) ? r.body.jobs[0] : undefined;
    }, ms, 250);
  const state = (j: any): string[] => j.job_state ?? [];

  /** What SLURM and the gateway say in a reply, apart from meta (which names the caller). */
  const content = (body: any) => {
    const { meta: _meta, ...rest } = body;
    return rest;
  };
  /** A 404 for job `id` with the id blanked, and the headers a caller could tell apart. */
  const notFound = (r: CurlResult, id: number) => ({
    status: r.status,
    text: r.text.replaceAll(`JobId=${id}`, 'JobId=ID'),
    cacheControl: r.headers['cache-control'],
    age: r.headers.age,
  });

  before(async () => {
    // A run that was stopped halfway may have left the cluster reconfigured.
    if (a.privateData !== 'none' || a.minJobAge !== 300) {
      reconfigured = true;
      reconfigureRealSlurm('accounting', 'defaults');
    }
    const config = {
      listen: { host: '127.0.0.1', port: 0 },
      logLevel: 'info',
      rateLimits: { enabled: false },
      history: { pollIntervalMs: 500 },
      resources: {
        [RESOURCE]: {
          versions: ['v0.0.43', 'v0.0.42'],
          monitorUser: 'root',
          backend: {
            type: 'slurmrestd',
            url: env.url,
            auth: { mode: 'jwt-key', keyFile: env.keyFile, lifetimeMinutes: 5 },
            timeouts: { requestMs: 20_000 },
            // The identities are what this file checks, in the version its assertions are written
            // for; what each version shows is test/contract/versions-matrix.test.ts's.
            apiVersion: 'v0.0.43',
            accounting: true,
            userMap: { [a.user3Token]: a.user3 },
          },
        },
      },
    };
    gw = await startGateway({ config: JSON.stringify(config, null, 1) });
    const make = async (name: string, project: string, user: string) => {
      tokens[name] = await gw.token(project, user, 'compute-ace');
      h[name] = gw.headerFile(tokens[name], `${name}.env`);
    };
    const U = a.projectUpper;
    const B = a.account2.toUpperCase();
    await Promise.all([
      make('alice', U, 'alice'),
      make('bob', U, 'bob'),
      make('carol', U, a.user3Token),
      make('dave', U, a.userNoAssoc),
      make('erin', U, 'erin'),
      make('aliceB', B, 'alice'),
      make('bobB', B, 'bob'),
    ]);
  });

  after(async () => {
    try {
      for (const id of started) await direct('root', 'DELETE', `/slurm/v0.0.43/job/${id}`).catch(() => undefined);
      if (reconfigured) reconfigureRealSlurm('accounting', 'defaults');
    } finally {
      await gw?.cleanup();
      real.ok && real.release();
    }
  });

  // ------------------------------------------------------------------------------------------------
  let aliceHeld = 0;
  it("the page's project in upper case (STF040): submits with no account, STF040 and stf040 are accepted and report account stf040; alice sees and lists them", async () => {
    const ids: number[] = [];
    for (const account of [undefined, a.projectUpper, a.project]) {
      ids.push(await submitted('alice', held(`acct-${account ?? 'none'}`, account === undefined ? {} : { account })));
    }
    aliceHeld = ids[0];
    for (const id of ids) {
      const r = await get('alice', `/job/${id}`);
      assert.equal(r.status, 200, r.text);
      const j = r.body.jobs[0];
      assert.equal(j.account, a.project, 'SLURM lower-cases the account');
      assert.equal(j.user_name, 'alice');
      assert.deepEqual(state(j), ['PENDING']);
      assert.equal(r.body.meta.client.user, 'alice');
      assert.equal(r.body.meta.client.group, a.projectUpper);
      // SLURM says the same to alice herself
      const d = await direct('alice', 'GET', `/slurm/v0.0.43/job/${id}`);
      assert.equal(d.status, 200);
      assert.equal(d.body.jobs[0].account, a.project);
      assert.equal(d.body.jobs[0].user_name, 'alice');
    }
    const list = await get('alice', '/jobs');
    assert.equal(list.status, 200, list.text);
    const listed = new Set(list.body.jobs.map((j: any) => j.job_id));
    for (const id of ids) assert.ok(listed.has(id), `job ${id} in alice's jobs`);
    assert.ok(list.body.jobs.every((j: any) => j.account === a.project), 'only the project is listed');
  });

  it('alice cancels her own held job and her own sleeping job, with the reply SLURM gives her', async () => {
    // SLURM's own reply to alice cancelling her own job
    const mine = await directSubmit('alice', held('direct-own', { account: a.project }));
    assert.equal(mine.status, 200, JSON.stringify(mine.body));
    const own = await direct('alice', 'DELETE', `/slurm/v0.0.43/job/${mine.body.job_id}`);

    const heldId = await submitted('alice', held('cancel-held'));
    const sleeping = await submitted('alice', job('cancel-running', '#!/bin/bash\nsleep 600'));
    await until('alice', sleeping, 'running', (j) => state(j).includes('RUNNING'));
    for (const id of [heldId, sleeping]) {
      const r = await del('alice', `/job/${id}`);
      assert.equal(r.status, own.status, r.text);
      assert.deepEqual(content(r.body), content(own.body));
      // The gateway names the caller in meta.client (SLURM's own reply names its JWT client otherwise).
      assert.deepEqual([r.body.meta.client.user, r.body.meta.client.group], ['alice', a.projectUpper], `SLURM said ${JSON.stringify(own.body.meta?.client)}`);
      const j = await until('alice', id, 'cancelled', (j) => state(j).includes('CANCELLED'));
      assert.equal(j.user_name, 'alice');
    }
  });

  it("two users in one project: bob sees alice's job; his DELETE of it gets exactly what SLURM tells bob directly, and the job stays", async () => {
    const r = await get('bob', `/job/${aliceHeld}`);
    assert.equal(r.status, 200, r.text);
    assert.equal(r.body.jobs[0].user_name, 'alice');
    assert.equal(r.body.meta.client.user, 'bob');
    const list = await get('bob', '/jobs');
    assert.ok(list.body.jobs.some((j: any) => j.job_id === aliceHeld), list.text);

    const d = await direct('bob', 'DELETE', `/slurm/v0.0.43/job/${aliceHeld}`);
    const g = await del('bob', `/job/${aliceHeld}`);
    assert.equal(g.status, d.status, g.text);
    assert.deepEqual(content(g.body), content(d.body));
    // what SLURM says (Slurm 26.05): HTTP 200, the job's status entry carries 2002
    assert.equal(g.status, 200);
    assert.equal(g.body.status[0].error.code, 2002, g.text);
    assert.equal(g.body.status[0].error.message, 'Access/permission denied');
    assert.deepEqual(state((await get('alice', `/job/${aliceHeld}`)).body.jobs[0]), ['PENDING']);
  });

  it('userMap: carol submits as carol_c, sees and cancels the job; diag shows her only carol_c', async () => {
    const id = await submitted('carol', held('carol'));
    const j = (await get('carol', `/job/${id}`)).body.jobs[0];
    assert.equal(j.user_name, a.user3);
    assert.equal(j.account, a.project);
    const list = await get('carol', '/jobs');
    assert.ok(list.body.jobs.some((x: any) => x.job_id === id));
    const c = await del('carol', `/job/${id}`);
    assert.equal(c.status, 200, c.text);
    assert.deepEqual(c.body.status, []);
    await until('carol', id, 'cancelled', (x) => state(x).includes('CANCELLED'));

    const diag = await get('carol', '/diag');
    assert.equal(diag.status, 200, diag.text);
    assert.deepEqual(diag.body.statistics.rpcs_by_user.map((u: any) => u.user), [a.user3]);
    assert.equal(diag.body.meta.client.user, a.user3Token);
    // SLURM itself (PrivateData=none) shows carol_c every user's entry
    const d = await direct(a.user3, 'GET', '/slurm/v0.0.43/diag');
    assert.ok(d.body.statistics.rpcs_by_user.length > 1, JSON.stringify(d.body.statistics.rpcs_by_user));
  });

  it("a token user with no association (dave): the submit fails with SLURM's own 2045, as SLURM answers dave", async () => {
    const d = await direct(a.userNoAssoc, 'POST', '/slurm/v0.0.43/job/submit', held('dave-direct', { account: a.project }));
    const g = await submit('dave', held('dave'));
    assert.equal(d.status, 422);
    assert.deepEqual(d.body.errors, [INVALID_ACCOUNT]);
    assert.equal(g.status, d.status, g.text);
    assert.deepEqual(content(g.body), content(d.body));
  });

  it("a token user the cluster does not know at all (erin): SLURM's refusal (6010, user nobody; HTTP 500 at slurmrestd) is a 403 naming erin, SLURM's error number and string kept", async () => {
    // slurmctld takes a name it cannot resolve for user nobody: reads work, a submission is refused.
    const d = await direct('erin', 'POST', '/slurm/v0.0.43/job/submit', held('erin-direct', { account: a.project }));
    assert.equal(d.status, 500);
    assert.deepEqual(d.body.errors, [{ description: 'Batch job submission failed', error_number: 6010, error: 'Rejecting authentication of user nobody or group nobody', source: 'slurm_submit_batch_job()' }]);
    const g = await submit('erin', held('erin'));
    assert.equal(g.status, 403, g.text);
    assert.deepEqual(g.body.errors.map((e: any) => [e.error_number, e.error, e.source]), d.body.errors.map((e: any) => [e.error_number, e.error, e.source]));
    assert.match(g.body.errors[0].description, /^Batch job submission failed: the cluster does not know user "erin"/);
    assert.deepEqual(g.body.warnings, d.body.warnings);
  });

  it('an account the user has no association with (alice, project PROJ-B): SLURM refuses with 2045', async () => {
    const d = await direct('alice', 'POST', '/slurm/v0.0.43/job/submit', held('alice-b-direct', { account: a.account2.toUpperCase() }));
    const g = await submit('aliceB', held('alice-b'));
    assert.equal(d.status, 422);
    assert.deepEqual(d.body.errors, [INVALID_ACCOUNT]);
    assert.equal(g.status, d.status, g.text);
    assert.deepEqual(content(g.body), content(d.body));
  });

  // ------------------------------------------------------------------------------------------------
  const missing = (id: number) => id + 1_000_000;

  it("PrivateData=jobs: bob no longer sees alice's job at slurmrestd, but through the gateway (monitor reads) he does; another project's token gets a missing job", async () => {
    // One restart of slurmctld for this scenario and the next (MinJobAge=2 purges only finished
    // jobs; alice's job here is held).
    reconfigured = true;
    const vars = reconfigureRealSlurm('accounting', { privateData: 'jobs', minJobAge: 2 });
    assert.equal(vars.S3M_SLURM_PRIVATE_DATA, 'jobs');
    assert.equal(vars.S3M_SLURM_MIN_JOB_AGE, '2');
    // SLURM itself: bob, in the same account, cannot read alice's job any more
    const d = await direct('bob', 'GET', `/slurm/v0.0.43/job/${aliceHeld}`);
    assert.equal(d.status, 404, JSON.stringify(d.body));
    assert.equal(d.body.errors[0].error_number, 2017);
    assert.equal(d.body.errors[0].error, 'Invalid job id specified');
    const dl = await direct('bob', 'GET', '/slurm/v0.0.43/jobs');
    assert.equal(dl.status, 200);
    assert.ok(!dl.body.jobs.some((j: any) => j.job_id === aliceHeld));
    const self = await direct('alice', 'GET', `/slurm/v0.0.43/job/${aliceHeld}`);
    assert.equal(self.status, 200, 'alice still sees her own job');

    const r = await waitFor(`job ${aliceHeld} through the gateway as bob`, async () => {
      const x = await get('bob', `/job/${aliceHeld}`);
      return x.status === 200 ? x : undefined;
    });
    assert.equal(r.body.jobs[0].user_name, 'alice');
    assert.deepEqual(state(r.body.jobs[0]), ['PENDING']);
    const list = await get('bob', '/jobs');
    assert.ok(list.body.jobs.some((j: any) => j.job_id === aliceHeld), 'in bob\'s jobs');

    const foreign = await get('bobB', `/job/${aliceHeld}`);
    const none = await get('bobB', `/job/${missing(aliceHeld)}`);
    assert.equal(foreign.status, 404, foreign.text);
    assert.deepEqual(notFound(foreign, aliceHeld), notFound(none, missing(aliceHeld)));
    assert.ok(!(await get('bobB', '/jobs')).body.jobs.some((j: any) => j.job_id === aliceHeld));
  });

  it('MinJobAge=2: a finished job slurmctld purged is still answered through the gateway, from slurmdbd (REST v0.0.43 and v0.0.42, gRPC) and in jobs; not to another project', async () => {
    // (set with PrivateData=jobs by the scenario before)
    const id = await submitted('alice', job('short', '#!/bin/bash\ntrue'));
    await until('alice', id, 'completed', (j) => state(j).includes('COMPLETED'));
    const gone = await waitFor(`job ${id} purged by slurmctld (slurmrestd answers 404)`, async () => {
      const x = await direct('alice', 'GET', `/slurm/v0.0.43/job/${id}`);
      return x.status === 404 ? x : undefined;
    }, 90_000, 500);
    assert.equal(gone.body.errors[0].error_number, 2017, JSON.stringify(gone.body.errors));

    for (const version of ['v0.0.43', 'v0.0.42']) {
      const r = await waitFor(`job ${id} from slurmdbd through the gateway (${version})`, async () => {
        const x = await get('alice', `/job/${id}`, version);
        return x.status === 200 && x.body.warnings?.some((w: any) => w.source === 's3m:history:slurmdbd') ? x : undefined;
      });
      const j = r.body.jobs[0];
      assert.equal(j.job_id, id);
      assert.equal(j.account, a.project);
      assert.equal(j.user_name, 'alice');
      assert.deepEqual(state(j), ['COMPLETED']);
      assert.deepEqual(r.body.errors, []);
      assert.match(r.body.warnings[0].description, new RegExp(`^Job ${id} ended at .* slurmctld no longer lists it \\(MinJobAge\\): this is its record from SLURM's accounting \\(slurmdbd\\)`));
      assert.equal(r.body.warnings.length, version === 'v0.0.42' ? 2 : 1, r.text);
    }
    const g = await bufCurl(gw, 'GetJob', { token: tokens.alice, resource: RESOURCE, data: { job_id: String(id) } });
    assert.ok(g.ok, g.stderr);
    assert.equal(g.json.jobs[0].job_id, id);
    assert.equal(g.json.warnings[0].source, 's3m:history:slurmdbd');

    const list = await waitFor(`job ${id} in alice's jobs from the gateway's records`, async () => {
      const x = await get('alice', '/jobs');
      return x.body.warnings?.some((w: any) => w.source === 's3m:history' && new RegExp(`\\b${id}\\b`).test(w.description)) ? x : undefined;
    });
    assert.ok(list.body.jobs.some((j: any) => j.job_id === id && j.job_state[0] === 'COMPLETED'), list.text);

    const foreign = await get('bobB', `/job/${id}`);
    const none = await get('bobB', `/job/${missing(id)}`);
    assert.equal(foreign.status, 404, foreign.text);
    assert.deepEqual(notFound(foreign, id), notFound(none, missing(id)));
    assert.ok(!(await get('bobB', '/jobs')).body.jobs.some((j: any) => j.job_id === id));
  });
});
