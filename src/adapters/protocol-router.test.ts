// REST and gRPC on one port: the first bytes decide, also when they arrive in pieces, and a
// close does not hang on open connections.
import assert from 'node:assert/strict';
import { connectivityState, credentials, makeGenericClientConstructor, Metadata, Server, type ServerWritableStream, type ServiceError } from '@grpc/grpc-js';
import Fastify from 'fastify';
import { connect, type Socket } from 'node:net';
import { after, before, test } from 'node:test';
import { loadVersionDefinition } from './grpc/definition.ts';
import { loadEventsDefinition } from './grpc/events.ts';
import { routeConnections, type ProtocolRouter } from './protocol-router.ts';

const def = loadVersionDefinition('v0.0.43');
const app = Fastify();
app.get('/x', async () => ({ ok: true }));
const grpc = new Server();
grpc.addService(def.service, { Ping: (_call: unknown, cb: (e: ServiceError | null, v: object) => void) => cb(null, { pings: [{ hostname: 'h' }] }) });
let router: ProtocolRouter;
let port = 0;

// The peek timeout is far longer than the pauses of the split writes below take even on a busy
// machine, and short enough for the test of a silent connection.
const PEEK_MS = 2000;
before(async () => {
  router = routeConnections(app.server, grpc, { peekTimeoutMs: PEEK_MS });
  await app.listen({ host: '127.0.0.1', port: 0 });
  port = (app.server.address() as { port: number }).port;
});
after(async () => {
  await Promise.all([router.shutdown(1000), app.close()]);
});

const Client = makeGenericClientConstructor(def.service, 'SlurmIndirect');
const ping = (client: InstanceType<typeof Client>) =>
  new Promise<any>((resolve, reject) => (client as any).Ping({}, new Metadata(), (err: Error | null, v: unknown) => (err ? reject(err) : resolve(v))));

test('HTTP/1.1 and gRPC answer on the same port', async () => {
  const r = await fetch(`http://127.0.0.1:${port}/x`);
  assert.deepEqual(await r.json(), { ok: true });
  const client = new Client(`127.0.0.1:${port}`, credentials.createInsecure());
  try {
    assert.equal((await ping(client)).pings[0].hostname, 'h');
  } finally {
    client.close();
  }
});

/** Raw socket: writes `parts` with pauses, resolves with the first bytes the server sends. */
function firstReply(parts: Buffer[]): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const s: Socket = connect(port, '127.0.0.1', async () => {
      for (const p of parts) {
        s.write(p);
        await new Promise((r) => setTimeout(r, 30));
      }
    });
    s.once('data', (d) => {
      s.destroy();
      resolve(d);
    });
    s.once('error', reject);
  });
}

test('a preface that arrives in pieces still reaches gRPC; a split HTTP request reaches Fastify', async () => {
  const preface = Buffer.from('PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n');
  const settings = Buffer.from([0, 0, 0, 4, 0, 0, 0, 0, 0]); // empty SETTINGS frame
  const h2 = await firstReply([preface.subarray(0, 5), preface.subarray(5, 20), Buffer.concat([preface.subarray(20), settings])]);
  assert.equal(h2[3], 4, 'the server answers with an HTTP/2 SETTINGS frame');
  const h1 = await firstReply([Buffer.from('GE'), Buffer.from('T /x HTTP/1.1\r\nHost: a\r\n\r\n')]);
  assert.match(h1.toString(), /^HTTP\/1\.1 200/);
});

test('a connection that sends nothing is closed after the peek timeout', async () => {
  const from = Date.now();
  const s = connect(port, '127.0.0.1');
  const closed = await new Promise<boolean>((resolve) => {
    s.once('close', () => resolve(true));
    setTimeout(() => resolve(false), 60_000).unref();
  });
  assert.ok(closed, 'closed by the server');
  assert.ok(Date.now() - from >= PEEK_MS - 50, 'not before the peek timeout');
});

test('a request that arrived while the event loop was busy past the peek timeout is still served', async () => {
  // The client's bytes are in the kernel before the loop is blocked for longer than the peek
  // timeout; when it runs again, timers come before reads, so the timer must not cut the socket.
  const reply = await new Promise<string>((resolve, reject) => {
    const s = connect(port, '127.0.0.1', () => {
      s.write('GET /x HTTP/1.1\r\nHost: a\r\n\r\n', () => {
        const until = Date.now() + PEEK_MS + 200;
        while (Date.now() < until); // a busy gateway: nothing else runs
      });
    });
    let text = '';
    s.on('data', (d) => {
      text += d.toString();
      if (/\r\n\r\n/.test(text)) {
        s.destroy();
        resolve(text);
      }
    });
    s.once('close', () => resolve(text));
    s.once('error', reject);
  });
  assert.match(reply, /^HTTP\/1\.1 200/);
});

test('close does not hang on an open gRPC channel and an idle keep-alive connection', async () => {
  const app2 = Fastify();
  app2.get('/x', async () => ({ ok: true }));
  const grpc2 = new Server();
  grpc2.addService(def.service, { Ping: (_c: unknown, cb: (e: null, v: object) => void) => cb(null, {}) });
  const r2 = routeConnections(app2.server, grpc2);
  await app2.listen({ host: '127.0.0.1', port: 0 });
  const p2 = (app2.server.address() as { port: number }).port;
  const client = new Client(`127.0.0.1:${p2}`, credentials.createInsecure());
  await ping(client);
  const keepAlive = connect(p2, '127.0.0.1');
  keepAlive.write('GET /x HTTP/1.1\r\nHost: a\r\n\r\n');
  await new Promise((r) => keepAlive.once('data', r));
  // An open gRPC channel or keep-alive connection that nobody ends holds a server open for good
  // (or for Fastify's 72 s keep-alive timeout): closing within a minute means neither held it,
  // however slow the machine (the grace itself is 1.5 s).
  const started = Date.now();
  const closed = await Promise.race([
    Promise.all([r2.shutdown(1500), app2.close()]).then(() => true),
    new Promise<false>((r) => setTimeout(() => r(false), 60_000).unref()),
  ]);
  assert.ok(closed, `still not closed after ${Date.now() - started} ms`);
  client.close();
  keepAlive.destroy();
});

test("grpc-js's grpc.max_connection_idle_ms closes the connections the router injects when no call is open, and only those", async () => {
  // The gateway relies on this option (src/adapters/grpc/server.ts) rather than timers of its own.
  const IDLE_MS = 300;
  const events = loadEventsDefinition();
  const app3 = Fastify();
  const grpc3 = new Server({ 'grpc.max_connection_idle_ms': IDLE_MS });
  // A stream that sends one event and stays open until the client cancels.
  grpc3.addService(events.service, { WatchJobs: (call: ServerWritableStream<unknown, unknown>) => call.write({ id: 'x-1', type: 'snapshot' }) });
  const r3 = routeConnections(app3.server, grpc3);
  await app3.listen({ host: '127.0.0.1', port: 0 });
  const p3 = (app3.server.address() as { port: number }).port;
  const Events = makeGenericClientConstructor(events.service, 'JobEvents');
  const client = new Events(`127.0.0.1:${p3}`, credentials.createInsecure());
  try {
    const call = (client as any).WatchJobs({}, new Metadata());
    let failed: Error | undefined;
    call.on('error', (e: Error) => (failed = e));
    await new Promise((resolve) => call.once('data', resolve));
    // Opened after the stream's connection, so closed after it would have been, were it idle.
    const silent = connect(p3, '127.0.0.1', () => silent.write(Buffer.concat([Buffer.from('PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n'), Buffer.from([0, 0, 0, 4, 0, 0, 0, 0, 0])])));
    silent.on('error', () => {});
    silent.resume(); // read, or the server's end of the connection would never be seen
    const closed = await new Promise<boolean>((resolve) => {
      silent.once('close', () => resolve(true));
      setTimeout(() => resolve(false), 60_000).unref();
    });
    assert.ok(closed, 'the silent connection was closed');
    assert.equal(failed, undefined);
    assert.equal(client.getChannel().getConnectivityState(false), connectivityState.READY, 'the connection with a call open got no GOAWAY');
    call.cancel();
  } finally {
    client.close();
    await Promise.all([r3.shutdown(1000), app3.close()]);
  }
});
