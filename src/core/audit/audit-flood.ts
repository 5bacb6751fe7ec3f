// Floods of refused calls are summed up in the audit log instead of one row each.
//
// Entries of calls refused without a verified caller (401s of any kind, and the pre-auth limit's
// 429s) cost their sender nothing, so one client could otherwise write a row per request. They
// are counted per (api, client address, outcome) and window: the first `rowsPerWindow` of a
// window are recorded one by one, as before; the rest are counted in ONE row (operation
// "aggregate", `count` = how many, `detail` = from where, when, and which token ids they claimed),
// written at the next flush (every second) and kept up to date until the window ends. An address
// that was still flooding when its window ended (more entries than rowsPerWindow) starts the next
// one summed up at once.
// A verified token's calls come here only when they are refused for going too fast (429: its
// rate limit, its stream cap): a token hammering past its limit would otherwise write a row per
// call too. They are counted per (api, token, outcome) the same way, and the summing-up row names
// the token, its user and its project. Every other call of a verified token is written one by one.
import type { AuditApi, AuditEntry, AuditLog, AuditOutcome } from './audit.ts';
import { addressKey } from '../client-address.ts';

export interface AuditFloodConfig {
  /** Seconds of one window. */
  windowSeconds: number;
  /** Entries of one (api, address, outcome) recorded one by one per window, before summing up. */
  rowsPerWindow: number;
  /** Windows kept at once; further addresses share one window per api and outcome (address "*"). */
  maxAddresses: number;
}

export interface AuditFloodOptions {
  now?: () => number;
  /** Milliseconds between flushes of the counts (0: only when flush() or close() is called). */
  flushEveryMs?: number;
}

interface Window {
  api: AuditApi;
  /** The client address counted, or "token <id>" for a verified token's throttled calls. */
  address: string;
  /** The verified token whose throttled calls this window counts. */
  token?: Pick<AuditEntry, 'tokenId' | 'user' | 'project'>;
  outcome: AuditOutcome;
  status?: number;
  start: number;
  /** Entries recorded one by one in this window. */
  individual: number;
  /** Entries counted, not yet in the summing-up row. */
  pending: number;
  /** Entries counted in this window. */
  total: number;
  /** Entries of this window, however recorded. */
  seen: number;
  firstAt: number;
  lastAt: number;
  /** The summing-up row once written (or being written); its updates chain on it. */
  rowId?: Promise<number | undefined>;
  /** Claimed (unverified) token ids of the counted entries, at most MAX_CLAIMED of them. */
  claimed: Map<string, number>;
}

const MAX_CLAIMED = 20;

export class AuditFloodGate {
  private readonly windows = new Map<string, Window>();
  /** Keys whose last window ended while flooding, and when: their next window sums up at once. */
  private readonly hot = new Map<string, number>();
  private readonly now: () => number;
  private readonly timer?: NodeJS.Timeout;

  constructor(
    private readonly audit: AuditLog,
    private readonly cfg: AuditFloodConfig,
    opts: AuditFloodOptions = {},
  ) {
    this.now = opts.now ?? Date.now;
    const every = opts.flushEveryMs ?? 1000;
    if (every > 0) {
      this.timer = setInterval(() => this.flush(), every);
      this.timer.unref();
    }
  }

  private get windowMs(): number {
    return this.cfg.windowSeconds * 1000;
  }

  /** Record an entry of a call refused without a verified caller, from `address` (no port). */
  record(entry: AuditEntry, address: string): void {
    this.count(entry, addressKey(address || entry.client || ''));
  }

  /** Record an entry of a verified token's call refused for going too fast (429). */
  recordThrottled(entry: AuditEntry): void {
    if (entry.tokenId === undefined) return this.record(entry, entry.client ?? '');
    this.count(entry, `token ${entry.tokenId}`, { tokenId: entry.tokenId, user: entry.user, project: entry.project });
  }

  private count(entry: AuditEntry, counted: string, token?: Window['token']): void {
    const now = this.now();
    let addr = counted;
    let key = `${entry.api}|${addr}|${entry.outcome}`;
    let w = this.windows.get(key);
    if (w && now - w.start >= this.windowMs) {
      this.end(key, w);
      w = undefined;
    }
    if (!w && this.windows.size >= this.cfg.maxAddresses) {
      addr = '*';
      key = `${entry.api}|*|${entry.outcome}`;
      token = undefined;
      w = this.windows.get(key);
    }
    if (!w) {
      const wasHot = this.hot.has(key);
      this.hot.delete(key);
      w = { api: entry.api, address: addr, token, outcome: entry.outcome, status: entry.status, start: now, individual: wasHot ? this.cfg.rowsPerWindow : 0, pending: 0, total: 0, seen: 0, firstAt: now, lastAt: now, claimed: new Map() };
      this.windows.set(key, w);
    }
    w.seen++;
    if (w.individual < this.cfg.rowsPerWindow) {
      w.individual++;
      this.audit.record(entry);
      return;
    }
    if (w.total === 0) w.firstAt = now;
    w.pending++;
    w.total++;
    w.lastAt = now;
    const claimed = entry.claimedTokenId ?? entry.tokenId;
    if (claimed !== undefined && (w.claimed.has(claimed) || w.claimed.size < MAX_CLAIMED)) w.claimed.set(claimed, (w.claimed.get(claimed) ?? 0) + 1);
  }

  /** Write the counts of every window into its summing-up row; forget windows that have ended. */
  flush(): void {
    const now = this.now();
    for (const [key, hotSince] of this.hot) if (now - hotSince >= this.windowMs) this.hot.delete(key);
    for (const [key, w] of this.windows) {
      if (now - w.start >= this.windowMs) this.end(key, w);
      else if (w.pending > 0) this.write(w);
    }
  }

  /** Flush everything (the gateway is closing) and stop the timer; resolves once the rows are written. */
  async close(): Promise<void> {
    clearInterval(this.timer);
    const writes = [...this.windows.values()];
    for (const [key, w] of this.windows) this.end(key, w);
    // A window's count updates chain on its row's insert: wait for the last link of each.
    await Promise.all(writes.map((w) => w.rowId));
  }

  private end(key: string, w: Window): void {
    if (w.pending > 0) this.write(w);
    this.windows.delete(key);
    // Still flooding (more entries than are recorded one by one): the next window sums up at once.
    if (w.seen > this.cfg.rowsPerWindow) this.hot.set(key, this.now());
  }

  private write(w: Window): void {
    w.pending = 0;
    const ids = [...w.claimed].sort((a, b) => b[1] - a[1]);
    const claimedText = w.token ? '' : ids.length ? `; token ids claimed (unverified): ${ids.slice(0, 3).map(([id, n]) => `${id} ×${n}`).join(', ')}${ids.length > 3 ? ', ...' : ''}` : '';
    const detail =
      `${w.total} ${w.outcome} calls from ${w.address} between ${new Date(w.firstAt).toISOString()} and ${new Date(w.lastAt).toISOString()}, ` +
      `counted in this one row (the first ${this.cfg.rowsPerWindow} of a ${this.cfg.windowSeconds} s window are recorded one by one)${claimedText}`;
    // A single claimed id is searchable (admin audit --claimed-token); several are only listed.
    const claimedTokenId = ids.length === 1 ? ids[0][0] : undefined;
    // Writes of one row follow each other: an older count never lands after a newer one.
    const total = w.total;
    if (w.rowId !== undefined) {
      w.rowId = w.rowId.then(async (id) => {
        if (id !== undefined) await this.audit.updateCount(id, total, detail, w.token ? undefined : claimedTokenId);
        return id;
      });
      return;
    }
    const who = w.token ? { ...w.token, client: undefined } : { client: w.address, claimedTokenId };
    w.rowId = this.audit.record({ at: w.firstAt, api: w.api, operation: 'aggregate', outcome: w.outcome, status: w.status, count: total, detail, ...who });
  }
}
