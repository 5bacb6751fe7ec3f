// v0.0.43 reply bodies (what every backend speaks) rendered as slurmrestd's v0.0.42 would.
import type { OperationName } from '../validate.ts';
import { compileConverter, type ConversionPlan, type Converter } from './convert.ts';
import { RESPONSE_RULES } from './rules.ts';
import { NEW, OLD, responseSchema } from './schema.ts';

/** Walk the v0.0.42 schema, take each field from the v0.0.43 body; fields and flags v0.0.42 lacks are left out. */
export const RESPONSE_PLAN: ConversionPlan = {
  from: NEW,
  to: OLD,
  unknownKeys: 'drop',
  unknownFlags: 'drop',
  order: 'schema',
  rules: RESPONSE_RULES,
};

const converters = new Map<string, Converter>();

function converterFor(op: OperationName, status: number): Converter {
  const key = `${op} ${status}`;
  let fn = converters.get(key);
  if (!fn) {
    const target = responseSchema(OLD, op, status);
    if (!target) throw new Error(`${OLD}: ${op} declares no JSON body for HTTP ${status}`);
    fn = compileConverter(RESPONSE_PLAN, target, responseSchema(NEW, op, status));
    converters.set(key, fn);
  }
  return fn;
}

/**
 * The v0.0.42 body of a v0.0.43 reply to one of the nine gateway operations. Pure: the input is
 * not modified and the result shares no object with it. Error replies (4xx/5xx, envelope only
 * or with payload fields) are converted the same way; a body that is not a JSON object (a
 * text/plain error) is returned as it is.
 */
export function toV0042(op: OperationName, status: number, body: unknown): unknown {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return body;
  return converterFor(op, status)(body);
}
