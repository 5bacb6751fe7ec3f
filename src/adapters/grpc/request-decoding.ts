// gRPC request messages that cannot be decoded answer INVALID_ARGUMENT, as REST answers a body that
// is not JSON (400, error 9001), and never INTERNAL. grpc-js answers a deserializer that throws with
// INTERNAL ("Error deserializing request") before any handler runs, so the servers' deserializers
// are wrapped: a message protobufjs refuses (malformed or truncated bytes, or unknown groups nested
// past its recursion limit: the one way to nest a message deeply, since none of the request
// message types is recursive) becomes an UndecodableRequest that the handler answers.
import type { ServiceDefinition } from '@grpc/grpc-js';
import { checkJsonValueDepth } from '../../contract/json-depth.ts';
import { GatewayError } from '../../contract/errors.ts';

/** What a handler gets instead of a request message that could not be decoded. */
export class UndecodableRequest {
  constructor(readonly reason: string) {}
}

/** A copy of a service definition whose request deserializers never throw. */
export function withDecodingErrorsAnswered<S extends ServiceDefinition>(service: S): S {
  const out: Record<string, unknown> = {};
  for (const [name, method] of Object.entries(service)) {
    const decode = method.requestDeserialize;
    out[name] = {
      ...method,
      requestDeserialize: (bytes: Buffer) => {
        try {
          return decode(bytes);
        } catch (err) {
          return new UndecodableRequest(err instanceof Error ? err.message : String(err));
        }
      },
    };
  }
  return out as S;
}

/**
 * The first check of every gRPC call, before the token (REST parses the body first too): the
 * message was decoded, and it nests no deeper than a REST body may (MAX_JSON_DEPTH).
 */
export function checkRequestMessage(request: unknown): void {
  if (request instanceof UndecodableRequest) {
    throw new GatewayError('parsingFailed', `Failure during parsing: the request message cannot be decoded (${request.reason})`, { source: 'parse' });
  }
  checkJsonValueDepth(request, 'the request message');
}
