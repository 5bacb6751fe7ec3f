// Partitions (and a job's resources) between v0.0.44 and v0.0.45, from SchedMD's data_parser
// source (v0.0.44 and v0.0.45 parsers.c, slurm.h):
// - select_type: up to v0.0.44 the CR_TYPE flags (CPU, SOCKET, CORE, MEMORY, ...); v0.0.45 the
//   SELECT_TYPE_PARAM names (CR_CPU_MEMORY, CR_CORE, ..., NONE for nothing set).
// - cpus/task_binding: up to v0.0.44 the raw CpuBind bit mask (an integer); v0.0.45 its flags.
// - partition/oversubscribe and partition/exclusive (v0.0.45): the OverSubscribe and Exclusive
//   strings of `scontrol show partition`, made from max_share, which older versions show as
//   maximums/oversubscribe {jobs, flags [force]} (still there in v0.0.45).
import type { Pair } from './convert.ts';
import type { VersionRule } from './rules.ts';
import { asObject, isOlder } from './schema.ts';

const V45 = 'v0.0.45';
const to45 = (p: Pair) => p.to === V45 && isOlder(p.from, V45);
const from45 = (p: Pair) => p.from === V45 && isOlder(p.to, V45);
const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);

/** The exclusive resource (CPU, CORE or SOCKET) with or without MEMORY, in v0.0.45's order of names. */
const BASES = ['CPU', 'CORE', 'SOCKET'] as const;
/** Non-exclusive bits present in both versions, v0.0.44 name → v0.0.45 name, in v0.0.45's order. */
const BITS: [string, string][] = [
  ['ONE_TASK_PER_CORE', 'CR_ONE_TASK_PER_CORE'],
  ['CORE_DEFAULT_DIST_BLOCK', 'CR_CORE_DEFAULT_DIST_BLOCK'],
  ['LLN', 'CR_LLN'],
  ['PACK_NODES', 'CR_PACK_NODES'],
];
/** v0.0.44's order of its CR_TYPE names. */
const V44_ORDER = ['CPU', 'SOCKET', 'CORE', 'BOARD', 'MEMORY', 'ONE_TASK_PER_CORE', 'PACK_NODES', 'CORE_DEFAULT_DIST_BLOCK', 'LLN', 'LINEAR'];

export function selectTypeTo45(old: string[]): string[] {
  const memory = old.includes('MEMORY');
  const base = BASES.find((b) => old.includes(b));
  const out: string[] = [];
  if (base) out.push(memory ? `CR_${base}_MEMORY` : `CR_${base}`);
  else if (memory) out.push('CR_MEMORY');
  for (const [o, n] of BITS) if (old.includes(o)) out.push(n);
  return out.length ? out : ['NONE'];
}

export function selectTypeFrom45(names: string[]): string[] {
  const set = new Set<string>();
  for (const n of names) {
    const m = /^CR_(CPU|CORE|SOCKET)(_MEMORY)?$/.exec(n);
    if (m) {
      set.add(m[1]);
      if (m[2]) set.add('MEMORY');
    } else if (n === 'CR_MEMORY') set.add('MEMORY');
    else for (const [o, nn] of BITS) if (nn === n) set.add(o);
  }
  return V44_ORDER.filter((x) => set.has(x));
}

/** CpuBind bits (slurm.h cpu_bind_type_t) of the flags v0.0.45 shows for a partition, in its order. */
const CPU_BIND: [string, number][] = [
  ['CPU_BIND_TO_THREADS', 0x2],
  ['CPU_BIND_TO_CORES', 0x4],
  ['CPU_BIND_TO_SOCKETS', 0x8],
  ['CPU_BIND_TO_LDOMS', 0x10],
  ['CPU_BIND_NONE', 0x20],
  ['CPU_BIND_OFF', 0x80000],
  ['VERBOSE', 0x1],
];
export const taskBindingTo45 = (mask: number): string[] => CPU_BIND.filter(([, bit]) => (mask & bit) !== 0).map(([n]) => n);
export const taskBindingFrom45 = (flags: string[]): number => CPU_BIND.filter(([n]) => flags.includes(n)).reduce((m, [, bit]) => m | bit, 0);

/** OverSubscribe and Exclusive strings from maximums/oversubscribe (DUMP PARTITION_OVERSUBSCRIBE / _EXCLUSIVE). */
function sharing(maximums: unknown): { oversubscribe: string; exclusive: string } | undefined {
  const o = asObject(asObject(maximums)?.oversubscribe);
  if (!o || typeof o.jobs !== 'number') return undefined;
  const jobs = o.jobs;
  const force = strings(o.flags).includes('force');
  const oversubscribe = jobs === 0 || (!force && jobs === 1) ? 'NO' : force ? `FORCE:${jobs}` : `YES:${jobs}`;
  // USER and TOPO come from partition flags older versions do not show.
  return { oversubscribe, exclusive: jobs === 0 ? 'NODE' : 'NO' };
}

/** SHARED_FORCE (slurm.h): the bit of max_share that OverSubscribe=FORCE sets. */
const SHARED_FORCE = 0x8000;

/** max_share from v0.0.45's OverSubscribe and Exclusive strings, as older versions show it (shares raw, jobs without the force bit). */
function maxShare(oversubscribe: unknown, exclusive: unknown): { shares: number; jobs: number; force: boolean } | undefined {
  if (exclusive === 'NODE') return { shares: 0, jobs: 0, force: false };
  if (oversubscribe === 'NO') return { shares: 1, jobs: 1, force: false };
  const m = typeof oversubscribe === 'string' ? /^(YES|FORCE):(\d+)$/.exec(oversubscribe) : null;
  if (!m) return undefined;
  const jobs = Number(m[2]);
  return m[1] === 'FORCE' ? { shares: jobs | SHARED_FORCE, jobs, force: true } : { shares: jobs, jobs, force: false };
}

const selectTypeRules = (component: string): VersionRule[] => [
  {
    component,
    applies: to45,
    carries: ['select_type'],
    apply(source, out) {
      if ('select_type' in out) out.select_type = selectTypeTo45(strings(source.select_type));
    },
  },
  {
    component,
    applies: from45,
    carries: ['select_type'],
    apply(source, out) {
      if ('select_type' in out) out.select_type = selectTypeFrom45(strings(source.select_type));
    },
  },
];

export const PARTITION_RULES: readonly VersionRule[] = [
  ...selectTypeRules('partition_info'),
  ...selectTypeRules('job_res'),
  {
    component: 'partition_info',
    applies: to45,
    derives: ['partition/exclusive', 'partition/oversubscribe'],
    apply(source, out) {
      const cpus = asObject(out.cpus);
      const mask = asObject(source.cpus)?.task_binding;
      if (cpus && typeof mask === 'number') cpus.task_binding = taskBindingTo45(mask);
      const part = asObject(out.partition);
      const s = sharing(source.maximums);
      if (part && s) Object.assign(part, s);
      // Still in the v0.0.45 document, but its parser renders them empty (add_removed).
      const max = asObject(out.maximums);
      if (max && 'shares' in max) max.shares = 0;
      if (max && asObject(max.oversubscribe)) max.oversubscribe = { jobs: 0, flags: [] };
    },
  },
  {
    component: 'partition_info',
    applies: from45,
    carries: ['partition/exclusive', 'partition/oversubscribe'],
    apply(source, out) {
      const cpus = asObject(out.cpus);
      const flags = asObject(source.cpus)?.task_binding;
      if (cpus && Array.isArray(flags)) cpus.task_binding = taskBindingFrom45(strings(flags));
      const max = asObject(out.maximums);
      const part = asObject(source.partition);
      const shares = part && maxShare(part.oversubscribe, part.exclusive);
      if (max && shares) {
        if ('shares' in max) max.shares = shares.shares;
        if (asObject(max.oversubscribe)) max.oversubscribe = { jobs: shares.jobs, flags: shares.force ? ['force'] : [] };
      }
    },
  },
];
