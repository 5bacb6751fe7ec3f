// Structural comparison of two SLURM bodies: the same keys at every level and the same JSON value
// types, ignoring values. Arrays compare by the union of their elements' shapes; an empty array
// matches any array. `null` is its own type (slurmrestd renders an absent object, such as the
// job_resources of a job that never ran, as null), so null against an object is a difference.
export type Shape = { kind: 'string' | 'number' | 'boolean' | 'null' } | { kind: 'array'; of: Shape | null } | { kind: 'object'; keys: Map<string, Shape> } | { kind: 'mixed'; of: Shape[] };

export function shapeOf(v: unknown): Shape {
  if (v === null) return { kind: 'null' };
  if (Array.isArray(v)) return { kind: 'array', of: v.reduce<Shape | null>((acc, x) => (acc === null ? shapeOf(x) : merge(acc, shapeOf(x))), null) };
  if (typeof v === 'object') return { kind: 'object', keys: new Map(Object.entries(v as object).map(([k, x]) => [k, shapeOf(x)])) };
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return { kind: v === null ? 'null' : (typeof v as 'string') };
  throw new Error(`not a JSON value: ${typeof v}`);
}

function merge(a: Shape, b: Shape): Shape {
  if (a.kind === 'object' && b.kind === 'object') {
    const keys = new Map(a.keys);
    for (const [k, s] of b.keys) keys.set(k, keys.has(k) ? merge(keys.get(k)!, s) : s);
    return { kind: 'object', keys };
  }
  if (a.kind === 'array' && b.kind === 'array') return { kind: 'array', of: a.of === null ? b.of : b.of === null ? a.of : merge(a.of, b.of) };
  if (a.kind === b.kind && a.kind !== 'mixed') return a;
  const parts = [...(a.kind === 'mixed' ? a.of : [a]), ...(b.kind === 'mixed' ? b.of : [b])];
  const uniq = new Map(parts.map((p) => [describe(p), p]));
  return uniq.size === 1 ? parts[0] : { kind: 'mixed', of: [...uniq.values()] };
}

export function describe(s: Shape | null): string {
  if (s === null) return 'array element (none)';
  if (s.kind === 'array') return 'array';
  if (s.kind === 'mixed') return s.of.map(describe).sort().join('|');
  return s.kind;
}

/** Differences between `local` and `real` as readable lines ("jobs[].foo: missing in local (real: string)"). */
export function compareShapes(local: unknown, real: unknown, opts: { ignore?: (path: string) => boolean } = {}): string[] {
  const out: string[] = [];
  const walk = (a: Shape, b: Shape, path: string) => {
    if (opts.ignore?.(path)) return;
    if (a.kind === 'object' && b.kind === 'object') {
      for (const [k, s] of b.keys) {
        const p = path ? `${path}.${k}` : k;
        if (opts.ignore?.(p)) continue;
        if (!a.keys.has(k)) out.push(`${p}: missing in local (real: ${describe(s)})`);
        else walk(a.keys.get(k)!, s, p);
      }
      for (const [k, s] of a.keys) {
        const p = path ? `${path}.${k}` : k;
        if (!b.keys.has(k) && !opts.ignore?.(p)) out.push(`${p}: only in local (${describe(s)})`);
      }
      return;
    }
    if (a.kind === 'array' && b.kind === 'array') {
      if (a.of !== null && b.of !== null) walk(a.of, b.of, `${path}[]`);
      return;
    }
    if (describe(a) !== describe(b)) out.push(`${path}: local ${describe(a)}, real ${describe(b)}`);
  };
  walk(shapeOf(local), shapeOf(real), '');
  return out;
}

/** Leaves of a JSON value by path; arrays of strings (enum lists such as job_state, flags) are one leaf. */
export function leaves(v: unknown, path = '', out = new Map<string, unknown>()): Map<string, unknown> {
  if (Array.isArray(v)) {
    if (v.every((x) => typeof x === 'string')) out.set(path, JSON.stringify(v));
    else v.forEach((x, i) => leaves(x, `${path}[${i}]`, out));
  } else if (v !== null && typeof v === 'object') {
    const o = v as Record<string, unknown>;
    const keys = Object.keys(o);
    if (keys.length === 3 && 'set' in o && 'infinite' in o && 'number' in o) {
      // SLURM's no-val numbers: whether set/infinite always matters; the number is a leaf of its own.
      out.set(`${path}.set`, o.set);
      out.set(`${path}.infinite`, o.infinite);
      out.set(`${path}.number`, o.number);
    } else for (const k of keys) leaves(o[k], path ? `${path}.${k}` : k, out);
  } else out.set(path, v);
  return out;
}

/** Leaves whose values differ (paths matching `ignore` left out), as readable lines. */
export function compareValues(local: unknown, real: unknown, ignore: RegExp[]): string[] {
  const [l, r] = [leaves(local), leaves(real)];
  const out: string[] = [];
  for (const path of new Set([...l.keys(), ...r.keys()])) {
    if (ignore.some((re) => re.test(path))) continue;
    const [a, b] = [l.get(path), r.get(path)];
    if (a !== b) out.push(`${path}: local ${JSON.stringify(a)}, real ${JSON.stringify(b)}`);
  }
  return out;
}
