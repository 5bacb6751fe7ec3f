// Test helper: a small fake slurmrestd on 127.0.0.1 (or a unix socket) whose answers a test scripts.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface SeenRequest {
  method: string;
  url: string;
  headers: IncomingMessage['headers'];
  body: string;
}

export type Handler = (req: SeenRequest, res: ServerResponse) => unknown;

export interface FakeServer {
  url: string;
  port: number;
  seen: SeenRequest[];
  handler: Handler;
  close(): Promise<void>;
}

export const json = (res: ServerResponse, status: number, body: unknown) => {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
};

/** Start a fake on `listenOn` (a port number, 0 = any, or a unix socket path). */
export async function startFake(handler: Handler, listenOn: number | string = 0): Promise<FakeServer> {
  const seen: SeenRequest[] = [];
  const fake = { seen, handler } as FakeServer;
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const r = { method: req.method ?? '', url: req.url ?? '', headers: req.headers, body: Buffer.concat(chunks).toString('utf8') };
      seen.push(r);
      void Promise.resolve(fake.handler(r, res)).catch(() => res.destroy());
    });
  });
  const sockets = new Set<import('node:net').Socket>();
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => (typeof listenOn === 'string' ? server.listen(listenOn, resolve) : server.listen(listenOn, '127.0.0.1', resolve)));
  const addr = server.address();
  fake.port = typeof addr === 'object' && addr ? (addr as AddressInfo).port : 0;
  fake.url = typeof listenOn === 'string' ? listenOn : `http://127.0.0.1:${fake.port}`;
  fake.close = () =>
    new Promise<void>((resolve) => {
      for (const s of sockets) s.destroy();
      server.close(() => resolve());
    });
  return fake;
}
