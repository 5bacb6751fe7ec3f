// Job events through ComputeService.watchJobs against a fake backend: the token first, then the
// job id, then GET job/{id}'s rules (another project's job is a 404 with error 2017), and no
// events without a hub.
import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import { refused, RESOURCE, serviceOverFake } from '../../test/support/compute-service.ts';
import { FakeBackend } from '../../test/support/fake-backend.ts';
import type { Principal } from '../auth/principal.ts';
import { GatewayError } from '../contract/errors.ts';
import type { JobEvent } from '../contract/events.ts';
import { JobEventHub, type EventListener } from './events/events.ts';

const ignore: EventListener = { event() {}, end() {} };

/**
 * A listener that resolves with the first event it gets. The hub's poll timer is unref'd: a ref'd
 * guard keeps the event loop alive until the event comes (and fails the test if it never does).
 */
function firstEvent(): { listener: EventListener; first: Promise<JobEvent> } {
  let resolve!: (ev: JobEvent) => void;
  let guard: NodeJS.Timeout | undefined;
  const first = new Promise<JobEvent>((res, reject) => {
    resolve = res;
    guard = setTimeout(() => reject(new Error('no event from the hub')), 30_000);
  }).finally(() => clearTimeout(guard));
  return { listener: { event: (ev) => resolve(ev), end() {} }, first };
}

function withHub() {
  const backend = new FakeBackend();
  const hub = new JobEventHub([{ name: RESOURCE, backend, monitorUser: 'ops' }], { pollIntervalMs: 50, historySize: 100, lingerMs: 0, maxSubscribers: 10 });
  const setup = serviceOverFake({ events: hub }, undefined, backend);
  return { ...setup, hub };
}

describe('watchJobs: refusals', () => {
  it('an anonymous call is a 401 before its job id is looked at', async () => {
    const { service, backend, call } = serviceOverFake();
    await refused(service.watchJobs(call(undefined), { jobId: 'abc' }, ignore), 'authentication', 401);
    await refused(service.watchJobs({ ...call(undefined), authorization: 'tok-nobody' }, { jobId: 'abc' }, ignore), 'authentication', 401);
    assert.deepEqual(backend.ops, []);
  });

  it('with a token, a job id that is not a number is refused (422, invalidQuery) before the resource or the backend', async () => {
    const { service, backend, call } = withHub();
    for (const jobId of ['abc', '12a', '-1', '']) {
      await refused(service.watchJobs(call('tok-a'), { jobId }, ignore), 'invalidQuery', 422, /a job id is a number/);
    }
    await refused(service.watchJobs(call('tok-a', { resource: 'nowhere' }), { jobId: 'abc' }, ignore), 'invalidQuery', 422);
    assert.deepEqual(backend.ops, []);
  });

  it('another project’s job and a missing job are both a 404 with error 2017; no subscription is made', async () => {
    const { service, hub, call } = withHub();
    after(() => hub.close());
    let admitted = 0;
    for (const jobId of ['201', '999']) {
      const err = await refused(service.watchJobs(call('tok-a'), { jobId, admit: () => admitted++ }, ignore), 'invalidJobId', 404, new RegExp(`^Unable to query JobId=${jobId}$`));
      assert.equal(err.toSlurmError().error_number, 2017);
    }
    assert.equal(admitted, 0, 'no stream slot was taken');
    assert.deepEqual(hub.stats()[RESOURCE], { subscribers: 0, watching: false });
  });

  it('an unknown resource is a 404; without an events hub every watch is a 404', async () => {
    const { service, call } = serviceOverFake();
    await refused(service.watchJobs(call('tok-a', { resource: 'nowhere' }), {}, ignore), 'pathNotFound', 404, /Unknown resource/);
    await refused(service.watchJobs(call('tok-a'), {}, ignore), 'pathNotFound', 404, /not enabled/);
    await refused(service.watchJobs(call('tok-a'), { jobId: '101' }, ignore), 'pathNotFound', 404, /not enabled/);
    // Without a hub the project rule still comes first: another project's job says 2017.
    await refused(service.watchJobs(call('tok-a'), { jobId: '201' }, ignore), 'invalidJobId', 404);
  });
});

describe('watchJobs: the caller’s own jobs', () => {
  it('its own job is watched: the stream starts with a snapshot of that job only', async () => {
    const { service, hub, call } = withHub();
    after(() => hub.close());
    const admitted: Principal[] = [];
    const { listener, first } = firstEvent();
    const watched = await service.watchJobs(call('tok-ro'), { jobId: '102', admit: (p) => admitted.push(p) }, listener);
    assert.equal(watched.status, 200);
    assert.equal(watched.principal.project, 'PROJA');
    assert.deepEqual(admitted.map((p) => p.user), ['rita']);
    const snapshot = await first;
    assert.equal(snapshot.type, 'snapshot');
    assert.deepEqual(snapshot.jobs?.map((j) => [j.job_id, j.account]), [[102, 'proja']]);
    watched.subscription.close();
  });

  it('the project’s stream holds its own jobs only', async () => {
    const { service, hub, call } = withHub();
    after(() => hub.close());
    const { listener, first } = firstEvent();
    const watched = await service.watchJobs(call('tok-b'), {}, listener);
    const snapshot = await first;
    assert.deepEqual(snapshot.jobs?.map((j) => j.job_id), [201]);
    watched.subscription.close();
  });

  it('the adapter’s stream cap (admit) refuses after every rule passed, and nothing is subscribed', async () => {
    const { service, hub, call } = withHub();
    after(() => hub.close());
    const full = () => {
      throw new GatewayError('tooManyStreams', 'this token holds its streams');
    };
    await refused(service.watchJobs(call('tok-a'), { jobId: '101', admit: full }, ignore), 'tooManyStreams', 429);
    assert.deepEqual(hub.stats()[RESOURCE], { subscribers: 0, watching: false });
  });
});
