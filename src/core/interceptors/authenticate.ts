// The first rule of every call: the token. Nothing is looked up for an anonymous caller.
import { tokenFromAuthorizationHeader, type TokenService } from '../../auth/tokens.ts';
import type { Interceptor } from './chain.ts';

export function authenticate(tokens: Pick<TokenService, 'verify'>): Interceptor {
  return async (ctx, next) => {
    ctx.principal = await tokens.verify(tokenFromAuthorizationHeader(ctx.call.authorization));
    return next();
  };
}
