import assert from 'node:assert/strict';
import { test } from 'node:test';
import { GatewayError } from '../../contract/errors.ts';
import { asGatewayError } from './errors.ts';

test('a catalogue error passes as it is; anything else is a 500 that says nothing of its cause', () => {
  const denied = new GatewayError('accessDenied', 'read-only token');
  assert.equal(asGatewayError(denied), denied);
  const bug = asGatewayError(new TypeError('cannot read /var/lib/s3m/secret.key'));
  assert.equal(bug.httpStatus, 500);
  assert.equal(bug.kind, 'internal');
  assert.doesNotMatch(JSON.stringify(bug.toSlurmError()), /secret\.key/);
});
