// One mapping from HTTP status to gRPC code, consistent with the error catalogue.
import assert from 'node:assert/strict';
import { status as Code } from '@grpc/grpc-js';
import { test } from 'node:test';
import { SLURM_ERRORS } from '../../contract/errors.ts';
import { describeSlurmErrors, httpToGrpc, statusError } from './status.ts';

test('the statuses SLURM and the gateway answer with', () => {
  const table: [number, Code][] = [
    [200, Code.OK],
    [400, Code.INVALID_ARGUMENT],
    [401, Code.UNAUTHENTICATED],
    [403, Code.PERMISSION_DENIED],
    [404, Code.NOT_FOUND],
    [413, Code.RESOURCE_EXHAUSTED],
    [422, Code.INVALID_ARGUMENT],
    [429, Code.RESOURCE_EXHAUSTED],
    [500, Code.INTERNAL],
    [502, Code.UNAVAILABLE],
    [503, Code.UNAVAILABLE],
    [504, Code.DEADLINE_EXCEEDED],
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

test('the status message lists the SLURM errors; the trailer carries google.rpc.Status', () => {
  const msg = describeSlurmErrors([{ error: 'Invalid job id specified', error_number: 2017, description: 'Unable to query JobId=7', source: 'x' }], 404);
  assert.equal(msg, 'Invalid job id specified (2017): Unable to query JobId=7');
  const err = statusError(Code.NOT_FOUND, msg, { typeName: 'slurm.v0043.OpenapiJobInfoResp', value: Buffer.from([1, 2]) });
  assert.equal(err.code, Code.NOT_FOUND);
  const bin = err.metadata.get('grpc-status-details-bin')[0] as Buffer;
  assert.ok(Buffer.isBuffer(bin) && bin.includes(Buffer.from('type.googleapis.com/slurm.v0043.OpenapiJobInfoResp')));
});
