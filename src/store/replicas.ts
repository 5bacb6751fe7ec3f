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
  claim(role: string, onChange?: (held: boolean) => void): void;
  /** Send `payload` (≤ 7,900 bytes) on `channel` to the other replicas. */
  publish(channel: string, payload: string): void;
  /** Hear the other replicas' messages on `channel`. */
  subscribe(channel: string, handler: (payload: string) => void): void;
  /** Try for the roles claimed so far now; resolves once tried. */
  settle(): Promise<void>;
  /** Who holds `role` (the holder's "host pid" as it named itself), if anyone. */
  holder(role: string): Promise<string | undefined>;
  close(): Promise<void>;
}

/** The largest NOTIFY payload PostgreSQL takes is 8,000 bytes; a message carries its sender's id too. */
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

interface Message {
  from: string;
  body: string;
}

export class PostgresReplicas implements Replicas {
  readonly id = randomBytes(6).toString('hex');
  /** Roles tried for, each with who wants to hear when it is won or lost. */
  private readonly wanted = new Map<string, ((held: boolean) => void)[]>();
  private readonly held = new Set<string>();
  private readonly handlers = new Map<string, ((payload: string) => void)[]>();
  private client?: pg.Client;
  private connecting?: Promise<void>;
  private timer?: NodeJS.Timeout;
  private closed = false;
  private started = false;
  private ticking?: Promise<void>;
  /** LISTENs sent on the current connection, not yet answered. */
  private listening: Promise<unknown>[] = [];
  private failures = 0;
  /** Who this replica says it is, in pg_stat_activity.application_name (see holder()). */
  private readonly name = `s3m ${hostname()} ${process.pid}`.slice(0, 63);

  constructor(
    private readonly url: string,
    private readonly publishVia: (channel: string, payload: string) => Promise<unknown>,
    private readonly opts: { retryMs?: number; logger?: Logger } = {},
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
    await Promise.all(this.listening);
  }

  claim(role: string, onChange?: (held: boolean) => void): void {
    const listeners = this.wanted.get(role) ?? [];
    if (onChange) listeners.push(onChange);
    this.wanted.set(role, listeners);
    if (this.held.has(role)) onChange?.(true);
    else if (this.started) void this.tick();
  }

  publish(channel: string, payload: string): void {
    const body = JSON.stringify({ from: this.id, body: payload } satisfies Message);
    if (Buffer.byteLength(body) > 7_999) throw new Error(`replica message too large (${Buffer.byteLength(body)} bytes)`);
    this.publishVia(channel, body).catch((err: unknown) => this.opts.logger?.warn({ err, channel }, 'replica message not sent'));
  }

  subscribe(channel: string, handler: (payload: string) => void): void {
    const list = this.handlers.get(channel);
    if (list) list.push(handler);
    else {
      this.handlers.set(channel, [handler]);
      if (this.client) this.listening.push(this.client.query(`LISTEN ${pg.escapeIdentifier(channel)}`).catch(() => this.lost()));
    }
  }

  async holder(role: string): Promise<string | undefined> {
    if (this.held.has(role)) return this.name;
    const client = this.client;
    if (!client) return undefined;
    const key = BigInt(roleKey(role));
    const r = await client.query<{ application_name: string }>(
      `SELECT a.application_name FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid
       WHERE l.locktype = 'advisory' AND l.granted AND l.classid = $1 AND l.objid = $2 LIMIT 1`,
      [Number(key >> 32n), Number(key & 0xffff_ffffn)],
    );
    return r.rows[0]?.application_name;
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
      await this.connect();
      const client = this.client!;
      for (const [role, listeners] of this.wanted) {
        if (this.held.has(role)) continue;
        const r = await client.query<{ ok: boolean }>('SELECT pg_try_advisory_lock($1::bigint) AS ok', [roleKey(role)]);
        if (r.rows[0].ok && this.client === client) {
          this.held.add(role);
          for (const l of listeners) l(true);
        }
      }
      this.failures = 0;
    } catch (err) {
      if (this.failures++ % 60 === 0) this.opts.logger?.warn({ err }, 'replica coordination: PostgreSQL unreachable; roles dropped until it answers');
      this.lost();
    } finally {
      this.schedule();
    }
  }

  private connect(): Promise<void> {
    if (this.client) return Promise.resolve();
    this.connecting ??= (async () => {
      const client = new pg.Client({ connectionString: this.url, application_name: this.name, connectionTimeoutMillis: 5_000, keepAlive: true });
      client.on('error', () => this.lost());
      client.on('end', () => this.lost());
      client.on('notification', (n) => this.deliver(n.channel, n.payload));
      await client.connect();
      for (const channel of this.handlers.keys()) await client.query(`LISTEN ${pg.escapeIdentifier(channel)}`);
      if (this.closed) {
        await client.end();
        return;
      }
      this.client = client;
    })().finally(() => (this.connecting = undefined));
    return this.connecting;
  }

  private deliver(channel: string, payload: string | undefined): void {
    let m: Message;
    try {
      m = JSON.parse(payload ?? '') as Message;
    } catch {
      return;
    }
    if (m.from === this.id || typeof m.body !== 'string') return;
    for (const h of this.handlers.get(channel) ?? []) {
      try {
        h(m.body);
      } catch (err) {
        this.opts.logger?.error({ err, channel }, 'replica message handler failed');
      }
    }
  }

  /** The connection is gone: so are its locks. Roles are given up at once, and tried for again. */
  private lost(): void {
    const client = this.client;
    this.client = undefined;
    this.listening = [];
    this.dropAll();
    client?.end().catch(() => {});
  }

  private dropAll(): void {
    const dropped = [...this.held];
    this.held.clear();
    for (const role of dropped) for (const l of this.wanted.get(role) ?? []) l(false);
  }
}
