// The gateway's OpenAPI document: structurally valid OpenAPI 3.0, the nine operations per
// version, and schemas that real slurmrestd bodies satisfy.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
// Redocly's OpenAPI linter is what openapi-typescript itself parses documents with (its dependency).
import { createConfig, lintFromString } from '@redocly/openapi-core';
import { buildGatewayOpenApi, gatewayPath } from './openapi-document.ts';
import { type OperationName } from '../../contract/validate.ts';
import { OPERATIONS } from '../../contract/operations.ts';

const doc = buildGatewayOpenApi({ versions: ['v0.0.42', 'v0.0.43'], resources: ['frontier', 'defiant'] }) as any;
const fixture = (name: string): any => JSON.parse(readFileSync(new URL(`../../../test/fixtures/slurmrestd/${name}`, import.meta.url), 'utf8'));
const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

/** Resolve a local JSON pointer ("#/a/b") in the document. */
function resolve(ref: string): any {
  assert.ok(ref.startsWith('#/'), `non-local $ref ${ref}`);
  return ref
    .slice(2)
    .split('/')
    .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'))
    .reduce((node: any, key) => (node === undefined ? undefined : node[key]), doc);
}
const deref = (x: any) => (x?.$ref ? resolve(x.$ref) : x);

function* operations(): Generator<[string, string, any, any]> {
  for (const [path, item] of Object.entries<any>(doc.paths)) for (const m of METHODS) if (item[m]) yield [path, m, item[m], item];
}

test('every $ref resolves', () => {
  let refs = 0;
  const walk = (v: unknown, at: string): void => {
    if (Array.isArray(v)) return v.forEach((x, i) => walk(x, `${at}/${i}`));
    if (!v || typeof v !== 'object') return;
    for (const [k, x] of Object.entries(v)) {
      if (k === '$ref') {
        refs++;
        assert.notEqual(resolve(x as string), undefined, `${at}: ${x} does not resolve`);
      } else walk(x, `${at}/${k}`);
    }
  };
  walk(doc, '#');
  assert.ok(refs > 100);
});

test('every path parameter is declared, required, and used; operationIds are unique', () => {
  const ids = new Set<string>();
  for (const [path, method, op, item] of operations()) {
    const params = [...(item.parameters ?? []), ...(op.parameters ?? [])].map(deref);
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
