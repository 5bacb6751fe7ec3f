// JSON model ↔ proto messages, driven by the spec rather than written per field.
//
// The proto is generated from the same spec with the spec's property names as field names, and
// proto-loader runs with keepCase, so a slurmrestd JSON body already *is* the object form of its
// proto message. Two steps remain:
// - responses (JSON → proto): protobufjs' fromObject throws on shapes the proto cannot hold, so
//   protoShape() walks the body along the response schema and keeps only what has a field: it
//   drops nulls (slurmrestd dumps NULL pointers as null), keys the spec does not declare, and
//   values of the wrong kind (a scalar where an object or array is declared, and the reverse).
// - requests (proto → JSON): proto-loader decodes with keepCase, Number longs, no defaults and no
//   virtual oneof keys, so a decoded JobSubmitReq is the REST body as is: fields not sent are
//   absent, exactly as in a JSON body that leaves them out. No step is needed.
// Recursion: a shaper descends along the response schema, which has no cycles, so its depth is
// the schema's; the only walk driven by the data is JSON.stringify of untyped values, and a value
// nested past MAX_JSON_DEPTH is dropped rather than spelled out. Requests never pass through here:
// their messages are decoded by protobufjs (non-recursive message types, with its own nesting
// limit for unknown groups; see src/adapters/grpc/request-decoding.ts) and depth-checked by the handlers.
// The server's replies (src/adapters/grpc/handlers.ts) and the SDK's submit requests
// (src/client/grpc-transport.ts) both go through protoShape().
import { loadSlurmSpec, type JsonObject } from '../validate.ts';
import type { ApiVersion } from '../model.ts';
import { exceedsJsonDepth } from '../json-depth.ts';

const REF_PREFIX = '#/components/schemas/';

function resolve(version: ApiVersion, schema: JsonObject): JsonObject {
  let s = schema;
  while (typeof s.$ref === 'string') {
    const target = loadSlurmSpec(version).components.schemas[s.$ref.slice(REF_PREFIX.length)];
    if (!target) throw new Error(`${version}: unknown schema ${s.$ref}`);
    s = target;
  }
  return s;
}

const DROP = Symbol('drop');

/** Keeps what a schema node declares of a value, or answers DROP. */
type Shaper = (value: unknown) => unknown;

// A shaper per schema node, made once: every reply walks the same schemas, and deciding per call
// what each node is (resolving $refs, switching on its type, looking keys up in `properties`)
// cost more than the walk itself (issue 16: 55 µs of a GetJob reply's 60). The schema objects of
// a version's spec are that version's own, so a node is a key for one version only.
const shapers = new WeakMap<JsonObject, Shaper>();

function shaperFor(version: ApiVersion, schema: JsonObject): Shaper {
  const s = resolve(version, schema);
  let shaper = shapers.get(s);
  if (!shaper) {
    shaper = makeShaper(version, s);
    shapers.set(s, shaper);
  }
  return shaper;
}

function makeShaper(version: ApiVersion, s: JsonObject): Shaper {
  switch (s.type) {
    case 'object': {
      const props: Record<string, JsonObject> = s.properties ?? {};
      // The properties' shapers are made on first use: a schema's subtrees are many, and a
      // version's replies touch few of them.
      let fields: Map<string, Shaper> | undefined;
      return (value) => {
        if (value === null || typeof value !== 'object' || Array.isArray(value)) return DROP;
        fields ??= new Map(Object.keys(props).map((key) => [key, lazy(() => shaperFor(version, props[key]))]));
        const out: Record<string, unknown> = {};
        const record = value as Record<string, unknown>;
        for (const key in record) {
          const field = fields.get(key);
          if (!field || !Object.hasOwn(record, key)) continue;
          const shaped = field(record[key]);
          if (shaped !== DROP) out[key] = shaped;
        }
        return out;
      };
    }
    case 'array': {
      const items = lazy(() => shaperFor(version, s.items ?? {}));
      return (value) => {
        if (!Array.isArray(value)) return DROP;
        const out: unknown[] = [];
        for (const item of value) {
          const shaped = items(item);
          if (shaped !== DROP) out.push(shaped);
        }
        return out;
      };
    }
    case undefined:
      // Untyped items become proto strings (generator rule): keep strings, spell out the rest,
      // unless it nests too deep to spell out without recursing through it.
      return (value) => {
        if (value === null || value === undefined) return DROP;
        if (typeof value === 'string') return value;
        return exceedsJsonDepth(value) ? DROP : JSON.stringify(value);
      };
    default:
      // Scalars: protobufjs converts between number, string and boolean itself.
      return (value) => (value === null || value === undefined || typeof value === 'object' ? DROP : value);
  }
}

/** A shaper made on its first call (then called directly). */
function lazy(make: () => Shaper): Shaper {
  let shaper: Shaper | undefined;
  return (value) => (shaper ??= make())(value);
}

/** The object form of a response message for a JSON body that follows `schemaRef` (e.g. "#/components/schemas/v0.0.43_openapi_job_info_resp"). */
export function protoShape(version: ApiVersion, schemaRef: string, body: unknown): Record<string, unknown> {
  const shaped = shaperFor(version, { $ref: schemaRef })(body);
  return shaped === DROP ? {} : (shaped as Record<string, unknown>);
}

