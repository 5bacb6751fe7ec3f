// bin/s3m runs the compiled dist/, never stale code: after a source changes, the next bin/s3m
// builds first and runs the new code; a changed test or data file builds nothing. Done in a copy
// of the package (its node_modules linked), so that this repository's dist/ is never touched
// while other tests run it.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before, it } from 'node:test';
import { promisify } from 'node:util';

const run = promisify(execFile);
const ROOT = resolve(import.meta.dirname, '..');
let copy: string;

before(async () => {
  // The copy starts from a current build of this repository (cpSync keeps the times).
  await run('bash', [join(ROOT, 'scripts/build.sh'), '--if-stale']);
  copy = mkdtempSync(join(tmpdir(), 's3m-build-'));
  for (const entry of ['bin', 'config', 'src', 'dist', 'package.json', 'tsconfig.json', 'tsconfig.build.json']) {
    cpSync(join(ROOT, entry), join(copy, entry), { recursive: true, preserveTimestamps: true });
  }
  mkdirSync(join(copy, 'scripts'));
  cpSync(join(ROOT, 'scripts/build.sh'), join(copy, 'scripts/build.sh'), { preserveTimestamps: true });
  symlinkSync(join(ROOT, 'node_modules'), join(copy, 'node_modules'), 'dir');
});
after(() => {
  if (copy) rmSync(copy, { recursive: true, force: true });
});

const stampTime = () => statSync(join(copy, 'dist/.tsbuildinfo')).mtimeMs;
/** Marks a file as changed just now (a second ahead, so that no clock granularity hides it). */
const touch = (file: string) => utimesSync(file, new Date(Date.now() + 1000), new Date(Date.now() + 1000));

it('a changed test file or data file builds nothing', async () => {
  const before = stampTime();
  touch(join(copy, 'src/client/sbatch.test.ts'));
  touch(join(copy, 'src/contract/spec/openapi-v0.0.43.json'));
  const { stdout } = await run(join(copy, 'bin/s3m'), ['--help']);
  assert.match(stdout, /^Usage: s3m/);
  assert.equal(stampTime(), before, 'dist/ was rebuilt');
});

it('after a source changes, the next bin/s3m builds dist/ and runs the new code', async () => {
  const main = join(copy, 'src/cli/main.ts');
  const text = readFileSync(main, 'utf8');
  const changed = text.replace("new Command('s3m')\n  .description('", "new Command('s3m')\n  .description('[rebuilt] ");
  assert.notEqual(changed, text, 'the test finds the description in src/cli/main.ts');
  writeFileSync(main, changed);
  touch(main);
  const { stdout } = await run(join(copy, 'bin/s3m'), ['--help'], { timeout: 300_000 });
  assert.match(stdout, /\[rebuilt\] S3M Compute/);
  assert.match(readFileSync(join(copy, 'dist/cli/main.js'), 'utf8'), /\[rebuilt\] S3M Compute/);
  // And now it is current: scripts/build.sh --if-stale (what the test harness runs) has nothing to do.
  const stamp = stampTime();
  await run('bash', [join(copy, 'scripts/build.sh'), '--if-stale']);
  assert.equal(stampTime(), stamp);
});

it('bin/s3m and scripts/build.sh --if-stale judge staleness by the same find', () => {
  const predicate = (file: string) => {
    const m = /-newer "?\$?[\w/.{}]*"? *\\?\s*(\\\(.*?\\\)) -print -quit/s.exec(readFileSync(join(ROOT, file), 'utf8'));
    assert.ok(m, `${file} has the find`);
    return m[1].replace(/\s+/g, ' ');
  };
  assert.equal(predicate('bin/s3m'), predicate('scripts/build.sh'));
});
