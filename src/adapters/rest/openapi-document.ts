// The gateway's own OpenAPI 3.0 document (GET /openapi.json). The nine SLURM operations are
// copied from the vendored slurmrestd documents, not retyped: their paths are rewritten to the
// gateway's /slurm/{version}/{resource}/... and /slurm/{enclave}/{version}/{resource}/... forms and
// their schemas copied by $ref (with the adjustments of slurm/validate.ts, so the document
// describes what is really returned). Each path's {resource} lists the resources that answer there:
// those serving that version (and, in the enclave form, in that security enclave).
import { readFileSync } from 'node:fs';
import { adjustSchemas, errorEnvelopeRef, loadSlurmSpec, specOperation, type JsonObject, type OperationName, type SpecVersion } from '../../contract/validate.ts';
import { OPERATIONS } from '../../contract/operations.ts';
import { packageFile } from '../../contract/package-files.ts';
import type { DeprecatedVersions } from '../../config/schema.ts';
import { deprecationNotice } from '../../core/deprecation.ts';

/** A configured resource as the document shows it. */
export interface DocumentedResource {
  name: string;
  /** The API versions it serves (those of `versions` only are documented). */
  versions: readonly string[];
  /** Its securityEnclave; "open" when left out. */
  enclave?: string;
}

export interface GatewayOpenApiOptions {
  /** API versions served. */
  versions: SpecVersion[];
  /**
   * Configured resources: the {resource} path parameter of each path lists those answering there.
   * A bare name serves every version of `versions`, in the "open" enclave.
   */
  resources: (string | DocumentedResource)[];
  /** Deprecation dates (config deprecatedVersions): a version is marked deprecated once deprecationNotice gives it a notice. None by default. */
  deprecated?: Partial<DeprecatedVersions>;
  /** The time the deprecation dates are read at (ms); now by default. */
  now?: number;
}

const SCHEMA_PREFIX = '#/components/schemas/';
const ERROR_STATUSES: Record<string, string> = {
  '400': 'The request body is not JSON',
  '401': 'Missing, unknown, expired or revoked token',
  '403': 'The token lacks the permission or project for this request',
  '404': 'Unknown resource, version, path or job',
  '413': 'Request body too large',
  '415': 'Request body is not application/json',
  '422': 'The request is not acceptable (bad parameter, invalid job description...)',
  default: 'Unexpected failure',
};
// Which of those each kind of operation can return (bodies only matter for POST).
const READ_ERRORS = ['401', '403', '404', '422', 'default'];
const SUBMIT_ERRORS = ['400', '401', '403', '404', '413', '415', '422', 'default'];

/** Gateway path of an operation: the spec's path under /{resource}, without slurmrestd's trailing slash. */
export const gatewayPath = (version: SpecVersion, op: OperationName, enclave?: string) =>
  `/slurm/${enclave === undefined ? '' : `${enclave}/`}${version}/{resource}/${OPERATIONS[op].path.replace(/\/$/, '')}`;

/** An enclave name as it may appear in an operationId or component name. */
const ident = (enclave: string) => enclave.replace(/[^A-Za-z0-9_.-]/g, '_');

const errorResponseName = (version: SpecVersion) => `${version}_error`;
const errorResponses = (version: SpecVersion, statuses: string[]) =>
  Object.fromEntries(statuses.map((s) => [s, { $ref: `#/components/responses/${errorResponseName(version)}` }]));

/** The schema names reachable from a value through "#/components/schemas/..." references. */
function reachableSchemas(roots: unknown, schemas: Record<string, JsonObject>): string[] {
  const found = new Set<string>();
  const visit = (v: unknown): void => {
    if (Array.isArray(v)) return v.forEach(visit);
    if (!v || typeof v !== 'object') return;
    for (const [k, x] of Object.entries(v)) {
      if (k === '$ref' && typeof x === 'string' && x.startsWith(SCHEMA_PREFIX)) {
        const name = x.slice(SCHEMA_PREFIX.length);
        if (!found.has(name) && schemas[name]) {
          found.add(name);
          visit(schemas[name]);
        }
      } else visit(x);
    }
  };
  visit(roots);
  return [...found];
}

function gatewayVersion(): string {
  const pkg = JSON.parse(readFileSync(packageFile('package.json'), 'utf8')) as { version?: string };
  return pkg.version ?? '0.0.0';
}

export function buildGatewayOpenApi(opts: GatewayOpenApiOptions): JsonObject {
  const versions = [...new Set(opts.versions)];
  if (!versions.length) throw new Error('buildGatewayOpenApi: no API version to describe');
  const resources = opts.resources.map((r): Required<DocumentedResource> =>
    typeof r === 'string' ? { name: r, versions, enclave: 'open' } : { name: r.name, versions: r.versions, enclave: r.enclave ?? 'open' },
  );
  const allNames = [...new Set(resources.map((r) => r.name))];
  const enclaves = [...new Set(resources.map((r) => r.enclave))].sort();
  // Errors outside /slurm/{version} are rendered with the newest served version's envelope.
  const newest = [...versions].sort().at(-1)!;
  const isDeprecated = (version: string) => deprecationNotice(version, opts.deprecated ?? {}, opts.now) !== undefined;

  const paths: JsonObject = {};
  const schemas: Record<string, JsonObject> = {};
  const responses: JsonObject = {};
  const parameters: JsonObject = {};
  /**
   * The {resource} parameter of the paths of one version (and enclave): the resources answering
   * there. The one listing every resource is "resource"; the others are named after their scope.
   */
  const resourceParameter = (version: SpecVersion, enclave?: string): JsonObject => {
    const names = resources.filter((r) => r.versions.includes(version) && (enclave === undefined || r.enclave === enclave)).map((r) => r.name);
    const unique = [...new Set(names)];
    const key = unique.length === allNames.length ? 'resource' : `resource_${enclave === undefined ? '' : `${ident(enclave)}_`}${version}`;
    const scope = enclave === undefined ? `serving ${version}` : `serving ${version} in security enclave "${enclave}"`;
    parameters[key] ??= {
      in: 'path',
      name: 'resource',
      required: true,
      description: key === 'resource' ? 'Configured compute resource' : `Configured compute resource ${scope}`,
      schema: unique.length ? { type: 'string', enum: unique } : { type: 'string' },
    };
    return { $ref: `#/components/parameters/${key}` };
  };
  for (const version of versions) {
    const deprecated = isDeprecated(version);
    // The plain form for every resource serving the version; the enclave form per enclave that has one.
    const forms: (string | undefined)[] = [undefined, ...enclaves.filter((e) => resources.some((r) => r.enclave === e && r.versions.includes(version)))];
    const ops: JsonObject[] = [];
    for (const op of Object.keys(OPERATIONS) as OperationName[]) {
      const { method } = OPERATIONS[op];
      const source = structuredClone(specOperation(version, op));
      const operation: JsonObject = {
        ...source,
        tags: [`slurm ${version}`],
        // The spec's "default" repeats the success schema; the gateway's errors are the plain envelope.
        responses: { '200': source.responses['200'], ...errorResponses(version, method === 'post' ? SUBMIT_ERRORS : READ_ERRORS) },
      };
      if (operation.requestBody) operation.requestBody.required = true;
      // The vendored document's marks are its slurmrestd's (26.05 marks all of v0.0.42, operations
      // and their parameters); the gateway's follow the configured dates, as its Deprecation headers do.
      if (source.deprecated === true && !deprecated) for (const p of operation.parameters ?? []) delete p.deprecated;
      if (deprecated) operation.deprecated = true;
      else delete operation.deprecated;
      for (const enclave of forms) {
        const path = gatewayPath(version, op, enclave);
        paths[path] ??= { parameters: [resourceParameter(version, enclave)] };
        paths[path][method] = enclave === undefined ? operation : { ...operation, operationId: `${operation.operationId}_in_${ident(enclave)}` };
      }
      ops.push(operation);
    }
    responses[errorResponseName(version)] = {
      description: 'SLURM error envelope: errors[] says what went wrong ({description, error_number, error, source})',
      content: { 'application/json': { schema: { $ref: errorEnvelopeRef(version) } } },
    };
    const all = adjustSchemas(loadSlurmSpec(version).components.schemas);
    for (const name of reachableSchemas([ops, responses[errorResponseName(version)]], all)) schemas[name] = all[name];
  }

  const envelope = { $ref: `#/components/responses/${errorResponseName(newest)}` };
  const json = (schema: JsonObject, description: string) => ({ description, content: { 'application/json': { schema } } });
  paths['/healthz'] = {
    get: { tags: ['s3m'], operationId: 's3m_healthz', summary: 'liveness', security: [], responses: { '200': json({ $ref: '#/components/schemas/s3m_health' }, 'The gateway is up') } },
  };
  paths['/olcf/v1/token/ctls/introspect'] = {
    get: {
      tags: ['s3m'],
      operationId: 's3m_token_introspect',
      summary: 'describe the presented token',
      responses: { '200': json({ $ref: '#/components/schemas/s3m_token_introspection' }, 'The token'), '401': envelope, default: envelope },
    },
  };
  paths['/olcf/v1/token/ctls/revoke'] = {
    delete: {
      tags: ['s3m'],
      operationId: 's3m_token_revoke',
      summary: 'revoke the presented token',
      responses: { '200': json({ type: 'object', additionalProperties: false }, 'Revoked (empty object)'), '401': envelope, default: envelope },
    },
  };
  paths['/openapi.json'] = {
    get: { tags: ['s3m'], operationId: 's3m_openapi', summary: 'this document', security: [], responses: { '200': json({ type: 'object' }, 'OpenAPI 3.0 document') } },
  };

  schemas.s3m_health = { type: 'object', required: ['status'], properties: { status: { type: 'string', enum: ['ok'] } } };
  schemas.s3m_token_introspection = {
    type: 'object',
    required: ['tokenId', 'project', 'user', 'permissions', 'expiresAt', 'createdAt'],
    properties: {
      tokenId: { type: 'string', description: 'Public token id (not the secret)' },
      project: { type: 'string', description: "The token's project: its SLURM account" },
      user: { type: 'string', description: 'SLURM user the token acts as' },
      permissions: { type: 'array', items: { type: 'string' }, description: 'compute-ace (read and write) or compute-ace-readonly' },
      expiresAt: { type: 'string', format: 'date-time', nullable: true, description: 'null: never expires' },
      createdAt: { type: 'string', format: 'date-time' },
    },
  };

  return {
    openapi: '3.0.3',
    info: {
      title: 'S3M Compute',
      version: gatewayVersion(),
      license: { name: 'Apache 2.0', url: 'https://www.apache.org/licenses/LICENSE-2.0.html' },
      description:
        'Token-authenticated gateway to SLURM. /slurm/{version}/{resource}/... and ' +
        '/slurm/{enclave}/{version}/{resource}/... (the enclave is the resource\'s security enclave) mirror slurmrestd ' +
        `(${loadSlurmSpec(newest).info?.['x-slurm']?.release ?? ''} documents) for the configured resources. ` +
        'As real slurmrestd does, fields backed by pointers may be null when absent, and "a/b" required entries ' +
        'of slurmrestd\'s document are written as nested required lists.',
    },
    servers: [{ url: '/' }],
    tags: [...versions.map((v) => ({ name: `slurm ${v}`, description: `slurmrestd ${v}${isDeprecated(v) ? ' (deprecated)' : ''}` })), { name: 's3m', description: 'Gateway endpoints' }],
    security: [{ projectToken: [] }],
    paths,
    components: {
      securitySchemes: {
        projectToken: {
          type: 'apiKey',
          in: 'header',
          name: 'Authorization',
          description: 'Project token (s3m_...), with or without a "Bearer " prefix',
        },
      },
      parameters,
      responses,
      schemas,
    },
  };
}

/**
 * The document as served: rebuilt only when the set of deprecated versions changes (a date in
 * deprecatedVersions passes while the gateway runs), so its marks always match the Deprecation headers.
 */
export function servedOpenApi(opts: Omit<GatewayOpenApiOptions, 'now'>): (now?: number) => JsonObject {
  let built: { key: string; doc: JsonObject } | undefined;
  return (now = Date.now()) => {
    const key = opts.versions.filter((v) => deprecationNotice(v, opts.deprecated ?? {}, now)).join(',');
    if (built?.key !== key) built = { key, doc: buildGatewayOpenApi({ ...opts, now }) };
    return built.doc;
  };
}
