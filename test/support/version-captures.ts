// Shared by the version tests (src/contract/versions/): the recorded captures, and walks of a body against a v0.0.42 schema.
import { readFileSync } from 'node:fs';
import { type JsonObject, type OperationName, type SpecVersion } from '../../src/contract/validate.ts';
import { OPERATIONS } from '../../src/contract/operations.ts';
import { isPlainObject, resolve } from '../../src/contract/versions/schema.ts';

const FIXTURES = new URL('../fixtures/slurmrestd/', import.meta.url);
export const fixture = (name: string): any => JSON.parse(readFileSync(new URL(name, FIXTURES), 'utf8'));

export interface Capture {
  method: string;
  version: string;
  rest: string;
  status: number;
  file: string;
  op?: OperationName;
}

/** Which of the nine gateway operations a recorded call is, if any. */
function gatewayOperation(method: string, rest: string): OperationName | undefined {
  for (const [name, op] of Object.entries(OPERATIONS)) {
    const re = new RegExp(`^${op.path.replace(/\/$/, '').replace('{job_id}', '[^/]+')}/?$`);
    if (op.method === method.toLowerCase() && re.test(rest) && !(name !== 'submit' && rest === 'job/submit')) return name as OperationName;
  }
  return undefined;
}

/**
 * The JSON rows of a recording's INDEX.md that are in the fixtures, with their operation: the
 * v0.0.43 recording's (fixtures/slurmrestd/INDEX.md) by default, or the one of a folder below it
 * ("versions/": the same objects in four versions, whose index has a version column). `file` is
 * relative to fixtures/slurmrestd/, as fixture() takes it.
 */
export function captures(dir = ''): Capture[] {
  const rows: Capture[] = [];
  for (const line of readFileSync(new URL(`${dir}INDEX.md`, FIXTURES), 'utf8').split('\n')) {
    const m = /^\| `(GET|POST|DELETE) \/slurm\/(v[\d.]+)\/([^`? ]+)[^`]*`[^|]*(?:\| v[\d.]+ )?\| (\d+) \| application\/json \| (\S+) \|$/.exec(line);
    if (m) rows.push({ method: m[1], version: m[2], rest: m[3], status: Number(m[4]), file: `${dir}${m[5]}`, op: gatewayOperation(m[1], m[3]) });
  }
  return rows;
}

/**
 * Places in `value` where `schema` (of `version`) requires a field that is missing. Required
 * entries like "nodes/count" are followed as field count of nodes. An absent-as-null pointer (a
 * null object) has nothing to require.
 */
export function missingRequired(version: SpecVersion, schema: JsonObject | undefined, value: unknown, path = ''): string[] {
  const s = resolve(version, schema);
  if (!s || value === null || value === undefined) return [];
  const out: string[] = [];
  if (Array.isArray(value)) {
    if (s.items) value.forEach((v, i) => out.push(...missingRequired(version, s.items, v, `${path}/${i}`)));
    return out;
  }
  if (!isPlainObject(value)) return out;
  for (const entry of (s.required ?? []) as string[]) {
    let v: unknown = value;
    const parts = entry.split('/');
    for (const [i, part] of parts.entries()) {
      if (!isPlainObject(v) || !Object.hasOwn(v, part)) {
        // A null parent in an "a/b" entry is an absent pointer, not a missing field.
        if (!(i > 0 && v === null)) out.push(`${path}/${parts.slice(0, i + 1).join('/')}`);
        break;
      }
      v = v[part];
    }
  }
  for (const [k, sub] of Object.entries<JsonObject>(s.properties ?? {})) {
    if (Object.hasOwn(value, k)) out.push(...missingRequired(version, sub, value[k], `${path}/${k}`));
  }
  if (s.additionalProperties && typeof s.additionalProperties === 'object') {
    for (const [k, v] of Object.entries(value)) if (!(k in (s.properties ?? {}))) out.push(...missingRequired(version, s.additionalProperties, v, `${path}/${k}`));
  }
  return out;
}

/** Keys of `value` that `schema` does not declare (validation lets them through; a v0.0.42 body must not have them). */
export function undeclaredKeys(version: SpecVersion, schema: JsonObject | undefined, value: unknown, path = ''): string[] {
  const s = resolve(version, schema);
  if (!s || value === null || typeof value !== 'object') return [];
  if (Array.isArray(value)) return value.flatMap((v, i) => undeclaredKeys(version, s.items, v, `${path}/${i}`));
  const props: JsonObject = s.properties ?? {};
  const extra = s.additionalProperties && typeof s.additionalProperties === 'object' ? s.additionalProperties : undefined;
  const out: string[] = [];
  for (const [k, v] of Object.entries(value)) {
    if (k in props) out.push(...undeclaredKeys(version, props[k], v, `${path}/${k}`));
    else if (extra) out.push(...undeclaredKeys(version, extra, v, `${path}/${k}`));
    else if (s.properties) out.push(`${path}/${k}`);
  }
  return out;
}

/**
 * The shape of a JSON value: objects as their keys in order with each value's shape, arrays as the
 * distinct shapes of their items, scalars as their type. Two bodies of the same kind taken at
 * different moments have the same shape even where values (states, times, flags) changed.
 */
export function shape(value: unknown): unknown {
  if (value === null) return 'null';
  if (Array.isArray(value)) {
    const items = new Map<string, unknown>();
    for (const v of value) {
      const s = shape(v);
      items.set(JSON.stringify(s), s);
    }
    return [...items.values()];
  }
  if (typeof value === 'object') return Object.entries(value).map(([k, v]) => [k, shape(v)]);
  return typeof value;
}
