// Contract scenario for the indexed queue (src/backends/local/job-index.ts), local and real SLURM
// through the gateway with real curl: slurmctld leaves held jobs and jobs waiting on a dependency
// out of its job queue, so no scheduling cycle looks at them and their last_sched_evaluation stays
// their submit time, while cycles run for other jobs. (The local backend used to stamp every
// pending job at every cycle.)
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { curl, waitFor } from '../e2e/harness.ts';
import { localTarget, PROJECT, realTarget, RESOURCE } from './targets.ts';

const RUN = randomBytes(3).toString('hex');
const UNSETTLED = new Set(['PENDING', 'RUNNING', 'CONFIGURING', 'COMPLETING']);

for (const target of [localTarget(), realTarget()]) {
  describe(`scale contract: ${target.name} backend through the gateway${target.skip ? ` (skipped: ${target.skip})` : ''}`, { skip: target.skip }, () => {
    const started = new Set<number>();
    const url = (path: string) => `${target.gw.url}/slurm/v0.0.43/${RESOURCE}${path}`;
    before(async () => target.start());
    after(async () => {
      for (const id of started) await curl(url(`/job/${id}`), { method: 'DELETE', headerFile: target.header }).catch(() => undefined);
      await target.stop();
    });
    async function submit(job: Record<string, unknown>): Promise<number> {
      const r = await curl(url('/job/submit'), {
        method: 'POST',
        headerFile: target.header,
        json: { job: { name: `scale-${RUN}`, account: PROJECT, current_working_directory: '/tmp', environment: ['PATH=/usr/bin:/bin'], standard_output: '/dev/null', script: '#!/bin/bash\ntrue', ...job } },
      });
      assert.equal(r.status, 200, r.text);
      started.add(r.body.job_id);
      return r.body.job_id;
    }
    const job = async (id: number) => {
      const r = await curl(url(`/job/${id}`), { headerFile: target.header });
      assert.equal(r.status, 200, r.text);
      return r.body.jobs[0];
    };

    it('held and dependent jobs are never looked at by a cycle: last_sched_evaluation stays their submit time', async () => {
      const held = await submit({ hold: true });
      const dependent = await submit({ dependency: `afterok:${held}` });
      // Runs two seconds: cycles run meanwhile (its start, its end) at later seconds than those submits.
      const runner = await submit({ script: '#!/bin/bash\nsleep 2' });
      const ran = await waitFor(`job ${runner} settled`, async () => {
        const j = await job(runner);
        return (j.job_state as string[]).some((s) => UNSETTLED.has(s)) ? undefined : j;
      }, 60_000, 250);
      assert.deepEqual(ran.job_state, ['COMPLETED']);
      const h = await job(held);
      const d = await job(dependent);
      assert.ok(ran.end_time.number >= h.submit_time.number + 2, 'cycles ran after the submits');
      assert.deepEqual([h.job_state, h.state_reason], [['PENDING'], 'JobHeldUser']);
      assert.deepEqual([d.job_state, d.state_reason], [['PENDING'], 'Dependency']);
      assert.equal(h.last_sched_evaluation.number, h.submit_time.number, 'held');
      assert.equal(d.last_sched_evaluation.number, d.submit_time.number, 'dependent');
    });
  });
}
