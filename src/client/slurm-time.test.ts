import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatElapsed, parseTimeLimit } from './slurm-time.ts';

describe('parseTimeLimit: every sbatch --time format', () => {
  const cases: [string, number | 'INFINITE'][] = [
    ['10', 10], // M
    ['0', 0], // no limit, as slurmctld reads 0
    ['10:00', 10], // M:S
    ['0:30', 1], // seconds round up to a minute (slurm_time_str2mins)
    ['5:01', 6],
    ['1:00:00', 60], // H:M:S
    ['2:30:59', 151],
    ['1-0', 1440], // D-H
    ['1-2', 1560],
    ['1-2:30', 1590], // D-H:M
    ['2-0:0:1', 2881], // D-H:M:S
    ['UNLIMITED', 'INFINITE'],
    ['infinite', 'INFINITE'],
    [' 15 ', 15],
  ];
  for (const [text, minutes] of cases) it(`"${text}" → ${minutes}`, () => assert.equal(parseTimeLimit(text), minutes));

  for (const bad of ['', 'abc', '1:2:3:4', '-5', '1-', '1:', '1.5', '1-2-3']) {
    it(`refuses "${bad}"`, () => assert.throws(() => parseTimeLimit(bad), /Invalid time limit/));
  }
});

describe('formatElapsed (squeue TIME)', () => {
  it('uses squeue forms', () => {
    assert.equal(formatElapsed(5), '0:05');
    assert.equal(formatElapsed(754), '12:34');
    assert.equal(formatElapsed(3723), '1:02:03');
    assert.equal(formatElapsed(2 * 86400 + 3 * 3600 + 4 * 60 + 5), '2-03:04:05');
    assert.equal(formatElapsed(-3), '0:00');
  });
});
