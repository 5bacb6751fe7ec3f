// A local resource among replicas sharing PostgreSQL: its jobs are processes on one host, so one
// replica at a time runs it (the "own:<resource>" role, src/store/replicas.ts). The others answer
// its calls with a clear 503 that names the replica running it, rather than forwarding them: a
// load balancer cannot know which replica that is, and a local resource is a development and demo
// backend, not a production cluster. When the owner dies, the first replica to take the role
// (after TAKEOVER_GRACE_MS) starts the resource from its own host's records, its job ids going on
// above every id the replicas gave out.
import type { Logger } from 'pino';
import { GatewayError } from '../contract/errors.ts';
import { ROLES, type Replicas } from '../store/replicas.ts';
import type { SlurmBackend } from './backend.ts';
import { decorate } from './decorate.ts';

/** How long a replica that saw a local resource run elsewhere waits, once it is free, before taking it. */
export const TAKEOVER_GRACE_MS = 5_000;

export interface OneReplicaOptions {
  /** The highest job id any replica acknowledged for the resource (the shared audit log and history know). */
  highestJobId?: () => Promise<number>;
  logger?: Logger;
}

export function runOnOneReplica(inner: SlurmBackend, resource: string, replicas: Replicas, opts: OneReplicaOptions = {}): SlurmBackend {
  const { logger } = opts;
  const role = ROLES.own(resource);
  let running: Promise<void> | undefined;
  const startInner = async () => {
    // Ids go on from the last replica's: a job id a client was given never names another job.
    const highest = (await opts.highestJobId?.()) ?? 0;
    if (highest > 0) inner.continueJobIdsAfter?.(highest);
    await inner.start();
  };
  const run = () => {
    running ??= startInner().then(
      () => logger?.info({ resource }, 'this replica runs the local resource'),
      (err: unknown) => {
        running = undefined;
        logger?.error({ err, resource }, 'local resource failed to start');
      },
    );
    return running;
  };
  replicas.claim(
    role,
    (held) => {
      if (held) void run();
      else logger?.warn({ resource }, 'lost the role of running this local resource (PostgreSQL connection lost): its calls are refused until it is won back');
    },
    // The holder only lost its connection (PostgreSQL restarted)? It takes the role back within a
    // second; the others wait, so that its running jobs keep their gateway.
    { graceMs: TAKEOVER_GRACE_MS },
  );
  const wrapped = decorate(inner, async (_op, _ctx, _args, call) => {
    if (replicas.holds(role) && running) return call();
    const holder = await replicas.holder(role).catch(() => undefined);
    throw new GatewayError(
      'backendBusy',
      `Resource "${resource}" is a local resource, run by one gateway replica at a time${holder ? ` (now: ${holder})` : ''}; this replica does not run it. Send its calls to that replica, or retry after it fails over`,
      { headers: { 'Retry-After': '5' } },
    );
  });
  wrapped.start = async () => {
    if (replicas.holds(role)) await run();
  };
  return wrapped;
}
