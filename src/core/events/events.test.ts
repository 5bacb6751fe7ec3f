import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Registry } from 'prom-client';
import type { SlurmBackend } from '../../backends/backend.ts';
import type { JobEvent } from '../../contract/events.ts';
import { ReplicaBus } from '../../../test/support/fake-replicas.ts';
import { JobEventHub, jobView, messagesOf } from './events.ts';
import { MAX_MESSAGE_BYTES } from '../../store/replicas.ts';

interface FakeJob {
  job_id: number;
  account: string;
  job_state: string[];
  state_reason: string;
}

function fakeBackend(jobs: FakeJob[]) {
  const calls = { jobs: 0, users: [] as string[] };
  const backend = {
    kind: 'local',
    async jobs(ctx: { user: string }) {
      calls.jobs++;
      calls.users.push(ctx.user);
      return { status: 200, body: { jobs: jobs.map((j) => ({ ...j, name: `j${j.job_id}`, user_name: 'u', partition: 'p', exit_code: { return_code: { set: true, number: 0 } } })) } };
    },
  } as unknown as SlurmBackend;
  return { backend, calls };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function collector() {
  const events: JobEvent[] = [];
  const ends: string[] = [];
  return { events, ends, listener: { event: (e: JobEvent) => events.push(e), end: (why: string) => ends.push(why) } };
}

function hubFor(jobs: FakeJob[], opts: Partial<{ historySize: number; lingerMs: number }> = {}) {
  const { backend, calls } = fakeBackend(jobs);
  const registry = new Registry();
  const hub = new JobEventHub([{ name: 'r', backend, monitorUser: 'ops' }], { pollIntervalMs: 20, historySize: opts.historySize ?? 100, lingerMs: opts.lingerMs ?? 0, maxSubscribers: 1000, registry });
  return { hub, calls, registry };
}

/** Polls `check`; the deadline is generous, it costs time only when something is broken. */
async function until(what: string, check: () => boolean, ms = 60_000) {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error(`timed out: ${what}`);
    await sleep(5);
  }
}

describe('job event hub', () => {
  it('snapshot first, then changes of the project only, with previous state and reason', async () => {
    const jobs: FakeJob[] = [{ job_id: 1, account: 'A', job_state: ['PENDING'], state_reason: 'Priority' }, { job_id: 2, account: 'B', job_state: ['PENDING'], state_reason: 'Resources' }];
    const { hub, calls } = hubFor(jobs);
    const a = collector();
    const b = collector();
    hub.subscribe('r', { project: 'A' }, undefined, a.listener);
    hub.subscribe('r', { project: 'B' }, undefined, b.listener);
    await until('snapshots', () => a.events.length === 1 && b.events.length === 1);
    assert.equal(a.events[0].type, 'snapshot');
    assert.deepEqual(a.events[0].jobs!.map((j) => j.job_id), [1]);
    assert.deepEqual(b.events[0].jobs!.map((j) => j.job_id), [2]);
    jobs[0].job_state = ['RUNNING'];
    jobs[0].state_reason = 'None';
    await until('change', () => a.events.length === 2);
    const ev = a.events[1];
    assert.equal(ev.type, 'job');
    assert.equal(ev.job!.state, 'RUNNING');
    assert.equal(ev.job!.previous_state, 'PENDING');
    assert.equal(ev.job!.previous_reason, 'Priority');
    assert.match(ev.job!.reason_text, /Nothing/);
    // Polls after the one that saw the change would have sent it to B by now.
    const polled = calls.jobs;
    await until('two more polls', () => calls.jobs >= polled + 2);
    assert.equal(b.events.length, 1, "project B never sees A's job");
    hub.close();
  });

  it('one watcher polls for any number of subscribers, as the monitor user, only while subscribed', async () => {
    const { hub, calls, registry } = hubFor([{ job_id: 1, account: 'A', job_state: ['RUNNING'], state_reason: 'None' }]);
    const from = Date.now();
    const subs = Array.from({ length: 200 }, () => hub.subscribe('r', { project: 'A' }, undefined, collector().listener));
    await until('3 polls', () => calls.jobs >= 3);
    const polls = calls.jobs;
    const ms = Date.now() - from;
    // A poll starts at most every 20 ms, for 200 subscribers as for one (a busy machine only makes
    // them rarer): a poll per subscriber would be 200 times as many.
    assert.ok(polls <= Math.floor(ms / 20) + 2, `about one poll per 20 ms for 200 subscribers, got ${polls} in ${ms} ms`);
    assert.ok(calls.users.every((u) => u === 'ops'));
    const text = await registry.metrics();
    assert.match(text, /s3m_event_watchers\{resource="r"\} 1/);
    assert.match(text, /s3m_event_subscribers\{resource="r"\} 200/);
    for (const s of subs) s.close();
    // lingerMs 0: the watcher stops at once (its gauge says so), and polls no more.
    const watching = async () => /s3m_event_watchers\{resource="r"\} 1/.test(await registry.metrics());
    const deadline = Date.now() + 60_000;
    while (await watching()) {
      assert.ok(Date.now() < deadline, 'the watcher stops without subscribers');
      await sleep(5);
    }
    const stopped = calls.jobs;
    await sleep(80); // four poll intervals: a watcher still running would poll meanwhile
    assert.equal(calls.jobs, stopped, 'no polls without subscribers');
    assert.match(await registry.metrics(), /s3m_event_watchers\{resource="r"\} 0/);
    hub.close();
  });

  it('Last-Event-ID resumes exactly after the last event; ids from another process or older than the history get a snapshot', async () => {
    const jobs: FakeJob[] = [{ job_id: 1, account: 'A', job_state: ['PENDING'], state_reason: 'Priority' }];
    const { hub, calls } = hubFor(jobs, { historySize: 2, lingerMs: 10_000 });
    const a = collector();
    const sub = hub.subscribe('r', { project: 'A' }, undefined, a.listener);
    await until('snapshot', () => a.events.length === 1);
    jobs[0].job_state = ['RUNNING'];
    await until('running', () => a.events.length === 2);
    const lastSeen = a.events[1].id;
    sub.close();
    // While nobody listens (the watcher lingers), the job finishes, and a poll that began after
    // that sees it.
    jobs[0].job_state = ['COMPLETED'];
    const polled = calls.jobs;
    await until('two more polls', () => calls.jobs >= polled + 2);
    const again = collector();
    hub.subscribe('r', { project: 'A' }, lastSeen, again.listener);
    assert.equal(again.events.length, 1, 'the missed event is replayed at once');
    assert.equal(again.events[0].job!.state, 'COMPLETED');
    assert.equal(again.events[0].job!.previous_state, 'RUNNING');
    // Another process's id: a snapshot.
    const other = collector();
    hub.subscribe('r', { project: 'A' }, 'zzz-3', other.listener);
    await until('snapshot for a foreign id', () => other.events.length === 1);
    assert.equal(other.events[0].type, 'snapshot');
    // Three more events: the ring (2) no longer holds the one after lastSeen.
    for (const s of ['RUNNING', 'COMPLETED', 'RUNNING']) {
      jobs[0].job_state = [s];
      const n = again.events.length;
      await until(`state ${s}`, () => again.events.length === n + 1);
    }
    const late = collector();
    hub.subscribe('r', { project: 'A' }, lastSeen, late.listener);
    await until('snapshot for a too old id', () => late.events.length === 1);
    assert.equal(late.events[0].type, 'snapshot');
    hub.close();
    assert.ok(again.ends.includes('closing'));
  });

  it('ids are per stream: 1, 2, 3 without gaps from other projects, opaque, and a resumed stream numbers on', async () => {
    const jobs: FakeJob[] = [{ job_id: 1, account: 'A', job_state: ['PENDING'], state_reason: 'Priority' }, { job_id: 2, account: 'B', job_state: ['PENDING'], state_reason: 'Priority' }];
    const { hub, calls } = hubFor(jobs, { lingerMs: 10_000 });
    const a = collector();
    const b = collector();
    const subA = hub.subscribe('r', { project: 'A' }, undefined, a.listener);
    hub.subscribe('r', { project: 'B' }, undefined, b.listener);
    await until('snapshots', () => a.events.length === 1 && b.events.length === 1);
    // B's job changes three times, A's once, then B's again: A sees 2 events (snapshot, its job).
    for (const [job, state] of [[1, 'RUNNING'], [1, 'SUSPENDED'], [0, 'RUNNING'], [1, 'RUNNING']] as const) {
      jobs[job].job_state = [state];
      const [na, nb] = [a.events.length, b.events.length];
      await until(`job ${job + 1} ${state}`, () => (job === 0 ? a.events.length === na + 1 : b.events.length === nb + 1));
    }
    const number = (e: JobEvent) => Number(e.id.split('-')[1]);
    assert.deepEqual(a.events.map(number), [1, 2], "A's stream counts its own events only");
    assert.deepEqual(b.events.map(number), [1, 2, 3, 4]);
    for (const e of [...a.events, ...b.events]) assert.match(e.id, /^[0-9a-f]{32}-\d+$/);
    // A leaves; B's job and A's job change meanwhile; A comes back with its last id.
    const lastA = a.events.at(-1)!.id;
    subA.close();
    jobs[1].job_state = ['COMPLETED'];
    jobs[0].job_state = ['COMPLETED'];
    const polled = calls.jobs;
    await until('two more polls', () => calls.jobs >= polled + 2);
    const again = collector();
    hub.subscribe('r', { project: 'A' }, lastA, again.listener);
    assert.deepEqual(again.events.map((e) => [e.type, number(e), e.job?.state]), [['job', 3, 'COMPLETED']], 'the missed event, numbered on, no snapshot');
    jobs[0].job_state = ['RUNNING'];
    await until('a live event', () => again.events.length === 2);
    assert.equal(number(again.events[1]), 4);
    // Resuming from the first id replays the same events under new ids, numbered from there.
    const replay = collector();
    hub.subscribe('r', { project: 'A' }, a.events[0].id, replay.listener);
    assert.deepEqual(replay.events.map((e) => [number(e), e.job?.state]), [[2, 'RUNNING'], [3, 'COMPLETED'], [4, 'RUNNING']]);
    assert.notEqual(replay.events[0].id, a.events[1].id, 'an id is never reused');
    hub.close();
  });

  it("an id from another resource's stream does not resume: a snapshot, numbered from 1", async () => {
    const { backend } = fakeBackend([{ job_id: 1, account: 'A', job_state: ['RUNNING'], state_reason: 'None' }]);
    const hub = new JobEventHub(
      [
        { name: 'r', backend, monitorUser: 'ops' },
        { name: 's', backend, monitorUser: 'ops' },
      ],
      { pollIntervalMs: 20, historySize: 100, lingerMs: 0, maxSubscribers: 1000 },
    );
    const onR = collector();
    hub.subscribe('r', { project: 'A' }, undefined, onR.listener);
    await until('snapshot on r', () => onR.events.length === 1);
    const onS = collector();
    hub.subscribe('s', { project: 'A' }, onR.events[0].id, onS.listener);
    await until('snapshot on s', () => onS.events.length === 1);
    assert.equal(onS.events[0].type, 'snapshot');
    assert.equal(onS.events[0].id.split('-')[1], '1');
    hub.close();
  });

  it('a one-job subscription ends after the final state', async () => {
    const jobs: FakeJob[] = [{ job_id: 7, account: 'A', job_state: ['RUNNING'], state_reason: 'None' }, { job_id: 8, account: 'A', job_state: ['RUNNING'], state_reason: 'None' }];
    const { hub } = hubFor(jobs);
    const c = collector();
    hub.subscribe('r', { project: 'A', jobId: 7 }, undefined, c.listener);
    await until('snapshot', () => c.events.length === 1);
    assert.deepEqual(c.events[0].jobs!.map((j) => j.job_id), [7]);
    jobs[1].job_state = ['COMPLETED'];
    jobs[0].job_state = ['COMPLETED'];
    await until('end', () => c.ends.length === 1);
    assert.deepEqual(c.events.map((e) => e.type), ['snapshot', 'job', 'end']);
    assert.equal(c.events[2].job!.exit_code, 0);
    assert.deepEqual(c.ends, ['finished']);
    hub.close();
  });

  it('jobView: base state, flags, reason text, exit code only when finished', () => {
    const v = jobView({ job_id: 3, job_state: ['CANCELLED', 'COMPLETING'], state_reason: 'ReqNodeNotAvail, UnavailableNodes:n1', exit_code: { return_code: { set: true, number: 1 } } } as never);
    assert.equal(v.state, 'CANCELLED');
    assert.deepEqual(v.state_flags, ['COMPLETING']);
    assert.match(v.reason_text, /unavailable.*UnavailableNodes:n1/);
    assert.equal(v.exit_code, 1);
    assert.equal(jobView({ job_id: 4, job_state: ['RUNNING'], exit_code: { return_code: { set: true, number: 0 } } } as never).exit_code, null);
  });
});

describe('job events across replicas', () => {
  /** Two replicas' hubs in front of one cluster (one jobs list), each with its own counter of the polls it made. */
  function twoReplicas(jobs: FakeJob[]) {
    const bus = new ReplicaBus();
    const make = (name: string) => {
      const { backend, calls } = fakeBackend(jobs);
      (backend as { kind: string }).kind = 'slurmrestd';
      const replica = bus.replica(name);
      const hub = new JobEventHub([{ name: 'r', backend, monitorUser: 'ops' }], { pollIntervalMs: 20, historySize: 100, lingerMs: 200, maxSubscribers: 1000, replicas: replica });
      return { hub, calls, replica };
    };
    return { bus, a: make('a'), b: make('b') };
  }

  /** a leads; a subscriber on b, its snapshot in. */
  async function watchedOnFollower() {
    const jobs: FakeJob[] = [{ job_id: 1, account: 'A', job_state: ['PENDING'], state_reason: 'Priority' }];
    const { bus, a, b } = twoReplicas(jobs);
    bus.give('lead:r', a.replica);
    const c = collector();
    b.hub.subscribe('r', { project: 'A' }, undefined, c.listener);
    await until('the snapshot on b', () => c.events.length === 1);
    return { jobs, bus, a, b, c };
  }

  it("the leader polls; a follower's subscribers get its changes, the follower polling only for their snapshot", async () => {
    const { jobs, a, b, c } = await watchedOnFollower();
    assert.equal(b.calls.jobs, 1);
    // b told a it wants the changes: a polls, though nobody subscribed on a.
    await until('a polling for b', () => a.calls.jobs > 0);
    jobs[0].job_state = ['RUNNING'];
    await until('the change on b', () => c.events.length === 2);
    assert.deepEqual([c.events[1].job!.state, c.events[1].job!.previous_state], ['RUNNING', 'PENDING']);
    assert.equal(b.calls.jobs, 1, 'b never polled again');
    a.hub.close();
    b.hub.close();
  });

  it('when the leader is gone, the replica that takes the role polls on from what it was told', async () => {
    const { jobs, bus, a, b, c } = await watchedOnFollower();
    jobs[0].job_state = ['RUNNING'];
    await until('RUNNING on b', () => c.events.length === 2);
    a.hub.close();
    bus.give('lead:r', b.replica);
    jobs[0].job_state = ['COMPLETED'];
    await until('COMPLETED on b, from its own polls', () => c.events.length === 3);
    assert.deepEqual([c.events[2].job!.state, c.events[2].job!.previous_state], ['COMPLETED', 'RUNNING']);
    assert.ok(b.calls.jobs > 1);
    b.hub.close();
  });

  it('a change the follower saw itself is not delivered twice', async () => {
    const jobs: FakeJob[] = [{ job_id: 1, account: 'A', job_state: ['PENDING'], state_reason: 'Priority' }];
    const { bus, a, b } = twoReplicas(jobs);
    bus.give('lead:r', a.replica);
    const onA = collector();
    a.hub.subscribe('r', { project: 'A' }, undefined, onA.listener);
    await until('the snapshot on a', () => onA.events.length === 1);
    jobs[0].job_state = ['RUNNING'];
    await until('RUNNING on a', () => onA.events.length === 2);
    // b subscribes after: its own snapshot poll already shows RUNNING; the leader's later messages bring nothing new.
    const onB = collector();
    b.hub.subscribe('r', { project: 'A' }, undefined, onB.listener);
    await until('the snapshot on b', () => onB.events.length === 1);
    assert.equal(onB.events[0].jobs![0].state, 'RUNNING');
    jobs[0].job_state = ['COMPLETED'];
    await until('COMPLETED on b', () => onB.events.length === 2);
    await sleep(100);
    assert.deepEqual(onB.events.map((e) => e.type === 'job' ? e.job!.state : e.type), ['snapshot', 'COMPLETED']);
    a.hub.close();
    b.hub.close();
  });

  it('a poll that changes hundreds of jobs reaches the follower whole, in messages NOTIFY takes', async () => {
    const { jobs, a, b, c } = await watchedOnFollower();
    await until('a polling for b', () => a.calls.jobs > 0);
    for (let id = 2; id <= 400; id++) jobs.push({ job_id: id, account: 'A', job_state: ['PENDING'], state_reason: 'Priority' });
    await until('399 new jobs on b', () => c.events.length === 400, 60_000);
    assert.deepEqual(c.events.slice(1).map((e) => e.job!.job_id), Array.from({ length: 399 }, (_, i) => i + 2));
    a.hub.close();
    b.hub.close();
  });

  it('messagesOf: every change and gone job once, in order, each message within the byte limit (multi-byte text too)', () => {
    const change = (id: number) => ({ ...jobView({ job_id: id, account: 'Ä'.repeat(20), name: 'ジョブ'.repeat(30), job_state: ['RUNNING'], state_reason: 'None' } as never), previous_state: 'PENDING', previous_reason: 'Priority' });
    const seen = { resource: 'r', changes: Array.from({ length: 500 }, (_, i) => change(i)), gone: Array.from({ length: 3000 }, (_, i) => 10_000 + i) };
    const messages = messagesOf(seen);
    assert.ok(messages.length > 10);
    for (const m of messages) assert.ok(Buffer.byteLength(m) <= MAX_MESSAGE_BYTES, `${Buffer.byteLength(m)} bytes`);
    const parsed = messages.map((m) => JSON.parse(m) as typeof seen);
    assert.deepEqual(parsed.flatMap((p) => p.changes), seen.changes);
    assert.deepEqual(parsed.flatMap((p) => p.gone), seen.gone);
  });
});
