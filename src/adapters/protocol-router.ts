// REST and gRPC on one port. Fastify's HTTP/1.1 server listens as usual; this router takes over
// its 'connection' event and looks at the first bytes of each new connection: the HTTP/2
// client preface ("PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n", which gRPC clients send first over
// cleartext) goes to grpc-js through a connection injector, anything else to the HTTP server's own
// connection handling. Taking over the event (rather than a separate net.Server) keeps Node's
// HTTP connection tracking, timeouts and Fastify's close semantics intact.
import { ServerCredentials, type Server as GrpcServer } from '@grpc/grpc-js';
import type { Server as HttpServer } from 'node:http';
import type { Socket } from 'node:net';

const PREFACE = Buffer.from('PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n', 'latin1');

export interface ProtocolRouter {
  /**
   * Graceful stop of the gRPC side: GOAWAY to every session, in-flight calls finish. After
   * `graceMs` whatever is still open (gRPC sessions, busy HTTP connections) is destroyed, so a
   * close never hangs on a slow client. Call it together with the HTTP server's close.
   */
  shutdown(graceMs: number): Promise<void>;
}

export function routeConnections(http: HttpServer, grpc: GrpcServer, opts: { peekTimeoutMs?: number } = {}): ProtocolRouter {
  const injector = grpc.createConnectionInjector(ServerCredentials.createInsecure());
  const httpListeners = http.listeners('connection') as ((socket: Socket) => void)[];
  http.removeAllListeners('connection');
  const sockets = new Set<Socket>();
  const peekTimeoutMs = opts.peekTimeoutMs ?? 10_000;

  http.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
    let head = Buffer.alloc(0);
    // A connection that never says anything is not kept forever (the HTTP server's own timeouts
    // only start once it has the connection).
    // The check is deferred to the next poll phase: on a loop that was busy for longer than the
    // timeout, timers run before the data that did arrive is read, and would cut a live client.
    const timer = setTimeout(() => setImmediate(() => decided || socket.destroy()), peekTimeoutMs);
    let decided = false;
    const onError = () => socket.destroy();
    const onData = (chunk: Buffer) => {
      head = Buffer.concat([head, chunk]);
      const n = Math.min(head.length, PREFACE.length);
      const http2 = head.subarray(0, n).equals(PREFACE.subarray(0, n));
      if (http2 && head.length < PREFACE.length) return; // wait for the rest of the preface
      clearTimeout(timer);
      decided = true;
      socket.removeListener('data', onData);
      socket.removeListener('error', onError);
      socket.pause();
      socket.unshift(head);
      if (http2) {
        // Node's HTTP/2 session reads what is buffered on the socket itself; resuming here would
        // hand the preface to no one.
        injector.injectConnection(socket);
      } else {
        for (const listener of httpListeners) listener.call(http, socket);
        socket.resume();
      }
    };
    socket.on('data', onData);
    socket.on('error', onError);
  });

  return {
    async shutdown(graceMs) {
      let timer: NodeJS.Timeout | undefined;
      const graceful = new Promise<void>((resolve) => grpc.tryShutdown(() => resolve()));
      const forced = new Promise<void>((resolve) => {
        timer = setTimeout(() => {
          grpc.forceShutdown();
          for (const s of sockets) s.destroy();
          resolve();
        }, graceMs);
        timer.unref();
      });
      await Promise.race([graceful, forced]);
      clearTimeout(timer);
      // Busy HTTP connections are closed by the HTTP server's close once idle; bound that too.
      const idle = setTimeout(() => {
        for (const s of sockets) s.destroy();
      }, graceMs);
      idle.unref();
    },
  };
}
