// What gateway replicas sharing one PostgreSQL agree on, and how they talk:
// - roles, one replica at a time each: "lead:<resource>" (the one that polls a cluster for job
//   events and history) and "own:<resource>" (the one that runs a local resource). A role is a
//   session advisory lock held on one dedicated connection: when that replica dies, even by
//   SIGKILL, PostgreSQL drops its connection and the lock with it, and another replica takes the
//   role at its next try (every `retryMs`).
// - messages, by LISTEN/NOTIFY on the same connection: fire and forget, to every other replica.
// On SQLite there is one replica: it holds every role and has nobody to tell (SingleReplica).
import { createHash, randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import pg from 'pg';
import type { Logger } from 'pino';

export interface Replicas {
  /** This replica's id in messages (random per process). */
  readonly id: string;
  /** Whether this replica holds `role` now. */
  holds(role: string): boolean;
  /** Try for `role` from now on, until close(); `onChange` hears when it is won or lost. */
  claim(role: string, onChange?: (held: boolean) => void, opts?: ClaimOptions): void;
  /** Send `payload` (at most MAX_MESSAGE_BYTES bytes) on `channel` to the other replicas; throws if larger. */
  publish(channel: string, payload: string): void;
  /** Hear the other replicas' messages on `channel`. */
  subscribe(channel: string, handler: (payload: string) => void): void;
  /** Try for the roles claimed so far now; resolves once tried. */
  settle(): Promise<void>;
  /** Who holds `role` (the holder's "host pid" as it named itself), if anyone. */
  holder(role: string): Promise<string | undefined>;
  close(): Promise<void>;
}

/**
 * The roles there are, by resource: the replica that polls a cluster (job events, history), and
 * the one that runs a local resource (which also polls it: it is the only one that can).
 */
export const ROLES = {
  lead: (resource: string) => `lead:${resource}`,
  own: (resource: string) => `own:${resource}`,
};

/** The largest NOTIFY payload PostgreSQL takes is 8,000 bytes; a message carries its sender's id (13 bytes) too. */
export const MAX_MESSAGE_BYTES = 7_900;

/** One replica alone (SQLite): it holds every role it claims, and has nobody to tell. */
export class SingleReplica implements Replicas {
  readonly id = randomBytes(6).toString('hex');
  private readonly roles = new Set<string>();

  holds(role: string): boolean {
    return this.roles.has(role);
  }

  claim(role: string, onChange?: (held: boolean) => void): void {
    if (this.roles.has(role)) return;
    this.roles.add(role);
    onChange?.(true);
  }

  publish(): void {}

  subscribe(): void {}

  settle(): Promise<void> {
    return Promise.resolve();
  }

  holder(): Promise<string | undefined> {
    return Promise.resolve(`${hostname()} ${process.pid}`);
  }

  async close(): Promise<void> {}
}

/** A role's advisory lock key: 63 bits of its name's hash, in the "s3m" key space by name. */
export function roleKey(role: string): string {
  const h = createHash('sha256').update(`s3m role ${role}`).digest();
  return (h.readBigInt64BE(0) & 0x7fff_ffff_ffff_ffffn).toString();
}

/** The key as pg_locks shows a bigint advisory lock: its high and low 32 bits. */
function lockParts(role: string): [number, number] {
  const key = BigInt(roleKey(role));
  return [Number(key >> 32n), Number(key & 0xffff_ffffn)];
}

/** Runs one SQL statement on the store's pool (not the roles' connection, which only ever does one thing at a time). */
export type PoolQuery = (text: string, params: unknown[]) => Promise<{ rows: Record<string, unknown>[] }>;

export interface ClaimOptions {
  /**
   * A role with state on the host that holds it (a local resource's jobs): once this replica has
   * seen it held, it takes it only after finding it free this long. A holder that merely lost its
   * connection (PostgreSQL restarted) reconnects within a second and takes it back first.
   */
  graceMs?: number;
}

export class PostgresReplicas implements Replicas {
  readonly id = randomBytes(6).toString('hex');
  /** Roles tried for, each with who wants to hear when it is won or lost, and its options. */
  private readonly wanted = new Map<string, { listeners: ((held: boolean) => void)[]; graceMs: number }>();
  private readonly held = new Set<string>();
  /** Roles this replica held (and may take back at once), and roles seen held since start. */
  private readonly heldBefore = new Set<string>();
  private readonly seenHeld = new Set<string>();
  /** When a role with a grace was first found free, this time round. */
  private readonly freeSince = new Map<string, number>();
  private readonly handlers = new Map<string, ((payload: string) => void)[]>();
  /** Channels LISTENed to on the current connection. */
  private readonly listened = new Set<string>();
  private client?: pg.Client;
  private timer?: NodeJS.Timeout;
  private closed = false;
  private started = false;
  private ticking?: Promise<void>;
  private failures = 0;
  private publishFailures = 0;
  /** Who this replica says it is, in pg_stat_activity.application_name (see holder()). */
  private readonly name = `s3m ${hostname()} ${process.pid}`.slice(0, 63);

  constructor(
    private readonly url: string,
    private readonly query: PoolQuery,
    private readonly opts: { retryMs?: number; logger?: Logger; now?: () => number } = {},
  ) {}

  /** Connect, LISTEN and try for the wanted roles now, then every retryMs. */
  async start(): Promise<void> {
    this.started = true;
    await this.tick();
  }

  holds(role: string): boolean {
    return this.held.has(role);
  }

  /** Resolves once the roles were tried and every channel subscribed so far is listened to. */
  async settle(): Promise<void> {
    await this.tick();
  }

  claim(role: string, onChange?: (held: boolean) => void, opts: ClaimOptions = {}): void {
    const want = this.wanted.get(role) ?? { listeners: [], graceMs: 0 };
    if (onChange) want.listeners.push(onChange);
    want.graceMs = Math.max(want.graceMs, opts.graceMs ?? 0);
    this.wanted.set(role, want);
    if (this.held.has(role)) onChange?.(true);
    else if (this.started) void this.tick();
  }

  /** A message on the wire is `<sender id>:<payload>`: no escaping, so the payload keeps its size. */
  publish(channel: string, payload: string): void {
    if (Buffer.byteLength(payload) > MAX_MESSAGE_BYTES) throw new Error(`replica message too large (${Buffer.byteLength(payload)} bytes)`);
    this.query('SELECT pg_notify($1, $2)', [channel, `${this.id}:${payload}`]).catch((err: unknown) => {
      // The first failure and then every 60th: PostgreSQL down means one per message otherwise.
      if (this.publishFailures++ % 60 === 0) this.opts.logger?.warn({ err: (err as Error).message, channel }, 'replica message not sent');
    });
  }

  subscribe(channel: string, handler: (payload: string) => void): void {
    const list = this.handlers.get(channel);
    if (list) list.push(handler);
    else {
      this.handlers.set(channel, [handler]);
      // LISTEN goes out with the next try, on the one connection that does one thing at a time.
      if (this.started) void this.tick();
    }
  }

  async holder(role: string): Promise<string | undefined> {
    if (this.held.has(role)) return this.name;
    const [classid, objid] = lockParts(role);
    const r = await this.query(
      `SELECT a.application_name FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid
       WHERE l.locktype = 'advisory' AND l.granted AND l.classid = $1 AND l.objid = $2 LIMIT 1`,
      [classid, objid],
    );
    return r.rows[0]?.application_name as string | undefined;
  }

  async close(): Promise<void> {
    this.closed = true;
    clearTimeout(this.timer);
    const client = this.client;
    this.client = undefined;
    this.dropAll();
    // Closing the connection releases every lock it holds: the other replicas take the roles over.
    await client?.end().catch(() => {});
  }

  private schedule(): void {
    clearTimeout(this.timer);
    if (this.closed) return;
    this.timer = setTimeout(() => void this.tick(), this.opts.retryMs ?? 1000);
    this.timer.unref();
  }

  /** One try at a time: a claim made during a try waits for it, then tries again. */
  private async tick(): Promise<void> {
    while (this.ticking) await this.ticking;
    this.ticking = this.tryRoles();
    try {
      await this.ticking;
    } finally {
      this.ticking = undefined;
    }
  }

  private async tryRoles(): Promise<void> {
    if (this.closed) return;
    try {
      const client = await this.connect();
      for (const channel of this.handlers.keys()) {
        if (this.listened.has(channel)) continue;
        await client.query(`LISTEN ${pg.escapeIdentifier(channel)}`);
        this.listened.add(channel);
      }
      for (const [role, want] of this.wanted) {
        if (this.held.has(role) || !(await this.mayTake(client, role, want.graceMs))) continue;
        const r = await client.query<{ ok: boolean }>('SELECT pg_try_advisory_lock($1::bigint) AS ok', [roleKey(role)]);
        if (r.rows[0].ok && this.client === client) {
          this.held.add(role);
          this.heldBefore.add(role);
          this.seenHeld.add(role);
          this.freeSince.delete(role);
          for (const l of want.listeners) l(true);
        }
      }
      this.failures = 0;
    } catch (err) {
      if (this.failures++ % 60 === 0) this.opts.logger?.warn({ err: (err as Error).message }, 'replica coordination: PostgreSQL unreachable; roles dropped until it answers');
      this.lost();
    } finally {
      this.schedule();
    }
  }

  /**
   * Whether to try for `role` now. A role without a grace: always. With one: at once if this
   * replica held it before or nobody has been seen holding it since start (the first replica
   * up); otherwise once it has been found free for the grace.
   */
  private async mayTake(client: pg.Client, role: string, graceMs: number): Promise<boolean> {
    if (graceMs <= 0 || this.heldBefore.has(role)) return true;
    const [classid, objid] = lockParts(role);
    const r = await client.query(`SELECT 1 FROM pg_locks WHERE locktype = 'advisory' AND granted AND classid = $1 AND objid = $2`, [classid, objid]);
    const now = (this.opts.now ?? Date.now)();
    if (r.rowCount) {
      this.seenHeld.add(role);
      this.freeSince.delete(role);
      return false;
    }
    if (!this.seenHeld.has(role)) return true;
    const since = this.freeSince.get(role) ?? now;
    this.freeSince.set(role, since);
    return now - since >= graceMs;
  }

  /** The roles' connection: opened when there is none, each wait bounded, so a hung server loses the roles. */
  private async connect(): Promise<pg.Client> {
    if (this.client) return this.client;
    const client = new pg.Client({ connectionString: this.url, application_name: this.name, connectionTimeoutMillis: 5_000, query_timeout: 5_000, keepAlive: true });
    client.on('error', () => this.lost(client));
    client.on('end', () => this.lost(client));
    client.on('notification', (n) => this.deliver(n.channel, n.payload));
    await client.connect();
    if (this.closed) {
      await client.end();
      throw new Error('closed');
    }
    this.listened.clear();
    this.client = client;
    return client;
  }

  private deliver(channel: string, message: string | undefined): void {
    const at = message?.indexOf(':') ?? -1;
    if (!message || at < 0 || message.slice(0, at) === this.id) return;
    const payload = message.slice(at + 1);
    for (const h of this.handlers.get(channel) ?? []) {
      try {
        h(payload);
      } catch (err) {
        this.opts.logger?.error({ err, channel }, 'replica message handler failed');
      }
    }
  }

  /** The connection is gone (or hung): so are its locks. Roles are given up at once, and tried for again. */
  private lost(which?: pg.Client): void {
    const client = this.client;
    if (which && which !== client) return;
    this.client = undefined;
    this.dropAll();
    client?.end().catch(() => {});
  }

  private dropAll(): void {
    const dropped = [...this.held];
    this.held.clear();
    for (const role of dropped) for (const l of this.wanted.get(role)?.listeners ?? []) l(false);
  }
}
