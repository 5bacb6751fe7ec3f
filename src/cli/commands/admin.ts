// `s3m admin token create|list|revoke`: token management on the data dir, without the server.
import type { Command } from 'commander';
import { parseDuration } from '../../auth/duration.ts';
import { PERMISSIONS, type Permission } from '../../auth/principal.ts';
import { TokenService, type TokenRecord } from '../../auth/tokens.ts';
import type { Store } from '../../store/kysely/open-store.ts';
import { auditCli, registerAudit } from './audit.ts';

/**
 * The gateway's store, as the config (or S3M_DATABASE_URL) names it: the data dir's SQLite or the
 * replicas' PostgreSQL. The config parser (zod, yaml) and the drivers are loaded here, on use, so
 * that the client commands and --help, which register these commands too, start without them.
 */
async function openDb(configFile?: string): Promise<{ db: Store; close: () => Promise<void> }> {
  const [{ loadConfig }, { openGatewayStore }] = await Promise.all([import('../../config/load.ts'), import('../../store/gateway-store.ts')]);
  const store = await openGatewayStore(loadConfig({ file: configFile }));
  return { db: store, close: () => store.close() };
}

async function openTokens(configFile?: string): Promise<{ tokens: TokenService; db: Store; close: () => Promise<void> }> {
  const { db, close } = await openDb(configFile);
  return { tokens: new TokenService(db), db, close };
}

const iso = (s: number | null) => (s === null ? 'never' : new Date(s * 1000).toISOString());

function status(t: TokenRecord, now = Date.now() / 1000): string {
  if (t.revokedAt !== null) return 'revoked';
  if (t.expiresAt !== null && t.expiresAt <= now) return 'expired';
  return 'active';
}

export function registerAdmin(program: Command): void {
  const admin = program.command('admin').description('administration on the gateway data dir ($S3M_DATA_DIR, default ./.s3m)');
  admin.option('-c, --config <file>', 'config file (for its dataDir); default $S3M_CONFIG or the demo config');
  const token = admin.command('token').description('project access tokens');
  registerAudit(admin, () => openDb(admin.opts().config));

  token
    .command('create')
    .description('create a token; prints the token alone on stdout (it is shown only this once)')
    .requiredOption('--project <name>', 'the project (SLURM account) the token acts for')
    .requiredOption('--user <name>', 'the user the token acts as')
    .requiredOption('--permission <perm...>', `permission: ${PERMISSIONS.join(' or ')}`)
    .option('--expires <duration>', 'lifetime: 30d, 12h, 90m, 45s or never', '30d')
    .option('--description <text>', 'free text shown by `admin token list`', '')
    .addHelpText('after', '\nExample:\n  echo "Authorization: $(bin/s3m admin token create --project STF040 --user alice --permission compute-ace)" > .env')
    .action(async (opts: { project: string; user: string; permission: string[]; expires: string; description: string }) => {
      const perms = opts.permission.flatMap((p) => p.split(',')).map((p) => p.trim()) as Permission[];
      const lifetime = parseDuration(opts.expires);
      const { tokens, db, close } = await openTokens(admin.opts().config);
      try {
        let created;
        try {
          created = await tokens.create({ project: opts.project, user: opts.user, permissions: perms, lifetimeSeconds: lifetime, description: opts.description });
        } catch (err) {
          await auditCli(db, { operation: 'token.create', outcome: 'refused', user: opts.user, project: opts.project, detail: (err as Error).message });
          throw err;
        }
        const { token: secret, record } = created;
        await auditCli(db, { operation: 'token.create', outcome: 'ok', tokenId: record.id, user: record.user, project: record.project, detail: `permissions ${record.permissions.join(',')}, expires ${iso(record.expiresAt)}` });
        process.stdout.write(`${secret}\n`);
        process.stderr.write(`created token ${record.id} for ${record.user} in project ${record.project} (${record.permissions.join(', ')}), expires ${iso(record.expiresAt)}\n`);
      } finally {
        await close();
      }
    });

  token
    .command('list')
    .description('list tokens (never their secrets)')
    .option('--json', 'print JSON')
    .action(async (opts: { json?: boolean }) => {
      const { tokens, close } = await openTokens(admin.opts().config);
      try {
        const list = await tokens.list();
        if (opts.json) {
          process.stdout.write(`${JSON.stringify(list.map((t) => ({ ...t, status: status(t) })), null, 2)}\n`);
          return;
        }
        const rows = [['ID', 'PROJECT', 'USER', 'PERMISSIONS', 'STATUS', 'CREATED', 'EXPIRES'], ...list.map((t) => [t.id, t.project, t.user, t.permissions.join(','), status(t), iso(t.createdAt), iso(t.expiresAt)])];
        const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
        for (const r of rows) process.stdout.write(`${r.map((c, i) => c.padEnd(widths[i])).join('  ').trimEnd()}\n`);
      } finally {
        await close();
      }
    });

  token
    .command('revoke <id>')
    .description('revoke a token by its id (see `admin token list`)')
    .action(async (id: string) => {
      const { tokens, db, close } = await openTokens(admin.opts().config);
      try {
        const existing = await tokens.get(id);
        const refuse = async (why: string): Promise<never> => {
          await auditCli(db, { operation: 'token.revoke', outcome: 'refused', tokenId: id, user: existing?.user, project: existing?.project, detail: why });
          throw new Error(why);
        };
        if (!existing) await refuse(`no token with id ${id}`);
        if (!(await tokens.revoke(id))) await refuse(`token ${id} was already revoked`);
        await auditCli(db, { operation: 'token.revoke', outcome: 'ok', tokenId: id, user: existing!.user, project: existing!.project, detail: 'revoked by an administrator' });
        process.stderr.write(`revoked token ${id}\n`);
      } finally {
        await close();
      }
    });
}
