// The project runs and tests on its own: no code, script or test reads the reference material
// that sits beside the repository (../shared) — the captures it needs are copied into
// test/fixtures/, and scripts/real-slurm.sh is the project's own.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join, resolve, sep } from 'node:path';
import { it } from 'node:test';

const ROOT = resolve(import.meta.dirname, '..');

it('no tracked code file refers to ../shared', () => {
  const files = execFileSync('git', ['ls-files', '*.ts', '*.sh', '*.py', '*.json', '*.yaml', '.ci/run', 'bin/s3m'], { cwd: ROOT, encoding: 'utf8' }).split('\n').filter(Boolean);
  assert.ok(files.length > 50, 'git lists the project files');
  // A relative path counts where it leads out of the repository (src/adapters/shared/ is the
  // project's own): from a TypeScript file's folder (its imports), and for scripts also from the
  // repository root they run in. An absolute one always counts.
  const leavesRepo = (f: string, path: string) => !resolve(ROOT, dirname(f), path).startsWith(ROOT + sep);
  const offenders = files.filter((f) => {
    const text = readFileSync(join(ROOT, f), 'utf8');
    if (/\/work\/shared\b/.test(text)) return true;
    return [...text.matchAll(/(?:\.\.\/)+shared\//g)].some((m) => leavesRepo(f, m[0]) || (!f.endsWith('.ts') && leavesRepo('', m[0])));
  });
  assert.deepEqual(offenders, []);
});
