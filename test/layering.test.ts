// The layers of the README's "Architecture", as imports: the SDK (src/client/) and the CLI's client
// commands (src/cli/client/) are a client of the gateway and import nothing of the server, only
// src/contract/ (and each other); src/contract/ itself loads no server framework (Fastify, grpc-js,
// proto-loader) at run time, so that the SDK can import it without them. Static and dynamic
// imports alike, tests included.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, it } from 'node:test';

const ROOT = resolve(import.meta.dirname, '..');

/** The server's folders under src/: what a client must not import. */
const SERVER = ['core', 'adapters', 'backends', 'auth', 'store', 'config', 'grpc', 'metrics', 'gateway.ts'].map((d) => `src/${d}`);
/** Packages only the server loads: src/contract/ may name their types, never load them. */
const SERVER_PACKAGES = /^(fastify|@fastify\/|@grpc\/|protobufjs|better-sqlite3|pino|prom-client)/;

interface Import {
  specifier: string;
  typeOnly: boolean;
  dynamic: boolean;
}

/** Every module specifier in a TypeScript file: import/export … from, side-effect imports, import(). */
function importsOf(text: string): Import[] {
  // Comments that start a line (a `/*` inside a string, as in a glob, must not hide code).
  const code = text.replace(/^\s*\/\*[\s\S]*?\*\//gm, '').replace(/^\s*\/\/.*$/gm, '');
  const found: Import[] = [];
  for (const m of code.matchAll(/\b(import|export)\s+(type\s+)?(?:[^'";]*?\s+from\s+)?['"]([^'"]+)['"]/g)) {
    found.push({ specifier: m[3], typeOnly: Boolean(m[2]), dynamic: false });
  }
  for (const m of code.matchAll(/\bimport\s*\(\s*['"`]([^'"`]+)['"`]/g)) found.push({ specifier: m[1], typeOnly: false, dynamic: true });
  // `import type` in an import() type position (typeof import('x')) is a type: it loads nothing.
  for (const m of code.matchAll(/\btypeof\s+import\s*\(\s*['"`]([^'"`]+)['"`]/g)) {
    const i = found.findIndex((f) => f.dynamic && f.specifier === m[1] && !f.typeOnly);
    if (i >= 0) found[i] = { ...found[i], typeOnly: true };
  }
  return found;
}

function trackedTs(...dirs: string[]): string[] {
  return execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', ...dirs], { cwd: ROOT, encoding: 'utf8' })
    .split('\n')
    .filter((f) => f.endsWith('.ts'));
}

/** The repository path a relative import leads to (undefined for a package). */
const target = (file: string, specifier: string) => (specifier.startsWith('.') ? relative(ROOT, resolve(ROOT, dirname(file), specifier)) : undefined);

describe('layering', () => {
  it('the import scanner sees static, re-exported, type-only and dynamic imports, and not comments', () => {
    const text = [
      "import { a } from '../core/a.ts';",
      "import type { B } from '../adapters/b.ts';",
      'import {\n  c,\n  d,\n} from "../store/c.ts";',
      "export { e } from '../auth/e.ts';",
      "import '../config/side-effect.ts';",
      "const f = await import('../backends/f.ts');",
      "// import { g } from '../grpc/g.ts';",
      "/* import('../metrics/h.ts') */",
    ].join('\n');
    assert.deepEqual(
      importsOf(text).map((i) => `${i.specifier}${i.typeOnly ? ' (type)' : ''}${i.dynamic ? ' (dynamic)' : ''}`),
      ['../core/a.ts', '../adapters/b.ts (type)', '../store/c.ts', '../auth/e.ts', '../config/side-effect.ts', '../backends/f.ts (dynamic)'],
    );
  });

  it('the SDK (src/client/) and the CLI client (src/cli/client/) import no server code', () => {
    const files = trackedTs('src/client', 'src/cli/client');
    assert.ok(files.includes('src/client/grpc-transport.ts') && files.includes('src/cli/client/common.ts'), 'git lists the SDK and CLI files');
    const offenders: string[] = [];
    let contractImports = 0;
    for (const f of files) {
      for (const imp of importsOf(readFileSync(join(ROOT, f), 'utf8'))) {
        const to = target(f, imp.specifier);
        if (to === undefined) continue;
        if (to.startsWith('src/contract/')) contractImports++;
        if (SERVER.some((d) => to === d || to.startsWith(`${d}/`))) offenders.push(`${f} imports ${imp.specifier}${imp.dynamic ? ' (dynamically)' : ''}`);
      }
    }
    assert.ok(contractImports > 10, 'the scan sees the SDK importing src/contract/');
    assert.deepEqual(offenders, [], 'move what both sides need into src/contract/');
  });

  it('src/contract/ imports nothing of the server, and loads no server package at run time', () => {
    const files = trackedTs('src/contract').filter((f) => !f.endsWith('.test.ts'));
    assert.ok(files.includes('src/contract/grpc/service.ts'), 'git lists the contract');
    const offenders: string[] = [];
    for (const f of files) {
      for (const imp of importsOf(readFileSync(join(ROOT, f), 'utf8'))) {
        const to = target(f, imp.specifier);
        if (to !== undefined ? !to.startsWith('src/contract/') : !imp.typeOnly && SERVER_PACKAGES.test(imp.specifier)) offenders.push(`${f} imports ${imp.specifier}`);
      }
    }
    assert.deepEqual(offenders, []);
  });
});
