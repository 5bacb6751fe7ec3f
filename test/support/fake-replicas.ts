// Test helper: replicas in one process (src/store/replicas.ts's Replicas), for the rules that run on
// them without a PostgreSQL: roles are handed out by the test (`give`), and messages go, as
// NOTIFY's do, to every other replica of the same bus, asynchronously.
import { MAX_MESSAGE_BYTES, type Replicas } from '../../src/store/replicas.ts';

export class ReplicaBus {
  readonly members: FakeReplica[] = [];

  replica(name: string): FakeReplica {
    const r = new FakeReplica(name, this);
    this.members.push(r);
    return r;
  }

  /** `role` now belongs to `to` (and to nobody else), as when its holder died and `to` took it. */
  give(role: string, to: FakeReplica): void {
    for (const m of this.members) if (m !== to) m.set(role, false);
    to.set(role, true);
  }
}

export class FakeReplica implements Replicas {
  private readonly held = new Set<string>();
  private readonly listeners = new Map<string, ((held: boolean) => void)[]>();
  private readonly handlers = new Map<string, ((payload: string) => void)[]>();

  constructor(
    readonly id: string,
    private readonly bus: ReplicaBus,
  ) {}

  holds(role: string): boolean {
    return this.held.has(role);
  }

  claim(role: string, onChange?: (held: boolean) => void): void {
    this.listeners.set(role, [...(this.listeners.get(role) ?? []), ...(onChange ? [onChange] : [])]);
  }

  set(role: string, held: boolean): void {
    if (this.held.has(role) === held) return;
    if (held) this.held.add(role);
    else this.held.delete(role);
    for (const l of this.listeners.get(role) ?? []) l(held);
  }

  publish(channel: string, payload: string): void {
    // As PostgresReplicas: NOTIFY takes 8,000 bytes at most.
    if (Buffer.byteLength(payload) > MAX_MESSAGE_BYTES) throw new Error(`replica message too large (${Buffer.byteLength(payload)} bytes)`);
    for (const m of this.bus.members) if (m !== this) setImmediate(() => m.hear(channel, payload));
  }

  hear(channel: string, payload: string): void {
    for (const h of this.handlers.get(channel) ?? []) h(payload);
  }

  subscribe(channel: string, handler: (payload: string) => void): void {
    this.handlers.set(channel, [...(this.handlers.get(channel) ?? []), handler]);
  }

  settle(): Promise<void> {
    return Promise.resolve();
  }

  async holder(role: string): Promise<string | undefined> {
    return this.bus.members.find((m) => m.holds(role))?.id;
  }

  async close(): Promise<void> {}
}
