// The differences between versions that the documents cannot express, found by comparing real
// slurmrestd 26.05.5 bodies of the same objects in each version (test/fixtures/slurmrestd/ and
// test/fixtures/slurmrestd/versions/, FINDINGS.md there) and SchedMD's data_parser source. Each is
// a rule on one component, for the pairs of versions it concerns.
import type { ComponentRule, Pair } from './convert.ts';
import { asObject, isOlder } from './schema.ts';
import type { ApiVersion } from '../model.ts';
import { PARTITION_RULES } from './partition-rules.ts';
import { RETIRED_FIELD_RULES, STEP_RULES } from './job-rules.ts';

export interface VersionRule extends ComponentRule {
  /** The version-independent component name, e.g. "job_info". */
  component: string;
  /** Whether the rule concerns a conversion from pair.from to pair.to. */
  applies(pair: Pair): boolean;
}

const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
const V42: ApiVersion = 'v0.0.42';
const V45: ApiVersion = 'v0.0.45';
const below45 = (v: ApiVersion) => isOlder(v, V45);

/**
 * `meta.plugin.data_parser` names the parser that rendered the body: "data_parser/v0.0.43" in a
 * v0.0.43 body. Left alone when absent or not a data_parser name.
 */
const dataParser: VersionRule = {
  component: 'openapi_meta',
  applies: (p) => p.from !== p.to,
  apply(_source, out, pair) {
    const plugin = asObject(out.plugin);
    if (plugin && typeof plugin.data_parser === 'string' && /^data_parser\/v\d+\.\d+\.\d+$/.test(plugin.data_parser)) {
      plugin.data_parser = `data_parser/${pair.to}`;
    }
  },
};

/**
 * Job standard streams. v0.0.43 and later render standard_input/_output/_error as submitted
 * (patterns such as "slurm-%j.out", "" when not given) and add stdin_/stdout_/stderr_expanded
 * (the path after expansion, relative paths resolved against the working directory). v0.0.42 has
 * no *_expanded fields and renders the expanded paths in standard_* itself, with stdin of a batch
 * job without one shown as "/dev/null" (slurm_get_job_stdin()). Seen on 26.05.5 for the same job:
 *   v0.0.43 standard_output "slurm-%j.out", stdout_expanded "/tmp/slurm-1.out", standard_input "", stdin_expanded ""
 *   v0.0.42 standard_output "/tmp/slurm-1.out",                                  standard_input "/dev/null"
 * A body without *_expanded keeps its standard_* values (an empty stdin of a batch job still
 * reads "/dev/null", as v0.0.42 always showed it).
 */
const streamsTo42: VersionRule = {
  component: 'job_info',
  applies: (p) => p.to === V42 && p.from !== V42,
  carries: ['stdin_expanded', 'stdout_expanded', 'stderr_expanded'],
  apply(source, out) {
    const pick = (raw: string, expanded: string) => (raw in out ? str(source[expanded]) || str(source[raw]) || '' : undefined);
    const stdout = pick('standard_output', 'stdout_expanded');
    const stderr = pick('standard_error', 'stderr_expanded');
    const stdin = pick('standard_input', 'stdin_expanded');
    if (stdout !== undefined) out.standard_output = stdout;
    if (stderr !== undefined) out.standard_error = stderr;
    if (stdin !== undefined) out.standard_input = stdin || (source.batch_flag === false ? '' : '/dev/null');
  },
};

/**
 * The reverse: a v0.0.42 body has only the expanded paths, which are what the *_expanded fields
 * hold; the pattern as submitted is gone, so standard_* keep the expanded path. A batch job's
 * "/dev/null" stdin is what v0.0.43 shows as "" (not given).
 */
const streamsFrom42: VersionRule = {
  component: 'job_info',
  applies: (p) => p.from === V42 && p.to !== V42,
  derives: ['stdin_expanded', 'stdout_expanded', 'stderr_expanded'],
  apply(source, out) {
    const given = (f: string) => str(source[f]) ?? '';
    const stdin = source.batch_flag !== false && given('standard_input') === '/dev/null' ? '' : given('standard_input');
    if ('standard_input' in out) out.standard_input = stdin;
    if ('stdin_expanded' in out) out.stdin_expanded = stdin;
    if ('stdout_expanded' in out) out.stdout_expanded = given('standard_output');
    if ('stderr_expanded' in out) out.stderr_expanded = given('standard_error');
  },
};

/**
 * Ping. Up to v0.0.44 a controller's entry has the deprecated `pinged` ("UP"/"DOWN", from the same
 * flag as `responding`) and `mode` ("primary", "backup", "backup<N>", from the same offset as
 * `primary`); v0.0.45 drops both and adds `status`, slurm_strerror() of the ping's return code
 * ("No error" when it answered). data_parser/v0.0.44 and v0.0.45 parsers.c, CONTROLLER_PING.
 */
const pingTo45: VersionRule = {
  component: 'controller_ping',
  applies: (p) => p.to === V45 && below45(p.from),
  derives: ['status'],
  carries: ['pinged', 'mode'],
  apply(source, out) {
    const answered = source.responding === true || source.pinged === 'UP';
    out.status = answered ? 'No error' : 'Unable to contact slurm controller (connect failure)';
  },
};
const pingFrom45: VersionRule = {
  component: 'controller_ping',
  applies: (p) => p.from === V45 && below45(p.to),
  derives: ['pinged', 'mode'],
  carries: ['status'],
  apply(source, out) {
    if ('pinged' in out) out.pinged = source.responding === true ? 'UP' : 'DOWN';
    if ('mode' in out) out.mode = source.primary === false ? 'backup' : 'primary';
  },
};

/** Every rule; plans pick those that apply to their pair (plans.ts). */
export const VERSION_RULES: readonly VersionRule[] = [dataParser, streamsTo42, streamsFrom42, pingTo45, pingFrom45, ...PARTITION_RULES, ...STEP_RULES, ...RETIRED_FIELD_RULES];

/** The rules of one pair, one composed rule per component. */
export function rulesFor(pair: Pair): Record<string, ComponentRule> {
  const out: Record<string, ComponentRule> = {};
  for (const r of VERSION_RULES.filter((x) => x.applies(pair))) {
    const before = out[r.component];
    out[r.component] = before
      ? {
          derives: [...(before.derives ?? []), ...(r.derives ?? [])],
          carries: [...(before.carries ?? []), ...(r.carries ?? [])],
          apply(s, o, p, n) {
            before.apply(s, o, p, n);
            r.apply(s, o, p, n);
          },
        }
      : r;
  }
  return out;
}
