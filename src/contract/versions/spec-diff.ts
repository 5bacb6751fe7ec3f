// The differences between two vendored documents for the nine gateway operations, computed from
// the specs (not typed by hand). handled.ts says how each difference between neighbouring
// versions is handled, and a test checks that list against this computation for every pair, so
// that a new vendored spec cannot bring a difference nobody looked at.
import type { ApiVersion } from '../model.ts';
import { type JsonObject, type OperationName } from '../validate.ts';
import { OPERATIONS } from '../operations.ts';
import { declaredStatuses, refComponent, resolve, responseSchema, submitRequestSchema } from './schema.ts';

export type DifferenceKind =
  | 'field only in older'
  | 'field only in newer'
  | 'enum values only in older'
  | 'enum values only in newer'
  | 'type'
  | 'format'
  | 'required'
  | 'shape';

export interface SpecDifference {
  /** Responses or the job submit request. */
  direction: 'response' | 'request';
  /** Component-anchored path, e.g. "job_info/licenses_allocated" or "job_info/flags[]". */
  where: string;
  kind: DifferenceKind;
  /** The field or values concerned, e.g. "EXTERNAL_JOB". */
  detail: string;
  /** Which of the nine operations reach it. */
  operations: OperationName[];
}

type Found = Omit<SpecDifference, 'direction' | 'operations'>;
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

function compare(older: ApiVersion, newer: ApiVersion, a: JsonObject | undefined, b: JsonObject | undefined, where: string, visit: (d: Found) => void, seen: Set<string>): void {
  const ca = refComponent(a);
  const cb = refComponent(b);
  // Both sides name the same component: the path restarts there, and it is compared once.
  if (ca && ca === cb) {
    where = ca;
    if (seen.has(where)) return;
    seen.add(where);
  }
  const sa = resolve(older, a);
  const sb = resolve(newer, b);
  if (!sa || !sb) {
    visit({ where, kind: 'shape', detail: `${sa ? 'older' : 'newer'} only` });
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
  if (onlyNew.length) visit({ where, kind: 'enum values only in newer', detail: onlyNew.join(', ') });
  if (onlyOld.length) visit({ where, kind: 'enum values only in older', detail: onlyOld.join(', ') });
  for (const k of ['allOf', 'anyOf', 'oneOf']) if (sa[k] || sb[k]) visit({ where, kind: 'shape', detail: `uses ${k}` });

  const pa: JsonObject = sa.properties ?? {};
  const pb: JsonObject = sb.properties ?? {};
  for (const k of Object.keys(pb)) if (!(k in pa)) visit({ where, kind: 'field only in newer', detail: k });
  for (const k of Object.keys(pa)) if (!(k in pb)) visit({ where, kind: 'field only in older', detail: k });
  for (const k of Object.keys(pa)) if (k in pb) compare(older, newer, pa[k], pb[k], `${where}/${k}`, visit, seen);
  if (sa.items || sb.items) compare(older, newer, sa.items, sb.items, `${where}[]`, visit, seen);
  const aa = sa.additionalProperties;
  const ab = sb.additionalProperties;
  if ((aa && typeof aa === 'object') || (ab && typeof ab === 'object')) compare(older, newer, aa, ab, `${where}{}`, visit, seen);
}

const cached = new Map<string, SpecDifference[]>();

/** Every difference between two documents (older first), over the nine operations' bodies and the submit request. */
export function specDifferences(older: ApiVersion, newer: ApiVersion): SpecDifference[] {
  const key = `${older} ${newer}`;
  const hit = cached.get(key);
  if (hit) return hit;
  const found = new Map<string, SpecDifference>();
  const record = (direction: SpecDifference['direction'], op: OperationName) => (d: Found) => {
    const k = `${direction}\0${d.where}\0${d.kind}\0${d.detail}`;
    const entry = found.get(k) ?? { direction, ...d, operations: [] };
    if (!entry.operations.includes(op)) entry.operations.push(op);
    found.set(k, entry);
  };
  for (const op of Object.keys(OPERATIONS) as OperationName[]) {
    for (const status of declaredStatuses(op, [older, newer])) {
      const n = Number(status);
      const code = Number.isFinite(n) ? n : 200;
      // A fresh "seen" per operation so that every operation reaching a difference is named.
      compare(older, newer, responseSchema(older, op, code), responseSchema(newer, op, code), op, record('response', op), new Set());
    }
  }
  compare(older, newer, submitRequestSchema(older), submitRequestSchema(newer), 'submit', record('request', 'submit'), new Set());
  const out = [...found.values()];
  cached.set(key, out);
  return out;
}
