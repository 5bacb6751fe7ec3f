// Deprecated API versions: the Deprecation (RFC 9745) and Sunset (RFC 8594) headers and the
// warning a deprecated version's replies carry in warnings[].
import type { DeprecatedVersions } from '../config/schema.ts';
import type { SlurmWarning } from '../contract/model.ts';

export interface DeprecationNotice {
  headers: Record<string, string>;
  warning: SlurmWarning;
}

export function deprecationNotice(version: string, deprecated: Partial<DeprecatedVersions>): DeprecationNotice | undefined {
  const d = deprecated[version as keyof DeprecatedVersions];
  if (!d) return undefined;
  const since = Math.floor(Date.parse(`${d.since}T00:00:00Z`) / 1000);
  const sunset = new Date(`${d.sunset}T00:00:00Z`);
  return {
    headers: { Deprecation: `@${since}`, Sunset: sunset.toUTCString() },
    warning: { description: `API version ${version} is deprecated and will be removed after ${d.sunset}; use v0.0.43`, source: 's3m' },
  };
}
