// A converter between two versions of the same slurmrestd body, compiled from the two specs: it
// walks the TARGET version's schema and picks each field from the source body, converting nested
// values with the paired schemas. Nothing here names a SLURM field: what differs between versions
// falls out of the schemas (fields the target lacks, flag values its enum lacks); the few
// differences the schemas cannot express are per-component rules supplied by the caller.
import type { JsonObject, SpecVersion } from '../validate.ts';
import { isPlainObject, refComponent, resolve } from './schema.ts';

export type Converter = (value: unknown) => unknown;

/** A post-conversion rule of one component: gets the source object and the converted one (its own copy, free to modify). */
export type ComponentRule = (source: Record<string, unknown>, converted: Record<string, unknown>) => Record<string, unknown>;

export interface ConversionPlan {
  from: SpecVersion;
  to: SpecVersion;
  /**
   * Object keys the target schema does not declare: 'drop' (a response rendered for an older
   * version has only that version's fields) or 'keep' (a request: slurmrestd, or the backend,
   * warns about unknown fields, so they must reach it).
   */
  unknownKeys: 'drop' | 'keep';
  /** Flag-array values that the source's enum has and the target's lacks: 'drop' or 'keep'. */
  unknownFlags: 'drop' | 'keep';
  /**
   * Key order of converted objects: the target schema's ('schema': slurmrestd renders in its
   * parser's order, which is the order of the document it generates) or the input's.
   */
  order: 'schema' | 'input';
  /** Rules per target component name (version-independent, e.g. "job_info"). */
  rules?: Record<string, ComponentRule>;
}

const compiledByPlan = new WeakMap<ConversionPlan, Map<string, Converter>>();

/** A deep copy of a JSON value (opaque parts are copied so the result never shares the input's objects). */
const copy = (v: unknown): unknown => (typeof v === 'object' && v !== null ? structuredClone(v) : v);

/**
 * The converter for values of `target` (a schema of plan.to) coming from `source` (the paired
 * schema of plan.from, undefined where the source version has no such field).
 * Values that do not have the shape the schema expects (null for an absent pointer, a plain
 * number where a request may give a {set,infinite,number} struct...) pass through unchanged.
 */
export function compileConverter(plan: ConversionPlan, target: JsonObject | undefined, source: JsonObject | undefined): Converter {
  let cache = compiledByPlan.get(plan);
  if (!cache) compiledByPlan.set(plan, (cache = new Map()));
  const name = refComponent(target);
  const key = name ? `${name}\0${refComponent(source) ?? ''}` : undefined;
  if (key) {
    const hit = cache.get(key);
    if (hit) return hit;
    // Registered before building, so that a schema reaching itself again gets this (late-bound) function.
    let built: Converter = () => {
      throw new Error(`converter for ${name} used while being compiled`);
    };
    const late: Converter = (v) => built(v);
    cache.set(key, late);
    built = build(plan, target, source, name);
    cache.set(key, built);
    return built;
  }
  return build(plan, target, source, undefined);
}

function build(plan: ConversionPlan, targetRef: JsonObject | undefined, sourceRef: JsonObject | undefined, name: string | undefined): Converter {
  const t = resolve(plan.to, targetRef);
  const s = resolve(plan.from, sourceRef);
  if (!t) return copy;
  const rule = name ? plan.rules?.[name] : undefined;

  if (t.type === 'array' || t.items) {
    const item = compileConverter(plan, t.items, s?.items);
    const targetEnum: string[] | undefined = resolve(plan.to, t.items)?.enum;
    const sourceEnum: string[] | undefined = resolve(plan.from, s?.items)?.enum;
    const lacking = plan.unknownFlags === 'drop' && targetEnum && sourceEnum ? new Set(sourceEnum.filter((v) => !targetEnum.includes(v))) : undefined;
    return (v) => {
      if (!Array.isArray(v)) return copy(v);
      const kept = lacking?.size ? v.filter((x) => !(typeof x === 'string' && lacking.has(x))) : v;
      return kept.map(item);
    };
  }

  const props: JsonObject = t.properties ?? {};
  const additional = t.additionalProperties && typeof t.additionalProperties === 'object' ? t.additionalProperties : undefined;
  if (t.type === 'object' || t.properties || additional) {
    const sourceProps: JsonObject = s?.properties ?? {};
    const fields = new Map<string, Converter>(Object.keys(props).map((k) => [k, compileConverter(plan, props[k], sourceProps[k])]));
    const other = additional ? compileConverter(plan, additional, s?.additionalProperties) : undefined;
    const convertKey = (out: Record<string, unknown>, v: Record<string, unknown>, k: string) => {
      const field = fields.get(k) ?? other;
      if (field) out[k] = field(v[k]);
      else if (plan.unknownKeys === 'keep') out[k] = copy(v[k]);
    };
    return (v) => {
      if (!isPlainObject(v)) return copy(v);
      const out: Record<string, unknown> = {};
      if (plan.order === 'schema') {
        for (const k of fields.keys()) if (Object.hasOwn(v, k)) convertKey(out, v, k);
        for (const k of Object.keys(v)) if (!fields.has(k)) convertKey(out, v, k);
      } else {
        for (const k of Object.keys(v)) convertKey(out, v, k);
      }
      return rule ? rule(v, out) : out;
    };
  }

  return copy; // scalars (and schemas without structure)
}
