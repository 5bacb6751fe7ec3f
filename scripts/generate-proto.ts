// `npm run generate:proto`: writes src/grpc/proto/slurm/v00NN/slurm.proto for each version in
// GRPC_VERSIONS (src/contract/grpc/service.ts) from that version's vendored slurmrestd OpenAPI document, then into src/grpc/generated/ its TypeScript types (by
// proto-loader-gen-types) and its compiled descriptor set (by buf, for server reflection). The output depends only on the spec and src/contract/grpc/service.ts, so
// generate-proto.test.ts can tell when the committed files are stale.
//
// Rules (the names fixed by the S3M page are the only overrides):
// - Service `SlurmIndirect`, its methods and request kinds: src/contract/grpc/service.ts.
// - Every object schema reachable from the nine operations becomes a message named after the
//   schema without its version prefix, in PascalCase (v0.0.43_openapi_job_info_resp →
//   OpenapiJobInfoResp); `*_no_val_struct` → `*NoVal` (Uint32NoVal); `job_desc_msg` is nested
//   in JobSubmitReq as `JobDescription` (betterproto: JobSubmitReqJobDescription, Go:
//   JobSubmitReq_JobDescription).
// - JobIdReq / DeleteJobReq are made of the operation's parameters (path / all) as strings.
// - Fields keep the spec's property names and order (numbers 1..n) and carry
//   json_name = the property name, so protojson (buf curl, Go) prints slurmrestd's keys.
// - Inline objects become nested messages named after the property; arrays (named or inline)
//   become `repeated` of their items; enums stay `string` (flags arrays: repeated string).
// - Scalars: string → string, boolean → bool, integer int32/int64 → int32/int64, number →
//   double, no type → string. Numbers are `optional` (0 is a real value: exit code 0), except
//   in the *NoVal structs whose `set` says whether `number` counts (Go: Uint32NoVal{Number: 60, Set: true}).
//   Strings and bools have no presence: "" and false mean "not given", as slurmrestd reads them.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { descriptorSetFile, GRPC_METHODS, GRPC_VERSIONS, protoFile, protoPackage, SERVICE_NAME } from '../src/contract/grpc/service.ts';
import type { ApiVersion } from '../src/contract/model.ts';
import { type JsonObject, specPath } from '../src/contract/validate.ts';
import { OPERATIONS } from '../src/contract/operations.ts';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
export const PROTO_DIR = join(root, 'src/grpc/proto');
export const TYPES_DIR = join(root, 'src/grpc/generated');

/** Schemas that become a nested message of another schema's message (names fixed by the S3M page). */
const NESTED: Record<string, { parent: string; name: string }> = { job_desc_msg: { parent: 'job_submit_req', name: 'JobDescription' } };

const pascal = (s: string) => s.split(/[^A-Za-z0-9]+/).filter(Boolean).map((w) => w[0].toUpperCase() + w.slice(1)).join('');
const oneLine = (s: unknown) => String(s ?? '').replace(/\s+/g, ' ').trim();

interface Field {
  name: string;
  type: string;
  repeated: boolean;
  optional: boolean;
  comment: string;
}
interface Message {
  name: string;
  comment: string;
  fields: Field[];
  nested: Message[];
}

export function generateProto(version: ApiVersion): string {
  const spec = JSON.parse(readFileSync(join(root, `src/contract/spec/openapi-${version}.json`), 'utf8')) as JsonObject;
  const schemas: Record<string, JsonObject> = spec.components.schemas;
  const prefix = `${version}_`;
  const short = (schemaName: string) => (schemaName.startsWith(prefix) ? schemaName.slice(prefix.length) : schemaName);
  const refTarget = (ref: string) => ref.slice(ref.lastIndexOf('/') + 1);

  /** The proto name of a named object schema, as referenced from anywhere in the package. */
  const messageName = (schemaName: string): string => {
    const s = short(schemaName);
    const nested = NESTED[s];
    if (nested) return `${messageName(prefix + nested.parent)}.${nested.name}`;
    return s.endsWith('_no_val_struct') ? `${pascal(s.slice(0, -'_no_val_struct'.length))}NoVal` : pascal(s);
  };

  const messages = new Map<string, Message>(); // by schema name
  const pending: string[] = [];
  const want = (schemaName: string) => {
    if (!messages.has(schemaName) && !pending.includes(schemaName)) pending.push(schemaName);
  };

  /** Field type of a schema used as a property (or array item) named `prop` of `owner`. */
  const fieldType = (schema: JsonObject, prop: string, owner: Message, ownerSchema: string, where: string): { type: string; repeated: boolean; enumValues?: string[] } => {
    if (schema.$ref) {
      const target = refTarget(schema.$ref);
      const t = schemas[target];
      if (!t) throw new Error(`${where}: unknown $ref ${schema.$ref}`);
      if (t.type === 'object') {
        want(target);
        // Fully qualified, so that a nested message of the same name can never capture it.
        return { type: `.${protoPackage(version)}.${messageName(target)}`, repeated: false };
      }
      return fieldType(t, prop, owner, ownerSchema, `${where}→${target}`);
    }
    if (schema.allOf || schema.anyOf || schema.oneOf || schema.additionalProperties) throw new Error(`${where}: compositions and maps are not supported by the generator`);
    switch (schema.type) {
      case 'array': {
        const item = fieldType(schema.items ?? {}, prop, owner, ownerSchema, `${where}[]`);
        if (item.repeated) throw new Error(`${where}: arrays of arrays are not supported by the generator`);
        return { ...item, repeated: true };
      }
      case 'object': {
        const name = pascal(prop);
        if (owner.nested.some((m) => m.name === name)) throw new Error(`${where}: nested message ${name} twice`);
        owner.nested.push(buildMessage(name, schema, ownerSchema, `${where}`));
        return { type: name, repeated: false }; // resolved in the owner's scope first
      }
      case 'string':
        return { type: 'string', repeated: false, enumValues: schema.enum };
      case 'boolean':
        return { type: 'bool', repeated: false };
      case 'integer':
        return { type: schema.format === 'int32' ? 'int32' : 'int64', repeated: false };
      case 'number':
        return { type: schema.format === 'float' ? 'float' : 'double', repeated: false };
      case undefined:
        return { type: 'string', repeated: false }; // untyped items (deprecated power flags, always empty)
      default:
        throw new Error(`${where}: unsupported type ${schema.type}`);
    }
  };

  const isNumeric = (t: string) => ['int32', 'int64', 'double', 'float'].includes(t);

  function buildMessage(name: string, schema: JsonObject, schemaName: string, where: string): Message {
    const msg: Message = { name, comment: oneLine(schema.description), fields: [], nested: [] };
    const noVal = short(schemaName).endsWith('_no_val_struct') && where === schemaName;
    for (const [prop, sub] of Object.entries<JsonObject>(schema.properties ?? {})) {
      const t = fieldType(sub, prop, msg, schemaName, `${where}.${prop}`);
      const comment = [oneLine(sub.description), t.enumValues ? `One of: ${t.enumValues.join(', ')}.` : ''].filter(Boolean).join(' ');
      msg.fields.push({ name: prop, type: t.type, repeated: t.repeated, optional: !t.repeated && isNumeric(t.type) && !noVal, comment });
    }
    return msg;
  }

  const paramsMessage = (name: string, op: keyof typeof OPERATIONS, which: 'path' | 'all'): Message => {
    const operation = spec.paths[specPath(version, op)][OPERATIONS[op].method];
    const params = (operation.parameters ?? []).filter((p: JsonObject) => which === 'all' || p.in === 'path');
    const fields = params.map((p: JsonObject) => {
      if (p.schema?.type !== 'string') throw new Error(`${name}.${p.name}: parameters must be strings`);
      const values = p.schema.enum ? ` One of: ${p.schema.enum.join(', ')}.` : '';
      return { name: p.name, type: 'string', repeated: false, optional: false, comment: `${oneLine(p.description)} (${p.in} parameter of ${OPERATIONS[op].method.toUpperCase()} ${specPath(version, op)}).${values}` };
    });
    return { name, comment: `The parameters of ${OPERATIONS[op].method.toUpperCase()} ${specPath(version, op)}.`, fields, nested: [] };
  };

  // Roots: each method's request (body schema or parameters) and its 200 response schema.
  const rpcs: string[] = [];
  const extra: Message[] = [];
  for (const m of GRPC_METHODS) {
    const operation = spec.paths[specPath(version, m.op)][OPERATIONS[m.op].method];
    const responseSchema = refTarget(operation.responses['200'].content['application/json'].schema.$ref);
    want(responseSchema);
    let request = 'google.protobuf.Empty';
    if (m.request === 'body') {
      const bodySchema = refTarget(operation.requestBody.content['application/json'].schema.$ref);
      want(bodySchema);
      request = messageName(bodySchema);
      if (request !== m.requestMessage) throw new Error(`${m.rpc}: request message is ${request}, expected ${m.requestMessage}`);
    } else if (m.request !== 'empty') {
      extra.push(paramsMessage(m.requestMessage!, m.op, m.request === 'path' ? 'path' : 'all'));
      request = m.requestMessage!;
    }
    rpcs.push(`  // ${OPERATIONS[m.op].method.toUpperCase()} /slurm/${version}/{resource}/${OPERATIONS[m.op].path.replace(/\/$/, '')}\n  rpc ${m.rpc}(${request}) returns (${messageName(responseSchema)});`);
  }
  while (pending.length) {
    const schemaName = pending.shift()!;
    const schema = schemas[schemaName];
    messages.set(schemaName, buildMessage(messageName(schemaName).split('.').pop()!, schema, schemaName, schemaName));
  }
  // Nest the overridden schemas into their parents.
  for (const [child, { parent }] of Object.entries(NESTED)) {
    const c = messages.get(prefix + child);
    const p = messages.get(prefix + parent);
    if (c && p) {
      p.nested.unshift(c);
      messages.delete(prefix + child);
    }
  }

  const render = (m: Message, indent: string): string[] => {
    const out: string[] = [];
    if (m.comment) out.push(`${indent}// ${m.comment}`);
    out.push(`${indent}message ${m.name} {`);
    for (const n of m.nested) out.push(...render(n, `${indent}  `));
    m.fields.forEach((f, i) => {
      if (f.comment) out.push(`${indent}  // ${f.comment}`);
      const label = f.repeated ? 'repeated ' : f.optional ? 'optional ' : '';
      out.push(`${indent}  ${label}${f.type} ${f.name} = ${i + 1} [json_name = "${f.name}"];`);
    });
    out.push(`${indent}}`);
    return out;
  };

  const top = [...extra, ...messages.values()].sort((a, b) => a.name.localeCompare(b.name));
  return [
    `// generated — do not edit; npm run generate:proto`,
    `// Source: src/contract/spec/openapi-${version}.json (slurmrestd's own document) and src/contract/operations.ts, by scripts/generate-proto.ts.`,
    `// Call with metadata "authorization: <token>" (or "Bearer <token>") and "x-s3m-resource: <resource>".`,
    `syntax = "proto3";`,
    ``,
    `package ${protoPackage(version)};`,
    ``,
    `option go_package = "s3m.olcf.ornl.gov/apis/slurm/${protoPackage(version).split('.')[1]}";`,
    ``,
    `import "google/protobuf/empty.proto";`,
    ``,
    `// slurmrestd ${version} ("SLURM Indirect"): each method is the REST operation named above it.`,
    `service ${SERVICE_NAME} {`,
    rpcs.join('\n'),
    `}`,
    ``,
    top.map((m) => render(m, '').join('\n')).join('\n\n'),
    ``,
  ].join('\n');
}

/** Writes every version's .proto under protoDir and the TypeScript types under typesDir; returns the paths written. */
export function generateAll(protoDir = PROTO_DIR, typesDir = TYPES_DIR): string[] {
  const written: string[] = [];
  for (const version of GRPC_VERSIONS) {
    const file = join(protoDir, protoFile(version));
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, generateProto(version));
    written.push(file);
  }
  rmSync(typesDir, { recursive: true, force: true });
  mkdirSync(typesDir, { recursive: true });
  // Compiled descriptors (with imports) for server reflection: proto-loader's own descriptors
  // lose imports, json_name and proto3 optional, which reflection clients need.
  for (const version of GRPC_VERSIONS) {
    execFileSync(
      join(root, 'node_modules/.bin/buf'),
      ['build', protoDir, '--path', join(protoDir, protoFile(version)), '--as-file-descriptor-set', '--exclude-source-info', '-o', join(typesDir, descriptorSetFile(version))],
      { stdio: ['ignore', 'ignore', 'inherit'] },
    );
  }
  // The options match the loader's (src/contract/grpc/loader-options.ts): keepCase, Number longs.
  execFileSync(
    join(root, 'node_modules/.bin/proto-loader-gen-types'),
    ['--keepCase', '--longs=Number', '--grpcLib=@grpc/grpc-js', '--importFileExtension=.ts', '-I', protoDir, '-O', typesDir, ...GRPC_VERSIONS.map(protoFile)],
    { stdio: ['ignore', 'ignore', 'inherit'] },
  );
  // The tool writes "// Original file: <absolute path>": keep the committed files machine-independent.
  for (const file of readdirSync(typesDir, { recursive: true, encoding: 'utf8' })) {
    const path = join(typesDir, file);
    if (!file.endsWith('.ts')) continue;
    writeFileSync(path, readFileSync(path, 'utf8').replaceAll(`${protoDir}/`, 'src/grpc/proto/'));
  }
  return written;
}

// Run as a script (not when imported by the test).
if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  for (const file of generateAll()) process.stdout.write(`wrote ${file} and ${TYPES_DIR}/\n`);
}
