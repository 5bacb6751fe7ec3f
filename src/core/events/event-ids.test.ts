import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { describe, it } from 'node:test';
import { EventIds } from './event-ids.ts';

describe('event ids', () => {
  it('an id names its position and number; the number is visible, the position is not', () => {
    const ids = new EventIds();
    const id = ids.encode(123_456, 7);
    assert.match(id, /^[0-9a-f]{32}-7$/);
    assert.ok(!id.includes('123456') && !id.includes(123_456 .toString(16)), id);
    assert.deepEqual(ids.decode(id), { pos: 123_456, n: 7 });
    assert.deepEqual(ids.decode(` ${id} `), { pos: 123_456, n: 7 });
    assert.deepEqual(ids.decode(ids.encode(2 ** 48 - 1, 2 ** 32 - 1)), { pos: 2 ** 48 - 1, n: 2 ** 32 - 1 });
  });

  it('the same position and number give different ids (nothing to compare across streams)', () => {
    const ids = new EventIds();
    const seen = new Set(Array.from({ length: 50 }, () => ids.encode(5, 1)));
    assert.ok(seen.size > 40, `${seen.size} distinct ids of 50`);
    for (const id of seen) assert.deepEqual(ids.decode(id), { pos: 5, n: 1 });
  });

  it("another key's id, a changed id, a changed number and junk are not resumable", () => {
    const ids = new EventIds();
    const other = new EventIds(randomBytes(16));
    const id = ids.encode(10, 3);
    assert.equal(other.decode(id), undefined);
    const flipped = (id[0] === '0' ? '1' : '0') + id.slice(1);
    assert.equal(ids.decode(flipped), undefined);
    assert.equal(ids.decode(id.replace(/-3$/, '-4')), undefined, 'the visible number must match the sealed one');
    for (const junk of [undefined, '', 'mwupi3fh-1', 'zzz-3', `${'g'.repeat(32)}-1`, id.slice(0, 31) + '-3', '1-2-3']) assert.equal(ids.decode(junk), undefined, String(junk));
  });

  it('refuses what it cannot hold', () => {
    const ids = new EventIds();
    assert.throws(() => ids.encode(-1, 1), RangeError);
    assert.throws(() => ids.encode(2 ** 48, 1), RangeError);
    assert.throws(() => ids.encode(1, 2 ** 32), RangeError);
    assert.throws(() => new EventIds(Buffer.alloc(8)), /16 bytes/);
  });
});
