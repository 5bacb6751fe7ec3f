// The read commands and token handling of the `s3m` client, as processes against the real
// gateway: squeue/sinfo-like tables, --json bodies equal to what curl gets, where the token
// comes from (and that it never comes from an argument), --help and completion.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { promisify } from 'node:util';
import { curl, jobDir, JOB_USER, startGateway, testConfig, waitFor, type TestGateway } from './harness.ts';
import { cli } from './cli-run.ts';

let gw: TestGateway;
let alice: string;
let bob: string;
let work: string;
let env: Record<string, string>;

before(async () => {
  // Time limits in real minutes: the job below must still run after several CLI runs, each a
  // process start that can take seconds on a busy machine.
  gw = await startGateway({ config: testConfig({ minuteSeconds: 60 }) });
  alice = await gw.token('STF040', 'alice', 'compute-ace');
  bob = await gw.token('STF040', 'bob', 'compute-ace-readonly');
  work = jobDir('s3m-cli-read-');
  writeFileSync(join(work, '.env'), `Authorization: ${alice}\n`);
  env = { S3M_URL: gw.url, S3M_RESOURCE: 'defiant' };
});
after(async () => gw?.cleanup());

describe('tables and --json', () => {
  it('jobs: an squeue-like table of the project\'s jobs; --json is the gateway body', async () => {
    const s = await cli(['submit', '--parsable', '-J', 'tabled', '-t', '30', '-'], { cwd: work, env, input: '#!/bin/bash\nsleep 3600\n' });
    const id = s.stdout.trim();
    await waitFor('running', async () => (/RUNNING/.test((await cli(['jobs'], { cwd: work, env })).stdout) ? true : undefined));
    const t = await cli(['jobs'], { cwd: work, env });
    assert.equal(t.code, 0, t.stderr);
    const [head, ...rows] = t.stdout.trimEnd().split('\n');
    assert.match(head, /^JOBID\s+PARTITION\s+NAME\s+USER\s+STATE\s+REASON\s+TIME\s+TIME_LIMIT\s+NODES\s+NODELIST$/);
    const row = rows.find((r) => r.trim().startsWith(`${id} `));
    assert.ok(row, t.stdout);
    assert.match(row, new RegExp(`^\\s*${id}\\s+batch-cpu\\s+tabled\\s+${JOB_USER}\\s+RUNNING\\s+None\\s+\\d+:\\d\\d\\s+30:00\\s+1\\s+d00[12]$`));
    // aligned: every row as wide as the header's columns (STATE starts at the same offset)
    assert.equal(row.indexOf('RUNNING'), head.indexOf('STATE'));
    assert.ok(!t.stdout.includes('\x1b'), 'no colour when stdout is not a TTY');

    const j = await cli(['jobs', '--json'], { cwd: work, env });
    const body = JSON.parse(j.stdout);
    assert.ok(body.jobs.some((x: { job_id: number }) => x.job_id === Number(id)));
    assert.equal(body.meta.plugin.data_parser, 'data_parser/v0.0.43');

    const one = await cli(['job', id], { cwd: work, env });
    assert.match(one.stdout, new RegExp(`^JobId\\s+${id}$`, 'm'));
    assert.match(one.stdout, /^State\s+RUNNING$/m);
    assert.match(one.stdout, /^TimeLimit\s+30:00$/m);
    await cli(['cancel', id], { cwd: work, env });
  });

  it('partitions, nodes, reservations, ping, diag: tables; --json equal to curl\'s body', async () => {
    const p = await cli(['partitions'], { cwd: work, env });
    assert.match(p.stdout, /^PARTITION\s+AVAIL\s+TIMELIMIT\s+DEFAULTTIME\s+NODES\s+CPUS\s+NODELIST\n/);
    assert.match(p.stdout, /^batch-cpu\s+UP\s+1:00:00\s+10:00\s+2\s+8\s+d\[001-002\]$/m);
    assert.match(p.stdout, /^debug\s+UP\s+5:00\s+2:00\s+1\s+4\s+d001$/m);
    const n = await cli(['nodes'], { cwd: work, env });
    assert.match(n.stdout, /^NODELIST\s+STATE\s+CPUS\(A\/I\/T\)/);
    assert.match(n.stdout, /^d002\s+\S+\s+\d\/\d\/4\s+8192/m);
    const r = await cli(['reservations'], { cwd: work, env });
    assert.match(r.stdout, /^d-maint\s+INACTIVE\s+\S+\s+\S+\s+2:00:00\s+d002\s+MAINT\b/m);
    const ping = await cli(['ping'], { cwd: work, env });
    assert.match(ping.stdout, /^HOSTNAME\s+PINGED\s+MODE\s+LATENCY\(us\)\n\S+\s+UP\s+primary\s+\d+$/m);
    const d = await cli(['diag'], { cwd: work, env });
    assert.match(d.stdout, /^jobs_submitted\s+\d+$/m);

    const viaCli = JSON.parse((await cli(['partitions', '--json'], { cwd: work, env })).stdout);
    const viaCurl = await curl(`${gw.url}/slurm/v0.0.43/defiant/partitions`, { headerFile: join(work, '.env') });
    // Only the client's own address (meta.client.source: another connection, another port) differs.
    delete viaCli.meta.client.source;
    delete viaCurl.body.meta.client.source;
    assert.deepEqual(viaCli, viaCurl.body);
  });

  it('--resource overrides S3M_RESOURCE; an unknown resource is SLURM\'s 9200 error', async () => {
    const w = await cli(['partitions', '--resource', 'wombat'], { cwd: work, env });
    assert.match(w.stdout, /^arm\s+UP/m);
    const u = await cli(['partitions', '--resource', 'nowhere'], { cwd: work, env });
    assert.equal(u.code, 1);
    assert.match(u.stderr, /Unknown resource "nowhere".*\(error 9200\)/);
    const none = await cli(['jobs'], { cwd: work, env: { S3M_URL: gw.url } });
    assert.equal(none.code, 2);
    assert.match(none.stderr, /no resource: use --resource NAME or set S3M_RESOURCE/);
  });

  it('an unreachable gateway is a clear error', async () => {
    const r = await cli(['ping', '--url', 'http://127.0.0.1:9'], { cwd: work, env });
    assert.equal(r.code, 1);
    assert.match(r.stderr, /cannot reach the gateway/);
  });
});

describe('token sources', () => {
  const who = async (args: string[], opts: { cwd?: string; env?: Record<string, string> } = {}) => {
    const r = await cli(['whoami', '--json', ...args], { cwd: opts.cwd ?? work, env: { S3M_URL: gw.url, ...opts.env } });
    return { ...r, info: r.code === 0 ? JSON.parse(r.stdout) : undefined };
  };

  it('./.env in the current directory by default', async () => {
    const r = await who([]);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.info.user, 'alice');
    assert.equal(r.info.project, 'STF040');
    const human = await cli(['whoami'], { cwd: work, env: { S3M_URL: gw.url } });
    assert.match(human.stdout, /^User\s+alice$/m);
  });

  it('S3M_TOKEN wins over ./.env; --token-file wins over both (Bearer form too)', async () => {
    assert.equal((await who([], { env: { S3M_TOKEN: bob } })).info.user, 'bob');
    const dir = mkdtempSync(join(tmpdir(), 's3m-tf-'));
    const f = join(dir, 'bob.env');
    writeFileSync(f, `Authorization: Bearer ${bob}\n`);
    assert.equal((await who(['--token-file', f])).info.user, 'bob');
    writeFileSync(join(dir, 'alice.env'), `Authorization: ${alice}\n`);
    assert.equal((await who(['--token-file', join(dir, 'alice.env')], { env: { S3M_TOKEN: bob } })).info.user, 'alice');
  });

  it('a token as an argument is refused (exit 2), without calling the gateway', async () => {
    const r = await cli(['jobs', '--token', alice], { cwd: work, env });
    assert.equal(r.code, 2);
    assert.match(r.stderr, /tokens are not accepted as command-line arguments/);
    assert.ok(!r.stderr.includes(alice), 'the token is not echoed');
  });

  it('no token anywhere, an unreadable or malformed token file, a bad token', async () => {
    const empty = mkdtempSync(join(tmpdir(), 's3m-notoken-'));
    const none = await who([], { cwd: empty });
    assert.equal(none.code, 1);
    assert.match(none.stderr, /no token: set S3M_TOKEN, or put the line "Authorization: <token>" in \.\/\.env/);
    const missing = await who(['--token-file', join(empty, 'missing.env')], { cwd: empty });
    assert.match(missing.stderr, /cannot read token file .*missing\.env: ENOENT/);
    writeFileSync(join(empty, 'bad.env'), `TOKEN=${alice}\n`);
    const malformed = await who(['--token-file', join(empty, 'bad.env')], { cwd: empty });
    assert.match(malformed.stderr, /has no "Authorization: <token>" line/);
    assert.ok(!malformed.stderr.includes(alice));
    const bad = await who([], { cwd: empty, env: { S3M_TOKEN: 's3m_000000000000_notavalidsecretnotavalidsecretnotavalidsecr' } });
    assert.equal(bad.code, 1);
    assert.match(bad.stderr, /\(error 1007\)/);
    assert.match(bad.stderr, /hint: check the token/);
  });

  it('a read-only token reads but cannot submit (SLURM 2002)', async () => {
    const j = await cli(['jobs'], { cwd: work, env: { ...env, S3M_TOKEN: bob } });
    assert.equal(j.code, 0, j.stderr);
    const s = await cli(['submit', '-'], { cwd: work, env: { ...env, S3M_TOKEN: bob }, input: '#!/bin/bash\ntrue\n' });
    assert.equal(s.code, 1);
    assert.match(s.stderr, /read-only.*\(error 2002\)/);
  });
});

describe('help and completion', () => {
  it('every client command has --help with examples', async () => {
    for (const c of ['ping', 'partitions', 'nodes', 'reservations', 'diag', 'jobs', 'job', 'submit', 'cancel', 'watch', 'whoami', 'completion']) {
      const r = await cli([c, '--help']);
      assert.equal(r.code, 0, `${c}: ${r.stderr}`);
      assert.match(r.stdout, /Examples:\n  \$ /, c);
    }
  });

  it('s3m completion bash is valid bash that completes commands', async () => {
    const r = await cli(['completion', 'bash']);
    assert.match(r.stdout, /complete -o filenames -F _s3m s3m/);
    const f = join(work, 'completion.bash');
    writeFileSync(f, r.stdout);
    await promisify(execFile)('bash', ['-n', f]);
    const { stdout } = await promisify(execFile)('bash', ['-c', `source ${f}; COMP_WORDS=(s3m sub); COMP_CWORD=1; _s3m; echo "\${COMPREPLY[@]}"; COMP_WORDS=(s3m submit --par); COMP_CWORD=2; _s3m; echo "\${COMPREPLY[@]}"`]);
    assert.deepEqual(stdout.trim().split('\n'), ['submit', '--partition --parsable']);
  });
});
