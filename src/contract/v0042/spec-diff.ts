// The differences between the v0.0.42 and v0.0.43 documents for the nine gateway operations,
// computed from the vendored specs (not typed by hand). index.ts lists them with how each is
// handled, and a test checks that list against this computation, so that a new vendored spec
// cannot bring a difference nobody looked at.
import { type JsonObject, type OperationName } from '../validate.ts';
import { OPERATIONS } from '../operations.ts';
import { NEW, OLD, declaredStatuses, refComponent, resolve, responseSchema, submitRequestSchema } from './schema.ts';

export type DifferenceKind =
  | 'field only in v0.0.43'
  | 'field only in v0.0.42'
  | 'enum values only in v0.0.43'
  | 'enum values only in v0.0.42'
  | 'type'
  | 'format'
  | 'required'
  | 'shape';

export interface SpecDifference {
  /** Responses (v0.0.43 → v0.0.42) or the job submit request (v0.0.42 → v0.0.43). */
  direction: 'response' | 'request';
  /** Component-anchored path, e.g. "job_info/licenses_allocated" or "job_info/flags[]". */
  where: string;
  kind: DifferenceKind;
  /** The field or values concerned, e.g. "EXTERNAL_JOB". */
  detail: string;
  /** Which of the nine operations reach it. */
  operations: OperationName[];
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

function compare(a: JsonObject | undefined, b: JsonObject | undefined, where: string, visit: (d: Omit<SpecDifference, 'direction' | 'operations'>) => void, seen: Set<string>): void {
  const ca = refComponent(a);
  const cb = refComponent(b);
  // Both sides name the same component: the path restarts there, and it is compared once.
  if (ca && ca === cb) {
    where = ca;
    if (seen.has(where)) return;
    seen.add(where);
  }
  const sa = resolve(OLD, a);
  const sb = resolve(NEW, b);
  if (!sa || !sb) {
    visit({ where, kind: 'shape', detail: `${sa ? 'v0.0.42' : 'v0.0.43'} only` });
    return;
  }
  if (!same(sa.type, sb.type)) visit({ where, kind: 'type', detail: `${JSON.stringify(sa.type)} → ${JSON.stringify(sb.type)}` });
  if (!same(sa.format, sb.format)) visit({ where, kind: 'format', detail: `${sa.format} → ${sb.format}` });
  if (!same([...(sa.required ?? [])].sort(), [...(sb.required ?? [])].sort())) {
    visit({ where, kind: 'required', detail: `${JSON.stringify(sa.required)} → ${JSON.stringify(sb.required)}` });
  }
  const ea: string[] = sa.enum ?? [];
  const eb: string[] = sb.enum ?? [];
  const onlyNew = eb.filter((v) => !ea.includes(v));
  const onlyOld = ea.filter((v) => !eb.includes(v));
  if (onlyNew.length) visit({ where, kind: 'enum values only in v0.0.43', detail: onlyNew.join(', ') });
  if (onlyOld.length) visit({ where, kind: 'enum values only in v0.0.42', detail: onlyOld.join(', ') });
  for (const k of ['allOf', 'anyOf', 'oneOf']) if (sa[k] || sb[k]) visit({ where, kind: 'shape', detail: `uses ${k}` });

  const pa: JsonObject = sa.properties ?? {};
  const pb: JsonObject = sb.properties ?? {};
  for (const k of Object.keys(pb)) if (!(k in pa)) visit({ where, kind: 'field only in v0.0.43', detail: k });
  for (const k of Object.keys(pa)) if (!(k in pb)) visit({ where, kind: 'field only in v0.0.42', detail: k });
  for (const k of Object.keys(pa)) if (k in pb) compare(pa[k], pb[k], `${where}/${k}`, visit, seen);
  if (sa.items || sb.items) compare(sa.items, sb.items, `${where}[]`, visit, seen);
  const aa = sa.additionalProperties;
  const ab = sb.additionalProperties;
  if ((aa && typeof aa === 'object') || (ab && typeof ab === 'object')) compare(aa, ab, `${where}{}`, visit, seen);
}

let cached: SpecDifference[] | undefined;

/** Every difference between the two documents, over the nine operations' bodies and the submit request. */
export function specDifferences(): SpecDifference[] {
  if (cached) return cached;
  const found = new Map<string, SpecDifference>();
  const record = (direction: SpecDifference['direction'], op: OperationName) => (d: Omit<SpecDifference, 'direction' | 'operations'>) => {
    const key = `${direction}\0${d.where}\0${d.kind}\0${d.detail}`;
    const entry = found.get(key) ?? { direction, ...d, operations: [] };
    if (!entry.operations.includes(op)) entry.operations.push(op);
    found.set(key, entry);
  };
  for (const op of Object.keys(OPERATIONS) as OperationName[]) {
    for (const status of declaredStatuses(op)) {
      const n = Number(status);
      const code = Number.isFinite(n) ? n : 200;
      // A fresh "seen" per operation so that every operation reaching a difference is named.
      compare(responseSchema(OLD, op, code), responseSchema(NEW, op, code), op, record('response', op), new Set());
    }
  }
  compare(submitRequestSchema(OLD), submitRequestSchema(NEW), 'submit', record('request', 'submit'), new Set());
  cached = [...found.values()];
  return cached;
}
