// Idempotency-Key for job submits: the same key and body within 24 h returns the original reply
// without a second job; the same key with another body is refused (422); a request with that key
// still running answers 409. Durable in SQLite and scoped per token, so it survives restarts and
// one token's key never collides with another's.
import { createHash } from 'node:crypto';
import type { Db } from '../../store/database.ts';

export const IDEMPOTENCY_TTL_MS = 24 * 3600_000;
/** An in-flight record older than this was left by a gateway that died mid-request: it no longer blocks. */
export const IN_FLIGHT_STALE_MS = 10 * 60_000;

export type Begin =
  | { kind: 'new' }
  | { kind: 'replay'; status: number; body: unknown }
  | { kind: 'mismatch' }
  | { kind: 'in-flight' };

interface Row {
  request_hash: string;
  state: 'in_flight' | 'done';
  status: number | null;
  response: string | null;
  created_at: number;
}

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
  // Prepared once: compiling a statement costs more than running it, and begin/complete run on every keyed submit.
  private readonly select;
  private readonly claim;
  private readonly finish;
  private readonly release;

  constructor(
    private readonly db: Db,
    private readonly now: () => number = Date.now,
  ) {
    this.select = db.prepare('SELECT request_hash, state, status, response, created_at FROM idempotency_keys WHERE token_id = ? AND key = ?');
    this.claim = db.prepare(`INSERT INTO idempotency_keys (token_id, key, request_hash, state, created_at) VALUES (?, ?, ?, 'in_flight', ?)
                    ON CONFLICT (token_id, key) DO UPDATE SET request_hash = excluded.request_hash, state = 'in_flight', status = NULL, response = NULL, created_at = excluded.created_at`);
    this.finish = db.prepare("UPDATE idempotency_keys SET state = 'done', status = ?, response = ? WHERE token_id = ? AND key = ?");
    this.release = db.prepare("DELETE FROM idempotency_keys WHERE token_id = ? AND key = ? AND state = 'in_flight'");
  }

  /** Claim `key` for this request, or say why not. Atomic: two racing requests cannot both get 'new'. */
  begin(tokenId: string, key: string, hash: string): Begin {
    return this.db.transaction((): Begin => {
      const t = this.now();
      const row = this.select.get(tokenId, key) as Row | undefined;
      const expired = row && (t - row.created_at >= IDEMPOTENCY_TTL_MS || (row.state === 'in_flight' && t - row.created_at >= IN_FLIGHT_STALE_MS));
      if (!row || expired) {
        this.claim.run(tokenId, key, hash, t);
        return { kind: 'new' };
      }
      if (row.request_hash !== hash) return { kind: 'mismatch' };
      if (row.state === 'in_flight') return { kind: 'in-flight' };
      return { kind: 'replay', status: row.status!, body: JSON.parse(row.response!) };
    }).immediate();
  }

  complete(tokenId: string, key: string, status: number, body: unknown): void {
    this.finish.run(status, JSON.stringify(body), tokenId, key);
  }

  /** The request failed before the backend answered: let the client try again with the same key. */
  abandon(tokenId: string, key: string): void {
    this.release.run(tokenId, key);
  }

  sweep(): number {
    return this.db.prepare('DELETE FROM idempotency_keys WHERE created_at < ?').run(this.now() - IDEMPOTENCY_TTL_MS).changes;
  }
}
