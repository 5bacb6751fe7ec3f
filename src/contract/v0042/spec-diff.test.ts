// The differences between the two vendored documents are computed, and each has a documented
// handling (index.ts); a new vendored spec with a difference nobody handled fails here.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { HANDLED_DIFFERENCES, specDifferences } from './index.ts';

test('every difference between the v0.0.42 and v0.0.43 documents has a documented handling', () => {
  const computed = specDifferences().map((d) => `${d.direction} ${d.where} ${d.detail}`).sort();
  const documented = HANDLED_DIFFERENCES.map((d) => `${d.direction} ${d.where} ${d.detail}`).sort();
  assert.deepEqual(computed, documented);
  // Only fields and flag values were added in v0.0.43: nothing removed, retyped or newly required.
  assert.deepEqual([...new Set(specDifferences().map((d) => d.kind))].sort(), ['enum values only in v0.0.43', 'field only in v0.0.43']);
});

test('the module comment lists every difference too', () => {
  const comment = readFileSync(new URL('./index.ts', import.meta.url), 'utf8').split('\nexport ')[0];
  for (const d of specDifferences()) {
    for (const word of [d.where, ...d.detail.split(/[ ,]+/).filter(Boolean).map((w) => w.replace(/^(std(in|out|err))_expanded$/, '_expanded'))]) {
      assert.ok(comment.includes(word), `index.ts comment does not mention ${word} (${d.where} ${d.detail})`);
    }
  }
});

test('the operations reaching each difference', () => {
  const ops = (where: string) => [...new Set(specDifferences().filter((d) => d.where === where).flatMap((d) => d.operations))].sort();
  assert.deepEqual(ops('job_info'), ['job', 'jobs']);
  assert.deepEqual(ops('node'), ['nodes']);
  assert.deepEqual(ops('partition_info'), ['partitions']);
  assert.deepEqual(ops('job_desc_msg/flags[]'), ['submit']);
});
