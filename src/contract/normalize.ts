// slurmrestd's parser accepts a few convenient forms in a job description: a string of digits
// where an integer is expected, and a plain number where a {set, infinite, number} struct is
// expected ("time_limit": 60). The validator lets them through unchanged (validate.ts); this turns
// them into the canonical form, reading which fields are which from the spec.
import type { ApiVersion, JobDescription } from './model.ts';
import { loadSlurmSpec, type JsonObject } from './validate.ts';

const NO_VAL_REF = /_no_val_struct$/;
const DIGITS = /^\s*[-+]?[0-9]+\s*$/;

function jobDescProperties(version: ApiVersion): Record<string, JsonObject> {
  return loadSlurmSpec(version).components.schemas[`${version}_job_desc_msg`].properties;
}

/** A copy of `job` with digit strings as numbers and plain numbers as no-val structs. */
export function normalizeJobDescription(version: ApiVersion, job: JobDescription): JobDescription {
  const props = jobDescProperties(version);
  const out: Record<string, unknown> = { ...job };
  for (const [key, value] of Object.entries(job)) {
    const schema = props[key];
    if (!schema) continue;
    const ref: string | undefined = schema.$ref;
    if (ref && NO_VAL_REF.test(ref)) {
      if (typeof value === 'number' || (typeof value === 'string' && DIGITS.test(value))) {
        out[key] = { set: true, infinite: false, number: Number(value) };
      }
    } else if (schema.type === 'integer' && typeof value === 'string' && DIGITS.test(value)) {
      out[key] = Number(value);
    }
  }
  return out as JobDescription;
}
