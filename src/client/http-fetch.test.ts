// httpFetch (the command line's fetch over node:http) answers as global fetch does, in what the
// REST transport reads: status, headers, the body as text or as a stream, a refused connection's
// code, and an abort's reason. Each case runs against both, on one local server.
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { httpFetch, type FetchLike } from './http-fetch.ts';

let server: Server;
let base: string;

before(async () => {
  server = createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      if (req.url === '/echo') {
        res.writeHead(201, { 'content-type': 'application/json', 'retry-after': '3' });
        res.end(JSON.stringify({ method: req.method, body, auth: req.headers.authorization, key: req.headers['idempotency-key'] }));
      } else if (req.url === '/stream') {
        res.writeHead(200, { 'content-type': 'text/event-stream' });
        res.write('event: a\ndata: 1\n\n');
        setTimeout(() => res.end('event: b\ndata: 2\n\n'), 20);
      } else if (req.url === '/hang') {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.write('{"partial":');
      } else {
        res.writeHead(404).end('no');
      }
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
after(() => {
  server.closeAllConnections();
  server.close();
});

const impls: [string, FetchLike][] = [
  ['httpFetch', httpFetch],
  ['global fetch', globalThis.fetch],
];

for (const [name, f] of impls) {
  describe(name, () => {
    it('sends method, headers and body; reads status, ok, headers and text', async () => {
      const res = await f(`${base}/echo`, { method: 'POST', headers: { authorization: 'tok', 'idempotency-key': 'k1', 'content-type': 'application/json' }, body: '{"x":1}' });
      assert.equal(res.status, 201);
      assert.equal(res.ok, true);
      assert.equal(res.headers.get('Retry-After'), '3');
      assert.equal(res.headers.get('x-missing'), null);
      assert.deepEqual(JSON.parse(await res.text()), { method: 'POST', body: '{"x":1}', auth: 'tok', key: 'k1' });
      const miss = await f(`${base}/nothing`, {});
      assert.equal(miss.ok, false);
      assert.equal(miss.status, 404);
      assert.equal(await miss.text(), 'no');
    });

    it('gives the body as a stream of bytes', async () => {
      const res = await f(`${base}/stream`, { headers: { accept: 'text/event-stream' } });
      let text = '';
      const decoder = new TextDecoder();
      for await (const chunk of res.body!) text += decoder.decode(chunk, { stream: true });
      assert.equal(text, 'event: a\ndata: 1\n\nevent: b\ndata: 2\n\n');
    });

    it('a refused connection fails with its code (on the error or its cause)', async () => {
      const closed = createServer();
      await new Promise<void>((r) => closed.listen(0, '127.0.0.1', r));
      const port = (closed.address() as AddressInfo).port;
      await new Promise<void>((r) => closed.close(() => r()));
      const err = (await f(`http://127.0.0.1:${port}/`, {}).then(() => assert.fail('connected'), (e: unknown) => e)) as { code?: string; cause?: { code?: string } };
      assert.equal(err.cause?.code ?? err.code, 'ECONNREFUSED');
    });

    it("an abort, before the answer or during its body, rejects with the signal's reason", async () => {
      const early = new AbortController();
      early.abort(new Error('stop early'));
      await assert.rejects(f(`${base}/echo`, { signal: early.signal }), /stop early/);
      const late = new AbortController();
      const res = await f(`${base}/hang`, { signal: late.signal });
      assert.equal(res.status, 200);
      const body = res.text();
      late.abort(new Error('stop late'));
      await assert.rejects(body, /stop late/);
      const timeout = AbortSignal.timeout(50);
      await assert.rejects((await f(`${base}/hang`, { signal: timeout })).text(), (e: Error) => e.name === 'TimeoutError');
    });
  });
}
