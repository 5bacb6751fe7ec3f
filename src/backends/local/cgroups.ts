// Job containment with the host's control groups, as SLURM's proctrack/cgroup and task/cgroup do:
// each job gets its own cgroup, every process it starts stays in it (setsid and double forks
// included), and its memory, process count and CPUs are limited there. Ending a job kills the
// whole cgroup, and an OOM kill inside it is counted, so the job can end OUT_OF_MEMORY.
//
// cgroup v1 (the controllers mounted under /sys/fs/cgroup/<controller>) and v2 (one unified
// hierarchy at /sys/fs/cgroup) are both supported. Job cgroups are made below the gateway's own
// cgroup, so whatever limits the host puts on the gateway also hold for its jobs. Without root or
// without a cgroup file system, `noContainment` says what is not enforced.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { dirname, join } from 'node:path';

export interface JobLimits {
  /** Bytes of memory (RAM; swap is not allowed on top), or null for no limit. */
  memoryBytes: number | null;
  /** Most processes and threads the job may have at once. */
  pids: number;
  /** Host CPU ids the job may run on (empty: all of them). */
  cpus: number[];
}

export interface JobCgroup {
  /** Put a process (before it runs any job code) into the job's cgroup. */
  attach(pid: number): void;
  /** Deliver a signal to every process in the job; how many were signalled. */
  signalAll(signal: NodeJS.Signals | number): number;
  /** SIGKILL every process in the job (frozen first, so none can fork away); true once it is empty. */
  killAll(timeoutMs?: number): Promise<boolean>;
  /** OOM kills inside the job so far. */
  oomKills(): number;
  /** Remove the (empty) cgroup. */
  remove(): void;
}

export interface Containment {
  readonly kind: 'cgroup-v1' | 'cgroup-v2' | 'none';
  /** What this host does not enforce, for the start-up log. */
  readonly notEnforced: string[];
  /** The host CPU ids available to jobs. */
  readonly hostCpus: number[];
  /** A job's cgroup with its limits (null limits: a handle on an existing one, as it is). */
  create(name: string, limits: JobLimits | null): JobCgroup | null;
  /** Kill and remove job cgroups a previous gateway process left behind (except those in `keep`). */
  sweep(keep?: ReadonlySet<string>): Promise<void>;
  /** Remove this backend's own (empty) cgroups at shutdown. */
  release(): void;
}

const CGROUP_ROOT = '/sys/fs/cgroup';
const V1_CONTROLLERS = ['memory', 'pids', 'cpuset', 'freezer'] as const;

const read = (file: string): string => readFileSync(file, 'utf8');
const allCpus = (): number[] => cpus().map((_, i) => i);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** "0-2,5" → [0, 1, 2, 5] (the kernel's cpu list format). */
export function parseCpuList(list: string): number[] {
  const out: number[] = [];
  for (const part of list.trim().split(',').filter(Boolean)) {
    const [a, b] = part.split('-').map(Number);
    for (let c = a; c <= (b ?? a); c++) out.push(c);
  }
  return out;
}

function pidsIn(dir: string): number[] {
  try {
    return read(join(dir, 'cgroup.procs')).split('\n').filter(Boolean).map(Number);
  } catch {
    return [];
  }
}

function signalPids(pids: number[], signal: NodeJS.Signals | number): number {
  let n = 0;
  for (const pid of pids) {
    try {
      process.kill(pid, signal);
      n++;
    } catch {
      /* already gone */
    }
  }
  return n;
}

/** The gateway's own cgroup path per hierarchy, from /proc/self/cgroup ("4:memory:/a/b", "0::/a"). */
function ownPaths(): Map<string, string> {
  const paths = new Map<string, string>();
  for (const line of read('/proc/self/cgroup').split('\n').filter(Boolean)) {
    const [, controllers, path] = line.split(':');
    for (const c of controllers.split(',')) paths.set(c, path);
  }
  return paths;
}

function rmdirRetrying(dirs: string[]): void {
  for (const d of dirs) {
    try {
      rmdirSync(d);
    } catch {
      /* busy for a moment after the last process died, or already gone: swept at the next start */
    }
  }
}

/** Remove each scope directory and its `depth - 1` parents, where empty (other gateways may share a parent). */
function rmdirScope(dirs: string[], depth: number): void {
  for (const dir of dirs) {
    let d = dir;
    for (let i = 0; i < depth; i++, d = dirname(d)) {
      try {
        rmdirSync(d);
      } catch {
        break;
      }
    }
  }
}

/** Make `dir` (and parents up to `from`) in a v1 cpuset hierarchy, where each level needs cpus and mems before use. */
function mkdirCpuset(from: string, dir: string): void {
  const rel = dir.slice(from.length).split('/').filter(Boolean);
  let cur = from;
  for (const part of rel) {
    const next = join(cur, part);
    if (!existsSync(next)) mkdirSync(next);
    for (const f of ['cpuset.cpus', 'cpuset.mems']) if (read(join(next, f)).trim() === '') writeFileSync(join(next, f), read(join(cur, f)).trim());
    cur = next;
  }
}

class V1Containment implements Containment {
  readonly kind = 'cgroup-v1' as const;
  readonly notEnforced: string[] = [];
  readonly hostCpus: number[];
  private readonly bases = new Map<string, string>();

  private readonly scopeDepth: number;

  constructor(scope: string) {
    this.scopeDepth = scope.split('/').filter(Boolean).length;
    const own = ownPaths();
    for (const c of V1_CONTROLLERS) {
      const mount = join(CGROUP_ROOT, c);
      if (!existsSync(join(mount, 'cgroup.procs'))) {
        this.notEnforced.push(c === 'freezer' ? 'killing processes that left the job cgroup-free (no freezer)' : `${c} limits`);
        continue;
      }
      const base = join(mount, own.get(c) ?? '/', scope);
      if (c === 'cpuset') mkdirCpuset(join(mount, own.get(c) ?? '/'), base);
      else mkdirSync(base, { recursive: true });
      this.bases.set(c, base);
    }
    const cpuset = this.bases.get('cpuset');
    this.hostCpus = cpuset ? parseCpuList(read(join(cpuset, 'cpuset.effective_cpus'))) : allCpus();
    if (!this.bases.has('freezer') && !this.bases.has('pids') && !this.bases.has('memory')) throw new Error('no usable cgroup v1 controller');
  }

  create(name: string, limits: JobLimits | null): JobCgroup {
    const dirs = new Map<string, string>();
    for (const [c, base] of this.bases) {
      const dir = join(base, name);
      if (c === 'cpuset') mkdirCpuset(base, dir);
      else mkdirSync(dir, { recursive: true });
      dirs.set(c, dir);
    }
    const mem = dirs.get('memory');
    if (limits) this.limit(dirs, limits);
    // Processes are listed by whichever hierarchy every job process is in.
    const members = dirs.get('freezer') ?? dirs.get('pids') ?? dirs.get('memory')!;
    const freezer = dirs.get('freezer');
    return {
      attach(pid) {
        for (const dir of dirs.values()) writeFileSync(join(dir, 'cgroup.procs'), String(pid));
      },
      signalAll: (signal) => signalPids(pidsIn(members), signal),
      async killAll(timeoutMs = 10_000) {
        const until = Date.now() + timeoutMs;
        while (Date.now() < until) {
          const pids = pidsIn(members);
          if (pids.length === 0) return true;
          if (freezer) {
            // Frozen processes cannot fork while we kill them; SIGKILL still ends them once thawed.
            writeFileSync(join(freezer, 'freezer.state'), 'FROZEN');
            signalPids(pidsIn(members), 'SIGKILL');
            writeFileSync(join(freezer, 'freezer.state'), 'THAWED');
          } else signalPids(pids, 'SIGKILL');
          await sleep(20);
        }
        return pidsIn(members).length === 0;
      },
      oomKills() {
        if (!mem) return 0;
        try {
          return Number(/^oom_kill (\d+)$/m.exec(read(join(mem, 'memory.oom_control')))?.[1] ?? 0);
        } catch {
          return 0;
        }
      },
      remove: () => rmdirRetrying([...dirs.values()]),
    };
  }

  async sweep(keep: ReadonlySet<string> = new Set()): Promise<void> {
    const names = new Set<string>();
    for (const base of this.bases.values()) for (const e of readdirSync(base, { withFileTypes: true })) if (e.isDirectory() && e.name.startsWith('job_')) names.add(e.name);
    for (const name of names) {
      if (keep.has(name)) continue;
      const cg = this.adopt(name);
      await cg.killAll();
      cg.remove();
    }
  }

  private limit(dirs: Map<string, string>, limits: JobLimits): void {
    const mem = dirs.get('memory');
    if (mem && limits.memoryBytes !== null) {
      writeFileSync(join(mem, 'memory.limit_in_bytes'), String(limits.memoryBytes));
      // No swap on top of the request (ConstrainSwapSpace=yes, AllowedSwapSpace=0), where swap is accounted.
      if (existsSync(join(mem, 'memory.memsw.limit_in_bytes'))) writeFileSync(join(mem, 'memory.memsw.limit_in_bytes'), String(limits.memoryBytes));
    }
    const pids = dirs.get('pids');
    if (pids) writeFileSync(join(pids, 'pids.max'), String(limits.pids));
    const cpuset = dirs.get('cpuset');
    if (cpuset && limits.cpus.length > 0) writeFileSync(join(cpuset, 'cpuset.cpus'), limits.cpus.join(','));
  }

  release(): void {
    rmdirScope([...this.bases.values()], this.scopeDepth);
  }

  /** A handle on an existing job cgroup, without changing its limits. */
  private adopt(name: string): JobCgroup {
    return this.create(name, null);
  }
}

class V2Containment implements Containment {
  readonly kind = 'cgroup-v2' as const;
  readonly notEnforced: string[] = [];
  readonly hostCpus: number[];
  private readonly base: string;
  private readonly controllers: Set<string>;
  private readonly scopeDepth: number;

  constructor(scope: string) {
    this.scopeDepth = scope.split('/').filter(Boolean).length;
    const own = join(CGROUP_ROOT, ownPaths().get('') ?? '/');
    // v2 lets a cgroup with processes of its own hand no controllers down ("no internal processes"):
    // the gateway moves itself into a leaf first, as slurmstepd does with its "system" cgroup.
    const leaf = join(own, 's3m-gateway');
    const wanted = ['memory', 'pids', 'cpuset'];
    const available = new Set(read(join(own, 'cgroup.controllers')).trim().split(/\s+/).filter(Boolean));
    if (!existsSync(leaf)) mkdirSync(leaf);
    writeFileSync(join(leaf, 'cgroup.procs'), String(process.pid));
    const enable = wanted.filter((c) => available.has(c));
    if (enable.length) writeFileSync(join(own, 'cgroup.subtree_control'), enable.map((c) => `+${c}`).join(' '));
    this.base = join(own, scope);
    mkdirSync(this.base, { recursive: true });
    if (enable.length) writeFileSync(join(this.base, 'cgroup.subtree_control'), enable.map((c) => `+${c}`).join(' '));
    this.controllers = new Set(enable);
    for (const c of wanted) if (!this.controllers.has(c)) this.notEnforced.push(`${c} limits`);
    this.hostCpus = this.controllers.has('cpuset') ? parseCpuList(read(join(this.base, 'cpuset.cpus.effective'))) : allCpus();
  }

  create(name: string, limits: JobLimits | null): JobCgroup {
    const dir = join(this.base, name);
    mkdirSync(dir, { recursive: true });
    if (limits) this.limit(dir, limits);
    return this.handle(dir);
  }

  private limit(dir: string, limits: JobLimits): void {
    if (this.controllers.has('memory') && limits.memoryBytes !== null) {
      writeFileSync(join(dir, 'memory.max'), String(limits.memoryBytes));
      if (existsSync(join(dir, 'memory.swap.max'))) writeFileSync(join(dir, 'memory.swap.max'), '0');
    }
    if (this.controllers.has('pids')) writeFileSync(join(dir, 'pids.max'), String(limits.pids));
    if (this.controllers.has('cpuset') && limits.cpus.length > 0) writeFileSync(join(dir, 'cpuset.cpus'), limits.cpus.join(','));
  }

  private handle(dir: string): JobCgroup {
    return {
      attach: (pid) => writeFileSync(join(dir, 'cgroup.procs'), String(pid)),
      signalAll: (signal) => signalPids(pidsIn(dir), signal),
      async killAll(timeoutMs = 10_000) {
        const until = Date.now() + timeoutMs;
        while (Date.now() < until) {
          if (pidsIn(dir).length === 0) return true;
          if (existsSync(join(dir, 'cgroup.kill'))) writeFileSync(join(dir, 'cgroup.kill'), '1');
          else {
            writeFileSync(join(dir, 'cgroup.freeze'), '1');
            signalPids(pidsIn(dir), 'SIGKILL');
            writeFileSync(join(dir, 'cgroup.freeze'), '0');
          }
          await sleep(20);
        }
        return pidsIn(dir).length === 0;
      },
      oomKills() {
        try {
          return Number(/^oom_kill (\d+)$/m.exec(read(join(dir, 'memory.events')))?.[1] ?? 0);
        } catch {
          return 0;
        }
      },
      remove: () => rmdirRetrying([dir]),
    };
  }

  release(): void {
    rmdirScope([this.base], this.scopeDepth);
  }

  async sweep(keep: ReadonlySet<string> = new Set()): Promise<void> {
    for (const e of readdirSync(this.base, { withFileTypes: true })) {
      if (!e.isDirectory() || !e.name.startsWith('job_') || keep.has(e.name)) continue;
      const cg = this.create(e.name, null);
      await cg.killAll();
      cg.remove();
    }
  }
}

/** No cgroups: jobs are ended by process group, and nothing is limited. */
export function noContainment(why: string): Containment {
  return {
    kind: 'none',
    notEnforced: [`memory, process-count and CPU limits, and killing processes that leave the job's process group (${why})`],
    hostCpus: allCpus(),
    create: () => null,
    sweep: async () => {},
    release: () => {},
  };
}

/**
 * The host's containment for the jobs of one resource: cgroup v2 when /sys/fs/cgroup is the
 * unified hierarchy, else the v1 controllers; none when not root or when the host has neither.
 */
export function hostContainment(scope: string): Containment {
  if (process.getuid?.() !== 0) return noContainment('the gateway is not root');
  try {
    if (existsSync(join(CGROUP_ROOT, 'cgroup.controllers'))) return new V2Containment(scope);
    if (existsSync(join(CGROUP_ROOT, 'memory', 'cgroup.procs')) || existsSync(join(CGROUP_ROOT, 'pids', 'cgroup.procs'))) return new V1Containment(scope);
    return noContainment(`no cgroup file system at ${CGROUP_ROOT}`);
  } catch (err) {
    return noContainment(`cgroups unusable: ${(err as Error).message}`);
  }
}
