// When SLURM adds and removes each REST data_parser version (SchedMD's lifecycle table,
// doc/html/rest_clients.shtml: a version is removed two years after it was added), and the dates
// the gateway's Deprecation and Sunset headers follow by default. A version is deprecated from the
// last SLURM release that still ships it (the next one removes it) and sunset at that removal.
import type { ApiVersion } from '../model.ts';

/**
 * SLURM releases and their dates: released ones from SchedMD's git tags (slurm-YY-MM-0-1); later
 * ones are planned for the end of their month, and a facility that knows its upgrade date sets
 * it in the configuration (deprecatedVersions).
 */
export const SLURM_RELEASES = {
  '24.11': '2024-11-29',
  '25.05': '2025-05-29',
  '25.11': '2025-11-06',
  '26.05': '2026-05-26',
  '26.11': '2026-11-30',
  '27.05': '2027-05-31',
  '27.11': '2027-11-30',
  '28.05': '2028-05-31',
} as const;
export type SlurmRelease = keyof typeof SLURM_RELEASES;

export interface VersionLifecycle {
  added: SlurmRelease;
  removed: SlurmRelease;
}

export const LIFECYCLE: Record<ApiVersion, VersionLifecycle> = {
  'v0.0.42': { added: '24.11', removed: '26.11' },
  'v0.0.43': { added: '25.05', removed: '27.05' },
  'v0.0.44': { added: '25.11', removed: '27.11' },
  'v0.0.45': { added: '26.05', removed: '28.05' },
};

/** The release before `release` (releases come every six months). */
function previous(release: SlurmRelease): SlurmRelease {
  const names = Object.keys(SLURM_RELEASES) as SlurmRelease[];
  return names[names.indexOf(release) - 1]!;
}

export interface DeprecationDates {
  /** ISO date from which the version is deprecated. */
  since: string;
  /** ISO date after which SLURM no longer has it. */
  sunset: string;
}

/** The default dates of every version: deprecated with the last release that ships it, sunset at its removal. */
export function defaultDeprecations(): Record<ApiVersion, DeprecationDates> {
  const out = {} as Record<ApiVersion, DeprecationDates>;
  for (const [version, { removed }] of Object.entries(LIFECYCLE) as [ApiVersion, VersionLifecycle][]) {
    out[version] = { since: SLURM_RELEASES[previous(removed)], sunset: SLURM_RELEASES[removed] };
  }
  return out;
}
