// The `flags` values DELETE /job/{id} accepts, read from the vendored spec (never retyped).
import { readFileSync } from 'node:fs';
import { sourceFile } from '../../contract/package-files.ts';

interface Param { in: string; name: string; schema?: { enum?: string[] } }

function loadFlags(): Set<string> {
  const file = sourceFile('contract/spec/openapi-v0.0.43.json');
  const spec = JSON.parse(readFileSync(file, 'utf8')) as { paths: Record<string, Record<string, { parameters?: Param[] }>> };
  const params = spec.paths['/slurm/v0.0.43/job/{job_id}'].delete.parameters ?? [];
  return new Set(params.find((p) => p.in === 'query' && p.name === 'flags')?.schema?.enum ?? []);
}

export const CANCEL_FLAGS: ReadonlySet<string> = loadFlags();

/** Flags are a comma-separated list (slurmrestd's form style); returns the unknown ones. */
export function unknownCancelFlags(flags: string): string[] {
  return flags
    .split(',')
    .map((f) => f.trim())
    .filter((f) => f !== '' && !CANCEL_FLAGS.has(f.toUpperCase()));
}
