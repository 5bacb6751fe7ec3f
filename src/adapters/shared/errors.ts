// Any failure as the catalogue error a client gets (src/contract/errors.ts). What is not already a
// GatewayError is a gateway bug: it is answered as `internal` (500, logged with the request id)
// and its message, which may hold anything, never reaches the client.
import { GatewayError } from '../../contract/errors.ts';

export function asGatewayError(err: unknown): GatewayError {
  if (err instanceof GatewayError) return err;
  return new GatewayError('internal', 'Internal gateway error; the request id in the logs tells the operators where to look');
}
