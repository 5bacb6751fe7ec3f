// Integration: the slurmrestd backend against a REAL SLURM (scripts/real-slurm.sh: Slurm 26.05 in a
// Debian chroot, slurmrestd on 127.0.0.1 with JWT auth), with JWTs minted from the cluster's key file.
//
// Skips with the script's message when it cannot run here (exit 3: not root, no mirror, ...), unless
// S3M_REQUIRE_REAL_SLURM=1, which turns that into a failure. A cluster this file started is stopped
// at the end; one that was already running is left running (set S3M_REAL_SLURM_KEEP=1 to always keep it).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, test } from 'node:test';
import { slurmrestdBackendSchema } from '../../config/schema.ts';
import { GatewayError } from '../../contract/errors.ts';
import type { JobInfo } from '../../contract/model.ts';
import type { BackendContext } from '../backend.ts';
import { realSlurmJob } from '../../../test/support/real-slurm-job.ts';
import { createSlurmrestdBackend, type SlurmrestdBackend } from './index.ts';

const SCRIPT = join(dirname(fileURLToPath(import.meta.url)), '../../../scripts/real-slurm.sh');
const CANNOT_RUN = 3;
const required = process.env.S3M_REQUIRE_REAL_SLURM === '1';

// The "plain" instance of test/contract/real-slurm.ts: the script's defaults (or S3M_SLURM_ROOT and
// its port knobs), without accounting, whatever the script's own default is.
function run(args: string[], timeoutMs: number) {
  return spawnSync('bash', [SCRIPT, ...args], { encoding: 'utf8', timeout: timeoutMs, maxBuffer: 16 * 1024 * 1024, env: { ...process.env, S3M_SLURM_ACCOUNTING: 'off' } });
}

// Bring the cluster up before the tests are declared, so that a skip can name the reason.
const wasRunning = /^slurmrestd\s+\d+/m.test(run(['status'], 60_000).stdout ?? '');
const up = run(['up'], 15 * 60_000);
let skip: string | false = false;
const env: Record<string, string> = {};
if (up.status === CANNOT_RUN && !required) {
  const reason = (up.stderr.trim().split('\n').filter((l) => l.startsWith('real-slurm: cannot run here')).pop() ?? up.stderr.trim()).trim();
  skip = `${reason} (set S3M_REQUIRE_REAL_SLURM=1 to fail instead)`;
} else if (up.status !== 0) {
  const why = up.error ? up.error.message : `exit ${up.status}`;
  throw new Error(`scripts/real-slurm.sh up failed (${why}):\n${up.stderr.split('\n').slice(-25).join('\n')}`);
} else {
  for (const line of up.stdout.split('\n')) {
    const m = /^([A-Z0-9_]+)=(.*)$/.exec(line.trim());
    if (m) env[m[1]] = m[2];
  }
}

const alice: BackendContext = { user: env.S3M_SLURM_USER ?? 'alice', project: 'proj-a', clientSource: '127.0.0.1:40000' };
const bob: BackendContext = { user: env.S3M_SLURM_USER2 ?? 'bob', project: 'proj-b', clientSource: '127.0.0.1:40001' };

/** The backend's plumbing is checked in v0.0.43; `apiVersion` "auto" (the default) has its own test. */
function makeBackend(keyFile: string, apiVersion = 'v0.0.43', resource = 'real'): SlurmrestdBackend {
  const config = slurmrestdBackendSchema.parse({ type: 'slurmrestd', url: env.S3M_SLURMRESTD_URL, auth: { mode: 'jwt-key', keyFile, lifetimeMinutes: 5 }, timeouts: { requestMs: 20_000 }, apiVersion });
  return createSlurmrestdBackend({ resource, monitorUser: 'root', config });
}

const job = (account: string, name: string, script: string, extra: Record<string, unknown> = {}) => realSlurmJob(name, script, { account, ...extra });

describe('slurmrestd backend against a real SLURM', { skip }, () => {
  let b: SlurmrestdBackend;
  let tmp: string;
  before(async () => {
    tmp = mkdtempSync(join(tmpdir(), 's3m-real-slurm-'));
    b = makeBackend(env.S3M_SLURM_JWT_KEY);
    await b.start();
  });
  after(async () => {
    await b?.close();
    if (tmp) rmSync(tmp, { recursive: true, force: true });
    if (!wasRunning && process.env.S3M_REAL_SLURM_KEEP !== '1') run(['stop'], 120_000);
  });

  async function waitForState(ctx: BackendContext, id: number, done: (s: string[]) => boolean, timeoutMs = 60_000): Promise<JobInfo> {
    const t0 = Date.now();
    for (;;) {
      const r = await b.job(ctx, String(id));
      assert.equal(r.status, 200, JSON.stringify(r.body.errors));
      const j = r.body.jobs[0];
      if (done(j.job_state ?? [])) return j;
      if (Date.now() - t0 > timeoutMs) assert.fail(`job ${id} still ${j.job_state} after ${timeoutMs} ms (${j.state_reason})`);
      await new Promise((r) => setTimeout(r, 250));
    }
  }

  test('ping', async () => {
    const r = await b.ping(alice);
    assert.equal(r.status, 200);
    assert.equal(r.body.pings[0].pinged, 'UP');
    assert.equal(r.body.pings[0].responding, true);
    assert.equal(r.body.meta?.slurm?.cluster, env.S3M_SLURM_CLUSTER);
    assert.deepEqual(r.body.errors, []);
  });

  test('apiVersion auto asks the cluster: 26.05 serves v0.0.42 to v0.0.45, so the backend speaks v0.0.45', async () => {
    const auto = makeBackend(env.S3M_SLURM_JWT_KEY, 'auto', 'real-auto');
    try {
      const r = await auto.ping(alice);
      assert.equal(r.status, 200);
      assert.equal(r.version, 'v0.0.45');
      assert.equal(r.body.meta?.plugin?.data_parser, 'data_parser/v0.0.45');
      assert.equal((r.body.pings[0] as { status?: string }).status, 'No error');
    } finally {
      await auto.close();
    }
  });

  test('partitions, nodes, reservations, diag', async () => {
    const p = await b.partitions(alice);
    assert.equal(p.status, 200);
    assert.deepEqual(p.body.partitions.map((x) => x.name).sort(), ['batch-cpu', 'debug']);
    const debug = p.body.partitions.find((x) => x.name === 'debug')!;
    assert.equal(debug.maximums?.time?.number, 60);
    const n = await b.nodes(alice);
    assert.equal(n.status, 200);
    assert.equal(n.body.nodes[0].name, env.S3M_SLURM_NODE);
    const rv = await b.reservations(alice);
    assert.equal(rv.status, 200);
    assert.ok(rv.body.reservations.some((x) => x.name === env.S3M_SLURM_RESERVATION));
    const d = await b.diag(alice);
    assert.equal(d.status, 200);
    assert.ok(d.body.statistics);
  });

  test('submit as alice → visible in /jobs → COMPLETED with exit code 0', async () => {
    const s = await b.submit(alice, job('proj-a', 's3m-it-ok', '#!/bin/bash\necho hello'));
    assert.equal(s.status, 200, JSON.stringify(s.body.errors));
    const id = s.body.job_id!;
    assert.ok(id > 0);
    const all = await b.jobs(alice);
    assert.equal(all.status, 200);
    const seen = all.body.jobs.find((j) => j.job_id === id);
    assert.ok(seen, `job ${id} in /jobs`);
    assert.equal(seen.user_name, 'alice');
    assert.equal(seen.account, 'proj-a');
    const done = await waitForState(alice, id, (st) => !st.some((x) => x === 'PENDING' || x === 'RUNNING' || x === 'CONFIGURING' || x === 'COMPLETING'));
    assert.deepEqual(done.job_state, ['COMPLETED']);
    assert.deepEqual(done.exit_code?.status, ['SUCCESS']);
    assert.equal(done.exit_code?.return_code?.number, 0);
  });

  test('a failing job → FAILED with its exit code', async () => {
    const s = await b.submit(bob, job('proj-b', 's3m-it-fail', '#!/bin/bash\nexit 3'));
    assert.equal(s.status, 200, JSON.stringify(s.body.errors));
    const done = await waitForState(bob, s.body.job_id!, (st) => !st.some((x) => x === 'PENDING' || x === 'RUNNING' || x === 'CONFIGURING' || x === 'COMPLETING'));
    assert.deepEqual(done.job_state, ['FAILED']);
    assert.equal(done.user_name, 'bob');
    assert.equal(done.exit_code?.return_code?.number, 3);
  });

  test('cancel a running job → CANCELLED', async () => {
    const s = await b.submit(alice, job('proj-a', 's3m-it-cancel', '#!/bin/bash\nsleep 300'));
    assert.equal(s.status, 200, JSON.stringify(s.body.errors));
    const id = s.body.job_id!;
    await waitForState(alice, id, (st) => st.includes('RUNNING'));
    const c = await b.cancel(alice, String(id), { signal: 9, signalGiven: true });
    assert.equal(c.status, 200);
    assert.deepEqual(c.body.errors, []);
    const done = await waitForState(alice, id, (st) => st.includes('CANCELLED'));
    assert.ok(done.job_state?.includes('CANCELLED'));
  });

  test('unknown job → 404 with error 2017; unknown partition → 422', async () => {
    const r = await b.job(alice, '999999');
    assert.equal(r.status, 404);
    assert.equal(r.body.errors?.[0].error_number, 2017);
    assert.equal(r.body.errors?.[0].error, 'Invalid job id specified');
    const bad = await b.submit(alice, job('proj-a', 's3m-it-badpart', '#!/bin/bash\ntrue', { partition: 'no-such-partition' }));
    assert.equal(bad.status, 422);
    assert.equal(bad.body.errors?.[0].error_number, 2000);
  });

  test("a wrong JWT key → 502 about the gateway's credentials", async () => {
    const wrongKey = join(tmp, 'wrong.key');
    writeFileSync(wrongKey, randomBytes(32));
    const wrong = makeBackend(wrongKey);
    try {
      const err = await wrong.jobs(alice).then(
        () => assert.fail('expected a rejection'),
        (e: unknown) => e,
      );
      assert.ok(err instanceof GatewayError);
      assert.equal(err.kind, 'backendCredentials');
      assert.equal(err.httpStatus, 502);
    } finally {
      await wrong.close();
    }
  });
});
