// Everything after this (the Idempotency-Key hash, validation, conversion, the backend's
// serializing) walks the body: it is refused here when nested deeper than the limit. The
// adapters refuse such bodies already; the core does not rely on it.
import { checkJsonValueDepth } from '../../contract/json-depth.ts';
import type { Interceptor } from './chain.ts';

export const boundedBody: Interceptor = async (ctx, next) => {
  checkJsonValueDepth(ctx.body);
  return next();
};
