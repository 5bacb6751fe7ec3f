// Submit-time checks (submit-checks.ts, features.ts, licenses.ts, job-fields.ts) and what they do
// to scheduling, with a fake clock: every expected answer is what Slurm 26.05.5 gave through its
// slurmrestd for the same job description (probed on the real chroot cluster of
// scripts/real-slurm.sh, nodes with Feature=gwfeat,fast and Licenses=gwlic:2,solo:1; the ones that
// need no second node type are in test/contract/submit-checks.test.ts too).
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { localBackendSchema } from '../../config/schema.ts';
import type { BackendContext } from '../backend.ts';
import { buildCluster } from './cluster.ts';
import { JobEngine, type JobSink } from './engine.ts';
import { eligibleNodes, nodeSatisfies, parseFeatures } from './features.ts';
import { given, notImplementedWarnings } from './job-fields.ts';
import { LicenseLedger, licensesString, parseLicenses } from './licenses.ts';
import { mailTypes } from './submit-checks.ts';
import type { JobRecord } from './types.ts';
import { validateSubmit } from './validate.ts';

const ctx: BackendContext = { user: 'alice', project: 'proj-a' };
const ACCOUNT = { name: 'alice', uid: 1000, gid: 1000, group: 'alice', home: '/home/alice' };

class MemoryStore implements JobSink {
  private next = 1;
  insertNew(build: (jobId: number) => JobRecord): JobRecord {
    return build(this.next++);
  }
  save(): void {}
}

/** vm (2 cpus, gwfeat+fast) in batch and debug; ghost (1 cpu, gpu) alone in gpuonly: the probed cluster. */
function setup() {
  const config = localBackendSchema.parse({
    type: 'local',
    nodes: [
      { name: 'vm', cpus: 2, memory: 2048, features: ['gwfeat', 'fast'] },
      { name: 'ghost', cpus: 1, memory: 100, features: ['gpu'] },
    ],
    partitions: [
      { name: 'batch', nodes: ['vm'], default: true },
      { name: 'gpuonly', nodes: ['ghost'] },
      { name: 'both', nodes: ['ghost', 'vm'] },
    ],
    licenses: { gwlic: 2, solo: 1 },
    reservations: [{ name: 'later', nodes: ['vm'], start: 'now+1d', duration: 60 }],
  });
  const clock = { now: () => 1_800_000_000_000 };
  const cluster = buildCluster('r', config, 1_800_000_000);
  const engine = new JobEngine({ cluster, config, store: new MemoryStore(), clock });
  const validate = (job: Record<string, unknown>) =>
    validateSubmit(ctx, { job: { script: '#!/bin/sh\ntrue', current_working_directory: '/tmp', environment: ['PATH=/bin'], ...job } } as never, cluster, engine.allocator, {
      account: ACCOUNT,
      nowSeconds: engine.now(),
      maxScriptBytes: 1 << 20,
      maxEnvironmentBytes: 1 << 20,
    });
  /** The error number of a refusal, or 0 for an accepted job. */
  const code = (job: Record<string, unknown>) => {
    const v = validate(job);
    return v.ok ? 0 : v.errors[0].error_number;
  };
  const submit = (job: Record<string, unknown>): JobRecord => {
    const v = validate(job);
    assert.ok(v.ok, JSON.stringify(v));
    const a = engine.submit(v.draft);
    assert.ok(a.ok);
    return a.job;
  };
  return { cluster, engine, validate, code, submit };
}

describe('constraints and prefer (node features)', () => {
  test('syntax as slurmctld parses it', () => {
    assert.deepEqual(parseFeatures('gwfeat'), [{ name: 'gwfeat', count: 0 }]);
    assert.deepEqual(parseFeatures('gwfeat,fast'), [{ name: 'gwfeat', count: 0 }, { name: 'fast', count: 0 }]);
    assert.deepEqual(parseFeatures('gwfeat&'), [{ name: 'gwfeat', count: 0 }]);
    assert.deepEqual(parseFeatures('(gwfeat)'), [{ name: 'gwfeat', count: 0 }]);
    assert.deepEqual(parseFeatures('gwfeat*2'), [{ name: 'gwfeat', count: 2 }]);
    assert.deepEqual(parseFeatures('[a*1&b*2]'), [{ name: 'a', count: 1 }, { name: 'b', count: 2 }]);
    assert.deepEqual(parseFeatures('[gwfeat|fast]')?.map((t) => t.name), ['gwfeat', 'fast']);
    assert.deepEqual(parseFeatures('gw feat'), [{ name: 'gw feat', count: 0 }]);
    for (const bad of ['&a', 'a||b', 'a*0', 'a*', '(a*2)', 'a*2&b', '[a&b]', '[a*1|b*1]', '(a', 'a)', '((a))', '[a][b]', '[a', '(a)b', '[a]b', '*2']) {
      assert.equal(parseFeatures(bad), null, bad);
    }
  });

  test('evaluation on a node: & and | left to right, groups first, trailing operator ignored', () => {
    const f = ['gwfeat', 'fast'];
    assert.equal(nodeSatisfies('gwfeat&fast', f), true);
    assert.equal(nodeSatisfies('gwfeat&gpu', f), false);
    assert.equal(nodeSatisfies('gwfeat|gpu', f), true);
    assert.equal(nodeSatisfies('gpu|(gwfeat&fast)', f), true);
    assert.equal(nodeSatisfies('[gpu|fast]', f), true);
    assert.equal(nodeSatisfies('gwfeat&', f), true);
    assert.equal(nodeSatisfies('gwfeat*1', f), true);
  });

  test('submit: 2029 for a bad or unknown name, 2014 when the partition has no such node, 2133 for prefer', () => {
    const { code } = setup();
    assert.equal(code({ constraints: 'gwfeat' }), 0);
    assert.equal(code({ constraints: 'gwfeat&fast' }), 0);
    assert.equal(code({ constraints: 'gwfeat,fast' }), 0);
    assert.equal(code({ constraints: 'gwfeat|gpu' }), 0);
    assert.equal(code({ constraints: '[gwfeat|fast]' }), 0);
    assert.equal(code({ constraints: '(gwfeat)' }), 0);
    assert.equal(code({ constraints: 'gwfeat&' }), 0);
    assert.equal(code({ constraints: '' }), 0);
    for (const unknown of ['foo', 'gwfeat|nope', 'gw feat', '!gpu', 'GWFEAT']) assert.equal(code({ constraints: unknown }), 2029, unknown);
    // Known, but not on the partition's nodes, or not on enough of them.
    assert.equal(code({ constraints: 'gpu' }), 2014);
    assert.equal(code({ constraints: 'gwfeat&gpu' }), 2014);
    assert.equal(code({ constraints: 'gwfeat*2' }), 2014);
    assert.equal(code({ constraints: 'gpu', partition: 'gpuonly' }), 0);
    assert.equal(code({ prefer: 'nope' }), 2133);
    assert.equal(code({ prefer: 'gpu' }), 2014);
    assert.equal(code({ prefer: 'gwfeat' }), 0);
    // Order: constraints before the partition, the partition before licenses, licenses before environment.
    assert.equal(code({ constraints: 'nope', partition: 'nope' }), 2029);
    assert.equal(code({ partition: 'nope', licenses: 'nope' }), 2000);
    assert.equal(code({ licenses: 'nope', constraints: 'nope' }), 2029);
    assert.equal(code({ licenses: 'nope', environment: undefined }), 2048);
    assert.equal(code({ environment: undefined, minimum_nodes: 5 }), 2127);
    assert.equal(code({ environment: [] }), 2127);
    assert.equal(code({ environment: undefined, script: '' }), 2009);
  });

  test('placement: only nodes that satisfy the constraints, those satisfying prefer first', () => {
    const { cluster, engine, submit } = setup();
    const both = cluster.partitionByName.get('both')!;
    assert.deepEqual(eligibleNodes(cluster, both, 'gwfeat', ''), ['vm']);
    assert.deepEqual(eligibleNodes(cluster, both, '', 'gwfeat'), ['vm', 'ghost']);
    assert.equal(eligibleNodes(cluster, both, '', ''), undefined);
    const a = submit({ partition: 'both', constraints: 'gwfeat' });
    const b = submit({ partition: 'both', prefer: 'gwfeat' });
    const c = submit({ partition: 'both' });
    engine.schedule();
    assert.deepEqual([a, b, c].map((j) => j.allocation?.[0]?.node), ['vm', 'vm', 'ghost']);
    // vm is full now: a job that must have gwfeat waits though ghost is idle... once ghost is free too.
    const d = submit({ partition: 'both', constraints: 'gwfeat' });
    engine.schedule();
    assert.deepEqual([d.state, d.stateReason], ['PENDING', 'Resources']);
    assert.equal(d.constraints, 'gwfeat');
  });
});

describe('licenses', () => {
  test('request syntax as slurmctld parses it', () => {
    assert.equal(parseLicenses(''), null);
    assert.equal(parseLicenses('gwlic:0'), null);
    assert.deepEqual(parseLicenses('gwlic'), { or: false, items: [{ name: 'gwlic', count: 1 }] });
    assert.deepEqual(parseLicenses('gwlic:1,gwlic=1'), { or: false, items: [{ name: 'gwlic', count: 2 }] });
    assert.deepEqual(parseLicenses('gwlic;solo,'), { or: false, items: [{ name: 'gwlic', count: 1 }, { name: 'solo', count: 1 }] });
    assert.deepEqual(parseLicenses('solo|gwlic'), { or: true, items: [{ name: 'solo', count: 1 }, { name: 'gwlic', count: 1 }] });
    for (const bad of ['gwlic:-1', 'gwlic:x', 'gwlic:1.5', 'gwlic:', ' gwlic', 'a|b,c', 'a|b;c']) assert.equal(parseLicenses(bad), 'invalid', bad);
    assert.equal(licensesString([{ name: 'a', count: 1 }, { name: 'b', count: 2 }]), 'a:1,b:2');
  });

  test('submit: 2048 for unknown names (case-sensitive), bad syntax and more than exist', () => {
    const { code } = setup();
    for (const ok of ['gwlic', 'gwlic:2', 'gwlic:0', 'solo,gwlic:1', 'solo|gwlic', 'gwlic:1,gwlic:1', 'gwlic;solo', 'gwlic,', '']) assert.equal(code({ licenses: ok }), 0, ok);
    for (const bad of ['foo', 'foo:1', 'GWLIC', 'gwlic:3', 'gwlic:-1', 'gwlic:x', 'gwlic:1.5', ' gwlic']) assert.equal(code({ licenses: bad }), 2048, bad);
  });

  test('a job short of licenses pends "Licenses" without holding up the jobs behind it; they are held from start to end', () => {
    const { engine, submit } = setup();
    const two = submit({ licenses: 'gwlic:2' });
    const one = submit({ licenses: 'gwlic' });
    const or = submit({ licenses: 'gwlic|solo' });
    const free = submit({});
    engine.schedule();
    assert.deepEqual([two.state, one.state, or.state, free.state], ['RUNNING', 'PENDING', 'RUNNING', 'PENDING']);
    assert.equal(one.stateReason, 'Licenses');
    assert.equal(free.stateReason, 'Resources'); // two cpus, both taken
    assert.deepEqual(two.licensesAllocated, [{ name: 'gwlic', count: 2 }]);
    assert.deepEqual(or.licensesAllocated, [{ name: 'solo', count: 1 }]);
    assert.equal(engine.licenses.inUse('gwlic'), 2);
    engine.exited(two.jobId, { kind: 'code', code: 0, oomKills: 0 });
    assert.equal(engine.licenses.inUse('gwlic'), 0);
    engine.schedule();
    assert.deepEqual([one.state, one.licensesAllocated], ['RUNNING', [{ name: 'gwlic', count: 1 }]]);
  });

  test('the ledger: OR takes the first free item, release never goes below zero', () => {
    const l = new LicenseLedger({ a: 1, b: 1 });
    assert.deepEqual(l.pick({ or: true, items: [{ name: 'a', count: 1 }, { name: 'b', count: 1 }] }), [{ name: 'a', count: 1 }]);
    l.hold([{ name: 'a', count: 1 }]);
    assert.deepEqual(l.pick({ or: true, items: [{ name: 'a', count: 1 }, { name: 'b', count: 1 }] }), [{ name: 'b', count: 1 }]);
    assert.equal(l.pick({ or: false, items: [{ name: 'a', count: 1 }, { name: 'b', count: 1 }] }), null);
    const copy = l.clone();
    copy.hold([{ name: 'b', count: 1 }]);
    assert.equal(l.inUse('b'), 0);
    l.release([{ name: 'a', count: 5 }]);
    assert.equal(l.inUse('a'), 0);
  });
});

describe('warnings and echoes', () => {
  test('held submits and a reservation not started yet: slurmrestd\'s two warnings', () => {
    const { validate } = setup();
    const held = validate({ hold: true });
    assert.ok(held.ok);
    assert.deepEqual(held.warnings, [
      { description: 'Job submission resulted in non-zero return code: Job is in held state, pending scheduler release', source: 'slurm_submit_batch_job()' },
      { description: 'Job is in held state, pending scheduler release', source: 'slurm_submit_batch_job()' },
    ]);
    const heldInReservation = validate({ hold: true, reservation: 'later' });
    assert.ok(heldInReservation.ok);
    assert.deepEqual(heldInReservation.warnings.map((w) => w.description), held.warnings.map((w) => w.description));
    const later = validate({ reservation: 'later' });
    assert.ok(later.ok);
    assert.deepEqual(later.warnings.map((w) => w.description), ['Job submission resulted in non-zero return code: Requested reservation not usable now', 'Requested reservation not usable now']);
    const plain = validate({});
    assert.ok(plain.ok);
    assert.deepEqual(plain.warnings, []);
  });

  test('every given field the backend does not implement draws a warning naming it; defaults draw none', () => {
    assert.equal(given(''), false);
    assert.equal(given(false), false);
    assert.equal(given([]), false);
    assert.equal(given({ set: false, infinite: false, number: 0 }), false);
    assert.equal(given({ set: true, infinite: false, number: 0 }), true);
    assert.equal(given(0), true);
    const w = notImplementedWarnings(
      { burst_buffer: 'bb', argv: ['a'], minimum_nodes: 2, maximum_nodes: 2, contiguous: false, exclusive: true, flags: ['KILL_INVALID_DEPENDENCY', 'SPREAD_JOB'], mail_type: ['END'], nice: 0, qos: 'normal', tasks: 2 },
      (f) => f !== 'exclusive',
    );
    assert.deepEqual(w, [
      { description: 'Field "burst_buffer" is not implemented by the local backend: it has no effect', source: '#/job/burst_buffer/' },
      { description: 'Field "flags" is not implemented by the local backend: it has no effect for SPREAD_JOB', source: '#/job/flags/' },
      { description: 'Field "mail_type" is not implemented by the local backend: it is shown in the job, but no mail is sent', source: '#/job/mail_type/' },
      { description: 'Field "qos" is not implemented by the local backend: it has no effect', source: '#/job/qos/' },
    ]);
  });

  test('mail_type in slurmrestd\'s flag order, each once; a single string is one flag', () => {
    assert.deepEqual(mailTypes(['ARRAY_TASKS', 'END', 'END']), ['END', 'ARRAY_TASKS']);
    assert.deepEqual(mailTypes('END'), ['END']);
    assert.deepEqual(mailTypes(undefined), []);
    const { submit } = setup();
    const j = submit({ mail_type: ['FAIL', 'BEGIN'], mail_user: 'x@y.org', licenses: 'gwlic', constraints: 'gwfeat,fast', prefer: 'fast' });
    assert.deepEqual([j.mailType, j.mailUser, j.licenses, j.constraints, j.prefer], [['BEGIN', 'FAIL'], 'x@y.org', 'gwlic', 'gwfeat&fast', 'fast']);
  });
});

test('maximum_nodes above the minimum: a warning saying the job gets its minimum', () => {
  assert.deepEqual(notImplementedWarnings({ minimum_nodes: 1, maximum_nodes: 3 }, () => true), [
    { description: 'Field "maximum_nodes" is not implemented by the local backend: it has no effect: the job gets its minimum node count (1)', source: '#/job/maximum_nodes/' },
  ]);
  assert.deepEqual(notImplementedWarnings({ nodes: '2', maximum_nodes: 2 }, () => true), []);
});
