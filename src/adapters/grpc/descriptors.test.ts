import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import descriptor from 'protobufjs/ext/descriptor/index.js';
import { splitDescriptorSet, withJsonNames } from './descriptors.ts';
import { loadEventsDefinition } from './events.ts';
import { descriptorSetFile, GRPC_VERSIONS, protoFile, protoPackage } from '../../contract/grpc/service.ts';

const codec = descriptor as unknown as Record<string, { decode(b: Uint8Array): any }>;

for (const version of GRPC_VERSIONS) {
  test(`${version}: the compiled descriptor set splits into its files, each a whole FileDescriptorProto`, () => {
    const files = splitDescriptorSet(readFileSync(new URL(`../../grpc/generated/${descriptorSetFile(version)}`, import.meta.url)));
    const names = files.map((f) => codec.FileDescriptorProto.decode(f).name);
    assert.deepEqual(names, ['google/protobuf/empty.proto', protoFile(version)]);
    const slurm = codec.FileDescriptorProto.decode(files[1]);
    assert.equal(slurm.package, protoPackage(version));
    assert.ok(slurm.service.some((s: { name: string }) => s.name === 'SlurmIndirect'));
  });
}

test('every field of the events proto, nested messages included, carries its snake_case name as json_name', () => {
  const [file] = loadEventsDefinition().fileDescriptorProtos;
  const decoded = codec.FileDescriptorProto.decode(file);
  const fields: { name: string; jsonName: string }[] = [];
  const walk = (m: any) => {
    fields.push(...m.field);
    m.nestedType.forEach(walk);
  };
  decoded.messageType.forEach(walk);
  assert.ok(fields.some((f) => f.name === 'last_event_id'));
  for (const f of fields) assert.equal(f.jsonName, f.name);
  // Idempotent: a descriptor that has them is left as it is.
  assert.ok(withJsonNames(file).equals(file));
});
