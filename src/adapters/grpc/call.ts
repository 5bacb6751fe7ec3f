// The core's Call for a gRPC call: its metadata (the REST headers' names, lower-case), its peer, the
// resource named by x-s3m-resource and the version of the service called (none for WatchJobs).
// Built by src/adapters/shared/transport-call.ts, as REST's are.
import type { Metadata } from '@grpc/grpc-js';
import { transportCall, type TransportCall } from '../shared/transport-call.ts';
import { RESOURCE_METADATA } from '../../contract/grpc/service.ts';

export function grpcCall(call: { metadata: Metadata; getPeer(): string }, version: string): TransportCall {
  // An empty value counts as not sent.
  const header = (name: string) => {
    const v = call.metadata.get(name)[0];
    return v === undefined || v === '' ? undefined : String(v);
  };
  return transportCall({ api: 'grpc', header, peer: call.getPeer(), resource: header(RESOURCE_METADATA) ?? '', version });
}
