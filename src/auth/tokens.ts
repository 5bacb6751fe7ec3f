// Project access tokens: create, verify, introspect, revoke.
//
// A token reads `s3m_<id>_<secret>`: <id> is a public handle (12 hex chars) used to find the
// record and to name the token in lists and logs; <secret> is 256 random bits (base64url). Only a
// SHA-256 hash of the secret is stored, and it is compared in constant time. SHA-256 (not a slow
// password hash) is right here because the secret is high-entropy random data, not a password.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type BetterSqlite3 from 'better-sqlite3';
import type { Kysely, Selectable } from 'kysely';
import type { Store } from '../store/kysely/open-store.ts';
import type { Schema, TokensTable } from '../store/kysely/schema.ts';
import { GatewayError } from '../contract/errors.ts';
import { orStoreUnavailable } from '../store/store-unavailable.ts';
import { PERMISSIONS, type Permission, type Principal } from './principal.ts';

const TOKEN_RE = /^s3m_([0-9a-f]{12})_([A-Za-z0-9_-]{43})$/;

/**
 * A refused token (401). `provenTokenId` is set only when the presented secret matched that
 * token's hash (a revoked or expired token): then its holder is known. An unknown or wrong
 * secret proves nothing: the id in front of it is anyone's guess, and only *claimed*.
 */
export class TokenRefused extends GatewayError {
  constructor(
    description: string,
    readonly provenTokenId?: string,
  ) {
    super('authentication', description);
  }
}

export interface TokenRecord {
  id: string;
  project: string;
  user: string;
  permissions: Permission[];
  description: string;
  createdAt: number;
  expiresAt: number | null;
  revokedAt: number | null;
  lastUsedAt: number | null;
}

type Row = Selectable<TokensTable>;

const hashSecret = (secret: string) => createHash('sha256').update(secret).digest('hex');
const nowSeconds = () => Math.floor(Date.now() / 1000);

function toRecord(r: Row): TokenRecord {
  return {
    id: r.id,
    project: r.project,
    user: r.user_name,
    permissions: JSON.parse(r.permissions) as Permission[],
    description: r.description,
    createdAt: r.created_at,
    expiresAt: r.expires_at,
    revokedAt: r.revoked_at,
    lastUsedAt: r.last_used_at,
  };
}

export interface CreateTokenInput {
  project: string;
  user: string;
  permissions: Permission[];
  /** Lifetime in seconds; null = never expires. */
  lifetimeSeconds: number | null;
  description?: string;
}

const NAME_RE = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,63}$/;

/**
 * How long a token this replica verified is trusted from memory when the store is shared
 * (PostgreSQL): after that the row is read again, so a revoke or an expiry made through any
 * replica or the admin CLI is honoured everywhere within one second (the promise), at the
 * cost of one primary-key read per token and half second per replica.
 */
export const SHARED_STORE_RECHECK_MS = 500;

export class TokenService {
  private readonly db: Kysely<Schema>;
  /**
   * Tokens verified before, by id: what the row said, the secret's hash, and when the row was
   * read. On SQLite valid while no other connection has written the database (its data_version
   * tells, e.g. `admin token revoke` from the CLI); on PostgreSQL for SHARED_STORE_RECHECK_MS.
   * This process's own revokes drop their entry.
   */
  private readonly verified = new Map<string, { principal: Principal; hash: Buffer; touchedAt: number; readAt: number }>();
  private dataVersion = -1;
  private readonly dataVersionStmt?: BetterSqlite3.Statement<[], number>;
  /**
   * Secrets seen valid since start, by id (with their expiry), for `knownValid` only. Unlike
   * `verified` it survives other connections' writes (an admin CLI command clears `verified`), so
   * that valid tokens keep passing the pre-auth limit; a token found revoked leaves it.
   */
  private readonly seenValid = new Map<string, { hash: Buffer; expiresAt: number | null }>();

  constructor(
    store: Pick<Store, 'db' | 'sqlite'>,
    private readonly now: () => number = nowSeconds,
    private readonly clockMs: () => number = Date.now,
  ) {
    this.db = store.db;
    this.dataVersionStmt = store.sqlite?.prepare<[], number>('PRAGMA data_version').pluck();
  }

  async create(input: CreateTokenInput): Promise<{ token: string; record: TokenRecord }> {
    if (!NAME_RE.test(input.project)) throw new Error(`invalid project name "${input.project}"`);
    if (!NAME_RE.test(input.user)) throw new Error(`invalid user name "${input.user}"`);
    if (input.permissions.length === 0) throw new Error('at least one permission is required');
    for (const p of input.permissions) if (!PERMISSIONS.includes(p)) throw new Error(`unknown permission "${p}" (known: ${PERMISSIONS.join(', ')})`);
    const id = randomBytes(6).toString('hex');
    const secret = randomBytes(32).toString('base64url');
    const created = this.now();
    await this.db
      .insertInto('tokens')
      .values({
        id,
        secret_hash: hashSecret(secret),
        project: input.project,
        user_name: input.user,
        permissions: JSON.stringify([...new Set(input.permissions)]),
        description: input.description ?? '',
        created_at: created,
        expires_at: input.lifetimeSeconds === null ? null : created + input.lifetimeSeconds,
      })
      .execute();
    return { token: `s3m_${id}_${secret}`, record: (await this.get(id))! };
  }

  private row(id: string): Promise<Row | undefined> {
    return this.db.selectFrom('tokens').selectAll().where('id', '=', id).executeTakeFirst();
  }

  async get(id: string): Promise<TokenRecord | undefined> {
    const row = await this.row(id);
    return row && toRecord(row);
  }

  async list(): Promise<TokenRecord[]> {
    return (await this.db.selectFrom('tokens').selectAll().orderBy('created_at').orderBy('id').execute()).map(toRecord);
  }

  /** Revoke by id; false when there is no such token or it was revoked already. */
  async revoke(id: string): Promise<boolean> {
    this.verified.delete(id);
    this.seenValid.delete(id);
    const r = await this.db.updateTable('tokens').set({ revoked_at: this.now() }).where('id', '=', id).where('revoked_at', 'is', null).executeTakeFirst();
    return Number(r.numUpdatedRows) > 0;
  }

  /**
   * Whether `presented` is a token this process has seen valid before (and not since found
   * revoked), unexpired: from memory, with no database work at all. A cheap pre-check only (the
   * pre-auth limit lets such a token through when its address is over its limit); verify() still
   * decides, and sees a revoke made by another process.
   */
  knownValid(presented: string | undefined): boolean {
    const m = presented ? TOKEN_RE.exec(presented) : null;
    const known = m && this.seenValid.get(m[1]);
    if (!m || !known) return false;
    if (!timingSafeEqual(known.hash, Buffer.from(hashSecret(m[2]), 'hex'))) return false;
    return known.expiresAt === null || known.expiresAt > this.now();
  }

  /**
   * Verify a presented token. Throws a 401 GatewayError whose description says what is wrong
   * (missing, malformed, unknown, expired, revoked) without repeating the token.
   */
  async verify(presented: string | undefined): Promise<Principal> {
    try {
      return await this.check(presented);
    } catch (err) {
      // A token whose secret matched but that is revoked or expired is no longer known valid.
      if (err instanceof TokenRefused && err.provenTokenId) this.seenValid.delete(err.provenTokenId);
      throw err;
    }
  }

  /** Lasting last-use tracking is coarse (one write a minute at most per token), off the caller's path. */
  private touch(id: string, now: number): void {
    this.db
      .updateTable('tokens')
      .set({ last_used_at: now })
      .where('id', '=', id)
      .execute()
      .catch(() => {
        // A lost last-use time is harmless; the next use a minute later writes it again.
      });
  }

  /** A cached verification still stands: nothing wrote the SQLite file since, or the shared store's row was read recently. */
  private fresh(readAt: number): boolean {
    if (!this.dataVersionStmt) return this.clockMs() - readAt < SHARED_STORE_RECHECK_MS;
    const version = this.dataVersionStmt.get()!;
    if (version === this.dataVersion) return true;
    this.verified.clear();
    this.dataVersion = version;
    return false;
  }

  private async check(presented: string | undefined): Promise<Principal> {
    if (!presented) throw new TokenRefused('Authentication required: send your project token in the Authorization header');
    const m = TOKEN_RE.exec(presented);
    if (!m) throw new TokenRefused('Malformed access token: expected "Authorization: <token>" or "Authorization: Bearer <token>" with an s3m_... token');
    const [, id, secret] = m;
    const hash = Buffer.from(hashSecret(secret), 'hex');
    const now = this.now();
    const known = this.verified.get(id);
    if (known && this.fresh(known.readAt) && timingSafeEqual(known.hash, hash)) {
      const p = known.principal;
      if (p.expiresAt !== null && p.expiresAt <= now) throw new TokenRefused(`Access token ${id} expired at ${new Date(p.expiresAt * 1000).toISOString()}`, id);
      if (now - known.touchedAt >= 60) this.touch(id, (known.touchedAt = now));
      return p;
    }
    const readAt = this.clockMs();
    const row = await orStoreUnavailable(this.row(id));
    const expected = Buffer.from(row?.secret_hash ?? '0'.repeat(64), 'hex');
    const match = timingSafeEqual(expected, hash);
    if (!row || !match) throw new TokenRefused('Unknown access token');
    if (row.revoked_at !== null) throw new TokenRefused(`Access token ${row.id} has been revoked`, row.id);
    if (row.expires_at !== null && row.expires_at <= now) throw new TokenRefused(`Access token ${row.id} expired at ${new Date(row.expires_at * 1000).toISOString()}`, row.id);
    let touchedAt = row.last_used_at ?? 0;
    if (now - touchedAt >= 60) this.touch(row.id, (touchedAt = now));
    const principal: Principal = { tokenId: row.id, user: row.user_name, project: row.project, permissions: JSON.parse(row.permissions) as Permission[], expiresAt: row.expires_at };
    if (this.verified.size >= 10_000) this.verified.clear();
    this.verified.set(id, { principal, hash, touchedAt, readAt });
    if (this.seenValid.size >= 10_000) this.seenValid.delete(this.seenValid.keys().next().value!);
    this.seenValid.set(id, { hash, expiresAt: row.expires_at });
    return principal;
  }
}

/** The token from an Authorization header value: "<token>" or "Bearer <token>" (case-insensitive scheme). */
export function tokenFromAuthorizationHeader(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const v = value.trim();
  if (v === '') return undefined;
  const m = /^bearer\s+(.+)$/i.exec(v);
  return (m ? m[1] : v).trim();
}
