// The gateway's OpenAPI document: structurally valid OpenAPI 3.0, the nine operations per
// version, and schemas that real slurmrestd bodies satisfy.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
// Redocly's OpenAPI linter is what openapi-typescript itself parses documents with (its dependency).
import { createConfig, lintFromString } from '@redocly/openapi-core';
import { buildGatewayOpenApi, gatewayPath, servedOpenApi } from './openapi-document.ts';
import { type OperationName } from '../../contract/validate.ts';
import { OPERATIONS } from '../../contract/operations.ts';
import { defaultDeprecations } from '../../contract/versions/lifecycle.ts';

// Read in June 2026: SchedMD's lifecycle has v0.0.42 deprecated (since 26.05), v0.0.43 not yet.
const JUNE_2026 = Date.parse('2026-06-15T00:00:00Z');
const doc = buildGatewayOpenApi({ versions: ['v0.0.42', 'v0.0.43'], resources: ['frontier', 'defiant'], deprecated: defaultDeprecations(), now: JUNE_2026 }) as any;
const fixture = (name: string): any => JSON.parse(readFileSync(new URL(`../../../test/fixtures/slurmrestd/${name}`, import.meta.url), 'utf8'));
const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

// Four versions, two enclaves, resources serving different versions (the S3M page's mix, and a
// resource in another enclave).
const RESOURCES = [
  { name: 'defiant', versions: ['v0.0.42', 'v0.0.43'] },
  { name: 'odo', versions: ['v0.0.43', 'v0.0.44'], enclave: 'open' },
  { name: 'wombat', versions: ['v0.0.42'] },
  { name: 'vault', versions: ['v0.0.44', 'v0.0.45'], enclave: 'moderate' },
];
const mixed = buildGatewayOpenApi({ versions: ['v0.0.45', 'v0.0.44', 'v0.0.43', 'v0.0.42'], resources: RESOURCES, deprecated: defaultDeprecations(), now: JUNE_2026 }) as any;
const DOCS: [string, any][] = [['two versions', doc], ['four versions, two enclaves', mixed]];

/** Resolve a local JSON pointer ("#/a/b") in the document. */
function resolve(ref: string, on: any = doc): any {
  assert.ok(ref.startsWith('#/'), `non-local $ref ${ref}`);
  return ref
    .slice(2)
    .split('/')
    .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'))
    .reduce((node: any, key) => (node === undefined ? undefined : node[key]), on);
}
const deref = (x: any, on: any = doc) => (x?.$ref ? resolve(x.$ref, on) : x);

function* operations(on: any = doc): Generator<[string, string, any, any]> {
  for (const [path, item] of Object.entries<any>(on.paths)) for (const m of METHODS) if (item[m]) yield [path, m, item[m], item];
}

for (const [name, doc] of DOCS) describe(name, () => {
test('every $ref resolves', () => {
  let refs = 0;
  const walk = (v: unknown, at: string): void => {
    if (Array.isArray(v)) return v.forEach((x, i) => walk(x, `${at}/${i}`));
    if (!v || typeof v !== 'object') return;
    for (const [k, x] of Object.entries(v)) {
      if (k === '$ref') {
        refs++;
        assert.notEqual(resolve(x as string, doc), undefined, `${at}: ${x} does not resolve`);
      } else walk(x, `${at}/${k}`);
    }
  };
  walk(doc, '#');
  assert.ok(refs > 100);
});

test('every path parameter is declared, required, and used; operationIds are unique', () => {
  const ids = new Set<string>();
  for (const [path, method, op, item] of operations(doc)) {
    const params = [...(item.parameters ?? []), ...(op.parameters ?? [])].map((p) => deref(p, doc));
    const declared = params.filter((p) => p.in === 'path').map((p) => p.name).sort();
    const inTemplate = [...path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]).sort();
    assert.deepEqual(declared, inTemplate, `${method} ${path}`);
    for (const p of params.filter((p) => p.in === 'path')) assert.equal(p.required, true, `${method} ${path} ${p.name}`);
    assert.ok(op.operationId && !ids.has(op.operationId), `${method} ${path}: operationId ${op.operationId}`);
    ids.add(op.operationId);
    assert.ok(Object.keys(op.responses).length > 0);
  }
});

test('Redocly finds no problem with the document (recommended-strict rules)', async () => {
  assert.equal(doc.openapi, '3.0.3');
  // Health and document endpoints have no 4xx of their own.
  const config = await createConfig({ extends: ['recommended-strict'], rules: { 'operation-4xx-response': 'off' } });
  const problems = await lintFromString({ source: JSON.stringify(doc), absoluteRef: '/openapi.json', config });
  assert.deepEqual(problems.map((p) => `${p.ruleId}: ${p.message} at ${p.location?.[0]?.pointer}`), []);
});
});

test('exactly the nine operations per version, at the gateway paths, v0.0.42 deprecated', () => {
  for (const version of ['v0.0.42', 'v0.0.43'] as const) {
    const ops = [...operations()].filter(([path]) => path.startsWith(`/slurm/${version}/`));
    const expected = Object.entries(OPERATIONS).map(([name, { method }]) => `${method} ${gatewayPath(version, name as OperationName)}`);
    assert.deepEqual(ops.map(([path, m]) => `${m} ${path}`).sort(), expected.sort());
    assert.equal(ops.length, 9);
    for (const [path, m, op] of ops) {
      assert.equal(op.deprecated === true, version === 'v0.0.42', `${m} ${path}`);
      assert.ok(!path.endsWith('/'), path);
      for (const status of ['200', '401', '403', '404', '422']) assert.ok(op.responses[status], `${m} ${path} ${status}`);
    }
  }
  assert.ok(doc.paths['/slurm/v0.0.43/{resource}/job/submit'].post.responses['413']);
  const cancel = doc.paths['/slurm/v0.0.43/{resource}/job/{job_id}'].delete;
  assert.deepEqual(cancel.parameters.filter((p: any) => p.in === 'query').map((p: any) => p.name).sort(), ['flags', 'signal']);
  assert.deepEqual(deref(cancel.responses['422']).content['application/json'].schema, { $ref: '#/components/schemas/v0.0.43_openapi_resp' });
});

test('resource parameter, security and the gateway endpoints', () => {
  assert.deepEqual(doc.components.parameters.resource.schema.enum, ['frontier', 'defiant']);
  assert.deepEqual(doc.components.securitySchemes.projectToken, { ...doc.components.securitySchemes.projectToken, type: 'apiKey', in: 'header', name: 'Authorization' });
  assert.deepEqual(doc.security, [{ projectToken: [] }]);
  assert.deepEqual(doc.paths['/healthz'].get.security, []);
  assert.deepEqual(doc.paths['/openapi.json'].get.security, []);
  assert.equal(doc.paths['/olcf/v1/token/ctls/introspect'].get.security, undefined); // token required
  assert.ok(doc.paths['/olcf/v1/token/ctls/revoke'].delete);

  const only43 = buildGatewayOpenApi({ versions: ['v0.0.43'], resources: ['frontier'] }) as any;
  assert.ok(!JSON.stringify(only43).includes('v0.0.42'));
  assert.deepEqual(only43, buildGatewayOpenApi({ versions: ['v0.0.43'], resources: ['frontier'] }), 'deterministic');
  assert.throws(() => buildGatewayOpenApi({ versions: [], resources: ['frontier'] }));
});

// Validate bodies against the schema the document declares, with nothing but the document itself.
const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: false });
ajv.addSchema({ ...doc, $id: 'gateway' });
function declared(path: string, method: string, status: number): any {
  const responses = doc.paths[path][method].responses;
  return deref(responses[String(status)] ?? responses.default).content['application/json'].schema;
}
function check(path: string, method: string, status: number, body: unknown): string[] {
  const { $ref } = declared(path, method, status);
  const fn = ajv.getSchema(`gateway${$ref}`)!;
  return fn(body) ? [] : (fn.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
}

test('reference responses validate against the schemas the document declares', () => {
  const cases: [OperationName, 'v0.0.42' | 'v0.0.43', number, string][] = [
    ['ping', 'v0.0.43', 200, 'GET_ping.json'],
    ['partitions', 'v0.0.43', 200, 'GET_partitions.json'],
    ['nodes', 'v0.0.43', 200, 'GET_nodes.json'],
    ['reservations', 'v0.0.43', 200, 'GET_reservations.json'],
    ['diag', 'v0.0.43', 200, 'GET_diag.json'],
    ['jobs', 'v0.0.43', 200, 'GET_jobs_after.json'],
    ['job', 'v0.0.43', 200, 'GET_job_pending_held.json'], // job_resources: null
    ['job', 'v0.0.43', 404, 'error_unknown_job.json'],
    ['job', 'v0.0.43', 422, 'error_bad_job_id.json'],
    ['submit', 'v0.0.43', 200, 'error_unknown_field.json'],
    ['submit', 'v0.0.43', 422, 'error_missing_script.json'],
    ['cancel', 'v0.0.43', 200, 'DELETE_job_already_completed.json'],
    ['ping', 'v0.0.42', 200, 'v0.0.42_GET_ping.json'],
    ['jobs', 'v0.0.42', 200, 'v0.0.42_GET_jobs.json'],
  ];
  for (const [op, version, status, file] of cases) {
    const path = gatewayPath(version, op);
    assert.deepEqual(check(path, OPERATIONS[op].method, status, fixture(file)), [], `${file} as ${op} ${version} ${status}`);
  }
  const broken = fixture('GET_job.json');
  broken.jobs[0].job_state = 'RUNNING';
  assert.ok(check(gatewayPath('v0.0.43', 'job'), 'get', 200, broken).includes('/jobs/0/job_state must be array'));

  const introspection = { tokenId: 'abc', project: 'p1', user: 'alice', permissions: ['compute-ace'], createdAt: '2026-01-01T00:00:00.000Z', expiresAt: null, active: true };
  assert.deepEqual(check('/olcf/v1/token/ctls/introspect', 'get', 200, introspection), []);
  assert.deepEqual(check('/healthz', 'get', 200, { status: 'ok' }), []);
});

/** The resources a path's {resource} lists. */
const listed = (on: any, path: string): string[] => deref(on.paths[path].parameters[0], on).schema.enum;

test('each resource is listed at the paths of the versions it serves, in both URL forms, and nowhere else', () => {
  const versions = ['v0.0.42', 'v0.0.43', 'v0.0.44', 'v0.0.45'] as const;
  for (const version of versions) {
    for (const op of Object.keys(OPERATIONS) as OperationName[]) {
      const { method } = OPERATIONS[op];
      for (const enclave of [undefined, 'open', 'moderate', 'secret']) {
        const expected = RESOURCES.filter((r) => r.versions.includes(version) && (enclave === undefined || (r.enclave ?? 'open') === enclave)).map((r) => r.name);
        const path = gatewayPath(version, op, enclave);
        const where = `${method} ${path}`;
        if (!expected.length) {
          assert.equal(mixed.paths[path], undefined, `${where}: nobody answers there`);
          continue;
        }
        assert.deepEqual(listed(mixed, path), expected, where);
        // The enclave form is the plain form's operation: same request, same responses.
        const plain = mixed.paths[gatewayPath(version, op)][method];
        assert.deepEqual({ ...mixed.paths[path][method], operationId: plain.operationId }, plain, where);
      }
    }
  }
  assert.equal(mixed.paths['/slurm/moderate/v0.0.45/{resource}/job/submit'].post.operationId, 'slurm_v0045_post_job_submit_in_moderate');
  // A parameter listing every resource keeps the plain name; narrower ones are named after their scope.
  assert.deepEqual(Object.keys(mixed.components.parameters).sort(), [
    'resource_moderate_v0.0.44',
    'resource_moderate_v0.0.45',
    'resource_open_v0.0.42',
    'resource_open_v0.0.43',
    'resource_open_v0.0.44',
    'resource_v0.0.42',
    'resource_v0.0.43',
    'resource_v0.0.44',
    'resource_v0.0.45',
  ]);
  assert.equal(doc.paths['/slurm/open/v0.0.43/{resource}/ping'].parameters[0].$ref, '#/components/parameters/resource');
});

test('deprecation marks follow the configured dates, not a fixed version', () => {
  const marks = (on: any) =>
    Object.fromEntries(['v0.0.42', 'v0.0.43', 'v0.0.44', 'v0.0.45'].map((v) => [v, [...operations(on)].filter(([p]) => p.includes(`/${v}/`)).map(([, , op]) => op.deprecated === true)]));
  const all = (v: boolean) => Array(18).fill(v); // nine operations, in both URL forms
  const at = (when: string, deprecated = defaultDeprecations()) =>
    buildGatewayOpenApi({ versions: ['v0.0.42', 'v0.0.43', 'v0.0.44', 'v0.0.45'], resources: ['defiant'], deprecated, now: Date.parse(when) });
  assert.deepEqual(marks(at('2026-06-15')), { 'v0.0.42': all(true), 'v0.0.43': all(false), 'v0.0.44': all(false), 'v0.0.45': all(false) });
  // SchedMD's table: v0.0.43 is deprecated with 26.11, v0.0.44 with 27.05.
  assert.deepEqual(marks(at('2027-06-15')), { 'v0.0.42': all(true), 'v0.0.43': all(true), 'v0.0.44': all(true), 'v0.0.45': all(false) });
  // A facility's own dates win; without any, nothing is marked.
  assert.deepEqual(marks(at('2026-06-15', { 'v0.0.45': { since: '2026-01-01' } } as never)), { 'v0.0.42': all(false), 'v0.0.43': all(false), 'v0.0.44': all(false), 'v0.0.45': all(true) });
  // slurmrestd 26.05's document marks v0.0.42's parameters too: not while the dates say otherwise.
  const cancel42 = (at('2026-06-15', {} as never) as any).paths['/slurm/open/v0.0.42/{resource}/job/{job_id}'].delete;
  assert.deepEqual(cancel42.parameters.filter((p: any) => p.deprecated), []);
  assert.ok((at('2026-06-15') as any).paths['/slurm/v0.0.42/{resource}/job/{job_id}'].delete.parameters.some((p: any) => p.deprecated));
  assert.deepEqual(marks(buildGatewayOpenApi({ versions: ['v0.0.42'], resources: ['defiant'] })), { 'v0.0.42': all(false), 'v0.0.43': [], 'v0.0.44': [], 'v0.0.45': [] });
  assert.equal((at('2027-06-15') as any).tags.find((t: any) => t.name === 'slurm v0.0.44').description, 'slurmrestd v0.0.44 (deprecated)');

  // As served, the document changes when a date passes, without a restart.
  const served = servedOpenApi({ versions: ['v0.0.43', 'v0.0.42'], resources: ['defiant'], deprecated: defaultDeprecations() });
  const before = served(Date.parse('2026-11-29T12:00:00Z'));
  assert.equal(served(Date.parse('2026-11-29T13:00:00Z')), before, 'the same document while nothing changes');
  const after = served(Date.parse('2026-12-01T00:00:00Z'));
  assert.notEqual((before as any).paths['/slurm/v0.0.43/{resource}/ping'].get.deprecated, true);
  assert.equal((after as any).paths['/slurm/v0.0.43/{resource}/ping'].get.deprecated, true);
});
