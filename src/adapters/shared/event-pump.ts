// One job-event stream, for SSE (src/adapters/rest/routes/events.ts) and gRPC WatchJobs
// (src/adapters/grpc/events.ts) alike. The pump subscribes through the core (whose rules and
// audit decide whether the stream may open), takes the token's stream slot, queues what the
// subscription hands it before the stream is open (a resumed or finished stream replays at once),
// then writes each event and counts the bytes the client has not taken yet. A client that leaves
// SLOW_CLIENT_LIMIT_BYTES unread is cut off: the gateway never holds more than that for it.
// However the stream ends (final event, gateway closing, client gone, slow client, refusal), the
// subscription is closed and the slot given back, once. The adapters only say how to put bytes on
// their wire (EventSink).
import type { Principal } from '../../auth/principal.ts';
import type { JobEvent } from '../../contract/events.ts';
import type { EventListener, Subscription } from '../../core/events/events.ts';
import type { StreamSlot, StreamSlots } from './stream-slots.ts';

/** Bytes of events (written, not yet taken by the client) at which a client is cut off, SSE and WatchJobs alike. */
export const SLOW_CLIENT_LIMIT_BYTES = 4 * 1024 * 1024;

/** What goes on the wire: SSE text, or a serialized gRPC message. */
export type Chunk = string | Uint8Array;

/** What the core answers a subscription with (ComputeService.watchJobs): the pump needs its subscription, the sink the rest. */
export interface Subscribed {
  subscription: Subscription;
}

export interface EventSink<W extends Subscribed> {
  /** The stream starts: status and headers (SSE) or response metadata (gRPC). Not called for a client already gone. */
  open(watched: W): void;
  /** Write one chunk; call `flushed` once the transport has passed it on toward the client. */
  write(chunk: Chunk, flushed: () => void): void;
  /** The stream is complete: the job's final event is written, or the gateway is closing. */
  end(): void;
  /** The stream stops short: the client left `unreadBytes` unread, or an event could not be encoded. */
  cutOff(why: { unreadBytes: number } | { failed: unknown }): void;
}

export interface PumpOptions<W extends Subscribed> {
  /**
   * Subscribe through the core: ComputeService.watchJobs with this `admit` and `listener`. A
   * throw or rejection is the stream's refusal.
   */
  subscribe(admit: (principal: Principal) => void, listener: EventListener): Promise<W>;
  /** Open streams per token, shared by SSE and WatchJobs. */
  slots: StreamSlots;
  encode(ev: JobEvent): Chunk;
  sink: EventSink<W>;
  /** Written every `everyMs` while the stream is open (SSE keep-alive comments); counted like events. */
  heartbeat?: { everyMs: number; chunk: Chunk };
}

export interface EventPump<W extends Subscribed> {
  /**
   * Settles once the core has answered: the subscription (the stream is open), or undefined when
   * the client left while the rules were checked. Rejects with the refusal: nothing was written
   * and the slot is free, so the adapter answers it as any other error.
   */
  readonly opened: Promise<W | undefined>;
  /** The client went away (connection closed, call cancelled). */
  clientGone(): void;
}

export function pumpEvents<W extends Subscribed>(o: PumpOptions<W>): EventPump<W> {
  const pending: Chunk[] = [];
  let open = false;
  /** The subscription is let go: events are no longer taken (ended, client gone, cut off, refused). */
  let closed = false;
  /** The sink has had its last call (end or cutOff). */
  let over = false;
  /** The subscription ended before the stream was open: end it once the queue is written. */
  let endedEarly = false;
  let gone = false;
  let unencodable: { err: unknown } | undefined;
  let unread = 0;
  let slot: StreamSlot | undefined;
  let subscription: Subscription | undefined;
  let heartbeat: NodeJS.Timeout | undefined;

  // A stream can end several ways at once: each step here may run again without effect.
  const release = () => {
    closed = true;
    clearInterval(heartbeat);
    subscription?.close();
    slot?.release();
  };
  const finish = (last: () => void) => {
    release();
    if (over) return;
    over = true;
    last();
  };

  const put = (chunk: Chunk) => {
    if (over) return;
    const bytes = typeof chunk === 'string' ? Buffer.byteLength(chunk) : chunk.byteLength;
    unread += bytes;
    let counted = true;
    o.sink.write(chunk, () => {
      if (!counted) return;
      counted = false;
      unread -= bytes;
    });
    if (unread > SLOW_CLIENT_LIMIT_BYTES) finish(() => o.sink.cutOff({ unreadBytes: unread }));
  };

  const send = (chunk: Chunk) => {
    if (closed) return;
    if (open) put(chunk);
    else pending.push(chunk);
  };

  const listener: EventListener = {
    event: (ev) => {
      if (closed) return;
      let chunk: Chunk;
      try {
        chunk = o.encode(ev);
      } catch (err) {
        // Never thrown into the core's watcher, which serves every other subscriber too.
        if (open) return finish(() => o.sink.cutOff({ failed: err }));
        unencodable = { err };
        return release();
      }
      send(chunk);
    },
    end: () => {
      if (closed) return;
      if (open) return finish(() => o.sink.end());
      endedEarly = true;
      release();
    },
  };

  const admit = (p: Principal) => {
    slot = o.slots.acquire(p.tokenId, `Token ${p.tokenId}`);
  };

  const opened = (async () => {
    let watched: W;
    try {
      watched = await o.subscribe(admit, listener);
    } catch (err) {
      release();
      throw err;
    }
    subscription = watched.subscription;
    if (unencodable) {
      release();
      throw unencodable.err;
    }
    if (gone) {
      release();
      return undefined;
    }
    open = true;
    o.sink.open(watched);
    // The queue goes out even when the subscription has ended already (a finished job's replay).
    for (const chunk of pending.splice(0)) put(chunk);
    if (endedEarly) finish(() => o.sink.end());
    else if (o.heartbeat && !over) {
      const { everyMs, chunk } = o.heartbeat;
      heartbeat = setInterval(() => send(chunk), everyMs);
      heartbeat.unref();
    }
    return watched;
  })();

  return {
    opened,
    clientGone() {
      gone = true;
      release();
    },
  };
}
