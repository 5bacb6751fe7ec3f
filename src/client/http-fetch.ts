// The part of fetch the REST transport uses, over node:http (node:https for https URLs), for the
// command line. `s3m jobs` is a process that makes one call: global fetch (undici, bundled in
// Node 20 and loaded on first use) takes longer to load than that whole call, about as long
// again as starting node itself, while node:http is already loaded. The SDK keeps global fetch
// as its default; this is opt-in through the `fetch` option.
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { Readable } from 'node:stream';

/** What the REST transport sends: fetch's arguments as it calls fetch. */
export interface FetchInit {
  method?: string;
  headers?: Record<string, string>;
  body?: string;
  signal?: AbortSignal;
}

/** What the REST transport reads of an answer: a subset of fetch's Response. */
export interface FetchAnswer {
  readonly ok: boolean;
  readonly status: number;
  readonly headers: { get(name: string): string | null };
  /** The body as a stream (Server-Sent Events); read either this or text(), once. */
  readonly body: ReadableStream<Uint8Array> | null;
  text(): Promise<string>;
}

/** A fetch the REST transport can use: global fetch is one. */
export type FetchLike = (url: string, init: FetchInit) => Promise<FetchAnswer>;

/** fetch over node:http. An abort rejects with the signal's reason, as fetch does. */
export const httpFetch: FetchLike = async (url, init) => {
  const target = new URL(url);
  const request = target.protocol === 'https:' ? (await import('node:https')).request : httpRequest;
  const { signal } = init;
  signal?.throwIfAborted();
  return new Promise<FetchAnswer>((resolve, reject) => {
    const req = request(target, { method: init.method ?? 'GET', headers: init.headers });
    const onAbort = () => {
      // Rejects this promise if the answer has not come yet, else fails the body being read.
      reject(signal!.reason);
      req.destroy(signal!.reason);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    req.once('error', (err) => {
      signal?.removeEventListener('abort', onAbort);
      reject(err);
    });
    req.once('response', (res) => resolve(answer(res, signal, () => signal?.removeEventListener('abort', onAbort))));
    req.end(init.body);
  });
};

function answer(res: IncomingMessage, signal: AbortSignal | undefined, done: () => void): FetchAnswer {
  const status = res.statusCode ?? 0;
  let stream: ReadableStream<Uint8Array> | undefined;
  res.once('close', done);
  return {
    ok: status >= 200 && status <= 299,
    status,
    headers: {
      get(name) {
        const v = res.headers[name.toLowerCase()];
        return v === undefined ? null : Array.isArray(v) ? v.join(', ') : v;
      },
    },
    get body() {
      stream ??= Readable.toWeb(res) as ReadableStream<Uint8Array>;
      return stream;
    },
    text: () =>
      new Promise<string>((resolve, rejectWith) => {
        // A body cut short by an abort fails with the signal's reason, as fetch's does.
        const reject = (err: unknown) => rejectWith(signal?.aborted ? signal.reason : err);
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.once('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
        res.once('error', reject);
        // A connection cut before the end of the body ends the stream without 'end'.
        res.once('close', () => {
          if (!res.complete) reject(Object.assign(new Error('the connection closed before the whole answer came'), { code: 'ECONNRESET' }));
        });
      }),
  };
}
