// A call runs through a list of interceptors, outermost first, and then its handler. Each
// interceptor is a small function that checks or records one thing and calls `next` (or throws).
import type { CallContext } from '../context.ts';

/** What every handler returns: a status, for the interceptors that look at the outcome (audit). */
export interface Outcome {
  status: number;
}

export type Interceptor = <T extends Outcome>(ctx: CallContext, next: () => Promise<T>) => Promise<T>;

export function runChain<T extends Outcome>(ctx: CallContext, interceptors: readonly Interceptor[], handler: (ctx: CallContext) => Promise<T>): Promise<T> {
  const step = async (i: number): Promise<T> => (i === interceptors.length ? handler(ctx) : interceptors[i](ctx, () => step(i + 1)));
  return step(0);
}
