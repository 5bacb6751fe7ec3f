// The credentials the gateway presents to slurmrestd (rest_auth/jwt): X-SLURM-USER-NAME and
// X-SLURM-USER-TOKEN. Either a per-user HS256 JWT minted from SLURM's jwt key (claims sun, iat, exp,
// exactly what `scontrol token` issues), cached per user until 80% of its lifetime has passed, or one
// token read from a file. Secrets never appear in errors or logs.
import { readFile, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { SignJWT } from 'jose';
import type { SlurmrestdAuthConfig } from '../../config/schema.ts';
import { GatewayError } from '../../contract/errors.ts';

export interface SlurmCredentials {
  /** The headers for a call made as cluster user `user`. */
  headers(user: string): Promise<Record<string, string>>;
  /** Forget cached tokens (after slurmrestd rejected one). */
  invalidate(): void;
  /** Throws when the key/token file cannot be read (used at start to warn early), or ExposedSecretError. */
  check(): Promise<void>;
}

/** Refresh a cached token once this fraction of its lifetime has passed. */
const REFRESH_AT = 0.8;
/** Re-stat a key/token file at most this often (milliseconds). */
const STAT_EVERY_MS = 1000;
const MAX_CACHED_USERS = 10_000;

/**
 * A secret file other users can read or change: refused at start, because anyone on the host
 * (local jobs included) could then mint tokens for any cluster user.
 */
export class ExposedSecretError extends Error {}

/** Throws ExposedSecretError when `path` is open to other users or writable by its group. */
export async function assertPrivate(path: string, what: string): Promise<void> {
  let mode: number;
  try {
    const st = await stat(path);
    if (!st.isFile()) return; // a device or pipe holds no secret at rest
    mode = st.mode & 0o777;
  } catch {
    return; // unreadable is reported (and recovered from) by the read itself
  }
  if (mode & 0o027) {
    throw new ExposedSecretError(`the ${what} ${path} has mode 0${mode.toString(8)}: other users could read or change it; make it 0600 (or 0640) and owned by the gateway's user`);
  }
}

/** A file read once and re-read when its mtime or size changes. */
class WatchedFile {
  private content?: Buffer;
  private signature = '';
  private checkedAt = 0;

  constructor(
    readonly path: string,
    private readonly what: string,
  ) {}

  /** The file's bytes and whether they changed since the last call. */
  async read(now = Date.now()): Promise<{ bytes: Buffer; changed: boolean }> {
    if (this.content !== undefined && now - this.checkedAt < STAT_EVERY_MS) return { bytes: this.content, changed: false };
    try {
      const st = await stat(this.path);
      const sig = `${st.mtimeMs}:${st.size}:${st.ino}`;
      this.checkedAt = now;
      if (this.content !== undefined && sig === this.signature) return { bytes: this.content, changed: false };
      const bytes = await readFile(this.path);
      if (bytes.length === 0) throw Object.assign(new Error('empty'), { code: 'EMPTY' });
      this.content = bytes;
      this.signature = sig;
      return { bytes, changed: true };
    } catch (err) {
      this.content = undefined;
      const code = (err as NodeJS.ErrnoException).code ?? 'error';
      throw new GatewayError('backendCredentials', `The gateway's cluster credentials are not usable: cannot read the ${this.what} ${this.path} (${code}); ask the operators to fix the resource's backend.auth`);
    }
  }
}

class JwtKeyCredentials implements SlurmCredentials {
  private readonly key: WatchedFile;
  private readonly lifetimeSeconds: number;
  private readonly cache = new Map<string, { token: string; refreshAt: number }>();

  constructor(keyFile: string, lifetimeMinutes: number) {
    this.key = new WatchedFile(resolve(keyFile), 'JWT key file');
    this.lifetimeSeconds = Math.max(10, Math.round(lifetimeMinutes * 60));
  }

  async headers(user: string): Promise<Record<string, string>> {
    const now = Date.now();
    const { bytes, changed } = await this.key.read(now);
    if (changed) this.cache.clear();
    const hit = this.cache.get(user);
    if (hit && now < hit.refreshAt) return { 'X-SLURM-USER-NAME': user, 'X-SLURM-USER-TOKEN': hit.token };
    const iat = Math.floor(now / 1000);
    const token = await new SignJWT({ sun: user })
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .setIssuedAt(iat)
      .setExpirationTime(iat + this.lifetimeSeconds)
      .sign(new Uint8Array(bytes));
    if (this.cache.size >= MAX_CACHED_USERS) this.cache.clear();
    this.cache.set(user, { token, refreshAt: now + this.lifetimeSeconds * 1000 * REFRESH_AT });
    return { 'X-SLURM-USER-NAME': user, 'X-SLURM-USER-TOKEN': token };
  }

  invalidate(): void {
    this.cache.clear();
  }

  async check(): Promise<void> {
    await assertPrivate(this.key.path, 'JWT key file');
    await this.key.read(0);
  }
}

class TokenFileCredentials implements SlurmCredentials {
  private readonly file: WatchedFile;

  constructor(
    path: string,
    private readonly fixedUser: string | undefined,
  ) {
    this.file = new WatchedFile(resolve(path), 'token file');
  }

  async headers(user: string): Promise<Record<string, string>> {
    const { bytes } = await this.file.read();
    // Accept the bare token or scontrol's `SLURM_JWT=<token>` line.
    const token = bytes.toString('utf8').trim().replace(/^(export\s+)?SLURM_JWT=/, '').trim();
    if (token === '' || /\s/.test(token)) {
      throw new GatewayError('backendCredentials', `The gateway's cluster credentials are not usable: the token file ${this.file.path} does not hold one token`);
    }
    return { 'X-SLURM-USER-NAME': this.fixedUser ?? user, 'X-SLURM-USER-TOKEN': token };
  }

  invalidate(): void {}

  async check(): Promise<void> {
    await assertPrivate(this.file.path, 'token file');
    await this.headers(this.fixedUser ?? 'root');
  }
}

export function createCredentials(auth: SlurmrestdAuthConfig): SlurmCredentials {
  switch (auth.mode) {
    case 'jwt-key':
      return new JwtKeyCredentials(auth.keyFile, auth.lifetimeMinutes);
    case 'token-file':
      return new TokenFileCredentials(auth.file, auth.user);
  }
}
