import assert from 'node:assert/strict';
import { test } from 'node:test';
import { launchFields } from './launch-fields.ts';

test('argv as slurmrestd reads it: strings, numbers as their text; an empty list is none', () => {
  assert.deepEqual(launchFields({ argv: ['a1', 'b 2', 'c'] }), { argv: ['a1', 'b 2', 'c'] });
  assert.deepEqual(launchFields({ argv: [1, 'two'] }), { argv: ['1', 'two'] });
  assert.deepEqual(launchFields({ argv: [] }), {});
  assert.deepEqual(launchFields({}), {});
});

test('open_mode: TRUNCATE wins over APPEND (as slurmctld keeps it), one flag as a string is read too', () => {
  assert.deepEqual(launchFields({ open_mode: ['APPEND'] }), { openMode: 'APPEND' });
  assert.deepEqual(launchFields({ open_mode: 'APPEND' }), { openMode: 'APPEND' });
  assert.deepEqual(launchFields({ open_mode: ['APPEND', 'TRUNCATE'] }), { openMode: 'TRUNCATE' });
  assert.deepEqual(launchFields({ open_mode: ['TRUNCATE', 'APPEND'] }), { openMode: 'TRUNCATE' });
  assert.deepEqual(launchFields({ open_mode: [] }), {});
});
