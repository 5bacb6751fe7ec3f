// The OS accounts local jobs run as. When the gateway runs as root (multi-user mode), a token's
// user maps (userMap) to an account of this machine, and the job runs with that account's uid,
// primary group and supplementary groups, as slurmstepd runs a job as its submitting user. uid 0
// never runs a job. When the gateway is not root it cannot switch users: every job runs as the
// gateway's own account (single-user mode).
//
// Accounts are looked up through NSS (`getent`), so LDAP/SSSD accounts work as they do for slurmd.
// Lookups are cached briefly: a submit must not fork per call, and a new account should still be
// found within seconds.
import { spawnSync } from 'node:child_process';
import { userInfo } from 'node:os';
import { clusterUser, type UserMap } from '../user-map.ts';

export interface JobAccount {
  name: string;
  uid: number;
  gid: number;
  /** The primary group's name (SLURM's group_name). */
  group: string;
  home: string;
}

/** One NSS lookup: the account named `name`, or null when there is none. */
export type AccountLookup = (name: string) => JobAccount | null;

function getent(db: 'passwd' | 'group', key: string): string[] | null {
  // getent exits 2 for "not found"; a name that would be an option is never looked up.
  if (key === '' || key.startsWith('-') || /[\s:]/.test(key)) return null;
  const r = spawnSync('getent', [db, key], { encoding: 'utf8', timeout: 10_000 });
  if (r.status !== 0 || !r.stdout) return null;
  return r.stdout.split('\n')[0].split(':');
}

export const nssLookup: AccountLookup = (name) => {
  const pw = getent('passwd', name);
  if (!pw || pw.length < 7) return null;
  const uid = Number(pw[2]);
  const gid = Number(pw[3]);
  if (!Number.isInteger(uid) || !Number.isInteger(gid)) return null;
  const group = getent('group', String(gid))?.[0] ?? String(gid);
  return { name: pw[0], uid, gid, group, home: pw[5] };
};

export type AccountResolution = { ok: true; account: JobAccount } | { ok: false; reason: string };

export class JobAccounts {
  /** Whether jobs run as their users' accounts (the gateway is root) or all as the gateway's own. */
  readonly multiUser: boolean;
  private readonly cache = new Map<string, { at: number; account: JobAccount | null }>();
  /** The gateway's own account: every job's in single-user mode. */
  readonly gatewayAccount: JobAccount;

  constructor(
    private readonly userMap: UserMap,
    private readonly opts: { multiUser?: boolean; lookup?: AccountLookup; cacheMs?: number; now?: () => number } = {},
  ) {
    this.multiUser = opts.multiUser ?? process.getuid?.() === 0;
    const me = userInfo();
    const gid = process.getgid?.() ?? me.gid;
    this.gatewayAccount = { name: me.username, uid: me.uid, gid, group: (opts.lookup ?? nssLookup)(me.username)?.group ?? String(gid), home: me.homedir };
  }

  /** The account a token user's jobs run as, or why there is none. */
  resolve(tokenUser: string): AccountResolution {
    if (!this.multiUser) return { ok: true, account: this.gatewayAccount };
    const name = clusterUser(this.userMap, tokenUser);
    const account = this.lookup(name);
    if (!account) return { ok: false, reason: `no account "${name}" on this cluster` };
    if (account.uid === 0) return { ok: false, reason: `jobs never run as uid 0 ("${name}")` };
    return { ok: true, account };
  }

  private lookup(name: string): JobAccount | null {
    const now = (this.opts.now ?? Date.now)();
    const hit = this.cache.get(name);
    // Found accounts are kept a minute, missing ones a few seconds (so a new account is soon usable).
    if (hit && now - hit.at < (hit.account ? (this.opts.cacheMs ?? 60_000) : 5_000)) return hit.account;
    const account = (this.opts.lookup ?? nssLookup)(name);
    if (this.cache.size > 10_000) this.cache.clear();
    this.cache.set(name, { at: now, account });
    return account;
  }
}
