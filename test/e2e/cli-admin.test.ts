// The `bin/s3m` command line as a user runs it: serve refusing a bad config, and token admin on
// the data dir while the server runs.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { promisify } from 'node:util';
import { curl, S3M, startGateway, type TestGateway } from './harness.ts';

const run = promisify(execFile);

describe('s3m serve', () => {
  it('a bad config fails at start with an error naming the field', async () => {
    const dir = mkdtempSync(join(tmpdir(), 's3m-badcfg-'));
    const file = join(dir, 'bad.yaml');
    writeFileSync(file, 'resources:\n  defiant:\n    backend:\n      type: local\n      nodes: [{ name: n1, cpus: 0, memory: 10 }]\n      partitions: [{ name: p, nodes: [n1, n2] }]\n');
    await assert.rejects(run(S3M, ['serve', '--config', file], { env: { ...process.env, S3M_DATA_DIR: dir } }), (err: { code: number; stderr: string }) => {
      assert.equal(err.code, 2);
      assert.match(err.stderr, /resources\.defiant\.backend\.nodes\[0\]\.cpus/);
      assert.match(err.stderr, /resources\.defiant\.backend\.partitions\[0\]\.nodes\[1\]: unknown node "n2"/);
      return true;
    });
  });

  it('a bad S3M_PORT is named', async () => {
    await assert.rejects(run(S3M, ['serve'], { env: { ...process.env, S3M_PORT: 'eighty', S3M_DATA_DIR: mkdtempSync(join(tmpdir(), 's3m-p-')) } }), (err: { code: number; stderr: string }) => {
      assert.equal(err.code, 2);
      assert.match(err.stderr, /S3M_PORT/);
      return true;
    });
  });
});

describe('s3m admin token, while the server runs', () => {
  let gw: TestGateway;
  before(async () => {
    gw = await startGateway();
  });
  after(async () => gw?.cleanup());

  it('create prints the token alone; list shows it without the secret; revoke takes effect at once', async () => {
    const { stdout, stderr } = await run(S3M, ['admin', 'token', 'create', '--project', 'STF040', '--user', 'alice', '--permission', 'compute-ace-readonly', '--expires', '12h'], { env: gw.env });
    const token = stdout.trim();
    assert.match(token, /^s3m_[0-9a-f]{12}_[A-Za-z0-9_-]{43}$/);
    assert.equal(stdout, `${token}\n`, 'nothing but the token on stdout');
    assert.match(stderr, /created token [0-9a-f]{12}/);
    const id = token.split('_')[1];
    const secret = token.slice('s3m_'.length + 13);

    const table = (await gw.admin('token', 'list')).stdout;
    assert.match(table, new RegExp(`${id}\\s+STF040\\s+alice\\s+compute-ace-readonly\\s+active`));
    assert.ok(!table.includes(secret));
    const json = JSON.parse((await gw.admin('token', 'list', '--json')).stdout);
    const rec = json.find((t: { id: string }) => t.id === id);
    assert.equal(rec.status, 'active');
    assert.ok(!JSON.stringify(json).includes(secret));

    const f = gw.headerFile(token);
    assert.equal((await curl(`${gw.url}/slurm/v0.0.43/defiant/ping`, { headerFile: f })).status, 200);
    await gw.admin('token', 'revoke', id);
    assert.equal((await curl(`${gw.url}/slurm/v0.0.43/defiant/ping`, { headerFile: f })).status, 401);
    assert.match((await gw.admin('token', 'list')).stdout, new RegExp(`${id}.*revoked`));
  });

  it('revoking an unknown id fails with a message and a non-zero exit', async () => {
    await assert.rejects(gw.admin('token', 'revoke', 'ffffffffffff'), (err: { code: number; stderr: string }) => {
      assert.equal(err.code, 1);
      assert.match(err.stderr, /no token with id ffffffffffff/);
      return true;
    });
  });

  it('create refuses an unknown permission and a bad duration', async () => {
    await assert.rejects(gw.admin('token', 'create', '--project', 'P', '--user', 'u', '--permission', 'admin'), /unknown permission "admin"/);
    await assert.rejects(gw.admin('token', 'create', '--project', 'P', '--user', 'u', '--permission', 'compute-ace', '--expires', 'soon'), /not a duration/);
  });
});
