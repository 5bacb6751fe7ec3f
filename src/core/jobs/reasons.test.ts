import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { validateResponse } from '../../contract/validate.ts';
import { explainReason, REASON_TEXT_FIELD, withReasonTexts } from './reasons.ts';

const COMMON = [
  'None', 'Priority', 'Resources', 'JobHeldUser', 'JobHeldAdmin', 'PartitionTimeLimit', 'ReqNodeNotAvail', 'Reservation', 'Dependency',
  'QOSMaxJobsPerUserLimit', 'AssocGrpCpuLimit', 'BeginTime', 'PartitionDown', 'NodeDown', 'NonZeroExitCode', 'RaisedSignal', 'TimeLimit',
  'JobLaunchFailure', 'BadConstraints', 'InvalidAccount', 'PartitionNodeLimit', 'PartitionInactive', 'DependencyNeverSatisfied',
  'AssocGrpNodeLimit', 'QOSMaxCpuPerJobLimit', 'AssocMaxJobsLimit', 'QOSGrpMemLimit', 'Licenses', 'InvalidQOS',
];

describe('state reasons in words', () => {
  it('explains every common reason specifically', () => {
    for (const r of COMMON) {
      const text = explainReason(r);
      assert.doesNotMatch(text, /SLURM reports the reason/, `${r} has a specific explanation`);
      assert.ok(text.length > 15, r);
    }
  });

  it('reads limits and qualified reasons', () => {
    assert.match(explainReason('QOSMaxJobsPerUserLimit'), /limit on jobs per user of its QOS/);
    assert.match(explainReason('AssocGrpCpuLimit'), /group limit on CPUs of its account/);
    assert.match(explainReason('QOSMaxCpuPerJobLimit'), /more CPUs per job than its QOS allows/);
    assert.match(explainReason('ReqNodeNotAvail, Reserved for maintenance'), /unavailable.*\(Reserved for maintenance\)$/);
    assert.match(explainReason('SomethingNew'), /SLURM reports the reason "SomethingNew"/);
    assert.equal(explainReason(''), explainReason('None'));
  });

  it('adds the field beside SLURM’s and the reply still validates against the spec', () => {
    const body = { meta: {}, errors: [], warnings: [], last_backfill: { set: true, infinite: false, number: 0 }, last_update: { set: true, infinite: false, number: 0 }, jobs: [{ job_id: 1, state_reason: 'Priority', job_state: ['PENDING'] }] };
    const out = withReasonTexts(body);
    assert.equal(out.jobs[0].state_reason, 'Priority');
    assert.match((out.jobs[0] as Record<string, unknown>)[REASON_TEXT_FIELD] as string, /higher priority/);
    assert.equal((body.jobs[0] as Record<string, unknown>)[REASON_TEXT_FIELD], undefined, 'the input is not changed');
    for (const v of ['v0.0.43', 'v0.0.42'] as const) assert.deepEqual(validateResponse(v, 'jobs', 200, out).errors, []);
  });
});
