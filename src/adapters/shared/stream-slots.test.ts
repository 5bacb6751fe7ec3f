import assert from 'node:assert/strict';
import { it } from 'node:test';
import { GatewayError } from '../../contract/errors.ts';
import { StreamSlots } from './stream-slots.ts';

const isTooMany = (err: unknown) => {
  assert.ok(err instanceof GatewayError);
  assert.equal(err.kind, 'tooManyStreams');
  assert.equal(err.httpStatus, 429);
  assert.equal(err.entry.grpcCode, 8, 'RESOURCE_EXHAUSTED');
  assert.equal(err.toSlurmError().error_number, 11);
  assert.match(err.message, /token abc already has 2 open job-event streams/);
  return true;
};

it('each key gets at most maxPerKey slots; other keys are not affected', () => {
  const slots = new StreamSlots(2);
  const a1 = slots.acquire('a', 'token abc');
  slots.acquire('a', 'token abc');
  assert.throws(() => slots.acquire('a', 'token abc'), isTooMany);
  assert.equal(slots.count('a'), 2, 'a refused acquire takes nothing');
  slots.acquire('b');
  assert.equal(slots.total(), 3);
  a1.release();
  assert.equal(slots.count('a'), 1);
  slots.acquire('a');
  assert.throws(() => slots.acquire('a', 'token abc'), isTooMany);
});

it('release is idempotent: a stream that ends several ways gives back one slot', () => {
  const slots = new StreamSlots(1);
  const s = slots.acquire('a');
  const other = new StreamSlots(1).acquire('a');
  s.release();
  s.release();
  other.release();
  assert.equal(slots.count('a'), 0);
  assert.equal(slots.total(), 0);
  const again = slots.acquire('a');
  s.release(); // the old slot, released long ago, must not free the new one
  assert.equal(slots.count('a'), 1);
  again.release();
  assert.equal(slots.count('a'), 0);
});

it('the cap must be a positive integer', () => {
  assert.throws(() => new StreamSlots(0), RangeError);
  assert.throws(() => new StreamSlots(1.5), RangeError);
});
