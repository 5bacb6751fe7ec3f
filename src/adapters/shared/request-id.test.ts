import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { acceptableRequestId, MAX_REQUEST_ID_LENGTH, requestIdFor } from './request-id.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

describe('request ids', () => {
  it('keeps a short id of letters, digits, ".", "_" and "-"', () => {
    for (const id of ['a', 'trace-01.step_2', 'A'.repeat(MAX_REQUEST_ID_LENGTH), '5fea3f70-1c2d-4e5f-8a9b-0123456789ab']) {
      assert.equal(acceptableRequestId(id), id);
      assert.equal(requestIdFor(id), id);
    }
  });

  it('replaces anything else by a fresh UUID', () => {
    const refused: unknown[] = [
      undefined,
      '',
      'x'.repeat(MAX_REQUEST_ID_LENGTH + 1),
      'z'.repeat(15_000),
      'has space',
      'quote"',
      'new\nline',
      'tab\t',
      'semi;colon',
      'slash/',
      'ünïcode',
      'a, b', // a repeated header, joined by Node
      ['a', 'b'],
      42,
    ];
    for (const sent of refused) {
      assert.equal(acceptableRequestId(sent), undefined, JSON.stringify(sent)?.slice(0, 40));
      const id = requestIdFor(sent);
      assert.match(id, UUID);
      assert.ok(id.length <= MAX_REQUEST_ID_LENGTH);
    }
    assert.notEqual(requestIdFor(undefined), requestIdFor(undefined), 'each fresh id is new');
  });

  it('a fresh id is itself acceptable (it may be sent back by a client that retries)', () => {
    const id = requestIdFor('bad id');
    assert.equal(acceptableRequestId(id), id);
  });
});
