import assert from 'node:assert/strict';
import { constants } from 'node:os';
import { test } from 'node:test';
import { parseSignal, signalDescription, signalName, signalNumber } from './signals.ts';

test('the table agrees with this Linux host: every signal Node knows has its number here, and back', () => {
  for (const [full, n] of Object.entries(constants.signals as Record<string, number>)) {
    assert.equal(signalNumber(full), n, full);
    if (!['SIGIOT', 'SIGPOLL'].includes(full)) assert.equal(`SIG${signalName(n)}`, full);
  }
});

test('scancel names and numbers: with or without SIG, any case; unknown ones are undefined', () => {
  assert.equal(parseSignal('USR1'), 10);
  assert.equal(parseSignal('sigint'), 2);
  assert.equal(parseSignal(' SIGKILL '), 9);
  assert.equal(parseSignal('15'), 15);
  assert.equal(parseSignal('64'), undefined);
  assert.equal(parseSignal('NOPE'), undefined);
  assert.equal(parseSignal('SIG'), undefined);
});

test('names and strsignal texts as slurmrestd and slurmctld print them', () => {
  assert.equal(signalName(15), 'TERM');
  assert.equal(signalName(99), '99');
  assert.equal(signalDescription(2), 'Interrupt');
  assert.equal(signalDescription(53), 'Real-time signal 19');
  assert.equal(signalDescription(99), 'Unknown signal 99');
});
