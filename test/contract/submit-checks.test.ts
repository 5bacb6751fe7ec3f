// Contract suite: the checks slurmrestd and slurmctld make at submit, and the messages they give,
// local backend vs a real Slurm 26.05 (scenario-kit.ts). The real cluster's node has
// Feature=gwfeat and the cluster Licenses=gwlic:2 (scripts/real-slurm.sh); the local target is
// configured the same (targets.ts). Each scenario asserts what real SLURM answered when these
// scenarios were written, on both sides, and keeps its bodies for the local-vs-real comparison.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { it } from 'node:test';
import { waitFor } from '../e2e/harness.ts';
import { compareLocalWithReal, contractSuite, exitError, RUN, SLEEPER } from './scenario-kit.ts';

const refused = (error_number: number, error: string) => [{ description: 'Batch job submission failed', error_number, error, source: 'slurm_submit_batch_job()' }];
/** The reply's warnings from SLURM (the gateway adds its own, source "s3m", e.g. for v0.0.42's deprecation). */
const slurmWarnings = (body: any): unknown[] => (body.warnings as Array<{ source?: string }>).filter((w) => w.source !== 's3m');
const HELD_WARNINGS = [
  { description: 'Job submission resulted in non-zero return code: Job is in held state, pending scheduler release', source: 'slurm_submit_batch_job()' },
  { description: 'Job is in held state, pending scheduler release', source: 'slurm_submit_batch_job()' },
];

contractSuite('submit checks', ({ target, version, keep, needVersion, submit, submitRaw, track, job, until, untilSettled, del, outPattern, outFile }) => {
  /** A refused submit: status, errors and warnings as real SLURM gave them. */
  const expectRefusal = async (key: string, fields: Record<string, unknown>, status: number, errors: unknown[]) => {
    const r = await submitRaw({ script: '#!/bin/sh\ntrue', ...fields });
    if (typeof r.body?.job_id === 'number') track(r.body.job_id);
    assert.equal(r.status, status, r.text);
    assert.deepEqual(r.body.errors, errors);
    assert.deepEqual(slurmWarnings(r.body), []);
    keep(key, r.body);
  };
  /** A held job (nothing runs), its submit reply checked for slurmrestd's held warnings. */
  const heldJob = async (key: string, fields: Record<string, unknown>) => {
    const r = await submitRaw({ script: '#!/bin/sh\ntrue', hold: true, ...fields });
    assert.equal(r.status, 200, r.text);
    track(r.body.job_id);
    assert.deepEqual(r.body.errors, []);
    keep(`${key} submit`, r.body);
    return { id: r.body.job_id as number, warnings: slurmWarnings(r.body) };
  };

  it('environment missing or empty: 422, slurmctld\'s 2127', async (t) => {
    if (!(await needVersion(t))) return;
    await expectRefusal('error no environment', { environment: undefined }, 422, refused(2127, 'Environment is missing in job'));
    await expectRefusal('error empty environment', { environment: [] }, 422, refused(2127, 'Environment is missing in job'));
  });

  it('an empty script: 422, slurmrestd\'s own 2009 (before any slurmctld check)', async (t) => {
    if (!(await needVersion(t))) return;
    const errors = [{ description: 'Batch job script empty or missing', error_number: 2009, error: 'Job script not specified', source: 'script' }];
    await expectRefusal('error empty script', { script: '' }, 422, errors);
    await expectRefusal('error empty script without environment', { script: '', environment: undefined }, 422, errors);
  });

  it('a script without #! is accepted; its execve() fails: FAILED, exit code 8, "Exec format error" in the output', async (t) => {
    if (!(await needVersion(t))) return;
    const id = await submit({ script: 'echo hi', standard_output: outPattern });
    const done = await untilSettled(id);
    assert.deepEqual(done.job_state, ['FAILED']);
    assert.equal(done.state_reason, 'NonZeroExitCode');
    assert.deepEqual(done.exit_code, exitError(8));
    keep('job without #!', { jobs: [await job(id)] });
    const out = await waitFor(`job ${id} output`, async () => (existsSync(outFile(id)) ? readFileSync(outFile(id), 'utf8') || undefined : undefined));
    assert.match(out, /^\[\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}\] error: execve\(\): \S+\/slurm_script: Exec format error\n$/);
  });

  it('constraints: unknown features 2029, more nodes with a feature than the partition has 2014; a known one is shown as features, "," as "&"', async (t) => {
    if (!(await needVersion(t))) return;
    for (const spec of ['nope', 'gwfeat|nope', 'GWFEAT', '!gwfeat', '&gwfeat', '(gwfeat']) {
      await expectRefusal(`error constraints ${spec}`, { constraints: spec }, 422, refused(2029, 'Invalid feature specification'));
    }
    await expectRefusal('error constraints count', { constraints: 'gwfeat*2' }, 422, refused(2014, 'Requested node configuration is not available'));
    await expectRefusal('error prefer unknown', { prefer: 'nope' }, 422, refused(2133, 'Invalid preferred feature specification'));
    // Faults together: constraints are tested before the partition, the partition before environment.
    await expectRefusal('error constraints before partition', { constraints: 'nope', partition: 'nope' }, 422, refused(2029, 'Invalid feature specification'));
    await expectRefusal('error constraints before environment', { constraints: 'nope', environment: undefined }, 422, refused(2029, 'Invalid feature specification'));

    const held = await heldJob('constraints', { constraints: 'gwfeat,gwfeat', prefer: 'gwfeat' });
    assert.deepEqual(held.warnings, HELD_WARNINGS);
    const j = await job(held.id);
    assert.equal(j.features, 'gwfeat&gwfeat');
    assert.equal(j.prefer, 'gwfeat');
    keep('constraints job', { jobs: [j] });

    // A constrained job runs on the node that has the feature.
    const ran = await submit({ constraints: 'gwfeat', script: '#!/bin/sh\ntrue' });
    const done = await untilSettled(ran);
    assert.deepEqual(done.job_state, ['COMPLETED']);
  });

  it('licenses: unknown or more than exist 2048; a job short of them pends "Licenses" until the holder ends', async (t) => {
    if (!(await needVersion(t))) return;
    for (const spec of ['nope', 'nope:1', 'GWLIC', 'gwlic:3', 'gwlic:x', 'gwlic:-1', ' gwlic', 'gwlic|nope']) {
      await expectRefusal(`error licenses ${spec}`, { licenses: spec }, 422, refused(2048, 'Invalid license specification'));
    }
    await expectRefusal('error partition before licenses', { licenses: 'nope', partition: 'nope' }, 422, refused(2000, 'Invalid partition name specified'));
    await expectRefusal('error licenses before environment', { licenses: 'nope', environment: undefined }, 422, refused(2048, 'Invalid license specification'));

    const holder = await submit({ licenses: 'gwlic:2', script: SLEEPER });
    const running = await until(holder, 'RUNNING', (j) => j.job_state[0] === 'RUNNING');
    assert.equal(running.licenses, 'gwlic:2');
    // v0.0.42's job_info has no licenses_allocated.
    const allocated = (s: string) => (version === 'v0.0.42' ? undefined : s);
    assert.equal(running.licenses_allocated, allocated('gwlic:2'));
    const waiter = await submit({ licenses: 'gwlic', script: '#!/bin/sh\ntrue' });
    const waiting = await until(waiter, 'pending for Licenses', (j) => j.state_reason === 'Licenses');
    assert.deepEqual(waiting.job_state, ['PENDING']);
    assert.equal(waiting.licenses, 'gwlic');
    assert.equal(waiting.licenses_allocated, allocated(''));
    keep('licenses holder', { jobs: [running] });
    keep('licenses waiter', { jobs: [waiting] });
    const c = await del(`/job/${holder}`);
    assert.equal(c.status, 200, c.text);
    const done = await untilSettled(waiter);
    assert.deepEqual(done.job_state, ['COMPLETED']);
    assert.equal(done.licenses_allocated, allocated('gwlic:1'));
    keep('licenses waiter done', { jobs: [done] });
  });

  it('held submits: 200 with slurmrestd\'s two warnings; mail_type and mail_user shown as given (flag order)', async (t) => {
    if (!(await needVersion(t))) return;
    const plain = await heldJob('held', {});
    assert.deepEqual(plain.warnings, HELD_WARNINGS);
    const mail = await heldJob('mail', { mail_type: ['ARRAY_TASKS', 'END', 'BEGIN'], mail_user: `contract-${RUN}@example.org` });
    // Local only: no mail is sent, which it says (the one difference; see README).
    const extra = target.name === 'local' ? [{ description: 'Field "mail_type" is not implemented by the local backend: it is shown in the job, but no mail is sent', source: '#/job/mail_type/' }] : [];
    assert.deepEqual(mail.warnings, [...extra, ...HELD_WARNINGS]);
    const j = await job(mail.id);
    assert.deepEqual(j.mail_type, ['BEGIN', 'END', 'ARRAY_TASKS']);
    assert.equal(j.mail_user, `contract-${RUN}@example.org`);
    keep('mail job', { jobs: [j] });
  });

  it('a reservation that has not started: 200 with "Requested reservation not usable now" twice', async (t) => {
    if (!(await needVersion(t))) return;
    const r = await submitRaw({ reservation: 'gw-maint', script: '#!/bin/sh\ntrue' });
    assert.equal(r.status, 200, r.text);
    track(r.body.job_id);
    assert.deepEqual(slurmWarnings(r.body), [
      { description: 'Job submission resulted in non-zero return code: Requested reservation not usable now', source: 'slurm_submit_batch_job()' },
      { description: 'Requested reservation not usable now', source: 'slurm_submit_batch_job()' },
    ]);
    keep('reservation later submit', r.body);
    // Held as well: slurmctld returns one code, and held comes first.
    const held = await submitRaw({ reservation: 'gw-maint', hold: true, script: '#!/bin/sh\ntrue' });
    assert.equal(held.status, 200, held.text);
    track(held.body.job_id);
    assert.deepEqual(slurmWarnings(held.body), HELD_WARNINGS);
  });

  it('a field the local backend does not implement: a warning naming it there; real acts on it silently', async (t) => {
    if (!(await needVersion(t))) return;
    const r = await submitRaw({ script: '#!/bin/sh\ntrue', hold: true, kill_on_node_fail: true });
    assert.equal(r.status, 200, r.text);
    track(r.body.job_id);
    const extra = target.name === 'local' ? [{ description: 'Field "kill_on_node_fail" is not implemented by the local backend: it has no effect', source: '#/job/kill_on_node_fail/' }] : [];
    assert.deepEqual(slurmWarnings(r.body), [...extra, ...HELD_WARNINGS]);
  });
});

compareLocalWithReal('submit checks', [
  'error no environment', 'error empty environment', 'error empty script', 'error empty script without environment', 'job without #!',
  ...['nope', 'gwfeat|nope', 'GWFEAT', '!gwfeat', '&gwfeat', '(gwfeat'].map((s) => `error constraints ${s}`),
  'error constraints count', 'error prefer unknown', 'error constraints before partition', 'error constraints before environment',
  'constraints submit', 'constraints job',
  ...['nope', 'nope:1', 'GWLIC', 'gwlic:3', 'gwlic:x', 'gwlic:-1', ' gwlic', 'gwlic|nope'].map((s) => `error licenses ${s}`),
  'error partition before licenses', 'error licenses before environment', 'licenses holder', 'licenses waiter', 'licenses waiter done',
  'held submit', 'mail job', 'reservation later submit',
]);
