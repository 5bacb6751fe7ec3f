// `s3m admin audit`: query the audit log (table audit_log of the gateway database) on the data
// dir, also while the server runs. Also the audit entries of the admin token commands.
import type { Command } from 'commander';
import { hostname, userInfo } from 'node:os';
import { AuditLog, type AuditEntry, type AuditOutcome, type AuditRecord } from '../../core/audit/audit.ts';
import type { Store } from '../../store/kysely/open-store.ts';

/** "2h", "30m", "7d" ago, or an ISO 8601 time → unix ms. */
export function parseSince(text: string, now = Date.now()): number {
  const t = text.trim();
  const m = /^(\d+)\s*([smhdw])$/i.exec(t);
  if (m) return now - Number(m[1]) * { s: 1, m: 60, h: 3600, d: 86400, w: 604800 }[m[2].toLowerCase() as 's']! * 1000;
  const at = Date.parse(t);
  if (Number.isNaN(at)) throw new Error(`--since: not a duration or time: "${text}" (use for example 2h, 30m, 7d or 2026-04-20T11:40:00Z)`);
  return at;
}

/** Who ran an admin command, for its audit entry's client. */
export function cliActor(): string {
  let user = process.env.USER || process.env.LOGNAME || '';
  try {
    user = userInfo().username || user;
  } catch {
    // no passwd entry: keep the environment's name
  }
  return `cli:${user || `uid ${process.getuid?.() ?? '?'}`}@${hostname()}`;
}

/** Record an admin command in the audit log. */
export async function auditCli(db: Store, entry: Omit<AuditEntry, 'api' | 'client'>): Promise<void> {
  await new AuditLog(db).record({ ...entry, api: 'cli', client: cliActor() });
}

const OUTCOMES: AuditOutcome[] = ['ok', 'refused', 'denied', 'rate-limited', 'failed'];

function table(records: AuditRecord[]): string {
  const head = ['TIME', 'API', 'OPERATION', 'OUTCOME', 'STATUS', 'TOKEN', 'USER', 'PROJECT', 'RESOURCE', 'JOB', 'SIGNAL', 'CLIENT', 'REQUEST', 'DETAIL'];
  const rows = records.map((r) => [
    r.time,
    r.api,
    r.operation,
    r.outcome,
    r.status === undefined ? '' : String(r.status),
    // A refused token's id is only claimed: shown as such, never as the token.
    r.tokenId ?? (r.claimedTokenId ? `unverified:${r.claimedTokenId}` : ''),
    r.user ?? '',
    r.project ?? '',
    r.resource ?? '',
    r.jobId ?? '',
    r.signal ?? '',
    r.client ?? '',
    r.requestId ?? '',
    (r.detail ?? '').replace(/\s+/g, ' '),
  ]);
  const all = [head, ...rows];
  // The last column (detail) is not padded: it may be long.
  const widths = head.map((_, i) => Math.max(...all.map((r) => r[i].length)));
  return all.map((r) => r.map((c, i) => (i === r.length - 1 ? c : c.padEnd(widths[i]))).join('  ').trimEnd()).join('\n');
}

export function registerAudit(admin: Command, openDb: () => Promise<{ db: Store; close: () => Promise<void> }>): void {
  admin
    .command('audit')
    .description('show the audit log: submits, cancels, token create/revoke, and every denied (401/403) or rate-limited call, oldest first')
    .option('--since <when>', 'entries since a duration ago (2h, 30m, 7d) or an ISO time')
    .option('--until <when>', 'entries before a duration ago or an ISO time')
    .option('--project <name>', 'one project')
    .option('--resource <name>', 'one resource')
    .option('--job <id>', 'one job id')
    .option('--token <id>', 'one token id (calls made with it, and refusals of it once revoked or expired)')
    .option('--claimed-token <id>', 'refused tokens that claimed this id with a secret that did not match (unverified)')
    .option('--operation <op>', 'one operation: submit, cancel, token.create, token.revoke, jobs, job, events, ...')
    .option('--outcome <outcome>', `one outcome: ${OUTCOMES.join(', ')}`)
    .option('--limit <n>', 'the newest N entries at most', '1000')
    .option('--json', 'print JSON (an array of entries)')
    .addHelpText('after', '\nExamples:\n  bin/s3m admin audit --since 1h\n  bin/s3m admin audit --project STF040 --resource defiant --job 42 --json\n  bin/s3m admin audit --outcome denied --since 1d')
    .action(async (opts: { since?: string; until?: string; project?: string; resource?: string; job?: string; token?: string; claimedToken?: string; operation?: string; outcome?: string; limit: string; json?: boolean }) => {
      if (opts.outcome !== undefined && !OUTCOMES.includes(opts.outcome as AuditOutcome)) throw new Error(`--outcome: one of ${OUTCOMES.join(', ')}`);
      const limit = Number(opts.limit);
      if (!Number.isInteger(limit) || limit <= 0) throw new Error(`--limit: a positive integer, not "${opts.limit}"`);
      const { db, close } = await openDb();
      try {
        const records = await new AuditLog(db).query({
          since: opts.since === undefined ? undefined : parseSince(opts.since),
          until: opts.until === undefined ? undefined : parseSince(opts.until),
          project: opts.project,
          resource: opts.resource,
          jobId: opts.job,
          tokenId: opts.token,
          claimedTokenId: opts.claimedToken,
          operation: opts.operation,
          outcome: opts.outcome as AuditOutcome | undefined,
          limit,
        });
        if (opts.json) {
          process.stdout.write(`${JSON.stringify(records, null, 2)}\n`);
          return;
        }
        if (records.length === 0) {
          process.stderr.write('no audit entries match\n');
          return;
        }
        process.stdout.write(`${table(records)}\n`);
      } finally {
        await close();
      }
    });
}
