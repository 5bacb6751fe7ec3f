import assert from 'node:assert/strict';
import { status as Code } from '@grpc/grpc-js';
import { test } from 'node:test';
import { describeSlurmErrors } from '../shared/errors.ts';
import { statusError } from './status.ts';

test('the status message lists the SLURM errors; the trailer carries google.rpc.Status', () => {
  const msg = describeSlurmErrors([{ error: 'Invalid job id specified', error_number: 2017, description: 'Unable to query JobId=7', source: 'x' }], 404);
  assert.equal(msg, 'Invalid job id specified (2017): Unable to query JobId=7');
  const err = statusError(Code.NOT_FOUND, msg, { typeName: 'slurm.v0043.OpenapiJobInfoResp', value: Buffer.from([1, 2]) });
  assert.equal(err.code, Code.NOT_FOUND);
  const bin = err.metadata.get('grpc-status-details-bin')[0] as Buffer;
  assert.ok(Buffer.isBuffer(bin) && bin.includes(Buffer.from('type.googleapis.com/slurm.v0043.OpenapiJobInfoResp')));
});
