// `npm run generate`: regenerates src/contract/generated/openapi-v0.0.4X.ts from the vendored
// slurmrestd specs (src/contract/spec/) with openapi-typescript's Node API. The output depends only
// on the spec and the openapi-typescript version (no timestamps, no paths), so the test next to
// this file can tell when the committed files are stale.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';

export const SPEC_VERSIONS = ['v0.0.42', 'v0.0.43', 'v0.0.44', 'v0.0.45'] as const;

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
export const SPEC_DIR = join(root, 'src/contract/spec');
export const GENERATED_DIR = join(root, 'src/contract/generated');

const HEADER = (version: string) =>
  [
    '// generated — do not edit; npm run generate',
    `// Source: src/contract/spec/openapi-${version}.json (slurmrestd's own document), by openapi-typescript.`,
    '',
    '',
  ].join('\n');

export const generatedFileName = (version: string) => `openapi-${version}.ts`;

/** The TypeScript source for one version's spec. */
export async function generateTypes(version: (typeof SPEC_VERSIONS)[number]): Promise<string> {
  const spec = JSON.parse(readFileSync(join(SPEC_DIR, `openapi-${version}.json`), 'utf8'));
  // Default options: the model (src/contract/model.ts) relies on the default `components['schemas']` shape.
  const ast = await openapiTS(spec);
  return HEADER(version) + astToString(ast);
}

/** Write every version's types into outDir (the committed location by default); returns the paths written. */
export async function generateAll(outDir = GENERATED_DIR): Promise<string[]> {
  mkdirSync(outDir, { recursive: true });
  const written: string[] = [];
  for (const version of SPEC_VERSIONS) {
    const file = join(outDir, generatedFileName(version));
    writeFileSync(file, await generateTypes(version));
    written.push(file);
  }
  return written;
}

// Run as a script (not when imported by the test).
if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  for (const file of await generateAll()) process.stdout.write(`wrote ${file}\n`);
}
