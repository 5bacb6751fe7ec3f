// (e) Property-style: for every ordered pair of versions and each of the nine operations, bodies
// generated at random from the source version's response schema (every required field, a random
// choice of optional ones, random values, flag arrays drawing values only the source has,
// absent-as-null pointers) convert to bodies where every field the target's response schema
// requires exists, and which the target's document accepts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { validateResponse, type JsonObject, type OperationName } from '../validate.ts';
import { OPERATIONS } from '../operations.ts';
import { translateReply } from './index.ts';
import { isPlainObject, resolve, responseSchema } from './schema.ts';
import { API_VERSIONS, type ApiVersion } from '../model.ts';
import { missingRequired } from '../../../test/support/version-captures.ts';

/** mulberry32: a small seeded PRNG, so that a failure names a seed that reproduces it. */
function prng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rand = () => number;
const pick = <T>(r: Rand, xs: T[]): T => xs[Math.floor(r() * xs.length)];

/** Split "a", "a/b", "a/b/c" required entries into top-level names and what each requires below. */
function requiredTree(entries: string[]): Map<string, string[]> {
  const tree = new Map<string, string[]>();
  for (const e of entries) {
    const [head, ...rest] = e.split('/');
    const below = tree.get(head) ?? [];
    if (rest.length) below.push(rest.join('/'));
    tree.set(head, below);
  }
  return tree;
}

function generate(V: ApiVersion, schemaRef: JsonObject | undefined, r: Rand, depth: number, extraRequired: string[] = []): unknown {
  const s = resolve(V, schemaRef);
  if (!s) return null;
  if (s.enum) return pick(r, s.enum);
  switch (s.type) {
    case 'integer':
      return pick(r, [0, 1, 42, 4294967294, Math.floor(r() * 1e9)]);
    case 'number':
      return pick(r, [0, 0.5, 1e6 * r()]);
    case 'boolean':
      return r() < 0.5;
    case 'string':
      return pick(r, ['', 'x', 'vm', `s${Math.floor(r() * 1000)}`]);
    case 'array': {
      const items = resolve(V, s.items);
      // Flag sets: a random subset of the enum (v0.0.43-only values included).
      if (items?.enum) return items.enum.filter(() => r() < 0.3);
      const n = depth > 6 ? 0 : Math.floor(r() * 3);
      return Array.from({ length: n }, () => generate(V, s.items, r, depth + 1));
    }
    default: {
      const out: Record<string, unknown> = {};
      const required = requiredTree([...(s.required ?? []), ...extraRequired]);
      for (const [k, sub] of Object.entries<JsonObject>(s.properties ?? {})) {
        const isRequired = required.has(k);
        if (!isRequired && (depth > 5 || r() < 0.5)) continue;
        const target = resolve(V, sub);
        // Only objects: slurmrestd renders an unset flag array as [], never null.
        const pointer = typeof sub.$ref === 'string' && target?.type === 'object';
        // slurmrestd dumps a NULL pointer as null; only when nothing below it is required.
        if (pointer && !(required.get(k) ?? []).length && r() < 0.1) out[k] = null;
        else out[k] = generate(V, sub, r, depth + 1, required.get(k) ?? []);
      }
      if (s.additionalProperties && typeof s.additionalProperties === 'object' && r() < 0.5) out[`k${Math.floor(r() * 100)}`] = generate(V, s.additionalProperties, r, depth + 1);
      return out;
    }
  }
}

const RUNS = 8;
const PAIRS = API_VERSIONS.flatMap((from) => API_VERSIONS.filter((to) => to !== from).map((to) => [from, to] as const));

test('(e) every field a target response schema requires exists after conversion (random source bodies, every pair)', () => {
  let checked = 0;
  for (const [from, to] of PAIRS) {
    for (const op of Object.keys(OPERATIONS) as OperationName[]) {
      const source = responseSchema(from, op, 200);
      const target = responseSchema(to, op, 200);
      assert.ok(source && target, op);
      for (let seed = 1; seed <= RUNS; seed++) {
        const where = `${from} → ${to} ${op} seed ${seed}`;
        const body = generate(from, source, prng(seed * 7919 + op.length), 0);
        // The generator itself must produce what the source document accepts.
        assert.deepEqual(validateResponse(from, op, 200, body).errors, [], `${where}: generated body is not valid ${from}`);
        assert.deepEqual(missingRequired(from, source, body), [], `${where}: generator missed a required field`);
        const converted = translateReply(op, 200, body, from, to).body;
        assert.ok(isPlainObject(converted));
        assert.deepEqual(missingRequired(to, target, converted), [], where);
        assert.deepEqual(validateResponse(to, op, 200, converted).errors, [], where);
        checked++;
      }
    }
  }
  assert.equal(checked, RUNS * Object.keys(OPERATIONS).length * PAIRS.length);
});
