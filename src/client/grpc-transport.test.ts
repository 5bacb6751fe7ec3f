// GrpcTransport without a gateway: gRPC codes back to the HTTP statuses the SDK's errors and
// retry policy use (the inverse of src/contract/errors.ts httpToGrpc on the catalogue), and what it
// refuses before sending anything.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { httpToGrpc, SLURM_ERRORS } from '../contract/errors.ts';
import { S3mClient } from './client.ts';
import { RETRYABLE_STATUSES, S3mError } from './errors.ts';
import { GrpcTransport, grpcToHttp } from './grpc-transport.ts';

describe('grpcToHttp', () => {
  it("every catalogue entry's code and error_number map back to its HTTP status", () => {
    for (const [kind, e] of Object.entries(SLURM_ERRORS)) {
      if (e.httpStatus === 200) continue; // OK: not an error
      const hasRetryAfter = kind === 'rateLimited' || kind === 'backendBusy';
      assert.equal(grpcToHttp(e.grpcCode, e.errorNumber, hasRetryAfter), e.httpStatus, kind);
    }
  });

  it('is the inverse of the server mapping for the statuses the SDK retries', () => {
    for (const status of RETRYABLE_STATUSES) {
      const errorNumber = status === 503 || status === 429 ? 11 : undefined;
      assert.equal(grpcToHttp(httpToGrpc(status), errorNumber, status === 429), status);
    }
  });

  it('bare statuses (no SLURM reply): grpc-js size limit is 413, unknown codes 500', () => {
    assert.equal(grpcToHttp(8), 413);
    assert.equal(grpcToHttp(8, undefined, true), 429);
    assert.equal(grpcToHttp(2), 500);
    assert.equal(grpcToHttp(12), 501);
  });
});

describe('GrpcTransport', () => {
  it('takes host:port from the URL', () => {
    assert.equal(new GrpcTransport({ url: 'http://127.0.0.1:8080/', token: 't' }).target, '127.0.0.1:8080');
    assert.equal(new GrpcTransport({ url: 'https://s3m.example.org', token: 't' }).target, 's3m.example.org:443');
    assert.equal(new GrpcTransport({ url: 'http://[::1]:9000', token: 't' }).target, '[::1]:9000');
    assert.throws(() => new GrpcTransport({ token: 't' }), /needs a url/);
  });

  it('carries v0.0.43, v0.0.44 and v0.0.45, and refuses v0.0.42 (REST only), in the client and in the transport', async () => {
    const transport = new GrpcTransport({ target: '127.0.0.1:1', token: 't' });
    assert.deepEqual(transport.versions, ['v0.0.43', 'v0.0.44', 'v0.0.45']);
    for (const version of transport.versions) assert.equal(new S3mClient({ resource: 'r', version, transport }).version, version);
    assert.throws(() => new S3mClient({ resource: 'r', version: 'v0.0.42', transport }), /grpc transport carries API versions v0.0.43, v0.0.44, v0.0.45 only, not v0.0.42: use the REST transport/);
    await assert.rejects(transport.ping({ version: 'v0.0.42', resource: 'r' }), (e: unknown) => e instanceof S3mError && /slurm\.v0045\.SlurmIndirect\) serve API versions v0.0.43, v0.0.44, v0.0.45 only, not v0.0.42/.test(e.message));
    assert.throws(() => new S3mClient({ resource: 'r', token: 't', transport: 'carrier-pigeon' as 'rest' }), /unknown transport/);
  });

  it('introspect() without a URL fails with the reason', async () => {
    await assert.rejects(new GrpcTransport({ target: '127.0.0.1:1', token: 't' }).introspect({}), /no gRPC method/);
  });
});
