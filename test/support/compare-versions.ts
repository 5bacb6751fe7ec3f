// Compares the captures of test/support/capture-versions.sh: for each object captured in two API
// versions A and B, the paths only A has, only B has, and the values that differ. Used to write
// test/fixtures/slurmrestd/versions/FINDINGS.md; rerun after a new capture:
//   node --import tsx test/support/compare-versions.ts [v0.0.43 v0.0.44] [name]
import { existsSync, readdirSync, readFileSync } from 'node:fs';
// The same walk as the version matrix's (without its exclusions): a difference here is one the
// matrix would report unless FINDINGS.md justifies it.
import { differences, short as shortened, VERSIONS } from './version-matrix.ts';

export { differences, type Difference } from './version-matrix.ts';

const DIR = new URL('../fixtures/slurmrestd/versions/', import.meta.url);
const load = (v: string, name: string) => JSON.parse(readFileSync(new URL(`${v}/${name}.json`, DIR), 'utf8'));
const short = (v: unknown) => shortened(v, 140);

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
