// How the project's .proto files are loaded, by the server (src/adapters/grpc/definition.ts) and
// the SDK's gRPC transport (src/client/grpc-transport.ts) alike. The options are what makes the
// JSON model and the proto messages the same objects (see json-proto.ts): keepCase keeps the
// spec's snake_case names, Number longs give JSON numbers, and no defaults / no virtual oneof
// keys make absent fields absent. scripts/generate-proto.ts passes the same to
// proto-loader-gen-types.
//
// Only proto-loader's Options type is imported: the contract loads nothing itself, so importing
// it does not load @grpc/proto-loader (the SDK does that on its first gRPC call).
import type { Options } from '@grpc/proto-loader';
import { sourceFile } from '../package-files.ts';

/** src/grpc/proto/: the .proto files (slurm/v0043/slurm.proto, s3m/events/v1/events.proto, google/rpc/status.proto). */
export const PROTO_DIR = sourceFile('grpc/proto');

export const LOADER_OPTIONS: Options = { keepCase: true, longs: Number, enums: String, defaults: false, arrays: false, objects: false, oneofs: false, includeDirs: [PROTO_DIR] };
