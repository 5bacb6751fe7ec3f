// Permission, resource and version: a token with compute permission, a resource this gateway
// has (in the security enclave the URL names, if it names one), an API version that resource serves, and compute-ace for writes. In that order, so that
// a read-only token learns which resources exist but not more.
import { canRead, canWrite } from '../../auth/principal.ts';
import type { ApiVersion } from '../../contract/model.ts';
import { GatewayError } from '../../contract/errors.ts';
import type { DeprecatedVersions } from '../../config/schema.ts';
import type { Resource } from '../context.ts';
import { pastSunset } from '../deprecation.ts';
import type { Interceptor } from './chain.ts';

/** Whether a resource is reached through `enclave` (the URL's, if it names one; "open" by default). */
export const inEnclave = (config: { securityEnclave?: string }, enclave: string | undefined): boolean =>
  enclave === undefined || enclave === (config.securityEnclave ?? 'open');

/** `deprecated`: each version's dates; a resource with retiredVersions "refuse" stops serving a version past its sunset. */
export function authorize(resources: ReadonlyMap<string, Resource>, deprecated: Partial<DeprecatedVersions> = {}, now: () => number = Date.now): Interceptor {
  return async (ctx, next) => {
    const principal = ctx.principal;
    if (!principal) throw new GatewayError('internal', 'authorize ran before authenticate');
    if (!canRead(principal)) throw new GatewayError('accessDenied', `Token ${principal.tokenId} has no compute permission`);
    const resource = resources.get(ctx.call.resource);
    const known = () => [...resources.keys()].join(', ');
    if (!resource) throw new GatewayError('pathNotFound', `Unknown resource "${ctx.call.resource}" (known: ${known()})`);
    // A resource named under another enclave does not exist there: the same answer as an unknown
    // resource (status, error number, envelope), so a URL of the wrong enclave is never half-served.
    if (!inEnclave(resource.config, ctx.call.enclave)) {
      throw new GatewayError('pathNotFound', `Unknown resource "${ctx.call.resource}" in security enclave "${ctx.call.enclave}" (known: ${known()})`);
    }
    if (!(resource.config.versions as string[]).includes(ctx.call.version)) {
      throw new GatewayError('pathNotFound', `Resource "${ctx.call.resource}" does not serve API version ${ctx.call.version} (served: ${resource.config.versions.join(', ')})`);
    }
    if (resource.config.retiredVersions === 'refuse' && pastSunset(ctx.call.version, deprecated, now())) {
      const sunset = deprecated[ctx.call.version as keyof DeprecatedVersions]?.sunset;
      throw new GatewayError('pathNotFound', `API version ${ctx.call.version} was removed from SLURM on ${sunset} and resource "${ctx.call.resource}" no longer serves it: use a newer version`);
    }
    if (ctx.needs === 'write' && !canWrite(principal)) {
      throw new GatewayError('accessDenied', `Token ${principal.tokenId} is read-only (compute-ace-readonly): submitting and cancelling jobs needs compute-ace`);
    }
    ctx.resource = resource;
    // Served versions are API versions (the config allows no other), so the backend may ask in it.
    ctx.backend = { user: principal.user, project: principal.project, clientSource: ctx.call.clientSource, requestId: ctx.call.requestId, version: ctx.call.version as ApiVersion };
    return next();
  };
}
