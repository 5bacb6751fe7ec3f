// Deprecated API versions: the Deprecation (RFC 9745) and Sunset (RFC 8594) headers and the
// warning a deprecated version's replies carry in warnings[], from the dates in the configuration
// (SchedMD's lifecycle by default: src/contract/versions/lifecycle.ts).
import type { DeprecatedVersions } from '../config/schema.ts';
import type { SlurmWarning } from '../contract/model.ts';

export interface DeprecationNotice {
  headers: Record<string, string>;
  warning: SlurmWarning;
}

const day = (date: string) => Date.parse(`${date}T00:00:00Z`);

/** Whether a version is past its sunset: SLURM no longer has it. */
export function pastSunset(version: string, deprecated: Partial<DeprecatedVersions>, now = Date.now()): boolean {
  const d = deprecated[version as keyof DeprecatedVersions];
  return d?.sunset !== undefined && now >= day(d.sunset) + 86_400_000;
}

/** The headers and warning of a version once it is deprecated; undefined before. */
export function deprecationNotice(version: string, deprecated: Partial<DeprecatedVersions>, now = Date.now()): DeprecationNotice | undefined {
  const d = deprecated[version as keyof DeprecatedVersions];
  if (!d?.since || now < day(d.since)) return undefined;
  const headers: Record<string, string> = { Deprecation: `@${Math.floor(day(d.since) / 1000)}` };
  if (d.sunset) headers.Sunset = new Date(day(d.sunset)).toUTCString();
  const description = !d.sunset
    ? `API version ${version} is deprecated; use a newer version`
    : pastSunset(version, deprecated, now)
      ? `API version ${version} was removed from SLURM on ${d.sunset}; the gateway still serves it, translated from the cluster's version: move to a newer version`
      : `API version ${version} is deprecated and will be removed after ${d.sunset}; use a newer version`;
  return { headers, warning: { description, source: 's3m' } };
}
