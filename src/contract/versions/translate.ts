// Translating bodies between any two API versions: replies from the version the backend speaks to
// the version the client asked for, job submit requests the other way. Plans and converters are
// compiled once per pair from the two vendored documents (convert.ts) plus the rules the
// documents cannot express (rules.ts).
import type { ApiVersion, SlurmWarning } from '../model.ts';
import type { OperationName } from '../operations.ts';
import { compileConverter, newNotes, type ConversionPlan, type Converter, type Notes } from './convert.ts';
import { rulesFor } from './rules.ts';
import { componentRef, isPlainObject, responseSchema, submitRequestSchema } from './schema.ts';
import { unknownJobFields } from '../validate.ts';

export const WARNING_SOURCE = 's3m:versions';

/** Plans and converters are compiled once per key (kind, operation, status, pair) and kept. */
const compiled = new Map<string, unknown>();
function once<T>(key: string, make: () => T): T {
  if (!compiled.has(key)) compiled.set(key, make());
  return compiled.get(key) as T;
}

/**
 * A reply rendered for another version: walk the target's schema (in its key order, as slurmrestd
 * renders), leave out what it does not declare, fill what only it declares.
 */
export function replyPlan(from: ApiVersion, to: ApiVersion): ConversionPlan {
  return once(`reply plan ${from} ${to}`, (): ConversionPlan => ({ from, to, unknownKeys: 'drop', fillMissing: true, order: 'schema', rules: rulesFor({ from, to }) }));
}

/**
 * A request passed on in another version: the client's order and every field neither version
 * knows (the cluster warns "Ignoring unknown field" for them, as it would to the client); fields
 * only the client's version has cannot be sent and are noted.
 */
export function requestPlan(from: ApiVersion, to: ApiVersion): ConversionPlan {
  return once(`request plan ${from} ${to}`, (): ConversionPlan => ({ from, to, unknownKeys: 'keep', fillMissing: false, order: 'input', rules: rulesFor({ from, to }) }));
}


export interface Translated<T = unknown> {
  body: T;
  notes: Notes;
  /**
   * Request fields the client's version does not know but the cluster's would apply: left out, with
   * the warning the client's own slurmrestd gives ("Ignoring unknown field ..."), so that a v0.0.43
   * client's stray `cores_per_socket` does on a v0.0.45 cluster what it does on a v0.0.43 one.
   */
  ignored?: SlurmWarning[];
}

/**
 * The `to` body of a `from` reply to one of the nine gateway operations. Pure: the input is not
 * modified and the result shares no object with it. Error replies are converted the same way; a
 * body that is not a JSON object (a text/plain error) is returned as it is.
 */
export function translateReply(op: OperationName, status: number, body: unknown, from: ApiVersion, to: ApiVersion): Translated {
  const notes = newNotes();
  if (from === to || !isPlainObject(body)) return { body, notes };
  const fn = once<Converter>(`reply ${op} ${status} ${from} ${to}`, () => {
    const target = responseSchema(to, op, status);
    if (!target) throw new Error(`${to}: ${op} declares no JSON body for HTTP ${status}`);
    return compileConverter(replyPlan(from, to), target, responseSchema(from, op, status));
  });
  return { body: fn(body, notes), notes };
}

/** A job submit request ({job} or {jobs} [, script]) of version `from` as version `to` takes it. */
export function translateSubmit(body: unknown, from: ApiVersion, to: ApiVersion): Translated {
  const notes = newNotes();
  if (from === to || !isPlainObject(body)) return { body, notes };
  const { body: own, ignored } = withoutFieldsUnknownTo(from, to, body);
  const fn = once<Converter>(`submit ${from} ${to}`, () => compileConverter(requestPlan(from, to), submitRequestSchema(to), submitRequestSchema(from)));
  return { body: fn(own, notes), notes, ignored };
}

/** The request without the job fields `from` does not know and `to` does (a field neither knows goes on: the cluster warns about it itself). */
function withoutFieldsUnknownTo(from: ApiVersion, to: ApiVersion, body: Record<string, unknown>): { body: Record<string, unknown>; ignored: SlurmWarning[] } {
  const ignored: SlurmWarning[] = [];
  const clean = (job: unknown, prefix: string): unknown => {
    if (!isPlainObject(job)) return job;
    const fields = job;
    const stray = unknownJobFields(from, fields, prefix).filter((f) => unknownJobFields(to, { [f.field]: fields[f.field] }).length === 0);
    if (!stray.length) return job;
    ignored.push(...stray.map(({ description, source }) => ({ description, source })));
    return Object.fromEntries(Object.entries(fields).filter(([k]) => !stray.some((f) => f.field === k)));
  };
  const out: Record<string, unknown> = { ...body };
  if ('job' in out) out.job = clean(out.job, '#/job/');
  if (Array.isArray(out.jobs)) out.jobs = out.jobs.map((j, i) => clean(j, `#/jobs/${i}/`));
  return { body: out, ignored };
}

/** One job_info object (a stored final record) in another version, as a reply would show it. */
export function translateJobInfo<T>(job: T, from: ApiVersion, to: ApiVersion): T {
  if (from === to) return job;
  const fn = once<Converter>(`job_info ${from} ${to}`, () => compileConverter(replyPlan(from, to), componentRef(to, 'job_info'), componentRef(from, 'job_info')));
  return fn(job) as T;
}

const list = (s: Set<string>) => [...s].sort().join(', ');

/** What a reply's client is told about fields its version and the cluster's do not share. */
export function replyWarnings(notes: Notes, from: ApiVersion, to: ApiVersion): SlurmWarning[] {
  const out: SlurmWarning[] = [];
  if (notes.lost.size) {
    out.push({ description: `The cluster answered in ${from}; ${to} has no place for ${list(notes.lost)}, which are not shown: ask in ${from} to see them`, source: WARNING_SOURCE });
  }
  if (notes.empty.size) {
    out.push({ description: `The cluster answered in ${from}, which has no ${list(notes.empty)}: shown empty`, source: WARNING_SOURCE });
  }
  return out;
}

/** What a submitter is told about fields of its request the cluster's version cannot take. */
export function requestWarnings(notes: Notes, from: ApiVersion, to: ApiVersion): SlurmWarning[] {
  if (!notes.lost.size) return [];
  return [{ description: `The cluster is spoken to in ${to}, which cannot express ${list(notes.lost)} of this ${from} request: not sent`, source: WARNING_SOURCE }];
}
