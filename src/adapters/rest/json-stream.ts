// A reply body with a long list (GET /jobs of 10,000 jobs is ~46 MB of JSON) is sent as a stream
// of small chunks, a batch of list items at a time, rather than as one string built whole and
// then copied whole into a buffer: the gateway then never holds the whole text (nor its copy),
// which is what made its memory climb with the size of the queue and stay up. The text is the
// same as JSON.stringify(body) would give, in the same key order; only the framing differs
// (chunked instead of Content-Length). Small bodies are not streamed.
import { Readable } from 'node:stream';

/** Lists at least this long are streamed. */
export const STREAM_MIN_ITEMS = 1000;
/** Items serialized per chunk. */
const BATCH = 64;

type Json = Record<string, unknown>;

/** Whether `body` has a list long enough to be worth streaming. */
export function worthStreaming(body: unknown): body is Json {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) return false;
  for (const v of Object.values(body)) if (Array.isArray(v) && v.length >= STREAM_MIN_ITEMS) return true;
  return false;
}

/** Values JSON.stringify leaves out of an object (and writes as null in an array). */
const omitted = (v: unknown) => v === undefined || typeof v === 'function' || typeof v === 'symbol';

function* chunks(body: Json): Generator<string> {
  let first = true;
  let head = '{';
  for (const [key, value] of Object.entries(body)) {
    if (omitted(value)) continue;
    head += `${first ? '' : ','}${JSON.stringify(key)}:`;
    first = false;
    if (!Array.isArray(value) || value.length < STREAM_MIN_ITEMS) {
      head += JSON.stringify(value);
      continue;
    }
    yield `${head}[`;
    head = '';
    for (let i = 0; i < value.length; i += BATCH) {
      const batch = value.slice(i, i + BATCH).map((item) => (omitted(item) ? 'null' : JSON.stringify(item)));
      yield (i === 0 ? '' : ',') + batch.join(',');
    }
    head = ']';
  }
  yield `${head}}`;
}

/** The body's JSON text as a stream of chunks (pulled as the client reads). */
export function jsonStream(body: Json): Readable {
  return Readable.from(chunks(body), { objectMode: false });
}
