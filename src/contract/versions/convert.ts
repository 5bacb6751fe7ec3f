// A converter between two versions of the same slurmrestd body, compiled from the two specs: it
// walks the TARGET version's schema and picks each field from the source body, converting nested
// values with the paired schemas. Nothing here names a SLURM field: what differs between versions
// falls out of the schemas (fields one side lacks, flag values one enum lacks); the differences the
// schemas cannot express are per-component rules supplied by the caller (rules.ts). What the
// target cannot hold, and what the source cannot give, is noted, so that the caller can say so in
// warnings[] instead of dropping it silently.
import type { JsonObject, SpecVersion } from '../validate.ts';
import { isPlainObject, refComponent, resolve } from './schema.ts';

/** What a conversion could not carry over, by component-anchored path ("node/power", "job_info/flags EXTERNAL_JOB"). */
export interface Notes {
  /** Fields (and flag values) of the source with a value that the target version has no place for. */
  lost: Set<string>;
  /** Fields of the target version that the source version does not have: shown as their type's empty value. */
  empty: Set<string>;
}

export const newNotes = (): Notes => ({ lost: new Set(), empty: new Set() });

export type Converter = (value: unknown, notes?: Notes) => unknown;

export interface Pair {
  from: SpecVersion;
  to: SpecVersion;
}

/** What a component's conversion needs beyond the schemas: a difference found in real bodies. */
export interface ComponentRule {
  /** Target fields (paths below the component, "partition/exclusive") it sets from other source fields: not "empty". */
  derives?: readonly string[];
  /** Source fields (paths below the component) whose value it carries into other target fields: not "lost". */
  carries?: readonly string[];
  /** Adjusts `out` (the converted object, its own copy) from `source` (the object as given); may add to `notes`. */
  apply(source: Record<string, unknown>, out: Record<string, unknown>, pair: Pair, notes?: Notes): void;
}

export interface ConversionPlan extends Pair {
  /**
   * Keys that neither version's schema declares: 'drop' (a response has only its version's
   * fields) or 'keep' (a request: the backend warns about unknown fields, as slurmrestd does).
   * Keys that only the source declares are always left out, and noted when they carry a value.
   */
  unknownKeys: 'drop' | 'keep';
  /** Target fields the source version lacks get their type's empty value (responses: the target requires many). */
  fillMissing: boolean;
  /**
   * Key order of converted objects: the target schema's ('schema': slurmrestd renders in its
   * parser's order, which is the order of the document it generates) or the input's.
   */
  order: 'schema' | 'input';
  /** Rules per component name (version-independent, e.g. "job_info"), already chosen for this pair. */
  rules?: Record<string, ComponentRule>;
}

const compiledByPlan = new WeakMap<ConversionPlan, Map<string, Converter>>();

/** A deep copy of a JSON value (opaque parts are copied so the result never shares the input's objects). */
const copy = (v: unknown): unknown => (typeof v === 'object' && v !== null ? structuredClone(v) : v);

/** Whether a value says anything: not absent, "", 0, false, an unset no-val struct, or made only of such. */
export function informative(v: unknown): boolean {
  if (v === undefined || v === null || v === '' || v === 0 || v === false) return false;
  if (Array.isArray(v)) return v.some(informative);
  if (isPlainObject(v)) return Object.values(v).some(informative);
  return true;
}

/** The empty value of a schema's type: what slurmrestd renders for a field nobody set. */
export function emptyOf(version: SpecVersion, schema: JsonObject | undefined, depth = 0): unknown {
  const s = resolve(version, schema);
  if (!s) return null;
  if (s.type === 'array' || s.items) return [];
  if (s.type === 'object' || s.properties) {
    const out: Record<string, unknown> = {};
    if (depth < 6) for (const [k, sub] of Object.entries<JsonObject>(s.properties ?? {})) out[k] = emptyOf(version, sub, depth + 1);
    return out;
  }
  if (s.type === 'string') return '';
  if (s.type === 'boolean') return false;
  if (s.type === 'integer' || s.type === 'number') return 0;
  return null;
}

/**
 * The converter for values of `target` (a schema of plan.to) coming from `source` (the paired
 * schema of plan.from, undefined where the source version has no such field). `label` names the
 * place in notes. Values that do not have the shape the schema expects (null for an absent
 * pointer, a plain number where a request may give a {set,infinite,number} struct...) pass
 * through unchanged.
 */
export function compileConverter(plan: ConversionPlan, target: JsonObject | undefined, source: JsonObject | undefined, label = ''): Converter {
  let cache = compiledByPlan.get(plan);
  if (!cache) compiledByPlan.set(plan, (cache = new Map()));
  const name = refComponent(target);
  // Named objects are compiled once (and may reach themselves); a named array (a flag set such as
  // v0.0.42's cr_type) is compiled per use, so that its notes name the field it is used in.
  const resolved = resolve(plan.to, target);
  const isArray = resolved?.type === 'array' || resolved?.items !== undefined;
  const key = name && !isArray ? `${name}\0${refComponent(source) ?? ''}` : undefined;
  if (key) {
    const hit = cache.get(key);
    if (hit) return hit;
    // Registered before building, so that a schema reaching itself again gets this (late-bound) function.
    let built: Converter = () => {
      throw new Error(`converter for ${name} used while being compiled`);
    };
    const late: Converter = (v, n) => built(v, n);
    cache.set(key, late);
    built = build(plan, target, source, name, name!);
    cache.set(key, built);
    return built;
  }
  return build(plan, target, source, isArray ? undefined : name, label);
}

function build(plan: ConversionPlan, targetRef: JsonObject | undefined, sourceRef: JsonObject | undefined, name: string | undefined, label: string): Converter {
  const t = resolve(plan.to, targetRef);
  const s = resolve(plan.from, sourceRef);
  if (!t) return copy;
  const rule = name ? plan.rules?.[name] : undefined;

  if (t.type === 'array' || t.items) {
    const item = compileConverter(plan, t.items, s?.items, label);
    const targetEnum: string[] | undefined = resolve(plan.to, t.items)?.enum;
    const sourceEnum: string[] | undefined = resolve(plan.from, s?.items)?.enum;
    const lacking = targetEnum && sourceEnum ? new Set(sourceEnum.filter((v) => !targetEnum.includes(v))) : undefined;
    return (v, notes) => {
      if (!Array.isArray(v)) return copy(v);
      let kept = v;
      if (lacking?.size) {
        kept = v.filter((x) => !(typeof x === 'string' && lacking.has(x)));
        if (notes) for (const x of v) if (typeof x === 'string' && lacking.has(x)) notes.lost.add(`${label} ${x}`);
      }
      return kept.map((x) => item(x, notes));
    };
  }

  const props: JsonObject = t.properties ?? {};
  const additional = t.additionalProperties && typeof t.additionalProperties === 'object' ? t.additionalProperties : undefined;
  if (t.type === 'object' || t.properties || additional) {
    const sourceProps: JsonObject | undefined = s?.properties;
    const at = (k: string) => (label ? `${label}/${k}` : k);
    const fields = new Map<string, Converter>(Object.keys(props).map((k) => [k, compileConverter(plan, props[k], sourceProps?.[k], at(k))]));
    const other = additional ? compileConverter(plan, additional, s?.additionalProperties, label) : undefined;
    // Fields only the target version has (the source version cannot have given them).
    const onlyTarget = new Set(sourceProps && plan.fillMissing ? Object.keys(props).filter((k) => !(k in sourceProps)) : []);
    const convertKey = (out: Record<string, unknown>, v: Record<string, unknown>, k: string, notes?: Notes) => {
      const field = fields.get(k) ?? other;
      if (field) out[k] = field(v[k], notes);
      else if (sourceProps && k in sourceProps) {
        if (notes && informative(v[k])) notes.lost.add(at(k));
      } else if (plan.unknownKeys === 'keep') out[k] = copy(v[k]);
    };
    const fill = (out: Record<string, unknown>, k: string, notes?: Notes) => {
      out[k] = emptyOf(plan.to, props[k]);
      if (notes) notes.empty.add(at(k));
    };
    return (v, notes) => {
      if (!isPlainObject(v)) return copy(v);
      const out: Record<string, unknown> = {};
      if (plan.order === 'schema') {
        for (const k of fields.keys()) {
          if (Object.hasOwn(v, k)) convertKey(out, v, k, notes);
          else if (onlyTarget.has(k)) fill(out, k, notes);
        }
        for (const k of Object.keys(v)) if (!fields.has(k)) convertKey(out, v, k, notes);
      } else {
        for (const k of Object.keys(v)) convertKey(out, v, k, notes);
        for (const k of onlyTarget) if (!Object.hasOwn(v, k)) fill(out, k, notes);
      }
      if (rule) {
        rule.apply(v, out, plan, notes);
        // What the rule derived is not empty, what it carried is not lost (paths below this component too).
        if (notes) {
          for (const d of rule.derives ?? []) notes.empty.delete(at(d));
          for (const c of rule.carries ?? []) for (const n of notes.lost) if (n === at(c) || n.startsWith(`${at(c)} `)) notes.lost.delete(n);
        }
      }
      return out;
    };
  }

  return copy; // scalars (and schemas without structure)
}
