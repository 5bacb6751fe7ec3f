// A store that does not answer (PostgreSQL down, unreachable, or out of connections) is the
// gateway's own trouble, not the caller's: the call gets slurmrestd's "try again" error, 503 with
// Retry-After, never a 500 or a hang (open-store.ts bounds every wait). The driver's message is
// kept as the error's cause for the log, not shown: it may name hosts.
import { GatewayError } from '../contract/errors.ts';

export async function orStoreUnavailable<T>(work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (err) {
    if (err instanceof GatewayError) throw err;
    const refused = new GatewayError('backendBusy', "The gateway's store did not answer; retry shortly", { source: 's3m:store', headers: { 'Retry-After': '2' } });
    (refused as Error).cause = err;
    throw refused;
  }
}
