import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isJobFinished, jobExitCode } from './job-state.ts';
import type { AnyJobInfo } from './types.ts';

const job = (state: string[], exit: Record<string, unknown>): AnyJobInfo => ({ job_state: state, exit_code: exit }) as AnyJobInfo;
const set = (n: number) => ({ set: true, infinite: false, number: n });
const unset = { set: false, infinite: false, number: 0 };

describe('jobExitCode (as sbatch --wait)', () => {
  it('the script exit code, 128+n for a signal, never 0 for a job that did not complete', () => {
    assert.equal(jobExitCode(job(['COMPLETED'], { status: ['SUCCESS'], return_code: set(0), signal: { id: unset, name: '' } })), 0);
    assert.equal(jobExitCode(job(['FAILED'], { status: ['ERROR'], return_code: set(3), signal: { id: unset, name: '' } })), 3);
    assert.equal(jobExitCode(job(['CANCELLED'], { status: ['SIGNALED'], return_code: unset, signal: { id: set(15), name: 'TERM' } })), 143);
    assert.equal(jobExitCode(job(['CANCELLED'], { status: ['SIGNALED'], return_code: unset, signal: { id: unset, name: 'INT' } })), 130);
    assert.equal(jobExitCode(job(['NODE_FAIL'], { status: ['SIGNALED'], return_code: unset, signal: { id: set(9), name: 'KILL' } })), 137);
    // Cancelled while pending: SLURM records 0:0.
    assert.equal(jobExitCode(job(['CANCELLED'], { status: ['SUCCESS'], return_code: set(0) })), 143);
    assert.equal(jobExitCode(job(['TIMEOUT'], { status: ['SUCCESS'], return_code: set(0) })), 1);
  });
  it('COMPLETING is not finished yet', () => {
    assert.equal(isJobFinished(job(['CANCELLED', 'COMPLETING'], {})), false);
    assert.equal(isJobFinished(job(['RUNNING'], {})), false);
    assert.equal(isJobFinished(job(['TIMEOUT'], {})), true);
  });
});
