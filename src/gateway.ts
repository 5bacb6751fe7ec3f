// Assembly: config → store → backends → service → HTTP and gRPC servers on one port. Used by
// `s3m serve` and by tests that start a real gateway in-process.
import type { Server as GrpcServer } from '@grpc/grpc-js';
import type { FastifyInstance } from 'fastify';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import pino, { type Logger } from 'pino';
import { TokenService } from './auth/tokens.ts';
import type { SlurmBackend } from './backends/backend.ts';
import { createLocalBackend } from './backends/local/index.ts';
import { dataPaths, type LoadedConfig } from './config/load.ts';
import type { Config, ResourceConfig } from './config/schema.ts';
import { ComputeService, type Resource } from './compute/service.ts';
import { createGrpcServer } from './grpc/server.ts';
import { buildApp, LOG_REDACT } from './http/app.ts';
import { routeConnections } from './server/protocol-router.ts';
import { openDatabase, type Db } from './store/database.ts';

export interface Gateway {
  app: FastifyInstance;
  grpc: GrpcServer;
  service: ComputeService;
  tokens: TokenService;
  db: Db;
  logger: Logger;
  /** Start listening; resolves to the bound address. */
  listen(): Promise<{ host: string; port: number }>;
  close(): Promise<void>;
}

/** How long a close waits for in-flight calls before it cuts the remaining connections. */
const CLOSE_GRACE_MS = 5_000;

export function createLogger(level: Config['logLevel']): Logger {
  return pino({ level, redact: { paths: LOG_REDACT, censor: '[redacted]' } });
}

function createBackend(name: string, r: ResourceConfig, db: Db, spool: string, logger: Logger): SlurmBackend {
  switch (r.backend.type) {
    case 'local':
      return createLocalBackend({ resource: name, config: r.backend, db, spoolDir: join(spool, name), logger: logger.child({ resource: name }) });
    case 'slurmrestd':
      throw new Error(`resources.${name}.backend: the slurmrestd backend is not available in this build yet`);
  }
}

export async function createGateway(config: LoadedConfig | Config, opts: { logger?: Logger } = {}): Promise<Gateway> {
  const logger = opts.logger ?? createLogger(config.logLevel);
  const paths = dataPaths(config.dataDir);
  mkdirSync(paths.spool, { recursive: true });
  const db = openDatabase(paths.database);
  const tokens = new TokenService(db);
  const resources: Resource[] = Object.entries(config.resources).map(([name, r]) => ({ name, config: r, backend: createBackend(name, r, db, paths.spool, logger) }));
  for (const r of resources) await r.backend.start();
  const service = new ComputeService(resources, tokens);
  const app = buildApp({ service, tokens, bodyLimit: config.bodyLimit, logger });
  const grpc = createGrpcServer({ service, logger, maxRequestBytes: config.bodyLimit });
  // gRPC (HTTP/2 prior knowledge) and REST share the listening port: see protocol-router.ts.
  const router = routeConnections(app.server, grpc);

  let closed = false;
  return {
    app,
    grpc,
    service,
    tokens,
    db,
    logger,
    async listen() {
      await app.listen({ host: config.listen.host, port: config.listen.port });
      const addr = app.server.address();
      if (addr === null || typeof addr === 'string') throw new Error('unexpected server address');
      return { host: addr.address, port: addr.port };
    },
    async close() {
      if (closed) return;
      closed = true;
      // Both at once: the HTTP server's close waits for every connection of the port, gRPC ones included.
      await Promise.all([router.shutdown(CLOSE_GRACE_MS), app.close()]);
      await service.close();
      db.close();
    },
  };
}
