// Server reflection from the compiled descriptors (src/grpc/generated/slurm.vXXXX.binpb, written by
// buf in `npm run generate:proto`). @grpc/reflection reads only `fileDescriptorProtos` from a
// package definition, and proto-loader's own are rebuilt by protobufjs without imports,
// json_name or proto3 optional, so that buf curl / grpcurl could not use them.
import type { Server } from '@grpc/grpc-js';
import type { PackageDefinition } from '@grpc/proto-loader';
import { ReflectionService } from '@grpc/reflection';
import { readFileSync } from 'node:fs';
import type { ApiVersion } from '../../contract/model.ts';
import { splitDescriptorSet } from './descriptors.ts';
import { descriptorSetFile } from '../../contract/grpc/service.ts';
import { sourceFile } from '../../contract/package-files.ts';

export function addReflection(server: Server, versions: readonly ApiVersion[], extra: Buffer[] = []): void {
  const fileDescriptorProtos = [...versions.flatMap((v) => splitDescriptorSet(readFileSync(sourceFile('grpc/generated', descriptorSetFile(v))))), ...extra];
  // Only `fileDescriptorProtos` is read (see the header); one entry carries them all. Every
  // version's set has its own copy of google/protobuf/empty.proto: the service keeps a file's
  // first copy by name, and the copies are the same file.
  const definition = { descriptors: { fileDescriptorProtos } } as unknown as PackageDefinition;
  new ReflectionService(definition).addToServer(server);
}
