// The differences the two documents cannot express (found by comparing real slurmrestd 26.05.5
// bodies of both versions, test/fixtures/slurmrestd/v0.0.42_GET_jobs.json vs GET_jobs_after.json),
// as rules on the converted v0.0.42 object of one component.
import type { ComponentRule } from './convert.ts';

/** What `meta.plugin.data_parser` names in a v0.0.42 body. */
export const DATA_PARSER_V0042 = 'data_parser/v0.0.42';

const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

/**
 * The version in `meta.plugin.data_parser`: slurmrestd names the parser that rendered the body
 * ("data_parser/v0.0.43" → "data_parser/v0.0.42"). Left alone when absent or not a data_parser name.
 */
const openapiMeta: ComponentRule = (_source, out) => {
  const plugin = out.plugin;
  if (plugin && typeof plugin === 'object' && !Array.isArray(plugin)) {
    const p = plugin as Record<string, unknown>;
    if (typeof p.data_parser === 'string' && /^data_parser\/v\d+\.\d+\.\d+$/.test(p.data_parser)) p.data_parser = DATA_PARSER_V0042;
  }
  return out;
};

/**
 * Job standard streams. v0.0.43 renders standard_input/_output/_error as submitted (patterns
 * such as "slurm-%j.out", "" when not given) and adds stdin_/stdout_/stderr_expanded (the
 * path after expansion, relative paths resolved against the working directory). v0.0.42 has no
 * *_expanded fields and renders the expanded paths in standard_* itself, with stdin of a batch
 * job without one shown as "/dev/null" (slurm_get_job_stdin()). Seen on 26.05.5 for the same job:
 *   v0.0.43 standard_output "slurm-%j.out", stdout_expanded "/tmp/slurm-1.out", standard_input "", stdin_expanded ""
 *   v0.0.42 standard_output "/tmp/slurm-1.out",                                  standard_input "/dev/null"
 * A body without *_expanded (not from slurmrestd 25.05+) keeps its standard_* values (an empty
 * stdin of a batch job still reads "/dev/null", as v0.0.42 always showed it).
 */
const jobInfo: ComponentRule = (source, out) => {
  const pick = (raw: string, expanded: string) => {
    if (!(raw in out)) return undefined;
    return str(source[expanded]) || str(source[raw]) || '';
  };
  const stdout = pick('standard_output', 'stdout_expanded');
  const stderr = pick('standard_error', 'stderr_expanded');
  const stdin = pick('standard_input', 'stdin_expanded');
  if (stdout !== undefined) out.standard_output = stdout;
  if (stderr !== undefined) out.standard_error = stderr;
  if (stdin !== undefined) out.standard_input = stdin || (source.batch_flag === false ? '' : '/dev/null');
  return out;
};

/** Rules per v0.0.42 component (version-independent names). */
export const RESPONSE_RULES: Record<string, ComponentRule> = {
  openapi_meta: openapiMeta,
  job_info: jobInfo,
};
