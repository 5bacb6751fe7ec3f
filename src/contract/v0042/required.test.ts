// (e) Property-style: for each of the nine operations, bodies generated at random from the v0.0.43
// response schema (every required field, a random choice of optional ones, random values, flag
// arrays drawing v0.0.43-only values, absent-as-null pointers) convert to bodies where every field
// the v0.0.42 response schema requires exists, and which the v0.0.42 document accepts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { validateResponse, type JsonObject, type OperationName } from '../validate.ts';
import { OPERATIONS } from '../operations.ts';
import { toV0042 } from './index.ts';
import { NEW, OLD, isPlainObject, resolve, responseSchema } from './schema.ts';
import { missingRequired } from '../../../test/support/v0042-captures.ts';

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

function generate(schemaRef: JsonObject | undefined, r: Rand, depth: number, extraRequired: string[] = []): unknown {
  const s = resolve(NEW, schemaRef);
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
      const items = resolve(NEW, s.items);
      // Flag sets: a random subset of the enum (v0.0.43-only values included).
      if (items?.enum) return items.enum.filter(() => r() < 0.3);
      const n = depth > 6 ? 0 : Math.floor(r() * 3);
      return Array.from({ length: n }, () => generate(s.items, r, depth + 1));
    }
    default: {
      const out: Record<string, unknown> = {};
      const required = requiredTree([...(s.required ?? []), ...extraRequired]);
      for (const [k, sub] of Object.entries<JsonObject>(s.properties ?? {})) {
        const isRequired = required.has(k);
        if (!isRequired && (depth > 5 || r() < 0.5)) continue;
        const target = resolve(NEW, sub);
        const pointer = typeof sub.$ref === 'string' && (target?.type === 'object' || target?.type === 'array');
        // slurmrestd dumps a NULL pointer as null; only when nothing below it is required.
        if (pointer && !(required.get(k) ?? []).length && r() < 0.1) out[k] = null;
        else out[k] = generate(sub, r, depth + 1, required.get(k) ?? []);
      }
      if (s.additionalProperties && typeof s.additionalProperties === 'object' && r() < 0.5) out[`k${Math.floor(r() * 100)}`] = generate(s.additionalProperties, r, depth + 1);
      return out;
    }
  }
}

const RUNS = 40;

test('(e) every field a v0.0.42 response schema requires exists after conversion (random v0.0.43 bodies)', () => {
  let checked = 0;
  let flagsDropped = 0;
  for (const op of Object.keys(OPERATIONS) as OperationName[]) {
    const source = responseSchema(NEW, op, 200);
    const target = responseSchema(OLD, op, 200);
    assert.ok(source && target, op);
    for (let seed = 1; seed <= RUNS; seed++) {
      const body = generate(source, prng(seed * 7919 + op.length), 0);
      // The generator itself must produce what the v0.0.43 document accepts.
      assert.deepEqual(validateResponse(NEW, op, 200, body).errors, [], `${op} seed ${seed}: generated body is not valid v0.0.43`);
      assert.deepEqual(missingRequired(NEW, source, body), [], `${op} seed ${seed}: generator missed a required field`);
      const converted = toV0042(op, 200, body);
      assert.ok(isPlainObject(converted));
      assert.deepEqual(missingRequired(OLD, target, converted), [], `${op} seed ${seed}`);
      assert.deepEqual(validateResponse(OLD, op, 200, converted).errors, [], `${op} seed ${seed}`);
      if (JSON.stringify(body).includes('"EXTERNAL_JOB"')) {
        assert.ok(!JSON.stringify(converted).includes('"EXTERNAL_JOB"'), `${op} seed ${seed}`);
        flagsDropped++;
      }
      checked++;
    }
  }
  assert.equal(checked, RUNS * Object.keys(OPERATIONS).length);
  assert.ok(flagsDropped > 5, `the v0.0.43-only job flag came up only ${flagsDropped} times`);
});

test('(e) the v0.0.42 required fields are exactly those of v0.0.43 (so none needs a default)', () => {
  // If a new spec ever required a field v0.0.43 lacks, the conversion would need a rule for it.
  const requiredPaths = (version: typeof OLD, ref: JsonObject | undefined, seen = new Set<string>(), path = ''): string[] => {
    const s = resolve(version, ref);
    if (!s) return [];
    const key = `${typeof ref?.$ref === 'string' ? ref.$ref.replace(/^.*v\d+\.\d+\.\d+_/, '') : path}`;
    if (typeof ref?.$ref === 'string') {
      if (seen.has(key)) return [];
      seen.add(key);
    }
    const own = ((s.required ?? []) as string[]).map((e) => `${path}:${e}`);
    const below = Object.entries<JsonObject>(s.properties ?? {}).flatMap(([k, sub]) => requiredPaths(version, sub, seen, `${path}/${k}`));
    const items = s.items ? requiredPaths(version, s.items, seen, `${path}[]`) : [];
    return [...own, ...below, ...items];
  };
  let total = 0;
  for (const op of Object.keys(OPERATIONS) as OperationName[]) {
    const old = requiredPaths(OLD, responseSchema(OLD, op, 200));
    const fresh = new Set(requiredPaths(NEW, responseSchema(NEW, op, 200)));
    assert.deepEqual(old.filter((p) => !fresh.has(p)), [], op);
    total += old.length;
  }
  assert.ok(total > 50, `only ${total} required entries found`);
});
