import type { Command } from 'commander';

export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('start the gateway (default config: the bundled demo with resources defiant, wombat, quokka)')
    .option('-c, --config <file>', 'config file (YAML or JSON); default $S3M_CONFIG or config/demo.yaml')
    .addHelpText('after', '\nEnvironment: S3M_CONFIG, S3M_HOST, S3M_PORT, S3M_DATA_DIR, S3M_LOG_LEVEL (see README).\n\nExample:\n  bin/s3m serve --config config/demo.yaml')
    .action(async (opts: { config?: string }) => {
      // Loaded here, as the server below, so that every other command (the client ones, --help)
      // starts without the config parser (zod, yaml).
      const { ConfigError, loadConfig } = await import('../../config/load.ts');
      let config;
      try {
        config = loadConfig({ file: opts.config });
      } catch (err) {
        if (err instanceof ConfigError) {
          process.stderr.write(`s3m: ${err.message}\n`);
          process.exit(2);
        }
        throw err;
      }
      // Loaded here so that admin and client commands do not pay for the server's modules.
      const { createGateway } = await import('../../gateway.ts');
      const gateway = await createGateway(config);
      const { host, port, admin } = await gateway.listen();
      const log = gateway.logger;
      // One line says where both listen (scripts and tests read it): the public port, and the admin listener's /metrics.
      const listening = `S3M Compute listening on http://${host}:${port}${admin ? `; metrics on http://${admin.host}:${admin.port}/metrics` : ''}`;
      log.info({ config: config.source, dataDir: config.dataDir, resources: gateway.service.resourceNames() }, listening);
      const first = gateway.service.resourceNames()[0];
      const hint = [
        `S3M Compute is listening on http://${host}:${port} (resources: ${gateway.service.resourceNames().join(', ')}; data in ${config.dataDir})`,
        'Make a token and try it (in another terminal, from this directory):',
        '  echo "Authorization: $(bin/s3m admin token create --project STF040 --user alice --permission compute-ace)" > .env',
        `  curl -H @.env http://${host}:${port}/slurm/v0.0.43/${first}/ping`,
        `gRPC (slurm.v0043.SlurmIndirect, and v0044, v0045 where a resource serves them) answers on the same port: npx buf curl --protocol grpc --http2-prior-knowledge --list-methods http://${host}:${port}`,
        admin ? `Prometheus metrics (admin listener, no token): curl http://${admin.host}:${admin.port}/metrics` : 'No metrics listener: add `admin: { host: 127.0.0.1, port: 9464 }` to the config for /metrics',
      ];
      if ((await gateway.tokens.list()).length === 0) log.info({ hint }, 'no tokens yet: see hint');
      // People starting it by hand get the hint in words; logs stay JSON lines on stdout.
      if (process.stderr.isTTY) process.stderr.write(`${hint.join('\n')}\n`);
      // Whatever the log level, say where it listens (scripts and tests read this line).
      else if (!log.isLevelEnabled('info')) process.stderr.write(`${listening}\n`);
      // Log lines are written in batches (gateway.ts); these are waited for, so they go now.
      log.flush();
      let stopping = false;
      const stop = async (signal: string) => {
        if (stopping) return;
        stopping = true;
        log.info({ signal }, 'shutting down');
        try {
          await gateway.close();
        } finally {
          process.exit(0);
        }
      };
      process.on('SIGINT', () => void stop('SIGINT'));
      process.on('SIGTERM', () => void stop('SIGTERM'));
    });
}
