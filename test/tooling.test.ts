// The set-up provides every program the tests run: each program a test starts by name must have a
// check in scripts/setup/check-tools.sh (its smallest real use, run right after the install), and
// each check's Debian package must be in scripts/setup/debian-packages.txt, which the set-up
// installs without Recommends. A test that starts a new tool fails here until the set-up has it.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { it } from 'node:test';

const ROOT = resolve(import.meta.dirname, '..');
const checkScript = readFileSync(join(ROOT, 'scripts/setup/check-tools.sh'), 'utf8');
const packages = new Set(
  readFileSync(join(ROOT, 'scripts/setup/debian-packages.txt'), 'utf8')
    .split('\n')
    .map((l) => l.replace(/#.*/, '').trim())
    .filter(Boolean)
    .map((l) => l.split(/\s+/)[0]),
);
/** program → package, from the `check <program> <package> ...` lines. */
const checks = new Map([...checkScript.matchAll(/^check (\S+) (\S+) /gm)].map((m) => [m[1], m[2]]));

function testSources(): string[] {
  const files = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', 'test', 'src', 'scripts'], { cwd: ROOT, encoding: 'utf8' }).split('\n');
  return files.filter((f) => /\.(ts|py)$/.test(f) && (f.startsWith('test/') || f.endsWith('.test.ts')));
}

/** Programs started by a literal name or path: run('curl', ...), spawn('/usr/bin/python3', ...), `#!/bin/bash` job scripts. */
function programsRun(): Map<string, string> {
  const found = new Map<string, string>();
  for (const f of testSources()) {
    const text = readFileSync(join(ROOT, f), 'utf8');
    // Not methods: `statement.run('rest', ...)` runs no program.
    for (const m of text.matchAll(/(?<!\.)\b(?:execFile|execFileSync|spawn|spawnSync|run)\(\s*'([^']+)'/g)) found.set(basename(m[1]), f);
    for (const m of text.matchAll(/#!\/(?:usr\/)?bin\/(bash|sh|python3)\b/g)) found.set(m[1], f);
    if (/node_modules\/\.bin\/buf/.test(text)) found.set('buf', f);
  }
  found.delete('sh'); // dash is Essential on Debian: every machine has it
  return found;
}

it('every program a test runs is checked by scripts/setup/check-tools.sh', () => {
  const programs = programsRun();
  assert.ok(programs.has('curl') && programs.has('python3'), 'the scan finds the programs the end-to-end tests run');
  const unchecked = [...programs].filter(([p]) => !checks.has(p)).map(([p, f]) => `${p} (run by ${f})`);
  assert.deepEqual(unchecked, [], 'add a check line for each');
});

it('every checked tool comes from a package the set-up installs', () => {
  const missing = [...checks].filter(([, pkg]) => !pkg.startsWith('npm:') && !packages.has(pkg)).map(([p, pkg]) => `${p} needs ${pkg}`);
  assert.deepEqual(missing, []);
  for (const pkg of ['libprotobuf-dev', 'python3-grpcio', 'protobuf-compiler-grpc']) assert.ok(packages.has(pkg), `${pkg} is named explicitly`);
});

it('the set-up installs without Recommends, and .ci/run is exactly the README test command', () => {
  const setup = readFileSync(join(ROOT, 'scripts/setup/test-machine.sh'), 'utf8');
  assert.match(setup, /apt-get install[^\n]*--no-install-recommends/);
  const ci = readFileSync(join(ROOT, '.ci/run'), 'utf8');
  assert.match(ci, /^exec npm run test:all$/m);
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  assert.match(readme, /^npm run test:all$/m, 'the README names the same command');
});
