// The project runs and tests on its own: no code, script or test reads the reference material
// that sits beside the repository (../shared) — the captures it needs are copied into
// test/fixtures/, and scripts/real-slurm.sh is the project's own.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { it } from 'node:test';

const ROOT = resolve(import.meta.dirname, '..');

it('no tracked code file refers to ../shared', () => {
  const files = execFileSync('git', ['ls-files', '*.ts', '*.sh', '*.py', '*.json', '*.yaml', '.ci/run', 'bin/s3m'], { cwd: ROOT, encoding: 'utf8' }).split('\n').filter(Boolean);
  assert.ok(files.length > 50, 'git lists the project files');
  const offenders = files.filter((f) => /(\.\.\/shared\/|\/work\/shared\b)/.test(readFileSync(join(ROOT, f), 'utf8')));
  assert.deepEqual(offenders, []);
});
