// Resource status for GET /olcf/v1alpha/status (S3M's Status API) and readiness for /readyz.
//
// A resource is
// - UNAVAILABLE during a configured downtime, while its circuit breaker is open, or when its
//   scheduler does not answer a ping (error, timeout, or no controller responding);
// - DEGRADED when the breaker is half-open (probing after failures), when only some of its
//   controllers respond, or when the ping is slower than `slowPingMs`;
// - OPERATIONAL otherwise.
// Each resource's status is computed at most once per `cacheMs` (concurrent requests share one
// ping), so that a busy status page cannot hammer the backends. Pings go through the resource's
// decorated backend (read cache, admission and breaker), like any call.
import type { BreakerState } from '../../backends/cache/admission.ts';
import type { BackendContext, SlurmBackend } from '../../backends/backend.ts';
import type { DowntimeConfig } from '../../config/schema.ts';
import type { Kysely } from 'kysely';
import type { Schema } from '../../store/kysely/schema.ts';
import type { PingResponse } from '../../contract/model.ts';

export type ResourceStatusValue = 'OPERATIONAL' | 'DEGRADED' | 'UNAVAILABLE';

export interface StatusResource {
  name: string;
  description: string;
  securityEnclave: string;
  monitorUser: string;
  downtimes: DowntimeConfig[];
  backend: SlurmBackend;
  breaker?: () => BreakerState;
}

export interface StatusOptions {
  cacheMs: number;
  pingTimeoutMs: number;
  slowPingMs: number;
  organization: string;
  now?: () => number;
}

export interface Downtime {
  resourceName: string;
  status: 'UNAVAILABLE';
  start: string;
  end: string;
  description: string;
}

/** S3M's resource object, plus `statusReason`, `checkedAt`, `breaker` and `pingMs`. */
export interface ResourceStatus {
  name: string;
  description: string;
  systemType: 'resource';
  securityEnclave: string;
  organization: string;
  status: ResourceStatusValue;
  /** Why, in words (empty when OPERATIONAL). */
  statusReason: string;
  downtimeScheduleAvailable: boolean;
  /** Downtimes that have not ended yet (a current one included), soonest first. */
  upcomingDowntimes: Downtime[];
  /** When the gateway last checked the resource. */
  checkedAt: string;
  breaker: BreakerState;
  /** How long the ping took (null when it failed). */
  pingMs: number | null;
  retrievedAt: string;
}

interface Probe {
  status: ResourceStatusValue;
  reason: string;
  pingMs: number | null;
  at: number;
}

/** S3M's time format: ISO 8601 in UTC to the second ("2024-04-20T11:40:00Z"). */
const isoSeconds = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');

export class StatusMonitor {
  private readonly cache = new Map<string, { at: number; probe: Promise<Probe> }>();
  private readonly byName: Map<string, StatusResource>;
  private readonly now: () => number;

  constructor(
    resources: StatusResource[],
    private readonly opts: StatusOptions,
  ) {
    this.byName = new Map(resources.map((r) => [r.name, r]));
    this.now = opts.now ?? Date.now;
  }

  names(): string[] {
    return [...this.byName.keys()];
  }

  async all(): Promise<ResourceStatus[]> {
    return Promise.all([...this.byName.keys()].map((n) => this.one(n) as Promise<ResourceStatus>));
  }

  async one(name: string): Promise<ResourceStatus | undefined> {
    const r = this.byName.get(name);
    if (!r) return undefined;
    const now = this.now();
    const downtimes = r.downtimes
      .filter((d) => Date.parse(d.end) > now)
      .sort((a, b) => Date.parse(a.start) - Date.parse(b.start))
      .map((d) => ({ resourceName: name, status: 'UNAVAILABLE' as const, start: isoSeconds(Date.parse(d.start)), end: isoSeconds(Date.parse(d.end)), description: d.description }));
    const current = downtimes.find((d) => Date.parse(d.start) <= now);
    const probe = await this.probe(r);
    const breaker = r.breaker?.() ?? 'closed';
    let status = probe.status;
    let reason = probe.reason;
    if (current) {
      status = 'UNAVAILABLE';
      reason = `Scheduled downtime until ${current.end}${current.description ? `: ${current.description}` : ''}`;
    } else if (breaker === 'open') {
      status = 'UNAVAILABLE';
      reason = reason || 'The scheduler failed repeatedly; the gateway is failing calls fast for a while';
    } else if (breaker === 'half-open' && status === 'OPERATIONAL') {
      status = 'DEGRADED';
      reason = 'Recovering: the scheduler failed repeatedly and is being probed again';
    }
    return {
      name,
      description: r.description,
      systemType: 'resource',
      securityEnclave: r.securityEnclave,
      organization: this.opts.organization,
      status,
      statusReason: reason,
      downtimeScheduleAvailable: r.downtimes.length > 0,
      upcomingDowntimes: downtimes,
      checkedAt: isoSeconds(probe.at),
      breaker,
      pingMs: probe.pingMs,
      retrievedAt: isoSeconds(Math.max(this.now(), probe.at)),
    };
  }

  /** A ping result at most `cacheMs` old; concurrent callers share one ping. */
  private probe(r: StatusResource): Promise<Probe> {
    const hit = this.cache.get(r.name);
    const now = this.now();
    if (hit && now - hit.at < this.opts.cacheMs) return hit.probe;
    const probe = this.ping(r);
    this.cache.set(r.name, { at: now, probe });
    return probe;
  }

  private async ping(r: StatusResource): Promise<Probe> {
    const started = this.now();
    const ctx: BackendContext = { user: r.monitorUser, project: '', clientSource: 'gateway:status', requestId: `status-${r.name}-${started}` };
    let timer: NodeJS.Timeout | undefined;
    try {
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`no answer within ${this.opts.pingTimeoutMs} ms`)), this.opts.pingTimeoutMs);
      });
      const reply = await Promise.race([r.backend.ping(ctx), timeout]);
      const at = this.now();
      const ms = at - started;
      if (reply.status !== 200) return { status: 'UNAVAILABLE', reason: `The scheduler answered the ping with HTTP ${reply.status}`, pingMs: null, at };
      const pings = (reply.body as PingResponse).pings ?? [];
      const up = pings.filter((p) => p.responding !== false && (p.pinged === undefined || p.pinged === 'UP'));
      if (pings.length > 0 && up.length === 0) return { status: 'UNAVAILABLE', reason: 'No SLURM controller responds', pingMs: ms, at };
      if (up.length < pings.length) {
        const down = pings.filter((p) => !up.includes(p)).map((p) => `${p.hostname ?? '?'} (${p.mode ?? 'controller'})`);
        return { status: 'DEGRADED', reason: `Some SLURM controllers do not respond: ${down.join(', ')}`, pingMs: ms, at };
      }
      if (ms > this.opts.slowPingMs) return { status: 'DEGRADED', reason: `The scheduler is slow to answer (${ms} ms)`, pingMs: ms, at };
      return { status: 'OPERATIONAL', reason: '', pingMs: ms, at };
    } catch (err) {
      return { status: 'UNAVAILABLE', reason: `The scheduler cannot be reached: ${(err as Error).message}`, pingMs: null, at: this.now() };
    } finally {
      clearTimeout(timer);
    }
  }
}

export interface Readiness {
  ready: boolean;
  checkedAt: string;
  store: { ok: boolean; error?: string };
  resources: Record<string, { breaker: BreakerState }>;
  reasons: string[];
}

/**
 * /readyz: ready while the store answers and at least one resource's breaker is not open (a
 * gateway whose clusters all fail fast serves nothing). One open breaker among several is reported
 * but keeps the gateway ready: it still serves the other resources. Not ready while closing.
 */
export async function readiness(db: Kysely<Schema>, resources: Pick<StatusResource, 'name' | 'breaker'>[], closing: boolean): Promise<Readiness> {
  const reasons: string[] = [];
  let store: Readiness['store'];
  try {
    await db.selectFrom('tokens').select((eb) => eb.fn.countAll().as('n')).executeTakeFirst();
    store = { ok: true };
  } catch {
    // Not the driver's message: /readyz is anonymous, and that message names hosts and ports.
    store = { ok: false, error: 'the store did not answer' };
    reasons.push('store unreachable');
  }
  const states = Object.fromEntries(resources.map((r) => [r.name, { breaker: r.breaker?.() ?? ('closed' as BreakerState) }]));
  const open = resources.filter((r) => states[r.name].breaker === 'open').map((r) => r.name);
  if (resources.length > 0 && open.length === resources.length) reasons.push(`every resource's circuit breaker is open (${open.join(', ')})`);
  if (closing) reasons.push('shutting down');
  return { ready: reasons.length === 0, checkedAt: new Date().toISOString(), store, resources: states, reasons };
}
