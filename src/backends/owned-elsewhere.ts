// A local resource among replicas sharing PostgreSQL: its jobs are processes on one host, so one
// replica at a time runs it (the "own:<resource>" role, src/store/replicas.ts). The others answer
// its calls with a clear 503 that names the replica running it, rather than forwarding them: a
// load balancer cannot know which replica that is, and a local resource is a development and demo
// backend, not a production cluster. When the owner dies, the first replica to take the role
// starts the resource from its own host's records.
import type { Logger } from 'pino';
import { GatewayError } from '../contract/errors.ts';
import type { Replicas } from '../store/replicas.ts';
import type { SlurmBackend } from './backend.ts';
import { decorate } from './decorate.ts';

export function runOnOneReplica(inner: SlurmBackend, resource: string, replicas: Replicas, logger?: Logger): SlurmBackend {
  const role = `own:${resource}`;
  let running: Promise<void> | undefined;
  const run = () => {
    running ??= inner.start().then(
      () => logger?.info({ resource }, 'this replica runs the local resource'),
      (err: unknown) => {
        running = undefined;
        logger?.error({ err, resource }, 'local resource failed to start');
      },
    );
    return running;
  };
  replicas.claim(role, (held) => {
    if (held) void run();
    else logger?.warn({ resource }, 'lost the role of running this local resource (PostgreSQL connection lost): its calls are refused until it is won back');
  });
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
