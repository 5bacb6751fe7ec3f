// Compares the captures of test/support/capture-versions.sh: for each object captured in two API
// versions A and B, the paths only A has, only B has, and the values that differ. Used to write
// test/fixtures/slurmrestd/versions/FINDINGS.md; rerun after a new capture:
//   node --import tsx test/support/compare-versions.ts [v0.0.43 v0.0.44] [name]
import { existsSync, readdirSync, readFileSync } from 'node:fs';

const DIR = new URL('../fixtures/slurmrestd/versions/', import.meta.url);
const VERSIONS = ['v0.0.42', 'v0.0.43', 'v0.0.44', 'v0.0.45'];

export interface Difference {
  path: string;
  kind: 'only-a' | 'only-b' | 'value';
  a?: unknown;
  b?: unknown;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Every difference between two JSON values, by JSON-pointer-like path (arrays by index). */
export function differences(a: unknown, b: unknown, path = ''): Difference[] {
  if (isObject(a) && isObject(b)) {
    const out: Difference[] = [];
    for (const k of Object.keys(a)) {
      if (!Object.hasOwn(b, k)) out.push({ path: `${path}/${k}`, kind: 'only-a', a: a[k] });
      else out.push(...differences(a[k], b[k], `${path}/${k}`));
    }
    for (const k of Object.keys(b)) if (!Object.hasOwn(a, k)) out.push({ path: `${path}/${k}`, kind: 'only-b', b: b[k] });
    return out;
  }
  if (Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((x) => typeof x === 'object' && x !== null)) {
    return a.flatMap((x, i) => differences(x, b[i], `${path}/${i}`));
  }
  return JSON.stringify(a) === JSON.stringify(b) ? [] : [{ path, kind: 'value', a, b }];
}

const load = (v: string, name: string) => JSON.parse(readFileSync(new URL(`${v}/${name}.json`, DIR), 'utf8'));
const short = (v: unknown) => {
  const s = JSON.stringify(v);
  return s.length > 140 ? `${s.slice(0, 137)}...` : s;
};

if (import.meta.url === `file://${process.argv[1]}`) {
  const [va, vb, only] = process.argv.slice(2);
  const pairs = va && vb ? [[va, vb]] : VERSIONS.slice(1).map((v, i) => [VERSIONS[i], v]);
  const names = readdirSync(new URL('v0.0.45/', DIR)).map((f) => f.replace(/\.json$/, '')).filter((n) => !only || n === only);
  for (const [a, b] of pairs) {
    for (const name of names) {
      if (!existsSync(new URL(`${a}/${name}.json`, DIR)) || !existsSync(new URL(`${b}/${name}.json`, DIR))) continue;
      const d = differences(load(a, name), load(b, name));
      if (!d.length) continue;
      console.log(`== ${a} -> ${b} ${name}`);
      for (const x of d) console.log(`  ${x.kind.padEnd(6)} ${x.path}  ${x.kind === 'only-b' ? '' : short(x.a)}${x.kind === 'value' ? ' -> ' : ''}${x.kind === 'only-a' ? '' : short(x.b)}`);
    }
  }
}
