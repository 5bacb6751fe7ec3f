// Jobs and the fields SLURM retired, between v0.0.43, v0.0.44 and v0.0.45, as real slurmrestd
// 26.05.5 renders the same objects (test/fixtures/slurmrestd/versions/FINDINGS.md):
// - job step_id (v0.0.44+): {sluid, job_id: the job's own id, step_het_component unset, step_id
//   "entire"}; the sluid (cluster id, submit milliseconds, sequence) cannot be made from a v0.0.43
//   body. A v0.0.44+ request's step_id.job_id is what v0.0.43's job_id says.
// - fields SLURM removed but older parsers still render as constants (add_removed in p42..p44):
//   job power {flags: []}, node external_sensors {}, power {}, tres_weighted 0, reservation
//   watts {}, diag parts_packed 0; and fields still in the v0.0.45 document but always empty there
//   (job shared [], partition maximums shares/oversubscribe 0/0/[]: partition-rules.ts).
// - the job flag JOB_IMPLICIT_MAX_NODES, which v0.0.45 shows on every job given a task count and
//   no maximum node count: older versions show that through maximum_nodes, so it is not lost.
import type { Pair } from './convert.ts';
import type { VersionRule } from './rules.ts';
import { asObject, isOlder } from './schema.ts';

const V44 = 'v0.0.44';
const V45 = 'v0.0.45';
const into44 = (p: Pair) => isOlder(p.from, V44) && !isOlder(p.to, V44);
const outOf44 = (p: Pair) => !isOlder(p.from, V44) && isOlder(p.to, V44);
const to45 = (p: Pair) => p.to === V45 && p.from !== V45;
const from45 = (p: Pair) => p.from === V45 && p.to !== V45;

export const STEP_RULES: readonly VersionRule[] = [
  {
    component: 'job_info',
    applies: into44,
    derives: ['step_id'],
    apply(source, out, _pair, notes) {
      const step = asObject(out.step_id);
      if (!step || typeof source.job_id !== 'number') return;
      step.job_id = { set: true, infinite: false, number: source.job_id };
      step.step_id = 'entire';
      notes?.empty.add('job_info/step_id/sluid');
    },
  },
  // The step a v0.0.44+ body names is the job itself (job_id, "entire"): only its sluid is not shown.
  { component: 'job_info', applies: outOf44, carries: ['step_id'], apply() {} },
  {
    component: 'job_desc_msg',
    applies: outOf44,
    carries: ['step_id'],
    apply(source, out) {
      const id = asObject(asObject(source.step_id)?.job_id);
      if (out.job_id === undefined && id?.set === true && typeof id.number === 'number') out.job_id = id.number;
    },
  },
];

/** Constants older parsers render for fields SLURM removed. */
const RETIRED: Record<string, Record<string, unknown>> = {
  job_info: { power: { flags: [] } },
  node: { external_sensors: {}, power: {}, tres_weighted: 0 },
  reservation_info: { watts: {} },
  stats_msg: { parts_packed: 0 },
};

export const RETIRED_FIELD_RULES: readonly VersionRule[] = [
  ...Object.entries(RETIRED).map(
    ([component, fields]): VersionRule => ({
      component,
      applies: from45,
      derives: Object.keys(fields),
      apply(_source, out) {
        for (const [k, v] of Object.entries(fields)) if (k in out) out[k] = structuredClone(v);
      },
    }),
  ),
  {
    component: 'job_info',
    applies: to45,
    carries: ['shared'],
    apply(_source, out) {
      if ('shared' in out) out.shared = [];
    },
  },
  {
    component: 'job_info',
    applies: from45,
    carries: ['flags JOB_IMPLICIT_MAX_NODES'],
    apply(_source, out, _pair, notes) {
      // v0.0.45 shows [] whatever the job asked for: the older version's answer is not known.
      if (Array.isArray(out.shared) && out.shared.length === 0) notes?.empty.add('job_info/shared');
    },
  },
];
