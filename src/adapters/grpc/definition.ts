// Loads the generated .proto of an API version with proto-loader, with the contract's loader
// options (src/contract/grpc/loader-options.ts, shared with the SDK's gRPC transport), and
// derives what the server needs per method: the spec schema and message of its response.
import type { ServiceDefinition } from '@grpc/grpc-js';
import { loadSync, type PackageDefinition } from '@grpc/proto-loader';
import type { ApiVersion } from '../../contract/model.ts';
import { specOperation } from '../../contract/validate.ts';
import { LOADER_OPTIONS } from '../../contract/grpc/loader-options.ts';
import { GRPC_METHODS, protoFile, protoPackage, SERVICE_NAME, type GrpcMethod } from '../../contract/grpc/service.ts';

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
