// Benchmark runner: `npm run bench [-- <section>...]` runs the named sections (default: all) one
// after another. A section is a module whose default export is `{ name, description, run() }`;
// run() prints its own figures and skips (with a message) when what it needs cannot run here.
//   npm run bench                          # every section
//   npm run bench -- slurmrestd-vs-gateway # one
//   npm run bench -- --list                # names and descriptions
import type { BenchSection } from './section.ts';
import { printTargets, targetRows } from './targets.ts';

/** Sections in run order. Loaded lazily so that one section's imports never slow another. */
const SECTIONS: Record<string, () => Promise<{ default: BenchSection }>> = {
  'slurmrestd-vs-gateway': () => import('./slurmrestd-vs-gateway.ts'),
  'polling-storm': () => import('./polling-storm.ts'),
  'grpc-vs-rest': () => import('./grpc-vs-rest.ts'),
  scale: () => import('./scale.ts'),
  replicas: () => import('./replicas.ts'),
};

async function main(argv: string[]): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h') || argv.includes('--list')) {
    console.log('usage: npm run bench [-- <section>...]   (default: all sections)\n\nsections:');
    for (const [name, load] of Object.entries(SECTIONS)) console.log(`  ${name.padEnd(26)} ${(await load()).default.description}`);
    return 0;
  }
  const unknown = argv.filter((a) => !Object.hasOwn(SECTIONS, a));
  if (unknown.length > 0) {
    console.error(`unknown section(s): ${unknown.join(', ')} (known: ${Object.keys(SECTIONS).join(', ')})`);
    return 2;
  }
  const chosen = argv.length > 0 ? argv : Object.keys(SECTIONS);
  let failed = 0;
  for (const name of chosen) {
    const section = (await SECTIONS[name]()).default;
    console.log(`\n=== ${section.name}: ${section.description}`);
    const t0 = Date.now();
    try {
      await section.run();
      console.log(`=== ${section.name} done in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
    } catch (err) {
      failed++;
      console.error(`=== ${section.name} FAILED: ${(err as Error).stack ?? err}`);
    }
  }
  printTargets(targetRows);
  return failed > 0 ? 1 : 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err) => {
    console.error(err);
    process.exit(1);
  },
);
