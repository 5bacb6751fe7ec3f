// Backends are decorated (cache, admission control, metrics) by wrapping each of the nine
// operations the same way; this builds such a wrapper so that a decorator only says what it adds.
import { OPERATION_NAMES, type OperationName } from '../contract/operations.ts';
import type { BackendContext, SlurmBackend } from './backend.ts';


/** Runs one backend call: `call` performs it on the inner backend with the original arguments. */
export type Around = (op: OperationName, ctx: BackendContext, args: unknown[], call: () => Promise<unknown>) => Promise<unknown>;

export function decorate(inner: SlurmBackend, around: Around, hooks: { start?: () => Promise<void>; close?: () => Promise<void> } = {}): SlurmBackend {
  const wrapped = { kind: inner.kind, callerName: (ctx: BackendContext) => inner.callerName(ctx) } as Record<string, unknown>;
  if (inner.readsAs) wrapped.readsAs = inner.readsAs.bind(inner);
  if (inner.accountingJob) wrapped.accountingJob = inner.accountingJob.bind(inner);
  if (inner.clusterVersion) wrapped.clusterVersion = inner.clusterVersion.bind(inner);
  if (inner.onJobSettled) wrapped.onJobSettled = inner.onJobSettled.bind(inner);
  for (const op of OPERATION_NAMES) {
    const method = (inner[op] as (...a: unknown[]) => Promise<unknown>).bind(inner);
    wrapped[op] = (ctx: BackendContext, ...args: unknown[]) => around(op, ctx, args, () => method(ctx, ...args));
  }
  wrapped.start = async () => {
    await inner.start();
    await hooks.start?.();
  };
  wrapped.close = async () => {
    await hooks.close?.();
    await inner.close();
  };
  return wrapped as unknown as SlurmBackend;
}
