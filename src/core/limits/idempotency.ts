// Idempotency-Key for job submits: the same key and body within 24 h returns the original reply
// without a second job; the same key with another body is refused (422); a request with that key
// still running answers 409. Durable in the store (shared by replicas on PostgreSQL) and scoped per token, so it survives restarts and
// one token's key never collides with another's.
import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Store } from '../../store/kysely/open-store.ts';
import type { Schema } from '../../store/kysely/schema.ts';

export const IDEMPOTENCY_TTL_MS = 24 * 3600_000;
/** An in-flight record older than this was left by a gateway that died mid-request: it no longer blocks. */
export const IN_FLIGHT_STALE_MS = 10 * 60_000;

export type Begin =
  | { kind: 'new' }
  | { kind: 'replay'; status: number; body: unknown }
  | { kind: 'mismatch' }
  | { kind: 'in-flight' };

/**
 * JSON with object keys sorted, so that the same body always hashes the same. Written with a
 * stack of its own, not by recursion: it reads the caller's body, and a body nested thousands of
 * levels deep must not overflow the call stack (bodies are also depth-checked before they get
 * here: src/contract/json-depth.ts). Its output must never change, or stored keys would
 * stop matching their replays: a property whose value is undefined is written as null, like any
 * other value JSON has no word for.
 */
export function canonical(root: unknown): string {
  const out: string[] = [];
  // Popped from the end: [true, text] is written as is, [false, value] is a value still to write.
  const todo: [boolean, unknown][] = [[false, root]];
  while (todo.length > 0) {
    const [literal, v] = todo.pop()!;
    if (literal) {
      out.push(v as string);
    } else if (Array.isArray(v)) {
      out.push('[');
      todo.push([true, ']']);
      for (let i = v.length - 1; i >= 0; i--) {
        todo.push([false, v[i]]);
        if (i > 0) todo.push([true, ',']);
      }
    } else if (v && typeof v === 'object') {
      const keys = Object.keys(v).sort();
      out.push('{');
      todo.push([true, '}']);
      for (let i = keys.length - 1; i >= 0; i--) {
        todo.push([false, (v as Record<string, unknown>)[keys[i]]]);
        todo.push([true, `${i > 0 ? ',' : ''}${JSON.stringify(keys[i])}:`]);
      }
    } else {
      out.push(JSON.stringify(v) ?? 'null');
    }
  }
  return out.join('');
}

export function requestHash(scope: string, body: unknown): string {
  return createHash('sha256').update(scope).update('\0').update(canonical(body)).digest('hex');
}

export const KEY_RE = /^[\x21-\x7e]{1,255}$/;

export class IdempotencyStore {
  private readonly db: Kysely<Schema>;
  private readonly shared: boolean;

  constructor(
    store: Pick<Store, 'db' | 'dialect'>,
    private readonly now: () => number = Date.now,
  ) {
    this.db = store.db;
    this.shared = store.dialect === 'postgres';
  }

  /**
   * Claim `key` for this request, or say why not. Atomic across replicas: of two requests racing on
   * one key (on this replica or on two sharing PostgreSQL), one inserts the row and gets 'new';
   * the other's insert waits for that transaction, does nothing, and finds the row in flight.
   */
  async begin(tokenId: string, key: string, hash: string): Promise<Begin> {
    return this.db.transaction().execute(async (tx): Promise<Begin> => {
      const t = this.now();
      const claim = { token_id: tokenId, key, request_hash: hash, state: 'in_flight' as const, created_at: t };
      const inserted = await tx
        .insertInto('idempotency_keys')
        .values(claim)
        .onConflict((oc) => oc.columns(['token_id', 'key']).doNothing())
        .returning('token_id')
        .executeTakeFirst();
      if (inserted) return { kind: 'new' };
      const row = await tx
        .selectFrom('idempotency_keys')
        .select(['request_hash', 'state', 'status', 'response', 'created_at'])
        .where('token_id', '=', tokenId)
        .where('key', '=', key)
        .$if(this.shared, (q) => q.forUpdate())
        .executeTakeFirst();
      const expired = !row || t - row.created_at >= IDEMPOTENCY_TTL_MS || (row.state === 'in_flight' && t - row.created_at >= IN_FLIGHT_STALE_MS);
      if (expired) {
        await tx.updateTable('idempotency_keys').set({ request_hash: hash, state: 'in_flight', status: null, response: null, created_at: t }).where('token_id', '=', tokenId).where('key', '=', key).execute();
        return { kind: 'new' };
      }
      if (row.request_hash !== hash) return { kind: 'mismatch' };
      if (row.state === 'in_flight') return { kind: 'in-flight' };
      return { kind: 'replay', status: row.status!, body: JSON.parse(row.response!) };
    });
  }

  async complete(tokenId: string, key: string, status: number, body: unknown): Promise<void> {
    await this.db.updateTable('idempotency_keys').set({ state: 'done', status, response: JSON.stringify(body) }).where('token_id', '=', tokenId).where('key', '=', key).execute();
  }

  /** The request failed before the backend answered: let the client try again with the same key. */
  async abandon(tokenId: string, key: string): Promise<void> {
    await this.db.deleteFrom('idempotency_keys').where('token_id', '=', tokenId).where('key', '=', key).where('state', '=', 'in_flight').execute();
  }

  async sweep(): Promise<number> {
    const r = await this.db.deleteFrom('idempotency_keys').where('created_at', '<', this.now() - IDEMPOTENCY_TTL_MS).executeTakeFirst();
    return Number(r.numDeletedRows);
  }
}
