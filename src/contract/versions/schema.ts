// Reading the vendored specs side by side: component names differ only by their version prefix
// ("v0.0.42_job_info" / "v0.0.45_job_info"), so a schema of one version is paired with the
// same-named schema of another.
import { API_VERSIONS, type ApiVersion } from '../model.ts';
import { loadSlurmSpec, specPath, type JsonObject, type OperationName, type SpecVersion } from '../validate.ts';
import { OPERATIONS } from '../operations.ts';

const REF_PREFIX = '#/components/schemas/';

/** "v0.0.43_job_info" → "job_info" (the version-independent component name). */
export const componentName = (name: string) => name.replace(/^v\d+\.\d+\.\d+_/, '');

/** The version-independent component name a schema refers to, if it is a $ref. */
export function refComponent(schema: JsonObject | undefined): string | undefined {
  const ref = schema?.$ref;
  return typeof ref === 'string' && ref.startsWith(REF_PREFIX) ? componentName(ref.slice(REF_PREFIX.length)) : undefined;
}

/** Follows $ref (also chains of them) to the schema object itself. */
export function resolve(version: SpecVersion, schema: JsonObject | undefined): JsonObject | undefined {
  const schemas = loadSlurmSpec(version).components.schemas;
  let s = schema;
  for (let hops = 0; s && typeof s.$ref === 'string' && hops < 32; hops++) {
    s = s.$ref.startsWith(REF_PREFIX) ? schemas[s.$ref.slice(REF_PREFIX.length)] : undefined;
  }
  return s;
}

/** A component schema of a version by its version-independent name, as a $ref (so that converters key on its name). */
export const componentRef = (version: SpecVersion, name: string): JsonObject | undefined =>
  loadSlurmSpec(version).components.schemas[`${version}_${name}`] ? { $ref: `${REF_PREFIX}${version}_${name}` } : undefined;

/**
 * The JSON body schema an operation declares for a status. For statuses it does not declare
 * (4xx/5xx) this is its "default" (else 200) body: the conversion walks the full reply shape, a
 * superset of the {meta, errors, warnings} envelope, so that error bodies carrying payload fields
 * (a 404 GET job has `jobs: []`, `last_update`...) are converted like successful ones.
 */
export function responseSchema(version: SpecVersion, op: OperationName, status: number): JsonObject | undefined {
  const { method } = OPERATIONS[op];
  const responses = loadSlurmSpec(version).paths?.[specPath(version, op)]?.[method]?.responses ?? {};
  const response = responses[String(status)] ?? responses.default ?? responses['200'];
  return response?.content?.['application/json']?.schema;
}

/** The request body schema of POST job/submit. */
export function submitRequestSchema(version: SpecVersion): JsonObject | undefined {
  const { method } = OPERATIONS.submit;
  return loadSlurmSpec(version).paths?.[specPath(version, 'submit')]?.[method]?.requestBody?.content?.['application/json']?.schema;
}

/** Every status (plus "default") an operation declares in any of `versions`. */
export function declaredStatuses(op: OperationName, versions: readonly SpecVersion[] = API_VERSIONS): string[] {
  const { method } = OPERATIONS[op];
  const keys = new Set<string>();
  for (const v of versions) for (const k of Object.keys(loadSlurmSpec(v).paths?.[specPath(v, op)]?.[method]?.responses ?? {})) keys.add(k);
  return [...keys];
}

export const isPlainObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The value as an object to read fields of, or undefined when it is not one (rules read bodies of any shape). */
export const asObject = (v: unknown): Record<string, unknown> | undefined => (isPlainObject(v) ? v : undefined);

/** The enum of an array's items, if the items are an enumerated string (flag sets). */
export function itemsEnum(version: SpecVersion, arraySchema: JsonObject | undefined): string[] | undefined {
  const items = resolve(version, resolve(version, arraySchema)?.items);
  return Array.isArray(items?.enum) ? items.enum : undefined;
}

/** Versions in release order: v0.0.42 < v0.0.43 < ... */
export const versionIndex = (v: ApiVersion): number => API_VERSIONS.indexOf(v);
export const isOlder = (a: ApiVersion, b: ApiVersion): boolean => versionIndex(a) < versionIndex(b);
