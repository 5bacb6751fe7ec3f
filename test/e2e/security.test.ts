// The local backend as an attacker with a read/write token meets it: one test per attack that
// once worked (jobs as root, the gateway opening job files for them, cancel and limits that were
// not real), each asserting the attack is refused and nothing was read or written. Runs as root
// with the two test accounts that `npm run test:all` creates (scripts/setup/test-machine.sh):
// project A's user alice maps to s3m-test-a, project B's bob to s3m-test-b.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import Database from 'better-sqlite3';
import { nssLookup, type JobAccount } from '../../src/backends/local/accounts.ts';
import { pidAlive } from '../support/local-cluster.ts';
import { dataPaths } from '../../src/config/load.ts';
import { ROOT, curl, jobDir, startGateway, waitFor, type TestGateway } from './harness.ts';

const A = nssLookup('s3m-test-a');
const B = nssLookup('s3m-test-b');
const shared = (() => {
  try {
    return Number(execFileSync('getent', ['group', 's3m-test-shared'], { encoding: 'utf8' }).split(':')[2]);
  } catch {
    return undefined;
  }
})();
const why =
  process.getuid?.() !== 0 ? 'needs root (jobs switch users and get cgroups only then)' : !A || !B || shared === undefined ? 'needs the test accounts that npm run test:all creates (scripts/setup/test-machine.sh)' : false;
if (why && process.env.S3M_REQUIRE_ALL === '1') throw new Error(`security suite cannot run: ${why}`);

const SECRET = `gateway-secret-${process.pid}`;

function config(): string {
  const local = (extra: string) => `
    backend:
      type: local
      minuteSeconds: 60
      killWait: 1
      schedulerInterval: 0.2
      userMap: { alice: s3m-test-a, bob: s3m-test-b, rooty: root, ghost: s3m-no-such-account }
      nodes: [{ name: n1, cpus: 2, memory: 4096 }, { name: n2, cpus: 2, memory: 4096 }]
      partitions: [{ name: batch, nodes: [n1, n2], default: true, maxTime: 600 }]
${extra}`;
  return `
listen: { host: 127.0.0.1, port: 0 }
rateLimits: { enabled: false }
resources:
  defiant:${local('      maxFileSizeMB: 1\n      maxProcessesPerJob: 32')}
  capped:${local('      maxJobCount: 4\n      maxSubmitJobsPerUser: 2\n      maxScriptBytes: 1000\n      maxEnvironmentBytes: 1000')}
  aging:${local('      minJobAge: 1')}
`;
}

describe('security: the local backend against its own users', { skip: why }, () => {
  let gw: TestGateway;
  let hA: string;
  let hB: string;
  /** Directories owned by each account, 0700, like a home or project directory. */
  let dirA: string;
  let dirB: string;
  /** World-writable and sticky, like /tmp: where both projects' files meet. */
  let open: string;

  before(async () => {
    process.env.S3M_TEST_GATEWAY_SECRET = SECRET; // the gateway inherits it; no job may see it
    gw = await startGateway({ config: config() });
    delete process.env.S3M_TEST_GATEWAY_SECRET;
    hA = gw.headerFile(await gw.token('proj-a', 'alice', 'compute-ace'));
    hB = gw.headerFile(await gw.token('proj-b', 'bob', 'compute-ace'));
    const owned = (name: string, acct: JobAccount) => {
      const d = join(gw.dir, name);
      mkdirSync(d, { mode: 0o700 });
      chownSync(d, acct.uid, acct.gid);
      return d;
    };
    dirA = owned('home-a', A!);
    dirB = owned('home-b', B!);
    open = jobDir('s3m-sec-open-');
  });
  after(async () => {
    await gw?.cleanup();
  });

  const base = (resource = 'defiant') => `${gw.url}/slurm/v0.0.43/${resource}`;
  const submit = (h: string, job: Record<string, unknown>, resource = 'defiant') =>
    curl(`${base(resource)}/job/submit`, { headerFile: h, method: 'POST', json: { job: { environment: ['PATH=/usr/bin:/bin'], ...job } } });
  const getJob = async (h: string, id: number, resource = 'defiant') => (await curl(`${base(resource)}/job/${id}`, { headerFile: h })).body?.jobs?.[0];
  const settled = (h: string, id: number, resource = 'defiant') =>
    waitFor(`job ${id} to end`, async () => {
      const j = await getJob(h, id, resource);
      return j && !['PENDING', 'RUNNING'].includes(j.job_state[0]) && !j.job_state.includes('COMPLETING') ? j : undefined;
    }, 60_000);
  const run = async (h: string, job: Record<string, unknown>) => {
    const r = await submit(h, job);
    assert.equal(r.status, 200, r.text);
    return settled(h, r.body.job_id);
  };
  const fileText = (f: string) => (existsSync(f) ? readFileSync(f, 'utf8') : '');

  it('jobs run as the mapped account with its primary and supplementary groups, never as root', async () => {
    const job = await run(hA, { script: '#!/bin/bash\necho "uid=$(id -u) gid=$(id -g) groups=$(id -G)"', current_working_directory: dirA });
    assert.deepEqual(job.job_state, ['COMPLETED']);
    assert.equal(job.user_name, 's3m-test-a');
    assert.equal(job.user_id, A!.uid);
    assert.equal(job.group_id, A!.gid);
    const out = fileText(join(dirA, `slurm-${job.job_id}.out`));
    const m = /uid=(\d+) gid=(\d+) groups=([\d ]+)/.exec(out);
    assert.ok(m, out);
    assert.equal(Number(m[1]), A!.uid);
    assert.equal(Number(m[2]), A!.gid);
    assert.deepEqual(m[3].trim().split(' ').map(Number).sort(), [A!.gid, shared!].sort());
  });

  it('a token user without an account, or mapped to root, is refused at submit with slurmctld\'s error; no job is made', async () => {
    for (const user of ['ghost', 'rooty']) {
      const h = gw.headerFile(await gw.token('proj-a', user, 'compute-ace'));
      const r = await submit(h, { script: '#!/bin/bash\nid', current_working_directory: '/tmp' });
      assert.equal(r.status, 403, r.text);
      assert.deepEqual(r.body.errors, [{ description: 'Batch job submission failed', error_number: 6010, error: 'Rejecting authentication of user nobody or group nobody', source: 'slurm_submit_batch_job()' }]);
      assert.equal(r.body.job_id, undefined);
    }
  });

  it("the gateway's database, data directory, environment and admin command are out of a job's reach", async () => {
    const db = join(gw.dataDir, 's3m.db');
    assert.equal(statSync(gw.dataDir).mode & 0o777, 0o700);
    assert.equal(statSync(db).mode & 0o777, 0o600);
    // Token ids, not the whole listing: lastUsedAt moves whenever the test's own token is used.
    const tokenIds = async () => (JSON.parse((await gw.admin('token', 'list', '--json')).stdout) as { id: string }[]).map((t) => t.id);
    const tokensBefore = await tokenIds();
    const script = [
      '#!/bin/bash',
      `cat ${db} > /dev/null 2>&1 && echo db=READ || echo db=denied`,
      `ls ${gw.dataDir} > /dev/null 2>&1 && echo datadir=LISTED || echo datadir=denied`,
      'cat /proc/$PPID/environ > /dev/null 2>&1 && echo parent-env=READ || echo parent-env=denied',
      `grep -l ${SECRET} /proc/[0-9]*/environ 2>/dev/null | head -1 | sed 's/^/secret-in=/'`,
      `env | grep -c ${SECRET} | sed 's/^/secret-in-env=/'`,
      `S3M_DATA_DIR=${gw.dataDir} S3M_CONFIG=${gw.configFile} ${join(ROOT, 'bin/s3m')} admin token create --project proj-b --user mallory --permission compute-ace > token.txt 2>&1; echo admin-rc=$?`,
      'echo "script=$(stat -c %U:%a "$0") spool=$(stat -c %U:%a "$(dirname "$0")")"',
    ].join('\n');
    const job = await run(hA, { script, current_working_directory: dirA });
    const out = fileText(join(dirA, `slurm-${job.job_id}.out`));
    assert.match(out, /^db=denied$/m);
    assert.match(out, /^datadir=denied$/m);
    assert.match(out, /^parent-env=denied$/m);
    assert.doesNotMatch(out, /secret-in=/);
    assert.match(out, /^secret-in-env=0$/m);
    assert.doesNotMatch(out, /^admin-rc=0$/m);
    assert.doesNotMatch(fileText(join(dirA, 'token.txt')), /s3m_/);
    assert.deepEqual(await tokenIds(), tokensBefore, 'no token was made');
    assert.match(out, /^script=s3m-test-a:700 spool=s3m-test-a:700$/m, 'the spool belongs to the job');
  });

  it('files the account may not open fail the job as slurmstepd does (RaisedSignal:53), and nothing is created, read or overwritten', async () => {
    writeFileSync(join(open, 'b.out'), 'B-OUTPUT\n');
    chownSync(join(open, 'b.out'), B!.uid, B!.gid);
    const db = join(gw.dataDir, 's3m.db');
    const dbBefore = readFileSync(db);
    const cases: Array<[string, Record<string, unknown>, () => void]> = [
      ['stdout in /etc', { standard_output: '/etc/s3m-attack-%j.out' }, () => assert.equal(execFileSync('sh', ['-c', 'ls /etc | grep -c s3m-attack || true'], { encoding: 'utf8' }).trim(), '0')],
      ['stdin /etc/shadow', { standard_input: '/etc/shadow', standard_output: join(open, 'shadow-%j.out') }, () => assert.equal(execFileSync('sh', ['-c', `ls ${open} | grep -c shadow- || true`], { encoding: 'utf8' }).trim(), '0')],
      ["stdout onto project B's output", { standard_output: join(open, 'b.out') }, () => assert.equal(readFileSync(join(open, 'b.out'), 'utf8'), 'B-OUTPUT\n')],
      ["stdout onto the gateway's database", { standard_output: db }, () => assert.ok(readFileSync(db).subarray(0, 16).toString() === 'SQLite format 3\0')],
      ['a bad interpreter and stdout in /etc', { script: '#!/no/such/shell\ncat /etc/shadow', standard_output: '/etc/s3m-attack2-%j.out' }, () => assert.equal(execFileSync('sh', ['-c', 'ls /etc | grep -c s3m-attack2 || true'], { encoding: 'utf8' }).trim(), '0')],
    ];
    for (const [what, fields, nothingHappened] of cases) {
      const job = await run(hA, { script: '#!/bin/bash\necho ran; cat', current_working_directory: dirA, ...fields });
      assert.deepEqual(job.job_state, ['FAILED'], what);
      assert.equal(job.state_description, 'RaisedSignal:53(Real-time signal 19)', what);
      nothingHappened();
    }
    assert.ok(dbBefore.length > 0);
    // The gateway is unharmed: it answers, audits and keeps its tokens.
    assert.equal((await curl(`${base()}/ping`, { headerFile: hA })).status, 200);
    assert.match((await gw.admin('audit', '--since', '1h', '--json')).stdout, /submit/);
  });

  it("a job cannot read another project's output", async () => {
    const b = await run(hB, { script: '#!/bin/bash\necho B-SECRET-RESULT > result.txt; echo done', current_working_directory: dirB });
    assert.deepEqual(b.job_state, ['COMPLETED']);
    const a = await run(hA, { script: `#!/bin/bash\ncat ${join(dirB, 'result.txt')} ${join(dirB, `slurm-${b.job_id}.out`)}; echo rc=$?`, current_working_directory: dirA });
    const out = fileText(join(dirA, `slurm-${a.job_id}.out`));
    assert.doesNotMatch(out, /B-SECRET-RESULT|^done$/m);
    assert.match(out, /Permission denied/);
  });

  it('cancel kills every process of the job, including ones that called setsid or double-forked', async () => {
    const r = await submit(hA, { script: '#!/bin/bash\nsetsid sleep 1000 & echo $! > p1\n(setsid sleep 1001 & echo $! > p2)\nsleep 1000', current_working_directory: dirA, time_limit: { set: true, number: 60 } });
    const id = r.body.job_id;
    const pids = await waitFor('both pids written', async () => {
      const [p1, p2] = ['p1', 'p2'].map((f) => fileText(join(dirA, f)).trim());
      return p1 && p2 ? [Number(p1), Number(p2)] : undefined;
    }, 60_000);
    assert.ok(pids.every(pidAlive));
    assert.equal((await curl(`${base()}/job/${id}`, { headerFile: hA, method: 'DELETE' })).status, 200);
    await waitFor('every process of the job gone', async () => (pids.every((p) => !pidAlive(p)) ? true : undefined), 60_000);
    assert.deepEqual((await settled(hA, id)).job_state, ['CANCELLED']);
  });

  it('the memory request is enforced: over it, the job ends OUT_OF_MEMORY with slurmstepd\'s report', async () => {
    const job = await run(hA, {
      script: '#!/bin/bash\n/usr/bin/python3 -c "b = bytearray(400 * 1024 * 1024); print(len(b))"\necho after',
      memory_per_node: { set: true, number: 64 },
      current_working_directory: dirA,
    });
    assert.deepEqual(job.job_state, ['OUT_OF_MEMORY']);
    assert.equal(job.state_reason, 'OutOfMemory');
    assert.deepEqual(job.exit_code.status, ['SIGNALED']);
    assert.equal(job.exit_code.signal.id.number, 125);
    const out = await waitFor('the OOM report', async () => {
      const t = fileText(join(dirA, `slurm-${job.job_id}.out`));
      return /oom_kill event/.test(t) ? t : undefined;
    });
    assert.match(out, new RegExp(`slurmstepd: error: Detected 1 oom_kill event in StepId=${job.job_id}\\.batch\\. Some of the step tasks have been OOM Killed\\.`));
    assert.doesNotMatch(out, /^419430400$/m);
  });

  it('a fork bomb is capped by the pids limit and ends with the job', async () => {
    const r = await submit(hA, { script: '#!/bin/bash\nbomb() { bomb | bomb & }\nbomb\nsleep 1000', current_working_directory: dirA, time_limit: { set: true, number: 60 } });
    const id = r.body.job_id;
    // The kernel's own count for the job's cgroup (pids.current) and how often it refused a fork (pids.events).
    const cg = await waitFor('the job cgroup', async () => {
      // v1: under /sys/fs/cgroup/pids; v2: in the unified tree. Both name the files alike.
      const found = execFileSync('find', ['/sys/fs/cgroup', '-type', 'd', '-path', `*s3m_${dataPaths(gw.dataDir).instance}/defiant/job_${id}`], { encoding: 'utf8' })
        .split('\n')
        .filter((d) => d && existsSync(join(d, 'pids.max')));
      return found[0];
    }, 60_000);
    const read = (f: string) => readFileSync(join(cg, f), 'utf8');
    await waitFor('the bomb to hit its cap', async () => (/^max [1-9]/m.test(read('pids.events')) ? true : undefined), 60_000);
    assert.equal(read('pids.max').trim(), '32');
    for (let i = 0; i < 10; i++) assert.ok(Number(read('pids.current')) <= 32, `at most 32 tasks (maxProcessesPerJob), saw ${read('pids.current')}`);
    await curl(`${base()}/job/${id}`, { headerFile: hA, method: 'DELETE' });
    // The gateway removes the cgroup once nothing of the job is left in it.
    await waitFor('no process of the bomb left', async () => (!existsSync(cg) ? true : undefined), 60_000);
    assert.deepEqual((await settled(hA, id)).job_state, ['CANCELLED']);
  });

  it('output files stop at maxFileSizeMB: the job gets SIGXFSZ and the file is not larger', async () => {
    const job = await run(hA, { script: '#!/bin/bash\nhead -c 5000000 /dev/zero\necho unreachable', current_working_directory: dirA });
    assert.deepEqual(job.job_state, ['FAILED']);
    assert.equal(statSync(join(dirA, `slurm-${job.job_id}.out`)).size, 1024 * 1024);
  });

  it('cpus follow the allocation (cpuset)', async () => {
    const one = await run(hA, { script: '#!/bin/bash\ngrep Cpus_allowed_list /proc/self/status', cpus_per_task: 1, current_working_directory: dirA });
    assert.match(fileText(join(dirA, `slurm-${one.job_id}.out`)), /^Cpus_allowed_list:\s+\d+$/m, 'one cpu for a one-cpu job');
  });

  it('caps: MaxJobCount (2007), per-user submit limit (2050), script and environment size (2012), as slurmctld answers', async () => {
    const held = (h: string) => submit(h, { script: '#!/bin/bash\ntrue', hold: true, current_working_directory: '/tmp' }, 'capped');
    assert.equal((await held(hA)).status, 200);
    assert.equal((await held(hA)).status, 200);
    const overUser = await held(hA);
    assert.equal(overUser.status, 422);
    assert.equal(overUser.body.errors[0].error_number, 2050);
    assert.equal(overUser.body.errors[0].error, "Job violates accounting/QOS policy (job submit limit, user's size and/or time limits)");
    assert.equal((await held(hB)).status, 200);
    assert.equal((await held(hB)).status, 200);
    const overCount = await held(hB);
    assert.equal(overCount.status, 422);
    assert.deepEqual(overCount.body.errors, [{ description: 'Batch job submission failed', error_number: 2007, error: 'MaxJobCount limit reached', source: 'slurm_submit_batch_job()' }]);
    const bigScript = await submit(hA, { script: `#!/bin/bash\n${'#'.repeat(1000)}` }, 'capped');
    const bigEnv = await submit(hA, { script: '#!/bin/bash\ntrue', environment: ['PATH=/usr/bin', `X=${'x'.repeat(1000)}`] }, 'capped');
    for (const r of [bigScript, bigEnv]) {
      assert.equal(r.status, 422);
      assert.equal(r.body.errors[0].error_number, 2012);
    }
  });

  it('finished jobs leave memory after minJobAge (then the gateway answers from its final record) and stay in the database', async () => {
    const r = await submit(hA, { script: '#!/bin/bash\ntrue', current_working_directory: dirA, standard_output: 'aging-%j.out' }, 'aging');
    const id = r.body.job_id;
    // The backend no longer lists the job: the answer is the gateway's history record, which says so.
    const fromHistory = (b: { warnings?: { source?: string }[] }) => (b.warnings ?? []).some((w) => w.source === 's3m:history');
    await waitFor('purged from the backend', async () => {
      const one = await curl(`${base('aging')}/job/${id}`, { headerFile: hA });
      return one.status === 200 && fromHistory(one.body) ? true : undefined;
    }, 60_000);
    const jobs = await curl(`${base('aging')}/jobs`, { headerFile: hA });
    assert.ok(jobs.body.jobs.some((j: { job_id: number }) => j.job_id === id) && fromHistory(jobs.body), jobs.text);
    const db = new Database(join(gw.dataDir, 's3m.db'), { readonly: true });
    try {
      assert.deepEqual(db.prepare("SELECT state FROM local_jobs WHERE resource = 'aging' AND job_id = ?").get(id), { state: 'COMPLETED' });
    } finally {
      db.close();
    }
  });

  it('gateway shutdown kills every process of its running jobs, setsid ones included', async () => {
    const r = await submit(hA, { script: '#!/bin/bash\n(setsid sleep 1002 & echo $! > p3)\nsleep 1000', current_working_directory: dirA, time_limit: { set: true, number: 60 } });
    assert.equal(r.status, 200);
    const pid = await waitFor('pid written', async () => Number(fileText(join(dirA, 'p3')).trim()) || undefined, 60_000);
    assert.ok(pidAlive(pid));
    await gw.stop();
    await waitFor('the double-forked process gone', async () => (!pidAlive(pid) ? true : undefined), 60_000);
    chmodSync(gw.dataDir, 0o755); // a restart must fix the mode again
    await gw.restart();
    assert.equal(statSync(gw.dataDir).mode & 0o777, 0o700);
  });
});
