// The seed page's Python `requests` examples (bugs fixed, examples/python/compute_requests.py),
// run with Debian's python3-requests under /usr/bin/python3 against the real gateway.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { after, before, it } from 'node:test';
import { promisify } from 'node:util';
import { validateResponse } from '../../src/contract/validate.ts';
import { ROOT, startGateway, type TestGateway } from './harness.ts';

const run = promisify(execFile);
let gw: TestGateway;

before(async () => {
  gw = await startGateway();
});
after(async () => gw?.cleanup());

it('every example call succeeds and returns a spec-valid body', async () => {
  const token = await gw.token('STF040', 'alice', 'compute-ace');
  const { stdout } = await run('/usr/bin/python3', [join(ROOT, 'examples/python/compute_requests.py')], {
    env: { PATH: '/usr/bin:/bin', S3M_TOKEN: token, S3M_BASE_PATH: `${gw.url}/slurm/v0.0.43`, S3M_PROJECT: 'STF040' },
  });
  const lines = stdout.trim().split('\n');
  const ops = lines.map((l) => l.split(' ')[0]);
  assert.deepEqual(ops, ['ping', 'partitions', 'submit', 'job', 'jobs', 'cancel', 'nodes', 'reservations', 'diag']);
  for (const line of lines) {
    const [op, status, ...rest] = line.split(' ');
    const body = JSON.parse(rest.join(' '));
    assert.equal(status, '200', line);
    const v = validateResponse('v0.0.43', op as Parameters<typeof validateResponse>[1], 200, body);
    assert.ok(v.valid, `${op}: ${v.errors.join('; ')}`);
  }
  const submitted = JSON.parse(lines[2].split(' ').slice(2).join(' '));
  assert.equal(typeof submitted.job_id, 'number');
});

it('a readonly token gets a clear error from the example (not a crash of the gateway)', async () => {
  const token = await gw.token('STF040', 'bob', 'compute-ace-readonly');
  await assert.rejects(
    run('/usr/bin/python3', [join(ROOT, 'examples/python/compute_requests.py')], {
      env: { PATH: '/usr/bin:/bin', S3M_TOKEN: `Bearer ${token}`, S3M_BASE_PATH: `${gw.url}/slurm/v0.0.43` },
    }),
    (err: { stdout: string; stderr: string }) => {
      assert.match(err.stdout, /^submit 403 /m);
      assert.match(err.stderr, /read-only/);
      return true;
    },
  );
});
