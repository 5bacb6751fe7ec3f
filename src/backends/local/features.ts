// Node features and a job's `constraints` / `prefer`, as slurmctld has them (job_scheduler.c
// _feature_string2list and build_feature_list, checked against Slurm 26.05):
// - Syntax: feature names joined by `&` (`,` is taken for `&` and the job shows `&`), `|`,
//   parentheses (not nested), one set of brackets, `name*N` counts. A misplaced operator, an
//   unbalanced or nested group, `*` without a positive count or inside parentheses, a count next to
//   other features outside brackets, `[a&b]` without counts or `[a*1|b*1]` with them:
//   ESLURM_INVALID_FEATURE, 2029 "Invalid feature specification" (2133 "Invalid preferred feature
//   specification" for `prefer`). A trailing `&` or `|` is accepted, as slurmctld does.
// - Every name must be a feature of some node of the cluster (case-sensitive; `!x` and names with
//   spaces are just unknown names): else 2029 / 2133.
// - Then the job must be able to run on its partition's nodes that satisfy the expression:
//   else ESLURM_REQUESTED_NODE_CONFIG_UNAVAILABLE, 2014 (the allocator's test; `name*N` needs N
//   nodes of the partition with that feature). slurmctld applies this test to `prefer` too.
// - Placement: a job runs only on nodes whose features satisfy `constraints` (the expression
//   evaluated left to right, groups first), nodes that satisfy `prefer` first.
//   Difference from slurmctld, for multi-node jobs only: a bracketed matching OR (`[a|b]`) lets
//   each node satisfy any alternative, and `name*N` constrains placement like `name`.
import type { LocalNodeConfig, LocalPartitionConfig } from '../../config/schema.ts';
import type { Cluster } from './cluster.ts';

export const INVALID_FEATURE = { errorNumber: 2029, error: 'Invalid feature specification' } as const;
export const INVALID_PREFER = { errorNumber: 2133, error: 'Invalid preferred feature specification' } as const;

export interface FeatureTerm {
  name: string;
  /** `name*N`; 0 when not given. */
  count: number;
}

/** The names of an expression (with their counts), or null when its syntax is invalid. */
export function parseFeatures(spec: string): FeatureTerm[] | null {
  const s = spec.replace(/,/g, '&');
  const terms: Array<FeatureTerm & { op: 'AND' | 'XAND' | 'OR' | 'MOR' | 'END'; bracketed: boolean }> = [];
  let bracket = 0;
  let bracketSets = 0;
  let paren = 0;
  let hasAsterisk = false;
  let feature: string | null = null;
  /** The name ended at a `*N` (slurmctld cut it there): characters before the next operator belong to no name. */
  let nameCut = false;
  let count = 0;
  /** Whether the character before this one ended a token (slurmctld writes '\0' there). */
  let afterTerminator = false;
  const push = (op: 'AND' | 'XAND' | 'OR' | 'MOR' | 'END') => {
    terms.push({ name: feature!, count, op, bracketed: bracket > 0 });
    feature = null;
    nameCut = false;
    count = 0;
  };
  for (let i = 0; i <= s.length; i++) {
    const c = i < s.length ? s[i] : '\0';
    let terminated = true;
    if (c === '*') {
      const m = /^[+-]?\d+/.exec(s.slice(i + 1));
      count = m ? Number(m[0]) : 0;
      if (!bracket) hasAsterisk = true;
      if (feature === null || count <= 0 || paren !== 0) return null;
      i += m![0].length;
      nameCut = true;
      terminated = false; // the next character follows a digit
    } else if (c === '&') {
      if (feature === null) return null;
      push(paren ? 'AND' : bracket ? 'XAND' : 'AND');
    } else if (c === '|') {
      if (feature === null) return null;
      push(paren ? 'OR' : bracket ? 'MOR' : 'OR');
    } else if (c === '[') {
      if (feature !== null || bracket || paren) return null;
      bracket++;
      if (++bracketSets > 1) return null;
    } else if (c === ']') {
      if (feature === null || bracket === 0 || paren) return null;
      bracket--;
    } else if (c === '(') {
      if (feature !== null || paren) return null;
      paren++;
    } else if (c === ')') {
      if (feature === null || paren === 0) return null;
      paren--;
    } else if (c === '\0') {
      if (feature !== null) push('END');
      break;
    } else {
      terminated = false;
      if (feature === null) feature = c;
      else if (afterTerminator) return null; // ')' and ']' must be followed by an operator
      else if (!nameCut) feature += c;
    }
    afterTerminator = terminated;
  }
  if (bracket !== 0 || paren !== 0) return null;
  if (hasAsterisk && terms.length > 1) return null;
  // _valid_feature_list's count rules: XAND needs counts, MOR forbids them (within brackets).
  let hasXand = false;
  let hasMor = false;
  for (const t of terms) {
    if (t.op === 'XAND' && !t.count) return null;
    if (t.op === 'MOR' && t.count) return null;
    if (t.bracketed && t.op !== 'XAND' && t.op !== 'MOR') {
      if (hasXand && !t.count) return null;
      if (hasMor && t.count) return null;
      hasXand = hasMor = false;
    }
    if (t.op === 'XAND') hasXand = true;
    if (t.op === 'MOR') hasMor = true;
  }
  return terms.map(({ name, count: n }) => ({ name, count: n }));
}

/** Whether a node's features satisfy the expression: `&`/`|` left to right, groups first. */
export function nodeSatisfies(spec: string, features: readonly string[]): boolean {
  const tokens = spec.replace(/,/g, '&').match(/\*[+-]?\d+|[&|()[\]]|[^&|()[\]*]+/g) ?? [];
  let i = 0;
  const has = (name: string) => features.includes(name);
  const term = (): boolean => {
    const t = tokens[i++];
    if (t === '(' || t === '[') {
      const v = expr();
      i++; // ')' or ']'
      return v;
    }
    if (tokens[i]?.startsWith('*')) i++;
    return t !== undefined && has(t);
  };
  const expr = (): boolean => {
    let v = term();
    while (tokens[i] === '&' || tokens[i] === '|') {
      const op = tokens[i++];
      // A trailing operator (accepted by slurmctld) adds nothing.
      if (i >= tokens.length || tokens[i] === ')' || tokens[i] === ']') break;
      const w = term();
      v = op === '&' ? v && w : v || w;
    }
    return v;
  };
  return expr();
}

export type FeatureCheck = { ok: true } | { ok: false; errorNumber: number; error: string };

const CONFIG_UNAVAILABLE = { errorNumber: 2014, error: 'Requested node configuration is not available' } as const;

/**
 * build_feature_list's submit-time tests for `constraints` or `prefer` (kind): syntax and known
 * names (2029/2133), then the counts against the partition's nodes (2014). Whether the job's
 * size fits the nodes it leaves is the allocator's test (see eligibleNodes).
 */
export function checkFeatures(spec: string, kind: 'constraints' | 'prefer', cluster: Cluster, partition: LocalPartitionConfig | undefined): FeatureCheck {
  if (spec === '') return { ok: true };
  const invalid = kind === 'prefer' ? INVALID_PREFER : INVALID_FEATURE;
  const terms = parseFeatures(spec);
  if (!terms) return { ok: false, ...invalid };
  const known = clusterFeatures(cluster);
  if (!terms.every((t) => known.has(t.name))) return { ok: false, ...invalid };
  // An unknown partition is refused next (2000), before any count is tested.
  if (!partition) return { ok: true };
  const nodes = partitionNodes(cluster, partition);
  for (const t of terms) {
    if (t.count && nodes.filter((n) => n.features.includes(t.name)).length < t.count) return { ok: false, ...CONFIG_UNAVAILABLE };
  }
  return { ok: true };
}

const featureCache = new WeakMap<Cluster, Set<string>>();
function clusterFeatures(cluster: Cluster): Set<string> {
  let set = featureCache.get(cluster);
  if (!set) featureCache.set(cluster, (set = new Set(cluster.nodes.flatMap((n) => n.features ?? []))));
  return set;
}

function partitionNodes(cluster: Cluster, partition: LocalPartitionConfig): LocalNodeConfig[] {
  return partition.nodes.map((n) => cluster.nodeByName.get(n)).filter((n): n is LocalNodeConfig => n !== undefined);
}

/**
 * The nodes slurmctld tests a job on at submit: with `prefer`, those satisfying both (it tests
 * the preferred features first, and refuses the job with 2014 when no node has them, as real does).
 */
export function submitTestNodes(cluster: Cluster, partition: LocalPartitionConfig, constraints: string, prefer: string): string[] | undefined {
  const nodes = eligibleNodes(cluster, partition, constraints, prefer);
  if (!nodes || !prefer) return nodes;
  return nodes.filter((n) => nodeSatisfies(prefer, cluster.nodeByName.get(n)?.features ?? []));
}

const eligibleCache = new WeakMap<Cluster, Map<string, string[]>>();
/**
 * The partition's nodes a job with these constraints may run on, nodes satisfying `prefer` first;
 * undefined when the job asks for neither (every node of the partition, in its order).
 */
export function eligibleNodes(cluster: Cluster, partition: LocalPartitionConfig, constraints: string, prefer: string): string[] | undefined {
  if (!constraints && !prefer) return undefined;
  let byKey = eligibleCache.get(cluster);
  if (!byKey) eligibleCache.set(cluster, (byKey = new Map()));
  const key = `${partition.name}\0${constraints}\0${prefer}`;
  let nodes = byKey.get(key);
  if (!nodes) {
    const allowed = partitionNodes(cluster, partition).filter((n) => !constraints || nodeSatisfies(constraints, n.features ?? []));
    const preferred = prefer ? allowed.filter((n) => nodeSatisfies(prefer, n.features ?? [])) : [];
    nodes = [...preferred, ...allowed.filter((n) => !preferred.includes(n))].map((n) => n.name);
    byKey.set(key, nodes);
  }
  return nodes;
}
