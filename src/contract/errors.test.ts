// The error catalogue and the one HTTP status → gRPC code mapping the server uses (the SDK's
// inverse, grpcToHttp, is tested in src/client/grpc-transport.test.ts).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { GrpcCode, httpToGrpc, SLURM_ERRORS } from './errors.ts';

// One mapping from HTTP status to gRPC code, consistent with the error catalogue.
test('the statuses SLURM and the gateway answer with', () => {
  const table: [number, number][] = [
    [200, GrpcCode.OK],
    [400, GrpcCode.INVALID_ARGUMENT],
    [401, GrpcCode.UNAUTHENTICATED],
    [403, GrpcCode.PERMISSION_DENIED],
    [404, GrpcCode.NOT_FOUND],
    [413, GrpcCode.RESOURCE_EXHAUSTED],
    [422, GrpcCode.INVALID_ARGUMENT],
    [429, GrpcCode.RESOURCE_EXHAUSTED],
    [500, GrpcCode.INTERNAL],
    [502, GrpcCode.UNAVAILABLE],
    [503, GrpcCode.UNAVAILABLE],
    [504, GrpcCode.DEADLINE_EXCEEDED],
  ];
  for (const [http, code] of table) assert.equal(httpToGrpc(http), code, `HTTP ${http}`);
});

test('catalogue entries name codes the HTTP mapping agrees with, except where an entry says more', () => {
  // Entries whose code is more precise than their HTTP status (the same 422 or 502 can mean
  // "bad request" or "bad state"): thrown errors use the entry's own code.
  const refined = new Set(['backendCredentials', 'idempotencyMismatch']);
  for (const [kind, e] of Object.entries(SLURM_ERRORS)) {
    if (refined.has(kind)) continue;
    assert.equal(httpToGrpc(e.httpStatus), e.grpcCode, `${kind}: HTTP ${e.httpStatus} → ${httpToGrpc(e.httpStatus)}, catalogue says ${e.grpcCode}`);
  }
});
