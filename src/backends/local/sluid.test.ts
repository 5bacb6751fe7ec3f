import assert from 'node:assert/strict';
import { test } from 'node:test';
import { clusterIdOf, formatSluid, jobSluid } from './sluid.ts';

test('formatSluid prints as print_sluid does: "s" and 13 Crockford base-32 digits', () => {
  assert.equal(formatSluid(0n), 's0000000000000');
  assert.equal(formatSluid(31n), 's000000000000Z');
  assert.equal(formatSluid(32n), 's0000000000010');
  // The top digit holds the 4 remaining bits of 64.
  assert.equal(formatSluid((1n << 64n) - 1n), 'sFZZZZZZZZZZZZ');
});

test('a job SLUID: the shape of real ones (s2HSM8HKHN3A00), stable per job, distinct between jobs, sorted by submit time', () => {
  const a = jobSluid('gwtest', 1795887257, 2);
  assert.match(a, /^s[0-9A-HJKMNP-TV-Z]{13}$/);
  assert.equal(jobSluid('gwtest', 1795887257, 2), a);
  assert.notEqual(jobSluid('gwtest', 1795887257, 3), a);
  assert.ok(jobSluid('gwtest', 1795887258, 1) > a);
  const id = clusterIdOf('gwtest');
  assert.ok(id >= 2 && id <= 4095);
});
