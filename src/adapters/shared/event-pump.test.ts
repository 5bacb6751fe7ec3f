import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Principal } from '../../auth/principal.ts';
import type { JobEvent } from '../../contract/events.ts';
import { GatewayError } from '../../contract/errors.ts';
import type { EventListener } from '../../core/events/events.ts';
import { pumpEvents, SLOW_CLIENT_LIMIT_BYTES, type Chunk, type EventSink, type Subscribed } from './event-pump.ts';
import { StreamSlots } from './stream-slots.ts';

/** What the core answers a subscription with, as the adapters use it. */
type Watched = Subscribed & { principal: Principal; headers: Record<string, string> };

const principal = { tokenId: 't1', project: 'p', user: 'u', permissions: ['compute-ace'] } as unknown as Principal;
const ev = (n: number, type: JobEvent['type'] = 'job', pad = ''): JobEvent => ({ id: `x-${n}`, type, resource: 'r', time: pad } as JobEvent);

/** A sink that records every call; `flushing` says whether it hands chunks on at once (a reading client) or never (a client that stopped reading). */
function fakeSink(flushing = true) {
  const log: string[] = [];
  const sink: EventSink<Watched> = {
    open: () => log.push('open'),
    write: (chunk: Chunk, flushed) => {
      log.push(`write ${typeof chunk === 'string' ? chunk.slice(0, 20) : chunk.byteLength}`);
      if (flushing) flushed();
    },
    end: () => log.push('end'),
    cutOff: (why) => log.push('unreadBytes' in why ? `cutOff slow ${why.unreadBytes}` : `cutOff failed ${(why.failed as Error).message}`),
  };
  return { sink, log };
}

/** The core's side: a subscription the test drives, and whether it was closed. */
function fakeCore(opts: { replay?: (l: EventListener) => void; refuse?: Error } = {}) {
  let listener: EventListener | undefined;
  const state = { closed: 0 };
  const subscribe = async (admit: (p: Principal) => void, l: EventListener): Promise<Watched> => {
    if (opts.refuse) throw opts.refuse;
    admit(principal);
    listener = l;
    opts.replay?.(l);
    return { principal, headers: { 'RateLimit-Limit': '10' }, subscription: { close: () => state.closed++ } };
  };
  return { subscribe, state, listener: () => listener! };
}

const encode = (e: JobEvent) => `${e.type} ${e.id} ${e.time}`;

describe('event pump', () => {
  it('writes events in order, queued ones first, and ends after the final event; the slot is given back', async () => {
    const slots = new StreamSlots(1);
    const core = fakeCore({ replay: (l) => [1, 2].forEach((n) => l.event(ev(n))) });
    const { sink, log } = fakeSink();
    const pump = pumpEvents({ subscribe: core.subscribe, slots, encode, sink });
    const watched = await pump.opened;
    assert.deepEqual(watched?.headers, { 'RateLimit-Limit': '10' });
    assert.equal(slots.count('t1'), 1, 'the stream holds its slot');
    core.listener().event(ev(3));
    core.listener().event(ev(3, 'end'));
    core.listener().end('finished');
    core.listener().event(ev(4)); // nothing after the end
    assert.deepEqual(log, ['open', 'write job x-1 ', 'write job x-2 ', 'write job x-3 ', 'write end x-3 ', 'end']);
    assert.equal(slots.count('t1'), 0);
    assert.ok(core.state.closed >= 1);
    pump.clientGone(); // the connection closes afterwards: nothing more happens
    assert.deepEqual(log.at(-1), 'end');
  });

  it('a subscription that ended before the stream opened (a finished job) still writes its events, then ends', async () => {
    const slots = new StreamSlots(1);
    const core = fakeCore({ replay: (l) => (l.event(ev(1, 'snapshot')), l.event(ev(1, 'end')), l.end('finished')) });
    const { sink, log } = fakeSink();
    await pumpEvents({ subscribe: core.subscribe, slots, encode, sink }).opened;
    assert.deepEqual(log, ['open', 'write snapshot x-1 ', 'write end x-1 ', 'end']);
    assert.equal(slots.count('t1'), 0);
  });

  it(`a client that leaves more than ${SLOW_CLIENT_LIMIT_BYTES} bytes unread is cut off, once; one that reads is not`, async () => {
    const MiB = 'x'.repeat(1024 * 1024);
    const reading = fakeSink(true);
    const slots = new StreamSlots(2);
    const core1 = fakeCore();
    await pumpEvents({ subscribe: core1.subscribe, slots, encode, sink: reading.sink }).opened;
    for (let n = 0; n < 20; n++) core1.listener().event(ev(n, 'job', MiB));
    assert.equal(reading.log.filter((l) => l.startsWith('write')).length, 20);
    assert.ok(!reading.log.some((l) => l.startsWith('cutOff')), 'what the client takes does not count');

    const stalled = fakeSink(false);
    const core2 = fakeCore();
    await pumpEvents({ subscribe: core2.subscribe, slots, encode, sink: stalled.sink }).opened;
    for (let n = 0; n < 10; n++) core2.listener().event(ev(n, 'job', MiB));
    const writes = stalled.log.filter((l) => l.startsWith('write')).length;
    const size = Buffer.byteLength(encode(ev(0, 'job', MiB)));
    assert.equal(writes, Math.floor(SLOW_CLIENT_LIMIT_BYTES / size) + 1, 'the write that passes the limit is the last');
    const cut = stalled.log.filter((l) => l.startsWith('cutOff'));
    assert.equal(cut.length, 1);
    const unread = Number(cut[0].split(' ').at(-1));
    assert.ok(unread > SLOW_CLIENT_LIMIT_BYTES && unread < SLOW_CLIENT_LIMIT_BYTES + 2 * MiB.length, cut[0]);
    assert.equal(stalled.log.at(-1), cut[0], 'nothing after the cut, not even an end');
    core2.listener().end('closing');
    assert.equal(stalled.log.at(-1), cut[0]);
    assert.ok(core2.state.closed >= 1);
    assert.equal(slots.count('t1'), 1, "only the reading client's stream holds a slot");
  });

  it('heartbeats are written while the stream is open and count like events', async () => {
    const core = fakeCore();
    const { sink, log } = fakeSink(false);
    const pump = pumpEvents({ subscribe: core.subscribe, slots: new StreamSlots(1), encode, sink, heartbeat: { everyMs: 1, chunk: ': keep-alive\n\n' } });
    await pump.opened;
    // However slowly timers run: wait for two beats, then stop.
    while (log.filter((l) => l.startsWith('write :')).length < 2) await new Promise((r) => setTimeout(r, 5));
    pump.clientGone();
    const count = log.length;
    await new Promise((r) => setTimeout(r, 20));
    assert.equal(log.length, count, 'no beat after the client left');
  });

  it('a refusal writes nothing and frees the slot', async () => {
    const slots = new StreamSlots(1);
    const refused = new GatewayError('accessDenied', 'no');
    const { sink, log } = fakeSink();
    await assert.rejects(pumpEvents({ subscribe: fakeCore({ refuse: refused }).subscribe, slots, encode, sink }).opened, (e) => e === refused);
    // Refused after the slot was taken (the hub is full, say): the slot is given back.
    const late = async (admit: (p: Principal) => void): Promise<Watched> => {
      admit(principal);
      throw new GatewayError('backendBusy', 'too many subscribers');
    };
    await assert.rejects(pumpEvents({ subscribe: late, slots, encode, sink }).opened);
    assert.deepEqual(log, []);
    assert.equal(slots.count('t1'), 0);
  });

  it('a client gone while the rules were checked: no stream, the subscription closed, the slot free', async () => {
    const slots = new StreamSlots(1);
    const core = fakeCore({ replay: (l) => l.event(ev(1)) });
    const { sink, log } = fakeSink();
    const pump = pumpEvents({ subscribe: core.subscribe, slots, encode, sink });
    pump.clientGone();
    assert.equal(await pump.opened, undefined);
    assert.deepEqual(log, []);
    assert.equal(core.state.closed, 1);
    assert.equal(slots.count('t1'), 0);
  });

  it("an event that cannot be encoded stops the stream (never the core's watcher); before the stream opened it is the refusal", async () => {
    const bad = (e: JobEvent) => {
      if (e.id === 'x-2') throw new Error('cannot encode');
      return encode(e);
    };
    const core = fakeCore();
    const { sink, log } = fakeSink();
    await pumpEvents({ subscribe: core.subscribe, slots: new StreamSlots(1), encode: bad, sink }).opened;
    core.listener().event(ev(1));
    assert.doesNotThrow(() => core.listener().event(ev(2)));
    core.listener().event(ev(3));
    assert.deepEqual(log, ['open', 'write job x-1 ', 'cutOff failed cannot encode']);

    const early = fakeCore({ replay: (l) => l.event(ev(2)) });
    const slots = new StreamSlots(1);
    await assert.rejects(pumpEvents({ subscribe: early.subscribe, slots, encode: bad, sink: fakeSink().sink }).opened, /cannot encode/);
    assert.equal(slots.count('t1'), 0);
  });
});
