// v0.0.42 job submit requests turned into the v0.0.43 request every backend reads.
import { compileConverter, type ConversionPlan, type Converter } from './convert.ts';
import { NEW, OLD, submitRequestSchema } from './schema.ts';

/**
 * Walk the v0.0.43 request schema, take each field from the v0.0.42 body. The two job_desc_msg
 * schemas have the same fields (v0.0.43 only adds the EXTERNAL_JOB flag), so every value
 * converts to itself; the walk is here so that a future difference is handled in one place.
 * Unknown fields are kept (the backend warns about them as slurmrestd does), and so are the
 * forms slurmrestd's parser converts itself (digit strings, plain numbers for no-val structs).
 */
export const REQUEST_PLAN: ConversionPlan = {
  from: OLD,
  to: NEW,
  unknownKeys: 'keep',
  unknownFlags: 'keep',
  order: 'input',
};

let converter: Converter | undefined;

/** The v0.0.43 job submit request ({job} or {jobs} [, script]) of a v0.0.42 one. Pure; non-objects pass through. */
export function submitRequestToV0043(body: unknown): unknown {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return body;
  converter ??= compileConverter(REQUEST_PLAN, submitRequestSchema(NEW), submitRequestSchema(OLD));
  return converter(body);
}
