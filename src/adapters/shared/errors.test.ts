import assert from 'node:assert/strict';
import { describe, it, test } from 'node:test';
import { GatewayError, GrpcCode } from '../../contract/errors.ts';
import { asGatewayError, errorToWire, servedCluster } from './errors.ts';

test('a catalogue error passes as it is; anything else is a 500 that says nothing of its cause', () => {
  const denied = new GatewayError('accessDenied', 'read-only token');
  assert.equal(asGatewayError(denied), denied);
  const bug = asGatewayError(new TypeError('cannot read /var/lib/s3m/secret.key'));
  assert.equal(bug.httpStatus, 500);
  assert.equal(bug.kind, 'internal');
  assert.doesNotMatch(JSON.stringify(bug.toSlurmError()), /secret\.key/);
});

describe('errorToWire', () => {
  it("one failure, both wires: status, code, headers, SLURM's envelope and the message", () => {
    const err = new GatewayError('rateLimited', 'Token t1 is over its rate limit', { headers: { 'Retry-After': '2' } });
    const wire = errorToWire(err, { version: 'v0.0.43', cluster: 'defiant', clientSource: '10.0.0.1' });
    assert.equal(wire.error, err);
    assert.equal(wire.httpStatus, 429);
    assert.equal(wire.grpcCode, GrpcCode.RESOURCE_EXHAUSTED);
    assert.deepEqual(wire.headers, { 'Cache-Control': 'no-store', 'Retry-After': '2' });
    assert.equal(wire.message, 'Resource temporarily unavailable (11): Token t1 is over its rate limit');
    // Key order included: this is the REST body byte for byte.
    assert.equal(
      JSON.stringify(wire.body),
      '{"meta":{"plugin":{"type":"openapi/slurmctld","name":"Slurm OpenAPI slurmctld","data_parser":"data_parser/v0.0.43","accounting_storage":""},' +
        '"client":{"source":"10.0.0.1","user":"","group":""},"command":[],"slurm":{"version":{"major":"26","micro":"5","minor":"05"},"release":"26.05.5","cluster":"defiant"}},' +
        '"errors":[{"description":"Token t1 is over its rate limit","error_number":11,"error":"Resource temporarily unavailable","source":"s3m"}],"warnings":[]}',
    );
  });

  it('v0.0.42 calls get their data_parser; no version or any other is v0.0.43', () => {
    const err = new GatewayError('accessDenied', 'no');
    assert.equal(errorToWire(err, { version: 'v0.0.42', cluster: '' }).body.meta.plugin.data_parser, 'data_parser/v0.0.42');
    assert.equal(errorToWire(err, { cluster: '' }).body.meta.plugin.data_parser, 'data_parser/v0.0.43');
    assert.equal(errorToWire(err, { version: 'v9', cluster: '' }).body.meta.plugin.data_parser, 'data_parser/v0.0.43');
  });

  it('an error whose HTTP status is overridden takes that status\'s gRPC code, as REST takes the status', () => {
    const wire = errorToWire(new GatewayError('invalidQuery', 'too long', { httpStatus: 414, source: 'path' }), { cluster: '' });
    assert.equal(wire.httpStatus, 414);
    assert.equal(wire.grpcCode, GrpcCode.FAILED_PRECONDITION);
    const refined = errorToWire(new GatewayError('backendCredentials', 'x'), { cluster: '' });
    assert.equal(refined.grpcCode, GrpcCode.INTERNAL, "the catalogue's own code when the status is the entry's");
  });

  it('a gateway bug is internal, 500, with nothing of its cause', () => {
    const wire = errorToWire(new Error('ECONNREFUSED 10.9.9.9 secret'), { cluster: '' });
    assert.equal(wire.error.kind, 'internal');
    assert.equal(wire.httpStatus, 500);
    assert.equal(wire.grpcCode, GrpcCode.INTERNAL);
    assert.deepEqual(wire.headers, { 'Cache-Control': 'no-store' });
    assert.doesNotMatch(JSON.stringify(wire) + wire.message, /secret|ECONNREFUSED/);
  });

  it('meta.slurm.cluster names only a served resource', () => {
    const service = { getResource: (name: string) => (name === 'defiant' ? { config: {} } : undefined) };
    assert.equal(servedCluster(service, 'defiant'), 'defiant');
    assert.equal(servedCluster(service, '<script>'), '');
    // Named under its own enclave ("open" by default) it is served; under another, it is not there.
    assert.equal(servedCluster(service, 'defiant', 'open'), 'defiant');
    assert.equal(servedCluster(service, 'defiant', 'moderate'), '');
  });
});
