// How deep request bodies may nest, checked without recursion, for every door into the gateway
// (REST bodies as text before JSON.parse, gRPC messages once decoded, and the service itself).
// JSON.parse copes with any depth, but much of what reads a body afterwards recurses: JSON.stringify,
// structuredClone, Ajv's error rendering, the Idempotency-Key hash. A body 50,000 arrays deep
// overflowed the stack there (a 500). A job description nests about 4 levels deep; 64 is far
// beyond any real body and far below any stack.
import { GatewayError } from './errors.ts';

/** The deepest nesting of arrays and objects a request body may have (`{}` is 1, `{"a": []}` 2). */
export const MAX_JSON_DEPTH = 64;

const OPEN_BRACE = 0x7b;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACE = 0x7d;
const CLOSE_BRACKET = 0x5d;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;

/**
 * The nesting depth of JSON text, by one pass over its characters (strings are skipped, escapes
 * included). It stops as soon as the depth passes `limit`, returning limit + 1. Text that is not
 * JSON gets some number: JSON.parse says what is wrong with it.
 */
export function jsonTextDepth(text: string, limit = Number.MAX_SAFE_INTEGER): number {
  let depth = 0;
  let max = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === BACKSLASH) i++;
      else if (c === QUOTE) inString = false;
    } else if (c === QUOTE) {
      inString = true;
    } else if (c === OPEN_BRACE || c === OPEN_BRACKET) {
      depth++;
      if (depth > max) {
        max = depth;
        if (max > limit) return limit + 1;
      }
    } else if (c === CLOSE_BRACE || c === CLOSE_BRACKET) {
      depth--;
    }
  }
  return max;
}

/**
 * The nesting depth of a value (arrays and objects; anything else is 0), walked with a stack of
 * its own rather than by recursion. It stops as soon as the depth passes `limit`, returning
 * limit + 1, so a cyclic value cannot make it loop.
 */
export function jsonValueDepth(value: unknown, limit = MAX_JSON_DEPTH): number {
  let max = 0;
  const stack: [unknown, number][] = [[value, 1]];
  while (stack.length > 0) {
    const [v, depth] = stack.pop()!;
    if (v === null || typeof v !== 'object' || ArrayBuffer.isView(v)) continue;
    if (depth > max) {
      max = depth;
      if (max > limit) return limit + 1;
    }
    const children = Array.isArray(v) ? v : Object.values(v);
    for (const child of children) if (child !== null && typeof child === 'object') stack.push([child, depth + 1]);
  }
  return max;
}

/** The value nests deeper than `limit` (default MAX_JSON_DEPTH). */
export const exceedsJsonDepth = (value: unknown, limit = MAX_JSON_DEPTH) => jsonValueDepth(value, limit) > limit;

/** The error for a body nested too deep: slurmrestd's parse failure (400, error 9001; INVALID_ARGUMENT over gRPC). */
export function tooDeepError(what = 'the request body', limit = MAX_JSON_DEPTH): GatewayError {
  return new GatewayError('parsingFailed', `Failure during parsing: ${what} nests arrays and objects more than ${limit} levels deep`, { source: 'parse' });
}

/** Throws tooDeepError() for JSON text that nests deeper than `limit`; call it before JSON.parse. */
export function checkJsonTextDepth(text: string, limit = MAX_JSON_DEPTH): void {
  if (jsonTextDepth(text, limit) > limit) throw tooDeepError('the request body', limit);
}

/** Throws tooDeepError() for a decoded value (a gRPC message, a body handed over in-process) that nests deeper than `limit`. */
export function checkJsonValueDepth(value: unknown, what = 'the request body', limit = MAX_JSON_DEPTH): void {
  if (jsonValueDepth(value, limit) > limit) throw tooDeepError(what, limit);
}
