// Job state push: one shared watcher per resource polls the resource's jobs list (through the same
// decorated backend as every call: read cache, admission, metrics) while someone subscribes, diffs
// it against what it saw last, and hands each change to every subscriber whose filter (project,
// job) it passes. The backend load is one jobs list per interval per resource, however many
// subscribers there are.
//
// Event ids are per subscription (src/core/events/event-ids.ts): each stream numbers its own events 1, 2,
// 3, ..., and the id also carries, encrypted, the stream's position in the resource's event
// sequence, so that neither gaps nor numbers show other projects' activity. The last
// `historySize` events are kept in memory, so a subscriber that comes back with Last-Event-ID gets
// exactly what it missed (numbered on from its last id); an id from another process or resource,
// or older than the history, gets a snapshot (the jobs as they are now) first. A watcher keeps
// polling `lingerMs` after its last subscriber left, so that a reconnect misses no transition.
//
// Replicas sharing PostgreSQL (src/store/replicas.ts) do not each poll every cluster: one replica
// leads each resource and polls it while any replica has subscribers (they say so on
// WANTED_CHANNEL every interval), and sends the changes it sees to the others on
// EVENTS_CHANNEL; each replica numbers and delivers them to its own subscribers. A replica polls
// a resource it does not lead only once when its watcher starts, for its subscribers' snapshot.
// When the leader dies another replica takes the role within a second and polls on from what it
// was told. Ids stay per process: a stream resumed on another replica starts with a snapshot.
import { Counter, Gauge, type Registry } from 'prom-client';
import type { Logger } from 'pino';
import type { BackendContext, SlurmBackend } from '../../backends/backend.ts';
import { GatewayError } from '../../contract/errors.ts';
import { sameAccount } from '../../contract/accounts.ts';
import { BASE_STATE_SET, FINAL_STATES, isSettled } from '../../contract/job-states.ts';
import type { JobInfo } from '../../contract/model.ts';
import type { JobChange, JobEvent, JobView } from '../../contract/events.ts';
import { EventIds } from './event-ids.ts';
import { explainReason } from '../jobs/reasons.ts';
import { MAX_MESSAGE_BYTES, ROLES, type Replicas } from '../../store/replicas.ts';

/** The changes a leading replica saw: `{resource, changes: JobChange[], gone: job ids}` as JSON. */
export const EVENTS_CHANNEL = 's3m_job_events';
/** A replica with subscribers of a resource it does not lead: the resource's name. */
export const WANTED_CHANNEL = 's3m_job_events_wanted';
/** The role of the replica that polls a resource (src/store/replicas.ts); a local resource's is its owner's. */
const leadRole = (resource: string, kind: SlurmBackend['kind']) => (kind === 'local' ? ROLES.own(resource) : ROLES.lead(resource));

export interface Published {
  resource: string;
  changes: JobChange[];
  gone: number[];
}

export interface EventListener {
  event(ev: JobEvent): void;
  /** The subscription ended from the hub's side (job finished, gateway closing). */
  end(reason: 'finished' | 'closing'): void;
}

export interface Subscription {
  close(): void;
}

export interface SubscribeFilter {
  project: string;
  /** Only this job; after its final state the subscription ends (an "end" event, then end()). */
  jobId?: number;
}

export interface EventHubOptions {
  pollIntervalMs: number;
  historySize: number;
  lingerMs: number;
  maxSubscribers: number;
  registry?: Registry;
  logger?: Logger;
  now?: () => number;
  /** Other replicas on the same PostgreSQL, when there are. */
  replicas?: Replicas;
}

export interface WatchedResource {
  name: string;
  backend: SlurmBackend;
  /** Cluster user the jobs list is read as. */
  monitorUser: string;
}


/** A job has reached its final state once its base state is final and it is no longer completing. */
export const isFinal = (j: Pick<JobView, 'state' | 'state_flags'>) => isSettled(j.state, j.state_flags);

export function jobView(j: JobInfo): JobView {
  const raw: unknown[] = Array.isArray(j.job_state) ? j.job_state : [j.job_state];
  const states = raw.filter((s): s is string => typeof s === 'string');
  const base = states.find((s) => BASE_STATE_SET.has(s)) ?? states[0] ?? 'UNKNOWN';
  const ec = j.exit_code as { return_code?: { set?: boolean; number?: number } } | undefined;
  const rc = ec?.return_code;
  const reason = j.state_reason ?? 'None';
  return {
    job_id: Number(j.job_id),
    name: j.name ?? '',
    account: j.account ?? '',
    user_name: j.user_name ?? '',
    partition: j.partition ?? '',
    state: base,
    state_flags: states.filter((s) => s !== base),
    reason,
    reason_text: explainReason(reason),
    exit_code: FINAL_STATES.has(base) && rc?.set ? (rc.number ?? null) : null,
  };
}

const changed = (a: JobView, b: JobView) => a.state !== b.state || a.reason !== b.reason || a.state_flags.join(',') !== b.state_flags.join(',');

interface Subscriber {
  filter: SubscribeFilter;
  listener: EventListener;
  /** Has had its snapshot or replay; gets live events. */
  ready: boolean;
  closed: boolean;
  /** The number of this subscription's last event (its events are numbered 1, 2, 3, ...; a resumed one goes on). */
  n: number;
}

interface Stored {
  seq: number;
  account: string;
  jobId: number;
  /** The event without its id: each subscriber gets its own. */
  event: JobEvent;
}

class ResourceWatcher {
  private seq = 0;
  private ring: Stored[] = [];
  private readonly known = new Map<number, JobView>();
  /** At least one successful poll in the gateway's life (the first one sets the baseline silently). */
  private baseline = false;
  /** A successful poll since the watcher (re)started: `known` is current. */
  private fresh = false;
  private running = false;
  private timer: NodeJS.Timeout | undefined;
  private linger: NodeJS.Timeout | undefined;
  private polling = false;
  private failures = 0;
  /** A poll of this replica's own since the watcher (re)started (a follower's snapshot comes from it). */
  private polledSinceStart = false;
  readonly subscribers = new Set<Subscriber>();
  /** This watcher's own key: an id of another resource or process does not resume here. */
  private readonly ids = new EventIds();

  constructor(
    private readonly resource: WatchedResource,
    private readonly opts: EventHubOptions,
    private readonly m: HubMetrics | undefined,
  ) {}

  private nowIso() {
    return new Date((this.opts.now ?? Date.now)()).toISOString();
  }

  subscribe(filter: SubscribeFilter, lastEventId: string | undefined, listener: EventListener): Subscription {
    if (this.subscribers.size >= this.opts.maxSubscribers) {
      throw new GatewayError('backendBusy', `Resource "${this.resource.name}" has ${this.subscribers.size} event subscribers, the most it takes; retry later`, { headers: { 'Retry-After': '5' } });
    }
    const sub: Subscriber = { filter, listener, ready: false, closed: false, n: 0 };
    this.subscribers.add(sub);
    this.m?.subscribers.set({ resource: this.resource.name }, this.subscribers.size);
    const last = this.ids.decode(lastEventId);
    // A stream that comes back numbers on from its last event, resumable or not.
    if (last) sub.n = last.n;
    const resumeFrom = last && this.resumable(last.pos);
    if (resumeFrom !== undefined) {
      sub.ready = true;
      for (const s of this.ring) if (s.seq > resumeFrom && matches(sub, s.account, s.jobId)) this.deliver(sub, s.event, s.seq);
    } else if (this.running && this.fresh) {
      this.snapshot(sub);
    }
    this.start();
    return { close: () => this.unsubscribe(sub) };
  }

  /** The seq to replay after, when a stream last at `seq` can be resumed from the history. */
  private resumable(seq: number): number | undefined {
    if (seq > this.seq) return undefined;
    const oldest = this.ring[0]?.seq ?? this.seq + 1;
    // Every event after `seq` must still be in the ring.
    return seq + 1 >= oldest ? seq : undefined;
  }

  private unsubscribe(sub: Subscriber) {
    if (sub.closed) return;
    sub.closed = true;
    this.subscribers.delete(sub);
    this.m?.subscribers.set({ resource: this.resource.name }, this.subscribers.size);
    if (this.subscribers.size === 0 && this.running) this.lingerThenStop();
  }

  /** Keep polling lingerMs more (a reconnect misses no transition), then stop. */
  private lingerThenStop() {
    clearTimeout(this.linger);
    this.linger = setTimeout(() => this.stop(), this.opts.lingerMs);
    this.linger.unref();
  }

  private start() {
    clearTimeout(this.linger);
    this.linger = undefined;
    if (this.running) return;
    this.running = true;
    this.fresh = false;
    this.polledSinceStart = false;
    this.m?.watchers.set({ resource: this.resource.name }, 1);
    this.schedule(0);
  }

  stop() {
    clearTimeout(this.linger);
    clearTimeout(this.timer);
    this.linger = this.timer = undefined;
    if (!this.running) return;
    this.running = false;
    this.fresh = false;
    this.m?.watchers.set({ resource: this.resource.name }, 0);
  }

  close() {
    for (const sub of [...this.subscribers]) {
      this.unsubscribe(sub);
      sub.listener.end('closing');
    }
    this.stop();
  }

  private schedule(ms: number) {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.poll(), ms);
    this.timer.unref();
  }

  /** This replica polls the resource: it is alone, or it leads the resource. */
  leads(): boolean {
    return !this.opts.replicas || this.opts.replicas.holds(leadRole(this.resource.name, this.resource.backend.kind));
  }

  /** Another replica has subscribers: keep polling for them as if one were here. */
  wanted() {
    if (!this.leads()) return;
    this.start();
    if (this.subscribers.size === 0) this.lingerThenStop();
  }

  private async poll() {
    if (!this.running || this.polling) return;
    if (!this.leads() && this.polledSinceStart) {
      // The leader polls; it is told that this replica's subscribers want its changes.
      this.opts.replicas!.publish(WANTED_CHANNEL, this.resource.name);
      this.schedule(this.opts.pollIntervalMs);
      return;
    }
    this.polling = true;
    const started = Date.now();
    try {
      this.m?.polls.inc({ resource: this.resource.name });
      const ctx: BackendContext = { user: this.resource.monitorUser, project: '', clientSource: 'gateway:events', requestId: `events-${this.resource.name}-${this.seq}` };
      const reply = await this.resource.backend.jobs(ctx);
      if (reply.status !== 200 || !Array.isArray(reply.body.jobs)) throw new Error(`jobs answered HTTP ${reply.status}`);
      if (this.running) {
        const seen = this.apply(reply.body.jobs.map(jobView));
        this.polledSinceStart = true;
        if (this.opts.replicas && this.leads()) this.publishSafely(seen);
      }
      this.failures = 0;
    } catch (err) {
      this.m?.pollFailures.inc({ resource: this.resource.name });
      // Logged on the first failure and then every 60th, so that a long outage does not flood the log.
      if (this.failures++ % 60 === 0) this.opts.logger?.warn({ resource: this.resource.name, err: (err as Error).message }, 'job event watcher: jobs poll failed');
    } finally {
      this.polling = false;
      if (this.running) this.schedule(Math.max(0, this.opts.pollIntervalMs - (Date.now() - started)));
    }
  }

  /** A polled jobs list: what changed since the last (events), and which jobs left it. */
  private apply(jobs: JobView[]): Published {
    const time = this.nowIso();
    const seen = new Set<number>();
    const changes: JobChange[] = [];
    for (const j of jobs) {
      seen.add(j.job_id);
      const prev = this.known.get(j.job_id);
      this.known.set(j.job_id, j);
      if (prev && !changed(prev, j)) continue;
      const change = { ...j, previous_state: prev?.state ?? null, previous_reason: prev?.reason ?? null };
      // The first poll in this process's life is a silent baseline here; other replicas are still
      // told all of it, since their subscribers' snapshots may be older (they keep what they knew).
      changes.push(change);
      if (this.baseline) this.emit(change, time);
    }
    // Jobs SLURM no longer lists (purged after MinJobAge) are forgotten silently.
    const gone: number[] = [];
    for (const id of this.known.keys()) {
      if (seen.has(id)) continue;
      this.known.delete(id);
      gone.push(id);
    }
    this.baseline = true;
    this.fresh = true;
    for (const sub of [...this.subscribers]) if (!sub.ready) this.snapshot(sub);
    return { resource: this.resource.name, changes, gone };
  }

  private emit(change: JobChange, time: string) {
    const ev: JobEvent = { id: '', type: 'job', resource: this.resource.name, time, job: change };
    const seq = ++this.seq;
    this.ring.push({ seq, account: change.account, jobId: change.job_id, event: ev });
    if (this.ring.length > this.opts.historySize) this.ring.shift();
    this.m?.events.inc({ resource: this.resource.name });
    for (const sub of [...this.subscribers]) if (sub.ready && matches(sub, change.account, change.job_id)) this.deliver(sub, ev, seq);
  }

  /** The poll's changes are this replica's either way: one that cannot be sent is logged, not a failed poll. */
  private publishSafely(seen: Published) {
    for (const message of messagesOf(seen)) {
      try {
        this.opts.replicas!.publish(EVENTS_CHANNEL, message);
      } catch (err) {
        this.opts.logger?.error({ resource: this.resource.name, err: (err as Error).message }, 'job event watcher: changes not sent to the other replicas');
      }
    }
  }

  /** Changes the leading replica saw: known here too, and delivered to this replica's subscribers. */
  applyPublished(p: Published) {
    if (this.leads()) return;
    const time = this.nowIso();
    for (const c of p.changes) {
      const prev = this.known.get(c.job_id);
      const { previous_state: _s, previous_reason: _r, ...view } = c;
      this.known.set(c.job_id, view);
      // This replica's own poll may have seen it already.
      if (prev && !changed(prev, view)) continue;
      // A leader's first poll knows no previous state; this replica may.
      this.emit(c.previous_state === null && prev ? { ...c, previous_state: prev.state, previous_reason: prev.reason } : c, time);
    }
    for (const id of p.gone) this.known.delete(id);
  }

  private snapshot(sub: Subscriber) {
    sub.ready = true;
    const jobs = [...this.known.values()].filter((j) => matches(sub, j.account, j.job_id)).sort((a, b) => a.job_id - b.job_id);
    this.deliver(sub, { id: '', type: 'snapshot', resource: this.resource.name, time: this.nowIso(), jobs }, this.seq);
  }

  /** Hands `ev` (at `seq` in the resource's sequence) to one subscriber, under that subscriber's next id. */
  private deliver(sub: Subscriber, shared: JobEvent, seq: number) {
    if (sub.closed) return;
    const ev: JobEvent = { ...shared, id: this.ids.encode(seq, ++sub.n) };
    sub.listener.event(ev);
    const { jobId } = sub.filter;
    if (jobId === undefined) return;
    const job = ev.type === 'snapshot' ? ev.jobs?.find((j) => j.job_id === jobId) : ev.job;
    if (job && isFinal(job)) {
      const last = ev.type === 'snapshot' ? { ...job, previous_state: null, previous_reason: null } : ev.job!;
      sub.listener.event({ id: ev.id, type: 'end', resource: ev.resource, time: ev.time, job: last });
      this.unsubscribe(sub);
      sub.listener.end('finished');
    }
  }

  get active(): boolean {
    return this.running;
  }
}

/**
 * A poll's changes as messages of at most MAX_MESSAGE_BYTES bytes each (NOTIFY's limit), in order.
 * A change too large for a message on its own (no real job's is: its strings are SLURM's short
 * names and a reason) is sent without its reason text, the one free-form field.
 */
export function messagesOf(seen: Published): string[] {
  const out: string[] = [];
  const empty = (): Published => ({ resource: seen.resource, changes: [], gone: [] });
  let part = empty();
  let size = Buffer.byteLength(JSON.stringify(part));
  const flush = () => {
    if (part.changes.length === 0 && part.gone.length === 0) return;
    out.push(JSON.stringify(part));
    part = empty();
    size = Buffer.byteLength(JSON.stringify(part));
  };
  for (const change of seen.changes) {
    let c = change;
    let add = Buffer.byteLength(JSON.stringify(c)) + 1;
    if (size + add > MAX_MESSAGE_BYTES) {
      flush();
      if (size + add > MAX_MESSAGE_BYTES) {
        c = { ...change, reason_text: '' };
        add = Buffer.byteLength(JSON.stringify(c)) + 1;
      }
    }
    part.changes.push(c);
    size += add;
  }
  for (const id of seen.gone) {
    const add = String(id).length + 1;
    if (size + add > MAX_MESSAGE_BYTES) flush();
    part.gone.push(id);
    size += add;
  }
  flush();
  return out;
}

function matches(sub: Subscriber, account: string, jobId: number): boolean {
  return sameAccount(account, sub.filter.project) && (sub.filter.jobId === undefined || sub.filter.jobId === jobId);
}

interface HubMetrics {
  watchers: Gauge<'resource'>;
  subscribers: Gauge<'resource'>;
  polls: Counter<'resource'>;
  pollFailures: Counter<'resource'>;
  events: Counter<'resource'>;
}

function hubMetrics(registry: Registry): HubMetrics {
  const registers = [registry];
  return {
    watchers: new Gauge({ name: 's3m_event_watchers', help: 'Job-state watchers polling a backend (at most 1 per resource, however many subscribers)', labelNames: ['resource'] as const, registers }),
    subscribers: new Gauge({ name: 's3m_event_subscribers', help: 'Open job-event subscriptions (SSE streams and gRPC WatchJobs calls)', labelNames: ['resource'] as const, registers }),
    polls: new Counter({ name: 's3m_event_polls_total', help: "Jobs-list polls made by a resource's job-state watcher", labelNames: ['resource'] as const, registers }),
    pollFailures: new Counter({ name: 's3m_event_poll_failures_total', help: 'Watcher jobs-list polls that failed', labelNames: ['resource'] as const, registers }),
    events: new Counter({ name: 's3m_job_events_total', help: 'Job state changes seen by the watchers', labelNames: ['resource'] as const, registers }),
  };
}

export class JobEventHub {
  private readonly watchers = new Map<string, ResourceWatcher>();

  constructor(resources: WatchedResource[], opts: EventHubOptions) {
    const m = opts.registry ? hubMetrics(opts.registry) : undefined;
    for (const r of resources) {
      this.watchers.set(r.name, new ResourceWatcher(r, opts, m));
      m?.watchers.set({ resource: r.name }, 0);
      m?.subscribers.set({ resource: r.name }, 0);
      opts.replicas?.claim(leadRole(r.name, r.backend.kind));
    }
    opts.replicas?.subscribe(WANTED_CHANNEL, (resource) => this.watchers.get(resource)?.wanted());
    opts.replicas?.subscribe(EVENTS_CHANNEL, (payload) => {
      const p = JSON.parse(payload) as Published;
      if (Array.isArray(p.changes) && Array.isArray(p.gone)) this.watchers.get(p.resource)?.applyPublished(p);
    });
  }

  /**
   * Subscribe to a resource's job events. The listener first gets what it missed since
   * `lastEventId` (when resumable) or a snapshot, then every change as it is seen.
   */
  subscribe(resource: string, filter: SubscribeFilter, lastEventId: string | undefined, listener: EventListener): Subscription {
    const w = this.watchers.get(resource);
    if (!w) throw new Error(`no watcher for resource ${resource}`);
    return w.subscribe(filter, lastEventId, listener);
  }

  /**
   * Whether this replica polls `resource` (alone, or leading it among replicas): the history
   * recorder polls it for its records on the same replica only.
   */
  leads(resource: string): boolean {
    return this.watchers.get(resource)?.leads() ?? false;
  }

  /** Subscribers and whether the watcher polls, per resource (for tests and /readyz). */
  stats(): Record<string, { subscribers: number; watching: boolean }> {
    return Object.fromEntries([...this.watchers].map(([name, w]) => [name, { subscribers: w.subscribers.size, watching: w.active }]));
  }

  close(): void {
    for (const w of this.watchers.values()) w.close();
  }
}
