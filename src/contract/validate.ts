// Validation of slurmrestd bodies against the vendored OpenAPI documents (src/contract/spec/). The
// schemas are never retyped: they are read from the spec, adjusted in the two ways real
// slurmrestd disagrees with its own document (see adjustSchemas), and compiled lazily with Ajv.
import { readFileSync } from 'node:fs';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import type { ApiVersion } from './model.ts';
import { OPERATIONS, type OperationName } from './operations.ts';
import { exceedsJsonDepth } from './json-depth.ts';
import { sourceFile } from './package-files.ts';

export type SpecVersion = ApiVersion;
// Loose JSON Schema / OpenAPI objects: the spec is data here, not a compile-time type.
export type JsonObject = Record<string, any>;

export type { OperationName };

const specCache = new Map<SpecVersion, JsonObject>();

/** The vendored spec of a version, parsed once. Shared: callers must not mutate it (clone first). */
export function loadSlurmSpec(version: SpecVersion): JsonObject {
  let spec = specCache.get(version);
  if (!spec) {
    // Read at run time rather than `import ... with {type:'json'}`: TypeScript would otherwise
    // infer a literal type for a 1 MB document on every type check.
    spec = JSON.parse(readFileSync(sourceFile('contract/spec', `openapi-${version}.json`), 'utf8')) as JsonObject;
    specCache.set(version, spec);
  }
  return spec;
}

/** The spec's path key for an operation, e.g. "/slurm/v0.0.43/job/{job_id}". */
export const specPath = (version: SpecVersion, op: OperationName) => `/slurm/${version}/${OPERATIONS[op].path}`;

/** The spec's operation object for one of the nine gateway operations. */
export function specOperation(version: SpecVersion, op: OperationName): JsonObject {
  const { method } = OPERATIONS[op];
  const operation = loadSlurmSpec(version).paths?.[specPath(version, op)]?.[method];
  if (!operation) throw new Error(`The ${version} spec has no ${method.toUpperCase()} ${specPath(version, op)}`);
  return operation;
}

const REF_PREFIX = '#/components/schemas/';
const refName = (ref: string) => (ref.startsWith(REF_PREFIX) ? ref.slice(REF_PREFIX.length) : undefined);

/** A string of digits, which slurmrestd's parser converts to a number (request bodies only). */
export const INTEGER_STRING_PATTERN = '^\\s*[-+]?[0-9]+\\s*$';

/** Calls fn on every schema object nested in a schema (through properties, items, compositions). */
function eachSubschema(schema: JsonObject, fn: (s: JsonObject) => void): void {
  fn(schema);
  for (const sub of Object.values<JsonObject>(schema.properties ?? {})) eachSubschema(sub, fn);
  for (const key of ['items', 'additionalProperties', 'not'] as const) {
    if (schema[key] && typeof schema[key] === 'object' && !Array.isArray(schema[key])) eachSubschema(schema[key], fn);
  }
  for (const key of ['allOf', 'anyOf', 'oneOf'] as const) for (const sub of schema[key] ?? []) eachSubschema(sub, fn);
}

type PathTree = Map<string, PathTree>;

/** {required, properties:{a:{required...}}} for a tree of "a/b/c" paths. */
function nestedRequired(tree: PathTree): JsonObject {
  const out: JsonObject = { required: [...tree.keys()] };
  const props: JsonObject = {};
  for (const [key, sub] of tree) if (sub.size) props[key] = nestedRequired(sub);
  if (Object.keys(props).length) out.properties = props;
  return out;
}

/** Marks the "or null" branch added by adjustSchemas, so that its errors can be left out of reports. */
export const NULL_BRANCH = 'x-s3m-absent-as-null';

export interface AdjustOptions {
  /**
   * Request bodies: accept what slurmrestd's parser accepts beyond the document. Strings of
   * digits where an integer is declared (it converts them), and a plain integer (or string of
   * digits) where a *_no_val_struct {set,infinite,number} is declared (it reads N as set:N).
   */
  lenientRequest?: boolean;
}

/**
 * A deep copy of a spec's components.schemas with the documented slurmrestd adjustments:
 * 1. `required` entries like "nodes/count" mean field count of nodes: they are removed from
 *    `required` and re-expressed as an `allOf` fragment {required:[nodes], properties:{nodes:{required:[count]}}}.
 * 2. slurmrestd dumps a NULL pointer as `null` (for example job_resources of a job that never
 *    started, results of a job update). Pointer-backed fields are the inline objects and the $refs
 *    to object or array components, so those accept null (inline arrays are flag sets, always dumped).
 *    An inline object gets `nullable: true`. A $ref becomes {anyOf:[{$ref}, {type, nullable, enum:[null]}]}:
 *    OpenAPI 3.0 has no null type and ignores `nullable` next to a lone $ref or allOf, so this is the
 *    form that both Ajv and OpenAPI 3.0 tools read as "X or null".
 * The result is plain OpenAPI 3.0 schema, so the gateway's own document (openapi-document.ts) serves it too.
 */
export function adjustSchemas(schemas: Record<string, JsonObject>, opts: AdjustOptions = {}): Record<string, JsonObject> {
  const out = structuredClone(schemas);
  if (opts.lenientRequest) {
    for (const [name, schema] of Object.entries(out)) {
      eachSubschema(schema, (s) => {
        if (s.type === 'integer') {
          // `pattern` applies only to strings and `format` only to numbers, so one schema says "integer or digits".
          s.type = ['integer', 'string'];
          s.pattern = INTEGER_STRING_PATTERN;
        }
      });
      if (/_no_val_struct$/.test(name) && schema.type === 'object') {
        schema.type = ['object', 'integer', 'string'];
        schema.pattern = INTEGER_STRING_PATTERN;
      }
    }
  }
  const typeOf = (ref: string) => {
    const name = refName(ref);
    return name ? out[name]?.type : undefined;
  };
  const isPointerType = (t: unknown) => t === 'object' || t === 'array' || (Array.isArray(t) && (t.includes('object') || t.includes('array')));
  for (const schema of Object.values(out)) {
    eachSubschema(schema, (s) => {
      // 1. "a/b" required entries.
      if (Array.isArray(s.required) && s.required.some((r: string) => r.includes('/'))) {
        const tree: PathTree = new Map();
        for (const entry of s.required.filter((r: string) => r.includes('/'))) {
          let node = tree;
          for (const part of entry.split('/')) {
            if (!node.has(part)) node.set(part, new Map());
            node = node.get(part)!;
          }
        }
        s.required = s.required.filter((r: string) => !r.includes('/'));
        s.allOf = [...(s.allOf ?? []), nestedRequired(tree)];
      }
      // 2. Null for absent pointer-backed properties.
      for (const [key, prop] of Object.entries<JsonObject>(s.properties ?? {})) {
        if (typeof prop.$ref === 'string') {
          const t = typeOf(prop.$ref);
          if (!isPointerType(t)) continue;
          const { $ref, ...rest } = prop;
          s.properties[key] = { ...rest, anyOf: [{ $ref }, { type: t, nullable: true, enum: [null], [NULL_BRANCH]: true }] };
        } else if (prop.type === 'object') {
          prop.nullable = true;
        }
      }
    });
  }
  return out;
}

// ---- Ajv instances, one per (version, request|response), compiled lazily and cached ----

type Mode = 'response' | 'request';
const ajvCache = new Map<string, { ajv: Ajv; id: string }>();

function ajvFor(version: SpecVersion, mode: Mode): { ajv: Ajv; id: string } {
  const key = `${version}:${mode}`;
  let entry = ajvCache.get(key);
  if (!entry) {
    // strict:false because OpenAPI 3.0 keywords (deprecated, example...) are not JSON Schema draft-07;
    // verbose so that error messages can quote the rejected value.
    const ajv = new Ajv({ strict: false, allErrors: true, verbose: true });
    // The spec's only formats are int32, int64 and double (hence no ajv-formats). They are
    // annotations here: `type` already says integer or number, and slurmrestd labels unsigned
    // 32-bit fields int32 (NO_VAL 4294967294 fits no int32), so ranges are not checked.
    for (const f of ['int32', 'int64', 'double']) ajv.addFormat(f, true);
    const id = `https://s3m.invalid/slurm/${version}/${mode}.json`;
    const schemas = adjustSchemas(loadSlurmSpec(version).components.schemas, { lenientRequest: mode === 'request' });
    // One root document keeps the spec's "#/components/schemas/X" references resolvable as written.
    ajv.addSchema({ $id: id, components: { schemas } });
    entry = { ajv, id };
    ajvCache.set(key, entry);
  }
  return entry;
}

function compiled(version: SpecVersion, mode: Mode, ref: string): ValidateFunction {
  const { ajv, id } = ajvFor(version, mode);
  const fn = ajv.getSchema(`${id}${ref}`); // Ajv compiles on first use and caches the function.
  if (!fn) throw new Error(`${version}: no schema ${ref}`);
  return fn;
}

// ---- Errors ----

/** A validation failure at one place in a body. */
export interface FieldError {
  /** JSON Pointer of the offending value ("" for the body itself), e.g. "/job/minimum_nodes". */
  path: string;
  /** The same place in slurmrestd's `source` notation, e.g. "#/job/minimum_nodes/". */
  source: string;
  /** What is wrong, e.g. "must be integer (or a string of digits), got \"abc\"". */
  message: string;
}

const show = (v: unknown, max = 60) => {
  // A value nested too deep is named by its type: JSON.stringify would recurse through all of it.
  const s = exceedsJsonDepth(v) ? slurmDataTypeName(v) : (JSON.stringify(v) ?? String(v));
  return s.length > max ? `${s.slice(0, max - 3)}...` : s;
};

function toFieldError(e: ErrorObject): FieldError {
  let path = e.instancePath;
  let message = e.message ?? 'is invalid';
  switch (e.keyword) {
    case 'required':
      path = `${path}/${(e.params as { missingProperty: string }).missingProperty}`;
      message = 'is required';
      break;
    case 'type': {
      const types = ([] as string[]).concat((e.params as { type: string | string[] }).type);
      const digits = types.includes('integer') && types.includes('string');
      const wanted = types.filter((t) => !(digits && t === 'string')).join(' or ');
      message = `must be ${wanted}${digits ? ' (or a string of digits)' : ''}, got ${show(e.data)}`;
      break;
    }
    case 'pattern':
      message =
        (e.params as { pattern: string }).pattern === INTEGER_STRING_PATTERN ? `must be an integer (or a string of digits), got ${show(e.data)}` : `${message}, got ${show(e.data)}`;
      break;
    case 'enum':
      message = `must be one of ${show((e.params as { allowedValues: unknown[] }).allowedValues, 300)}, got ${show(e.data)}`;
      break;
  }
  return { path, source: `#${path}/`, message };
}

function collectErrors(fn: ValidateFunction): FieldError[] {
  const seen = new Set<string>();
  const out: FieldError[] = [];
  for (const e of fn.errors ?? []) {
    // Compositions only repeat what their branches said. Several branches can report the same
    // thing at the same place, hence the de-duplication.
    if (e.keyword === 'allOf' || e.keyword === 'anyOf' || e.keyword === 'oneOf' || e.keyword === 'if') continue;
    if ((e.parentSchema as JsonObject | undefined)?.[NULL_BRANCH]) continue; // "must be null" adds nothing
    const fe = toFieldError(e);
    const key = `${fe.path}\0${fe.message}`;
    if (!seen.has(key)) {
      seen.add(key);
      out.push(fe);
    }
  }
  return out;
}

const describe = (e: FieldError) => `${e.path || '/'}: ${e.message}`;

// ---- Responses ----

/** The envelope-only schema ({meta, errors, warnings}) of a version: what every error body carries. */
export const errorEnvelopeRef = (version: SpecVersion) => `${REF_PREFIX}${version}_openapi_resp`;

/**
 * The response schema $ref for a status: the one the operation declares for that status (or its
 * "default") on success; the error envelope for 4xx/5xx. slurmrestd's own error bodies do not
 * always carry the operation's required fields (422 for GET job/not-a-number is envelope only),
 * and the gateway's own errors are envelope only; every declared error body is envelope-valid too.
 */
export function responseSchemaRef(version: SpecVersion, operation: JsonObject, status: number): string | undefined {
  if (status >= 400 && !operation.responses?.[String(status)]) return errorEnvelopeRef(version);
  const response = operation.responses?.[String(status)] ?? operation.responses?.default;
  return response?.content?.['application/json']?.schema?.$ref;
}

export interface ValidationResult {
  valid: boolean;
  /** Readable, each naming the field path: "/jobs/0/job_state: must be array, got \"RUNNING\"". */
  errors: string[];
}

/** Validate a response body of one of the nine gateway operations against the spec of its version. */
export function validateResponse(version: SpecVersion, operation: OperationName, status: number, body: unknown): ValidationResult {
  return validateSpecResponse(version, OPERATIONS[operation].method, specPath(version, operation), status, body);
}

/** Validate a response body of any operation of the spec (for example GET /slurm/v0.0.43/licenses/). */
export function validateSpecResponse(version: SpecVersion, method: string, path: string, status: number, body: unknown): ValidationResult {
  const operation = loadSlurmSpec(version).paths?.[path]?.[method.toLowerCase()];
  if (!operation) return { valid: false, errors: [`the ${version} spec has no ${method.toUpperCase()} ${path}`] };
  const ref = responseSchemaRef(version, operation, status);
  if (!ref) return { valid: false, errors: [`${method.toUpperCase()} ${path} declares no JSON body for HTTP ${status}`] };
  const fn = compiled(version, 'response', ref);
  if (fn(body)) return { valid: true, errors: [] };
  return { valid: false, errors: collectErrors(fn).map(describe) };
}

// ---- Job submit requests ----

export interface RequestValidationResult {
  valid: boolean;
  errors: FieldError[];
}

/** The request body schema $ref the spec declares for POST job/submit. */
function submitRequestRef(version: SpecVersion): string {
  const ref = specOperation(version, 'submit').requestBody?.content?.['application/json']?.schema?.$ref;
  if (typeof ref !== 'string') throw new Error(`${version}: job/submit declares no request schema`);
  return ref;
}

/**
 * Validate a POST job/submit body ({job:{...}} or {jobs:[...]}) against the request schema the
 * spec declares. Unknown properties pass (slurmrestd accepts them with a warning: see
 * unknownJobFields); wrong types fail. Strings of digits pass for integers and plain integers
 * for {set,infinite,number} structs, as slurmrestd's parser converts them: the body is not
 * mutated (no Ajv coerceTypes), so the caller converts such values when it reads them.
 */
export function validateJobSubmitRequest(version: SpecVersion, body: unknown): RequestValidationResult {
  const fn = compiled(version, 'request', submitRequestRef(version));
  if (fn(body)) return { valid: true, errors: [] };
  return { valid: false, errors: collectErrors(fn) };
}

/** Readable one-line form of request errors, e.g. for a 422 description. */
export const describeFieldErrors = (errors: FieldError[]) => errors.map(describe).join('; ');

/** slurmrestd's names of JSON value types (data_type_to_string() in src/common/data.c). */
export function slurmDataTypeName(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value)) return 'list';
  switch (typeof value) {
    case 'object':
      return 'dictionary';
    case 'number':
      return Number.isInteger(value) ? '64 bit integer' : 'floating point number';
    case 'boolean':
      return 'boolean';
    default:
      return 'string';
  }
}

export interface UnknownField {
  field: string;
  /** slurmrestd's warning text: Ignoring unknown field "x" of type 64 bit integer in DATA_PARSER_JOB_DESC_MSG */
  description: string;
  /** slurmrestd's source for it: "#/job/x/". */
  source: string;
}

/** The job_desc_msg schema, found through the submit request's `job` property rather than by name. */
function jobDescriptionSchema(version: SpecVersion): JsonObject {
  const schemas = loadSlurmSpec(version).components.schemas;
  const request = schemas[refName(submitRequestRef(version)) ?? ''];
  const jobRef: string | undefined = request?.properties?.job?.$ref;
  const job = jobRef ? schemas[refName(jobRef) ?? ''] : undefined;
  if (!job) throw new Error(`${version}: cannot find the job description schema of job/submit`);
  return job;
}

/**
 * The top-level keys of a job description that the spec's job_desc_msg does not know, with the
 * warning slurmrestd gives for each (append {description, source} to the response's warnings).
 * `sourcePrefix` is where the job sits in the body: "#/job/" or, for a HetJob, "#/jobs/0/".
 */
export function unknownJobFields(version: SpecVersion, job: Record<string, unknown>, sourcePrefix = '#/job/'): UnknownField[] {
  const known = jobDescriptionSchema(version).properties ?? {};
  return Object.keys(job)
    .filter((field) => !Object.hasOwn(known, field))
    .map((field) => ({
      field,
      description: `Ignoring unknown field "${field}" of type ${slurmDataTypeName(job[field])} in DATA_PARSER_JOB_DESC_MSG`,
      source: `${sourcePrefix}${field}/`,
    }));
}
