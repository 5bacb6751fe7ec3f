// Loads the generated .proto of an API version with proto-loader. The options are what makes
// the JSON model and the proto messages the same objects (see json-proto.ts): keepCase keeps the
// spec's snake_case names, Number longs give JSON numbers, and no defaults / no virtual oneof
// keys make absent fields absent. scripts/generate-proto.ts passes the same to proto-loader-gen-types.
import type { ServiceDefinition } from '@grpc/grpc-js';
import { loadSync, type Options, type PackageDefinition } from '@grpc/proto-loader';
import { fileURLToPath } from 'node:url';
import type { ApiVersion } from '../../contract/model.ts';
import { specOperation } from '../../contract/validate.ts';
import { GRPC_METHODS, protoFile, protoPackage, SERVICE_NAME, type GrpcMethod } from './operations.ts';

export const PROTO_DIR = fileURLToPath(new URL('../../grpc/proto', import.meta.url));

export const LOADER_OPTIONS: Options = { keepCase: true, longs: Number, enums: String, defaults: false, arrays: false, objects: false, oneofs: false, includeDirs: [PROTO_DIR] };

export interface VersionDefinition {
  version: ApiVersion;
  packageDefinition: PackageDefinition;
  service: ServiceDefinition;
  /** Full service name, e.g. "slurm.v0043.SlurmIndirect". */
  serviceName: string;
  methods: (GrpcMethod & {
    /** The spec schema of the 200 response, e.g. "#/components/schemas/v0.0.43_openapi_job_info_resp". */
    responseRef: string;
    /** Full name of the response message, e.g. "slurm.v0043.OpenapiJobInfoResp". */
    responseType: string;
    serializeResponse: (value: object) => Buffer;
  })[];
}

export function loadVersionDefinition(version: ApiVersion): VersionDefinition {
  const packageDefinition = loadSync(protoFile(version), LOADER_OPTIONS);
  const serviceName = `${protoPackage(version)}.${SERVICE_NAME}`;
  const service = packageDefinition[serviceName] as unknown as ServiceDefinition;
  if (!service) throw new Error(`${protoFile(version)} has no service ${serviceName}: run npm run generate:proto`);
  const methods = GRPC_METHODS.map((m) => {
    const method = service[m.rpc];
    if (!method) throw new Error(`${serviceName} has no method ${m.rpc}: run npm run generate:proto`);
    const responseRef: string = specOperation(version, m.op).responses['200'].content['application/json'].schema.$ref;
    const responseType = `${protoPackage(version)}.${(method as unknown as { responseType: { type: { name: string } } }).responseType.type.name}`;
    return { ...m, responseRef, responseType, serializeResponse: method.responseSerialize as (value: object) => Buffer };
  });
  return { version, packageDefinition, service, serviceName, methods };
}
