// Bounded text for log lines and audit entries, for REST and gRPC alike. Whatever a client sends
// (a URL, a resource name, a job id, a header) may end up in a log line or an audit row; none of
// it may make that line or row large. A string over its limit keeps its beginning and ends with a
// marker that says it was cut and how long it was.

/** Limits in characters for what the edge logs (request log lines) and audits. */
export const TEXT_LIMITS = {
  /** The URL in a request log line. */
  url: 512,
  /** Short fields: resource, job id, signal, operation, client address, request id. */
  field: 200,
  /** An audit entry's `detail` (the error description). */
  detail: 500,
  /** Any string value of a log line (the safety net of `boundLogObject`). */
  logValue: 2048,
} as const;

/**
 * `text` cut to at most `max` characters: its beginning and the marker `…[cut, N chars]` (N = the
 * original length). Shorter text is returned as is.
 */
export function clipText(text: string, max: number): string {
  if (text.length <= max) return text;
  const marker = `…[cut, ${text.length} chars]`;
  if (max <= marker.length) return marker.slice(0, Math.max(0, max));
  let keep = text.slice(0, max - marker.length);
  // Never end on half of a surrogate pair.
  const last = keep.charCodeAt(keep.length - 1);
  if (last >= 0xd800 && last <= 0xdbff) keep = keep.slice(0, -1);
  return keep + marker;
}

/** `clipText` for optional values. */
export function clipOptional(text: string | undefined, max: number): string | undefined {
  return text === undefined ? undefined : clipText(text, max);
}

const isPlainObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v) && Object.getPrototypeOf(v) === Object.prototype;

/**
 * A log object whose string values, at the top level and one level down (e.g. `audit.detail`),
 * are at most `max` characters. The object is copied only when something is cut. `err` is left
 * alone: error objects are the gateway's own (stack traces), serialized by pino.
 */
export function boundLogObject<T extends Record<string, unknown>>(obj: T, max: number = TEXT_LIMITS.logValue): T {
  let out: Record<string, unknown> | undefined;
  for (const [k, v] of Object.entries(obj)) {
    if (k === 'err') continue;
    let bounded: unknown = v;
    if (typeof v === 'string') {
      if (v.length > max) bounded = clipText(v, max);
    } else if (isPlainObject(v)) {
      let inner: Record<string, unknown> | undefined;
      for (const [ik, iv] of Object.entries(v)) {
        if (typeof iv === 'string' && iv.length > max) (inner ??= { ...v })[ik] = clipText(iv, max);
      }
      if (inner) bounded = inner;
    }
    if (bounded !== v) (out ??= { ...obj })[k] = bounded;
  }
  return (out as T | undefined) ?? obj;
}
