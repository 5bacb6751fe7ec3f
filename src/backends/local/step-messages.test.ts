import assert from 'node:assert/strict';
import { test } from 'node:test';
import { StepMessages, type NoteTarget } from './step-messages.ts';

const target: NoteTarget = { account: null, cwd: '/tmp', path: '/tmp/x.err' };
const at = new Date(2026, 10, 28, 17, 37, 1, 44);
const settle = () => new Promise((r) => setImmediate(r));

test('the line is written once per step, before the signal it announces; later signals wait their turn', async () => {
  const events: string[] = [];
  let finishWrite!: () => void;
  const m = new StepMessages(
    (_t, line) => {
      events.push(`write ${line}`);
      return new Promise<void>((r) => (finishWrite = r));
    },
    () => {},
    60_000,
    () => at,
  );
  m.started(16, target, 'vm');
  m.beforeSignal(16, { kind: 'signal', signal: 15 }, () => events.push('TERM'));
  m.beforeSignal(16, { kind: 'signal', signal: 9 }, () => events.push('KILL'));
  await settle();
  assert.deepEqual(events, ['write [2026-11-28T17:37:01.044] error: *** JOB 16 ON vm CANCELLED AT 2026-11-28T17:37:01 DUE to SIGNAL Terminated ***']);
  finishWrite();
  await settle();
  assert.deepEqual(events.slice(1), ['TERM', 'KILL'], 'no second line for the SIGKILL');
});

test('no line for other signals, nor for a job that is not running; a write that hangs holds the signal back only so long', async () => {
  const events: string[] = [];
  const m = new StepMessages(
    (_t, line) => {
      events.push(line);
      return new Promise<void>(() => {});
    },
    () => {},
    20,
    () => at,
  );
  m.beforeSignal(7, { kind: 'time-limit' }, () => events.push('not running'));
  m.started(8, target, 'vm');
  m.beforeSignal(8, { kind: 'signal', signal: 2 }, () => events.push('INT'));
  await settle();
  assert.deepEqual(events, ['not running', 'INT']);
  m.beforeSignal(8, { kind: 'time-limit' }, () => events.push('TERM'));
  await settle();
  assert.match(events[2], /DUE TO TIME LIMIT \*\*\*$/);
  await new Promise((r) => setTimeout(r, 50));
  assert.equal(events[3], 'TERM');
  m.ended(8);
  m.beforeSignal(8, { kind: 'signal', signal: 15 }, () => events.push('after end'));
  assert.equal(events[4], 'after end');
});
