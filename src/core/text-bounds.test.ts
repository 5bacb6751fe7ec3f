import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { boundLogObject, clipOptional, clipText, TEXT_LIMITS } from './text-bounds.ts';

describe('bounded log text', () => {
  it('leaves short text alone', () => {
    assert.equal(clipText('abc', 3), 'abc');
    assert.equal(clipText('', 10), '');
    assert.equal(clipOptional(undefined, 10), undefined);
  });

  it('cuts long text to the limit, with a marker giving the original length', () => {
    const long = 'x'.repeat(15_000);
    const cut = clipText(long, 500);
    assert.equal(cut.length, 500);
    assert.ok(cut.startsWith('xxxx'));
    assert.match(cut, /…\[cut, 15000 chars\]$/);
    assert.equal(clipText(long, 5).length, 5, 'a limit shorter than the marker still holds');
  });

  it('never ends on half of a surrogate pair', () => {
    const text = '😀'.repeat(1000);
    const cut = clipText(text, 101);
    assert.ok(cut.length <= 101);
    assert.doesNotThrow(() => encodeURIComponent(cut), 'well-formed UTF-16');
  });

  it('bounds a log object at the top level and one level down, copying only when needed', () => {
    const small = { url: '/ping', status: 200, audit: { detail: 'ok' } };
    assert.equal(boundLogObject(small), small, 'nothing cut: the same object');
    const err = new Error('x'.repeat(10_000));
    const big = { url: '/'.padEnd(20_000, 'a'), status: 401, audit: { detail: 'd'.repeat(9_000), status: 401 }, err };
    const out = boundLogObject(big);
    assert.notEqual(out, big);
    assert.equal(out.url.length, TEXT_LIMITS.logValue);
    assert.equal(out.audit.detail.length, TEXT_LIMITS.logValue);
    assert.equal(out.audit.status, 401);
    assert.equal(out.err, err, 'errors are the gateway’s own and left to pino');
    assert.equal(big.url.length, 20_000, 'the original is not changed');
  });
});
