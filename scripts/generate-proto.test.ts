// Fails when the proto and the spec drift apart: (1) the committed .proto, TypeScript types and
// descriptor set differ from a fresh `npm run generate:proto`; (2) independently of the
// generator, some property of a schema the nine operations use has no field of the right kind.
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { test } from 'node:test';
import { loadVersionDefinition } from '../src/adapters/grpc/definition.ts';
import { GRPC_METHODS, GRPC_VERSIONS, protoFile, protoPackage } from '../src/contract/grpc/service.ts';
import { loadSlurmSpec, specPath, type JsonObject } from '../src/contract/validate.ts';
import { OPERATIONS } from '../src/contract/operations.ts';
import type { ApiVersion } from '../src/contract/model.ts';
import { generateAll, PROTO_DIR, TYPES_DIR } from './generate-proto.ts';

const files = (dir: string) => (readdirSync(dir, { recursive: true, withFileTypes: true }) as import('node:fs').Dirent[]).filter((d) => d.isFile()).map((d) => relative(dir, join(d.parentPath, d.name))).sort();

test('committed src/grpc/proto and src/grpc/generated match a fresh generation', () => {
  const dir = mkdtempSync(join(tmpdir(), 's3m-proto-'));
  try {
    generateAll(join(dir, 'proto'), join(dir, 'generated'));
    for (const version of GRPC_VERSIONS) {
      const fresh = readFileSync(join(dir, 'proto', protoFile(version)), 'utf8');
      assert.ok(readFileSync(join(PROTO_DIR, protoFile(version)), 'utf8') === fresh, `${protoFile(version)} is stale: run npm run generate:proto`);
    }
    assert.deepEqual(files(TYPES_DIR), files(join(dir, 'generated')), 'src/grpc/generated has other files than a fresh generation: run npm run generate:proto');
    for (const f of files(TYPES_DIR)) {
      assert.ok(readFileSync(join(TYPES_DIR, f)).equals(readFileSync(join(dir, 'generated', f))), `src/grpc/generated/${f} is stale: run npm run generate:proto`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

// ---- Completeness, checked against the loaded proto rather than the generator's code ----

interface FieldDescriptor {
  name: string;
  label: string;
  type: string;
  typeName: string;
}
interface MessageDescriptor {
  name: string;
  field: FieldDescriptor[];
  nestedType: MessageDescriptor[];
}

for (const version of GRPC_VERSIONS) {
  test(`${version}: every property of every schema the nine operations use has a field of its kind`, () => {
    const spec = loadSlurmSpec(version);
    const schemas: Record<string, JsonObject> = spec.components.schemas;
    const def = loadVersionDefinition(version);
    const pkg = def.packageDefinition;
    const message = (fullName: string) => (pkg[fullName] as unknown as { type: MessageDescriptor } | undefined)?.type;
    const resolve = (s: JsonObject): JsonObject => (s.$ref ? resolve(schemas[s.$ref.split('/').pop()]) : s);
    let checked = 0;

    // Resolves a field's type name in the scope of `scope` (a chain of messages), as protoc does.
    const check = (schema: JsonObject, msg: MessageDescriptor, scope: MessageDescriptor[], where: string, seen: Set<JsonObject>) => {
      if (seen.has(schema)) return;
      seen.add(schema);
      for (const [prop, raw] of Object.entries<JsonObject>(schema.properties ?? {})) {
        const f = msg.field.find((x) => x.name === prop);
        assert.ok(f, `${where}: no field for property "${prop}"`);
        checked++;
        let s = resolve(raw);
        if (s.type === 'array') {
          assert.equal(f.label, 'LABEL_REPEATED', `${where}.${prop}: an array must be repeated`);
          s = resolve(s.items ?? {});
        } else {
          assert.notEqual(f.label, 'LABEL_REPEATED', `${where}.${prop}: only arrays are repeated`);
        }
        const expected: Record<string, string> = { string: 'TYPE_STRING', boolean: 'TYPE_BOOL', number: 'TYPE_DOUBLE', object: 'TYPE_MESSAGE' };
        const want = s.type === 'integer' ? (s.format === 'int32' ? 'TYPE_INT32' : 'TYPE_INT64') : (expected[s.type] ?? 'TYPE_STRING');
        assert.equal(f.type, want, `${where}.${prop}: ${s.type}${s.format ? `/${s.format}` : ''} should be ${want}`);
        if (f.type === 'TYPE_MESSAGE') {
          const nested = [...scope, msg].reverse().map((m) => m.nestedType.find((n) => n.name === f.typeName)).find(Boolean);
          const target = nested ?? message(`${protoPackage(version)}.${f.typeName.replace(/^\./, '').replace(`${protoPackage(version)}.`, '')}`);
          assert.ok(target, `${where}.${prop}: message ${f.typeName} not found`);
          check(s, target, nested ? [...scope, msg] : [], `${where}.${prop}`, seen);
        }
      }
    };

    for (const m of GRPC_METHODS) {
      const operation = spec.paths[specPath(version, m.op)][OPERATIONS[m.op].method];
      const response = resolve(operation.responses['200'].content['application/json'].schema);
      const method = def.methods.find((x) => x.rpc === m.rpc)!;
      check(response, message(method.responseType)!, [], `${m.rpc} response`, new Set());
      if (m.request === 'body') check(resolve(operation.requestBody.content['application/json'].schema), message(`${protoPackage(version)}.${m.requestMessage}`)!, [], `${m.rpc} request`, new Set());
      if (m.request === 'path' || m.request === 'params') {
        const req = message(`${protoPackage(version)}.${m.requestMessage}`)!;
        const params = (operation.parameters as JsonObject[]).filter((p) => m.request === 'params' || p.in === 'path').map((p) => p.name);
        assert.deepEqual(req.field.map((f) => f.name), params, `${m.requestMessage}: the operation's parameters`);
      }
    }
    assert.ok(checked > 900, `only ${checked} properties checked`);
  });
}

for (const version of GRPC_VERSIONS) {
  test(`${version}: the names fixed by the S3M page`, () => {
    const pkgName = protoPackage(version);
    const def = loadVersionDefinition(version);
    const pkg = def.packageDefinition;
    const jobSubmitReq = (pkg[`${pkgName}.JobSubmitReq`] as unknown as { type: MessageDescriptor }).type;
    const jobDescription = jobSubmitReq.nestedType.find((n) => n.name === 'JobDescription')!;
    assert.ok(jobDescription, 'JobSubmitReq.JobDescription');
    assert.equal(jobSubmitReq.field.find((f) => f.name === 'job')!.typeName, 'JobDescription');
    const field = (name: string) => jobDescription.field.find((f) => f.name === name)!;
    assert.equal(field('minimum_nodes').type, 'TYPE_INT32');
    assert.equal(field('tasks').type, 'TYPE_INT32');
    assert.equal(field('environment').label, 'LABEL_REPEATED');
    for (const s of ['name', 'account', 'partition', 'current_working_directory', 'script']) assert.equal(field(s).type, 'TYPE_STRING', s);
    assert.match(field('time_limit').typeName, /(^|\.)Uint32NoVal$/);
    const noVal = (pkg[`${pkgName}.Uint32NoVal`] as unknown as { type: MessageDescriptor }).type;
    assert.deepEqual(noVal.field.map((f) => f.name).sort(), ['infinite', 'number', 'set']);
    for (const n of ['JobIdReq', 'DeleteJobReq']) assert.ok(pkg[`${pkgName}.${n}`], n);
    assert.equal(def.serviceName, `${pkgName}.SlurmIndirect`);
    assert.deepEqual(Object.keys(def.service).filter((k) => /^[A-Z]/.test(k)).sort(), GRPC_METHODS.map((m) => m.rpc).sort());
    const proto = readFileSync(join(PROTO_DIR, protoFile(version)), 'utf8');
    assert.match(proto, new RegExp(`^option go_package = "s3m\\.olcf\\.ornl\\.gov/apis/slurm/${pkgName.split('.')[1]}";$`, 'm'));
    assert.match(proto, /^ {4}optional int32 minimum_nodes = \d+ \[json_name = "minimum_nodes"\];$/m); // Go: proto.Int32(1)
    assert.match(proto, /^ {2}int32 number = 3 \[json_name = "number"\];$/m); // Go: Uint32NoVal{Number: 60, Set: true}
  });
}

// What changed between the versions reaches the messages: v0.0.45's ping reports `status` where
// v0.0.43/44 had `pinged` and `mode`, and its partitions' cpus.task_binding became a flags array.
test('each version\'s messages follow its own document where the documents differ', () => {
  const fields = (version: ApiVersion, message: string) => (loadVersionDefinition(version).packageDefinition[`${protoPackage(version)}.${message}`] as unknown as { type: MessageDescriptor }).type;
  const names = (m: MessageDescriptor) => m.field.map((f) => f.name);
  assert.deepEqual(names(fields('v0.0.43', 'ControllerPing')), ['hostname', 'pinged', 'responding', 'latency', 'mode', 'primary']);
  assert.deepEqual(names(fields('v0.0.44', 'ControllerPing')), ['hostname', 'pinged', 'responding', 'latency', 'mode', 'primary']);
  assert.deepEqual(names(fields('v0.0.45', 'ControllerPing')), ['hostname', 'responding', 'latency', 'primary', 'status']);
  const taskBinding = (version: ApiVersion) => fields(version, 'PartitionInfo').nestedType.find((n) => n.name === 'Cpus')!.field.find((f) => f.name === 'task_binding')!;
  assert.deepEqual([taskBinding('v0.0.44').type, taskBinding('v0.0.44').label], ['TYPE_INT32', 'LABEL_OPTIONAL']);
  assert.deepEqual([taskBinding('v0.0.45').type, taskBinding('v0.0.45').label], ['TYPE_STRING', 'LABEL_REPEATED']);
});
