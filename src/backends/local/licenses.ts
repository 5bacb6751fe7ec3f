// Cluster licenses (slurm.conf Licenses=name:count), as slurmctld has them (licenses.c):
// - The request string: items `name`, `name:N` or `name=N` separated by `,` or `;` (all needed),
//   or by `|` (any one will do; `|` mixed with `,`/`;` is invalid). A count that is not a whole
//   number >= 0, or whitespace anywhere: invalid. Repeated names add up; `name:0` is dropped, and a
//   request of only zero counts is no request. Separators may repeat or trail ("a,,b," is a,b).
// - At submit (license_validate): every name must be a configured license (case-sensitive) and no
//   count may exceed its total, else ESLURM_INVALID_LICENSES, 2048 "Invalid license specification".
// - Scheduling (license_job_test): a job starts only when all its licenses are free (for an OR
//   request: the first one, in request order, that is free); otherwise it waits with reason
//   "Licenses" without holding up the jobs behind it. Licenses are held from start to end.
// - job_info shows `licenses` as submitted and `licenses_allocated` ("name:N,...") once running.
// Checked against Slurm 26.05 (test/contract/submit-checks.test.ts).

export interface LicenseItem {
  name: string;
  count: number;
}

export interface LicenseRequest {
  /** `|`: any one item will do. */
  or: boolean;
  items: LicenseItem[];
}

export const INVALID_LICENSES = { errorNumber: 2048, error: 'Invalid license specification' } as const;

/** _build_license_list: null for no request (empty, or only zero counts); 'invalid' for bad syntax. */
export function parseLicenses(spec: string): LicenseRequest | null | 'invalid' {
  if (spec === '') return null;
  const or = spec.includes('|');
  if (or && /[,;(]/.test(spec)) return 'invalid';
  if (/\s/.test(spec)) return 'invalid';
  const items: LicenseItem[] = [];
  for (const token of spec.split(or ? '|' : /[,;]/)) {
    if (token === '') continue;
    const m = /^([^:=]*)(?:[:=](.*))?$/.exec(token)!;
    const name = m[1];
    let count = 1;
    if (m[2] !== undefined) {
      // strtol: optional sign and digits, nothing after them.
      if (!/^[+-]?\d+$/.test(m[2])) return 'invalid';
      count = Number(m[2]);
      if (count < 0) return 'invalid';
    }
    const seen = items.find((i) => i.name === name);
    if (seen) seen.count += count;
    else if (count > 0) items.push({ name, count });
  }
  return items.length ? { or, items } : null;
}

/** license_validate: every license configured, no count above its total. */
export function licensesValid(req: LicenseRequest, totals: Readonly<Record<string, number>>): boolean {
  return req.items.every((i) => Object.hasOwn(totals, i.name) && i.count <= totals[i.name]);
}

/** "name:N,name:N" (license_list_to_string). */
export const licensesString = (items: readonly LicenseItem[]): string => items.map((i) => `${i.name}:${i.count}`).join(',');

/** Licenses in use: the running jobs' holdings against the configured totals. */
export class LicenseLedger {
  private readonly used = new Map<string, number>();

  constructor(private readonly totals: Readonly<Record<string, number>>) {}

  clone(): LicenseLedger {
    const copy = new LicenseLedger(this.totals);
    for (const [k, v] of this.used) copy.used.set(k, v);
    return copy;
  }

  private free(name: string): number {
    return (this.totals[name] ?? 0) - (this.used.get(name) ?? 0);
  }

  /** What the job would get now (license_job_get), or null when it must wait. */
  pick(req: LicenseRequest): LicenseItem[] | null {
    if (req.or) {
      const item = req.items.find((i) => this.free(i.name) >= i.count);
      return item ? [{ ...item }] : null;
    }
    return req.items.every((i) => this.free(i.name) >= i.count) ? req.items.map((i) => ({ ...i })) : null;
  }

  hold(items: readonly LicenseItem[]): void {
    for (const i of items) this.used.set(i.name, (this.used.get(i.name) ?? 0) + i.count);
  }

  release(items: readonly LicenseItem[]): void {
    for (const i of items) this.used.set(i.name, Math.max(0, (this.used.get(i.name) ?? 0) - i.count));
  }

  inUse(name: string): number {
    return this.used.get(name) ?? 0;
  }
}
