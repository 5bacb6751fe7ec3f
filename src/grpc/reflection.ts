// Server reflection from the compiled descriptors (src/grpc/generated/slurm.vXXXX.binpb, written by
// buf in `npm run generate:proto`). @grpc/reflection reads only `fileDescriptorProtos` from a
// package definition, and proto-loader's own are rebuilt by protobufjs without imports,
// json_name or proto3 optional, so that buf curl / grpcurl could not use them.
import type { Server } from '@grpc/grpc-js';
import type { PackageDefinition } from '@grpc/proto-loader';
import { ReflectionService } from '@grpc/reflection';
import { readFileSync } from 'node:fs';
import type { ApiVersion } from '../slurm/model.ts';
import { descriptorSetFile } from './operations.ts';

/** The FileDescriptorProto messages of a FileDescriptorSet (`repeated FileDescriptorProto file = 1`), undecoded. */
export function splitDescriptorSet(set: Buffer): Buffer[] {
  const files: Buffer[] = [];
  let pos = 0;
  const varint = () => {
    let value = 0;
    for (let shift = 0; ; shift += 7) {
      const byte = set[pos++];
      value += (byte & 0x7f) * 2 ** shift;
      if (byte < 0x80) return value;
    }
  };
  while (pos < set.length) {
    const tag = varint();
    if (tag !== 0x0a) throw new Error(`not a FileDescriptorSet (tag ${tag} at ${pos})`);
    const length = varint();
    files.push(set.subarray(pos, pos + length));
    pos += length;
  }
  return files;
}

export function addReflection(server: Server, versions: readonly ApiVersion[], extra: Buffer[] = []): void {
  const fileDescriptorProtos = [...versions.flatMap((v) => splitDescriptorSet(readFileSync(new URL(`./generated/${descriptorSetFile(v)}`, import.meta.url)))), ...extra];
  // Only `fileDescriptorProtos` is read (see the header); one entry carries them all.
  const definition = { descriptors: { fileDescriptorProtos } } as unknown as PackageDefinition;
  new ReflectionService(definition).addToServer(server);
}
