import assert from 'node:assert/strict';
import { test } from 'node:test';
import { cancelledLine, slurmTime, stepdError } from './stepd-log.ts';

const at = new Date(2026, 10, 28, 17, 36, 19, 22); // local time, as slurmstepd prints

test('slurmstepd time and error line format (as real 26.05 writes them into job files)', () => {
  assert.equal(slurmTime(at), '2026-11-28T17:36:19');
  assert.equal(stepdError(at, 'Setting TMPDIR to /tmp'), '[2026-11-28T17:36:19.022] error: Setting TMPDIR to /tmp');
});

test('the CANCELLED line: time limit, SIGTERM and SIGKILL; none for other signals', () => {
  assert.equal(cancelledLine(8, 'vm', at, { kind: 'time-limit' }), '[2026-11-28T17:36:19.022] error: *** JOB 8 ON vm CANCELLED AT 2026-11-28T17:36:19 DUE TO TIME LIMIT ***');
  assert.equal(cancelledLine(16, 'vm', at, { kind: 'signal', signal: 15 }), '[2026-11-28T17:36:19.022] error: *** JOB 16 ON vm CANCELLED AT 2026-11-28T17:36:19 DUE to SIGNAL Terminated ***');
  assert.equal(cancelledLine(16, 'vm', at, { kind: 'signal', signal: 9 }), '[2026-11-28T17:36:19.022] error: *** JOB 16 ON vm CANCELLED AT 2026-11-28T17:36:19 DUE to SIGNAL Killed ***');
  assert.equal(cancelledLine(16, 'vm', at, { kind: 'signal', signal: 2 }), null);
});
