// Fails when the committed generated types differ from a fresh generation (a spec or
// openapi-typescript changed without `npm run generate`).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { GENERATED_DIR, SPEC_VERSIONS, generateAll } from './generate-slurm-types.ts';

test('committed src/contract/generated/*.ts match a fresh generation', async () => {
  const dir = mkdtempSync(join(tmpdir(), 's3m-generate-'));
  try {
    const files = await generateAll(dir);
    assert.equal(files.length, SPEC_VERSIONS.length);
    for (const fresh of files) {
      const committed = join(GENERATED_DIR, basename(fresh));
      const expected = readFileSync(fresh, 'utf8');
      assert.ok(expected.startsWith('// generated — do not edit; npm run generate\n'), 'header comment');
      assert.ok(readFileSync(committed, 'utf8') === expected, `${committed} is stale: run npm run generate`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
