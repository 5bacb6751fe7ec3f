// The gateway's own OpenAPI 3.0 document (GET /openapi.json). The nine SLURM operations are
// copied from the vendored slurmrestd documents, not retyped: their paths are rewritten to the
// gateway's /slurm/{version}/{resource}/... form and their schemas copied by $ref (with the
// adjustments of slurm/validate.ts, so the document describes what is really returned).
import { readFileSync } from 'node:fs';
import { adjustSchemas, errorEnvelopeRef, loadSlurmSpec, specOperation, type JsonObject, type OperationName, type SpecVersion } from '../../contract/validate.ts';
import { OPERATIONS } from '../../contract/operations.ts';

export interface GatewayOpenApiOptions {
  /** API versions served; v0.0.42 operations are marked deprecated. */
  versions: SpecVersion[];
  /** Configured resource names: the enum of the {resource} path parameter. */
  resources: string[];
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
export const gatewayPath = (version: SpecVersion, op: OperationName) =>
  `/slurm/${version}/{resource}/${OPERATIONS[op].path.replace(/\/$/, '')}`;

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
  const pkg = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as { version?: string };
  return pkg.version ?? '0.0.0';
}

export function buildGatewayOpenApi(opts: GatewayOpenApiOptions): JsonObject {
  const versions = [...new Set(opts.versions)];
  if (!versions.length) throw new Error('buildGatewayOpenApi: no API version to describe');
  const resources = [...new Set(opts.resources)];
  // Errors outside /slurm/{version} are rendered with the newest served version's envelope.
  const newest = [...versions].sort().at(-1)!;

  const paths: JsonObject = {};
  const schemas: Record<string, JsonObject> = {};
  const responses: JsonObject = {};
  for (const version of versions) {
    const deprecated = version === 'v0.0.42';
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
      if (deprecated) operation.deprecated = true;
      const path = gatewayPath(version, op);
      paths[path] ??= { parameters: [{ $ref: '#/components/parameters/resource' }] };
      paths[path][method] = operation;
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
        'Token-authenticated gateway to SLURM. /slurm/{version}/{resource}/... mirror slurmrestd ' +
        `(${loadSlurmSpec(newest).info?.['x-slurm']?.release ?? ''} documents) for the configured resources. ` +
        'As real slurmrestd does, fields backed by pointers may be null when absent, and "a/b" required entries ' +
        'of slurmrestd\'s document are written as nested required lists.',
    },
    servers: [{ url: '/' }],
    tags: [...versions.map((v) => ({ name: `slurm ${v}`, description: `slurmrestd ${v}${v === 'v0.0.42' ? ' (deprecated)' : ''}` })), { name: 's3m', description: 'Gateway endpoints' }],
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
      parameters: {
        resource: {
          in: 'path',
          name: 'resource',
          required: true,
          description: 'Configured compute resource',
          schema: resources.length ? { type: 'string', enum: resources } : { type: 'string' },
        },
      },
      responses,
      schemas,
    },
  };
}
