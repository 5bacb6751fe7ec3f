import assert from 'node:assert/strict';
import { it } from 'node:test';
import { normalizeJobDescription } from './normalize.ts';

it('turns the short forms slurmrestd accepts into the canonical ones', () => {
  const job = normalizeJobDescription('v0.0.43', {
    minimum_nodes: '2' as unknown as number,
    tasks: 4,
    time_limit: 60 as never,
    priority: '5' as never,
    name: '123',
    script: '#!/bin/bash',
  });
  assert.equal(job.minimum_nodes, 2);
  assert.equal(job.tasks, 4);
  assert.deepEqual(job.time_limit, { set: true, infinite: false, number: 60 });
  assert.deepEqual(job.priority, { set: true, infinite: false, number: 5 });
  assert.equal(job.name, '123', 'string fields stay strings');
});

it('leaves canonical values and unknown fields alone', () => {
  const tl = { set: true, infinite: false, number: 5 };
  const job = normalizeJobDescription('v0.0.43', { time_limit: tl, no_such_field: '7' } as never);
  assert.deepEqual(job.time_limit, tl);
  assert.equal((job as Record<string, unknown>).no_such_field, '7');
});
